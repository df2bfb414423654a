// Debian's Chromium driven by playwright-core, plus what every consumer test checks on a page.
export { launchChromium as launchBrowser } from "../../browser/harness.js";

/**
 * Opens `url` in a fresh context; `problems` collects console errors, page errors and failed
 * requests. Requests to other hosts get `offline(url)`'s answer, so a page that names a CDN
 * neither waits nor reaches the network.
 */
export async function openPage(
  browser,
  url,
  { offline = () => ({ status: 404, body: "" }) } = {},
) {
  const context = await browser.newContext({
    viewport: { width: 900, height: 700 },
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.fulfill(offline(route.request().url())),
  );
  await context.addInitScript(countWasmInstantiations);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) =>
    problems.push(`page error: ${error.message}`),
  );
  page.on("requestfailed", (request) => {
    problems.push(
      `request failed: ${request.url()} ${request.failure()?.errorText}`,
    );
  });
  await page.goto(url);
  return { page, problems, requests, close: () => context.close() };
}

// Runs in the page before its scripts: counts how often a WebAssembly module is instantiated.
function countWasmInstantiations() {
  window.__wasmInstantiations = 0;
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__wasmInstantiations += 1;
      return original.apply(this, args);
    };
  }
}

/**
 * Waits until every <activation-plot> in `frame` has rendered and returns, per element, its
 * `data` (arrays made plain) and how many canvas pixels are painted, plus the instantiation count.
 */
export async function inspectPlots(frame, { minimum = 1 } = {}) {
  await frame.waitForFunction(
    (count) => document.querySelectorAll("activation-plot").length >= count,
    minimum,
  );
  return frame.evaluate(async () => {
    await customElements.whenDefined("activation-plot");
    const elements = [...document.querySelectorAll("activation-plot")];
    // Widgets below the fold draw when scrolled near.
    for (const element of elements) {
      element.scrollIntoView();
      await element.ready;
    }
    await new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(resolve)),
    );
    // Pixels that differ from the top-left one, which is background whether or not it is filled.
    const paintedPixels = (canvas) => {
      const pixels = new Uint32Array(
        canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height)
          .data.buffer,
      );
      const painted = pixels.reduce(
        (count, pixel) => count + (pixel !== pixels[0] ? 1 : 0),
        0,
      );
      return { painted, total: pixels.length };
    };
    return {
      wasmInstantiations: window.__wasmInstantiations,
      plots: elements.map((element) => {
        // A widget that could not draw shows its reason in an alert instead of `data`.
        const alert = element.shadowRoot?.querySelector(
          '[role="alert"]:not([hidden])',
        );
        if (!element.data)
          return { error: alert?.textContent || "no data and no message" };
        return {
          series: element.data.series.map(({ id, params, kind, x, y }) => ({
            id,
            params: { ...params },
            kind,
            x: Array.from(x),
            y: Array.from(y),
          })),
          pixels: paintedPixels(element.chart.canvas),
        };
      }),
    };
  });
}
