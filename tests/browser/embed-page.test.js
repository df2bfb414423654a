// embed.html fits its iframe: the chart's height follows the viewport, so the x axis stays in view.
import { openPage, startBrowser, TIMEOUT } from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

test.each([
  [640, 420, ""],
  [480, 320, ""],
  [800, 600, "?functions=elu,gelu&controls=full"],
])(
  "at %ix%i (%s) the x axis title is inside the viewport",
  async (width, height, query) => {
    const { page, problems } = await openPage(context, { width, height });
    await page.goto(`${context.server.url}embed.html${query}`);
    await page.waitForFunction(() => document.querySelector("activation-plot"));
    await page.evaluate(() => document.querySelector("activation-plot").ready);
    const layout = await page.$eval("activation-plot", (element) => {
      const canvas = element.shadowRoot.querySelector("canvas");
      const top = canvas.getBoundingClientRect().top;
      return {
        axisBottom: top + element.chart.scales.x.bottom,
        plotHeight: element.chart.chartArea.height,
        viewport: innerHeight,
      };
    });
    expect(layout.axisBottom).toBeLessThanOrEqual(layout.viewport);
    expect(layout.plotHeight).toBeGreaterThan(80);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
