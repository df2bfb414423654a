// Takes docs/demo.png: the demo page in headless Chromium, every widget drawn, the iframe's too.
// Usage: node .ci/screenshot.js [output.png] [--full]
import { fileURLToPath } from "node:url";
import { allReady, openPage, startBrowser } from "../tests/browser/harness.js";

const output =
  process.argv.slice(2).find((arg) => !arg.startsWith("--")) ??
  fileURLToPath(new URL("../docs/demo.png", import.meta.url));
const fullPage = process.argv.includes("--full");

const context = await startBrowser();
try {
  const { page, problems } = await openPage(context, {
    width: 820,
    height: 1500,
  });
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await page.goto(context.server.url);
  await allReady(page);
  for (const iframe of await page.$$("iframe")) {
    await iframe.scrollIntoViewIfNeeded();
    await allReady(await iframe.contentFrame());
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: output, fullPage });
  if (problems.length)
    throw new Error(`the demo page reported problems:\n${problems.join("\n")}`);
  console.log(`wrote ${output}`);
} finally {
  await context.close();
}
