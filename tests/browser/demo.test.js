// The demo page and embed.html in Chromium: clean load, correct default figure, every example drawn.
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

test(
  "the demo page loads without console errors and draws every example",
  async () => {
    const { page, problems } = await openPage(context);
    await page.goto(context.server.url);
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
      const { loadCore } = await import("/core/index.js");
      const core = await loadCore();
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

test(
  "embed.html takes its options from the query string and ignores unknown ones",
  async () => {
    const { page, problems } = await openPage(context);
    await page.goto(
      `${context.server.url}embed.html?functions=relu,elu&alpha=0.5&x-min=-3&onclick=alert(1)`,
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
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
