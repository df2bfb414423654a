// Shared set-up for the browser tests: the static server on a free port, Debian's Chromium via
// playwright-core, and pages that record console errors and uncaught exceptions.
import { chromium } from "playwright-core";
import { MODULE_SCRIPTS, startServer } from "../../.ci/serve.js";
import { CORE_BUILD, EMBED_BUILD, staleBuild } from "../core/support/fresh.js";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const TIMEOUT = 60_000;

// The pages load the embed built from web/ by .ci/build.sh, and the embed holds the core built
// from cpp/: an old one of either would test old code.
function requireFreshEmbed() {
  const stale = staleBuild([CORE_BUILD, EMBED_BUILD]);
  if (stale) throw new Error(stale);
}

// Debian's Chromium (or $CHROMIUM_PATH), headless, kept off the closed network.
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export async function startBrowser() {
  requireFreshEmbed();
  const server = await startServer({ port: 0 });
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// How a fixture page loads the widget: the one-file embed, as the demo page and authors do, or
// the ES modules through an import map (a page without a bundler, and the demo's ?modules).
const LOADERS = {
  embed: '<script src="/activation-plot.js"></script>',
  modules: MODULE_SCRIPTS,
};

// A page whose console errors, failed requests and uncaught exceptions end up in `problems`.
export async function openPage(context, { width = 900, height = 1000 } = {}) {
  const page = await context.browser.newPage({ viewport: { width, height } });
  const problems = [];
  page.on(
    "console",
    (message) =>
      message.type() === "error" && problems.push(`console: ${message.text()}`),
  );
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()}`),
  );
  page.on(
    "response",
    (response) =>
      response.status() >= 400 &&
      problems.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  return { page, problems };
}

// Serves `body` as /fixture.html on the test server (same origin as the widget) and opens it.
// `initScript` runs in every frame before the page's own scripts; `loader` is a key of LOADERS;
// `hash` is the URL's fragment when the page loads; `scripts` maps server paths to JavaScript
// served in their place (a benchmark's older build of the embed).
export async function openFixture(
  context,
  body,
  { initScript, loader = "embed", hash = "", scripts = {}, ...options } = {},
) {
  const opened = await openPage(context, options);
  if (initScript) await opened.page.addInitScript(initScript);
  for (const [path, script] of Object.entries(scripts))
    await opened.page.route(`${context.server.url}${path}`, (route) =>
      route.fulfill({ contentType: "text/javascript", body: script }),
    );
  const url = `${context.server.url}fixture.html`;
  await opened.page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${LOADERS[loader]}</head><body>${body}</body></html>`,
    }),
  );
  await opened.page.goto(url + hash);
  return opened;
}

// Waits for every <activation-plot> on the page (scrolling each into view) to render.
export function allReady(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined("activation-plot");
    for (const element of document.querySelectorAll("activation-plot")) {
      element.scrollIntoView();
      await element.ready;
    }
  });
}

// The rendered image of a widget's chart, as a data URL.
export const chartImage = (page, selector) =>
  page.$eval(selector, (element) => element.chart.toBase64Image());

// The widget's data with typed arrays turned into plain arrays.
export const widgetData = (page, selector) =>
  page.$eval(
    selector,
    (element) =>
      element.data && {
        series: element.data.series.map((s) => ({
          ...s,
          x: Array.from(s.x),
          y: Array.from(s.y),
        })),
      },
  );

// The text of a widget's message box ("" when hidden).
export const widgetMessage = (page, selector) =>
  page.$eval(selector, (element) => {
    const box = element.shadowRoot.querySelector(".message");
    return box.hidden ? "" : box.textContent;
  });

// Resolves on the next two animation frames: after a change has been drawn.
export const nextFrames = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
