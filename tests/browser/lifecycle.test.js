// One shared WebAssembly instance, destroy on removal, reconnecting, and no heap growth.
import {
  allReady,
  nextFrames,
  openFixture,
  startBrowser,
  TIMEOUT,
  widgetData,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

// Counts WebAssembly instantiations in every frame of the page.
const COUNT_INSTANTIATIONS = () => {
  window.wasmInstantiations = 0;
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.wasmInstantiations++;
      return original.apply(this, args);
    };
  }
};

// Chart.js's live charts, read from the Chart class (bundled inside the embed) of a drawn widget.
const chartCount = (page) =>
  page.evaluate(() => {
    const drawn = [...document.querySelectorAll("activation-plot")].find(
      (element) => element.chart,
    );
    return Object.keys(drawn.chart.constructor.instances).length;
  });

test.each(["embed", "modules"])(
  "20 widgets on one page share one WebAssembly instantiation (loaded as %s)",
  async (loader) => {
    const body = Array.from(
      { length: 20 },
      (_, i) =>
        `<activation-plot functions="${i % 2 ? "tanh" : "relu"}" controls="none"></activation-plot>`,
    ).join("");
    const { page, problems } = await openFixture(context, body, {
      height: 1200,
      initScript: COUNT_INSTANTIATIONS,
      loader,
    });
    await allReady(page);
    expect(await page.evaluate(() => window.wasmInstantiations)).toBe(1);
    expect(
      await page.$$eval("activation-plot", (elements) =>
        elements.every((element) => element.chart && element.data),
      ),
    ).toBe(true);
    expect(await chartCount(page)).toBe(20);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "widgets below the fold are drawn when scrolled near",
  async () => {
    const { page } = await openFixture(
      context,
      '<div style="height: 5000px"></div><activation-plot id="far"></activation-plot>',
      { height: 600 },
    );
    await page.waitForTimeout(500);
    expect(await page.$eval("#far", (element) => element.chart)).toBeNull();
    await page.$eval("#far", (element) => element.scrollIntoView());
    await page.evaluate(() => document.getElementById("far").ready);
    expect(await page.$eval("#far", (element) => element.chart !== null)).toBe(
      true,
    );
    await page.close();
  },
  TIMEOUT,
);

test(
  "removing a widget destroys its chart; reconnecting draws it again",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="a"></activation-plot><activation-plot id="b" functions="elu"></activation-plot>',
    );
    await allReady(page);
    expect(await chartCount(page)).toBe(2);
    const removed = await page.evaluate(async () => {
      const element = document.getElementById("a");
      const chart = element.chart;
      element.remove();
      window.detached = element;
      await null;
      return {
        chartGone: element.chart === null,
        destroyed: chart.canvas === null || !chart.attached,
        shadow: [...element.shadowRoot.children].map((node) => node.localName),
      };
    });
    expect(removed).toEqual({
      chartGone: true,
      destroyed: true,
      shadow: ["slot"],
    });
    expect(await chartCount(page)).toBe(1);
    await page.evaluate(() => document.body.append(window.detached));
    await page.evaluate(() => window.detached.ready);
    expect(await chartCount(page)).toBe(2);
    const data = await widgetData(page, "#a");
    expect(data.series[0].id).toBe("leaky_relu");
    await page.evaluate(() =>
      document.getElementById("a").setAttribute("alpha", "0.2"),
    );
    await nextFrames(page);
    expect((await widgetData(page, "#a")).series[0].params.negative_slope).toBe(
      0.2,
    );
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "1,000 slider updates do not grow the WebAssembly heap",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="leaky_relu,elu,gelu,silu,tanh,sigmoid" points="1000" derivative></activation-plot>',
    );
    await allReady(page);
    const result = await page.evaluate(async () => {
      const core = await ActivationPlot.loadCore();
      const slider = document
        .getElementById("plot")
        .shadowRoot.querySelector("input[type=range]");
      // Each move in its own update cycle, as the reader's drags are.
      const move = async (i) => {
        slider.value = String(((i % 200) - 100) / 100);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        await null;
      };
      for (let i = 0; i < 50; i++) await move(i);
      const before = core.memoryBytes;
      for (let i = 0; i < 1000; i++) await move(i);
      return {
        before,
        after: core.memoryBytes,
        slope:
          document.getElementById("plot").data.series[0].params.negative_slope,
      };
    });
    expect(result.after).toBe(result.before);
    expect(result.slope).toBe(0.99);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
