// The demo page and embed.html in Chromium, as served: clean load, the one-file embed its snippet
// shows, correct default figure, every example drawn; and the same pages with ?modules.
import {
  allReady,
  openPage,
  startBrowser,
  TIMEOUT,
  widgetData,
  widgetMessage,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

// The paths of the scripts a page (or frame) fetched.
const scriptsLoaded = (frame) =>
  frame.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith(".js"))
      .sort(),
  );

// Opens `url`, checks every widget and the iframe are drawn and nothing went wrong; returns the
// page and the scripts the page and the iframe fetched.
async function openDemo(url) {
  const { page, problems } = await openPage(context);
  await page.goto(url);
  await allReady(page);
  const drawn = await page.$$eval("activation-plot", (elements) =>
    elements.map((element) => Boolean(element.chart && element.data)),
  );
  expect(drawn.length).toBeGreaterThanOrEqual(5);
  expect(drawn.every(Boolean)).toBe(true);
  await page.locator("iframe.embed").scrollIntoViewIfNeeded();
  const frame = await (await page.$("iframe.embed")).contentFrame();
  await frame.waitForFunction(
    () => document.querySelector("activation-plot")?.data,
  );
  expect(problems).toEqual([]);
  return {
    page,
    scripts: await scriptsLoaded(page),
    frameScripts: await scriptsLoaded(frame),
  };
}

test(
  "the demo page loads the one-file embed its snippet shows, without console errors, and draws every example",
  async () => {
    const { page, scripts, frameScripts } = await openDemo(context.server.url);
    expect(scripts).toEqual(["/activation-plot.js", "/index.js"]);
    expect(frameScripts).toEqual(["/activation-plot.js", "/embed-page.js"]);
    const loader = await page.evaluate(() => ({
      shown: document.getElementById("loader").textContent,
      used: document.querySelector("script[src]:not([type])").outerHTML,
    }));
    expect(loader.shown).toBe('<script src="activation-plot.js"></script>');
    expect(loader.used).toBe(loader.shown);
    await page.close();
  },
  TIMEOUT,
);

test(
  "with ?modules the demo page loads the widget's ES modules instead, and draws the same",
  async () => {
    const { page, scripts } = await openDemo(`${context.server.url}?modules`);
    expect(scripts).not.toContain("/activation-plot.js");
    expect(scripts).toContain("/widget/index.js");
    expect(scripts).toContain("/node_modules/chart.js/dist/chart.js");
    const sameAsCore = await page.evaluate(async () => {
      const { loadCore } = await import("/core/index.js");
      const core = await loadCore();
      const [series] = document.querySelector("activation-plot").data.series;
      return core
        .evaluate("leaky_relu", series.x, { negative_slope: 0.01 })
        .every((y, i) => Object.is(y, series.y[i]));
    });
    expect(sameAsCore).toBe(true);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the default widget is the tutorial's figure with x = 0 sampled, values equal to the core's",
  async () => {
    const { page, problems } = await openPage(context);
    await page.goto(context.server.url);
    await allReady(page);
    const result = await page.evaluate(async () => {
      const core = await ActivationPlot.loadCore();
      const element = document.querySelector(
        "activation-plot:not([functions])",
      );
      const [series] = element.data.series;
      const reference = core.curve("leaky_relu", {
        xMin: -2,
        xMax: 2,
        points: 100,
        params: { negative_slope: 0.01 },
      });
      return {
        count: element.data.series.length,
        id: series.id,
        kind: series.kind,
        params: series.params,
        sameX:
          series.x.length === reference.x.length &&
          series.x.every((x, i) => Object.is(x, reference.x[i])),
        sameY: series.y.every((y, i) => Object.is(y, reference.y[i])),
        evaluated: core
          .evaluate("leaky_relu", series.x, { negative_slope: 0.01 })
          .every((y, i) => Object.is(y, series.y[i])),
        includesZero: series.x.includes(0),
        ends: [series.x[0], series.x.at(-1)],
        title: element.chart.options.plugins.title.text,
        axes: [
          element.chart.options.scales.x.title.text,
          element.chart.options.scales.y.title.text,
        ],
      };
    });
    expect(result).toMatchObject({
      count: 1,
      id: "leaky_relu",
      kind: "value",
      params: { negative_slope: 0.01 },
      sameX: true,
      sameY: true,
      evaluated: true,
      includesZero: true,
      ends: [-2, 2],
    });
    expect(result.title).toBe("Leaky ReLU Activation Function");
    expect(result.axes).toEqual(["x", "f(x)"]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the default figure shows the 0.01 slope in a magnified inset",
  async () => {
    const { page } = await openPage(context);
    await page.goto(context.server.url);
    await allReady(page);
    await page.waitForFunction(
      () =>
        document
          .querySelector("activation-plot")
          .shadowRoot.querySelector("#description").textContent !== "",
    );
    const description = await page.$eval(
      "activation-plot",
      (element) => element.shadowRoot.querySelector("#description").textContent,
    );
    expect(description).toContain("slope 0.01");
    await page.close();
  },
  TIMEOUT,
);

test.each([
  ["the one-file embed", ""],
  ["the ES modules (?modules)", "modules&"],
])(
  "embed.html with %s takes its options from the query string and ignores unknown ones",
  async (_, flag) => {
    const { page, problems } = await openPage(context);
    await page.goto(
      `${context.server.url}embed.html?${flag}functions=relu,elu&alpha=0.5&x-min=-3&onclick=alert(1)`,
    );
    await page.waitForFunction(
      () => document.querySelector("activation-plot")?.data,
    );
    const data = await widgetData(page, "activation-plot");
    expect(data.series.map((s) => [s.id, s.params])).toEqual([
      ["relu", {}],
      ["elu", { alpha: 0.5 }],
    ]);
    expect(data.series[0].x[0]).toBe(-3);
    expect(
      await page.$eval("activation-plot", (element) =>
        element.hasAttribute("onclick"),
      ),
    ).toBe(false);
    expect(await page.textContent(".unknown")).toContain("onclick");
    expect(await widgetMessage(page, "activation-plot")).toBe("");
    expect(await scriptsLoaded(page)).toContain(
      flag ? "/embed.js" : "/embed-page.js",
    );
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
