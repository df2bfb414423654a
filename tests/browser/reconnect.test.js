// Moving an element keeps the reader's changes; a real removal tears it down after the task; a
// container handed back by destroy() can be reused.
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

test(
  "moving an element in the DOM keeps the reader's changes and the chart",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<div id="one"><activation-plot id="plot" functions="elu"></activation-plot></div><div id="other"></div>',
    );
    await allReady(page);
    await page.$eval("#plot", (element) => {
      const slider = element.shadowRoot.querySelector("input[type=range]");
      slider.value = "2.5";
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await nextFrames(page);
    expect((await widgetData(page, "#plot")).series[0].params.alpha).toBe(2.5);
    const kept = await page.evaluate(async () => {
      const element = document.getElementById("plot");
      const chart = element.chart;
      document.getElementById("other").append(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return element.chart === chart && element.options.params["elu.alpha"];
    });
    expect(kept).toBe(2.5);
    expect((await widgetData(page, "#plot")).series[0].params.alpha).toBe(2.5);
    await page.$eval("#plot", (element) => element.setAttribute("x-max", "4"));
    await nextFrames(page);
    const data = await widgetData(page, "#plot");
    expect([data.series[0].x.at(-1), data.series[0].params.alpha]).toEqual([
      4, 2.5,
    ]);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "destroy() hands the container back: its own content shows, and it can be drawn into again",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<div id="box"><p id="own">own content</p></div>',
    );
    const result = await page.evaluate(async () => {
      const box = document.getElementById("box");
      const early = ActivationPlot.createActivationPlot(box);
      early.destroy();
      const earlySettled = await Promise.race([
        early.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), 3000)),
      ]);
      const first = ActivationPlot.createActivationPlot(box);
      await first.ready;
      first.destroy();
      const ownVisible =
        document.getElementById("own").getBoundingClientRect().height > 0;
      const second = ActivationPlot.createActivationPlot(box);
      await second.ready;
      return {
        earlySettled,
        ownVisible,
        drawn: second.chart !== null && second.data.series.length === 1,
      };
    });
    expect(result).toEqual({
      earlySettled: true,
      ownVisible: true,
      drawn: true,
    });
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
