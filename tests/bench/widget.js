// The widget in headless Chromium: navigation → first chart drawn, slider input → redrawn chart
// with 6 curves × 1,000 points plus derivatives, and the gzip weight of what a widget loads.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { openFixture, startBrowser } from "../../tests/browser/harness.js";

const NAVIGATIONS = 15;
const SLIDER_WARM_UP = 50;
const SLIDER_INPUTS = 500;
const SIX_CURVES =
  '<activation-plot functions="leaky_relu,elu,gelu,silu,tanh,sigmoid" points="1000" derivative></activation-plot>';

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (value) => `${value.toFixed(1)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1),
  };
}

// A page with one default widget loaded the way `load` says: "modules" (the ES modules through
// the import map, as the demo page does) or an esbuild bundle served as /bundle.js.
async function openWidgetPage(context, browserContext, load) {
  if (load.modules) {
    const opened = await openFixture(
      { ...context, browser: browserContext },
      "<activation-plot></activation-plot>",
    );
    return opened.page;
  }
  const page = await browserContext.newPage();
  const base = context.server.url;
  await page.route(`${base}bundle.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: load.bundle }),
  );
  await page.route(`${base}bundle.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/bundle.js"></script><activation-plot></activation-plot>',
    }),
  );
  await page.goto(`${base}bundle.html`);
  return page;
}

// Each navigation in a fresh browser context (cold cache), timed from navigation start to the
// widget's performance mark at its first chart.
async function firstChart(context, load) {
  const samples = [];
  for (let i = 0; i < NAVIGATIONS; i++) {
    const browserContext = await context.browser.newContext({
      viewport: { width: 900, height: 1000 },
    });
    const page = await openWidgetPage(context, browserContext, load);
    samples.push(
      await page.evaluate(async () => {
        await customElements.whenDefined("activation-plot");
        await document.querySelector("activation-plot").ready;
        return performance.getEntriesByName("activation-plot:first-chart")[0]
          .startTime;
      }),
    );
    await browserContext.close();
  }
  return summary(samples);
}

// Slider input events are handled synchronously: when dispatchEvent returns the chart is drawn.
async function redraw(context) {
  const { page } = await openFixture(context, SIX_CURVES);
  const samples = await page.evaluate(
    async ({ warmUp, inputs }) => {
      const element = document.querySelector("activation-plot");
      await element.ready;
      const slider = element.shadowRoot.querySelector("input[type=range]");
      const times = [];
      for (let i = 0; i < warmUp + inputs; i++) {
        slider.value = String(((i % 200) - 100) / 100);
        const start = performance.now();
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        if (i >= warmUp) times.push(performance.now() - start);
        if (i % 10 === 0) await new Promise(requestAnimationFrame);
      }
      return times;
    },
    { warmUp: SLIDER_WARM_UP, inputs: SLIDER_INPUTS },
  );
  await page.close();
  return summary(samples);
}

// Every file the fixture page fetched for one widget (the page itself excluded), read from disk.
async function pageWeight(context) {
  const { page } = await openFixture(
    context,
    "<activation-plot></activation-plot>",
  );
  await page.evaluate(() => document.querySelector("activation-plot").ready);
  const paths = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname),
  );
  await page.close();
  const files = [...new Set(paths)].filter((path) => path !== "/fixture.html");
  let raw = 0;
  let gzip = 0;
  for (const path of files) {
    const local = path.startsWith("/node_modules/")
      ? `..${path}`
      : `../web${path}`;
    const body = readFileSync(new URL(`../${local}`, import.meta.url));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

// What a bundler would ship: the widget with only the Chart.js pieces it registers, minified.
async function bundledWeight() {
  const result = await build({
    entryPoints: [
      new URL("../../web/widget/index.js", import.meta.url).pathname,
    ],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const wasm = readFileSync(
    new URL("../../web/generated/activation-core.wasm", import.meta.url),
  );
  return {
    code: Buffer.from(code),
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    wasmGzip: gzipSync(wasm, { level: 9 }).length,
  };
}

const loadAverage = () => loadavg()[0].toFixed(1);

export default {
  title: "Widget in headless Chromium",
  async run() {
    const context = await startBrowser();
    try {
      const bundled = await bundledWeight();
      const loadBefore = loadAverage();
      const firstModules = await firstChart(context, { modules: true });
      const firstBundle = await firstChart(context, { bundle: bundled.code });
      const slider = await redraw(context);
      const weight = await pageWeight(context);
      const row = (label, { median, p95, max }, target) =>
        `| ${label} | ${ms(median)} | ${ms(p95)} | ${ms(max)} | ${target} |`;
      return `Command: \`npm run bench\` (this section: \`tests/bench/widget.js\`). Served by \`.ci/serve.js\` on localhost, Debian's Chromium headless, 900 × 1000 viewport, ${cpus().length} CPUs, load average ${loadBefore} at the start and ${loadAverage()} at the end (other work on the machine slows every figure).

| measurement | median | p95 | max | target |
| --- | --- | --- | --- | --- |
${row(`navigation → first chart drawn, ES modules via the import map (default widget, cold cache, ${NAVIGATIONS} runs)`, firstModules, "≤ 300 ms")}
${row(`navigation → first chart drawn, esbuild bundle (default widget, cold cache, ${NAVIGATIONS} runs)`, firstBundle, "≤ 300 ms")}
${row(`slider input → chart redrawn (6 curves × 1,000 points + derivatives, ${SLIDER_INPUTS} inputs)`, slider, "p95 ≤ 16 ms")}

Page weight of one widget, every file it loads (unbundled ES modules via the import map, Chart.js's full ESM build, the core's JS and WASM): ${weight.files} files, ${kib(weight.raw)} raw, **${kib(weight.gzip)} gzip**.
The widget bundled by esbuild (minified, Chart.js tree-shaken to the registered pieces, the core's JS included): ${kib(bundled.raw)} raw, ${kib(bundled.gzip)} gzip, plus the .wasm at ${kib(bundled.wasmGzip)} gzip: **${kib(bundled.gzip + bundled.wasmGzip)} gzip** in all.`;
    } finally {
      await context.close();
    }
  },
};
