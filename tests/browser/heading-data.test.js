// `heading` (title is a global HTML attribute, shown as a tooltip) and the `data` the widget hands
// out, which cannot change what it holds or exports.
import {
  allReady,
  nextFrames,
  openFixture,
  startBrowser,
  TIMEOUT,
} from "./harness.js";

let context;
beforeAll(async () => {
  context = await startBrowser();
}, TIMEOUT);
afterAll(() => context?.close(), TIMEOUT);

const chartTitle = (page, selector) =>
  page.$eval(selector, (element) => element.chart.options.plugins.title.text);

test(
  "heading sets the chart's heading; title keeps working as a deprecated alias",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="heading" heading="Leaky"></activation-plot><activation-plot id="title" title="Old"></activation-plot><activation-plot id="both" title="Old" heading="New"></activation-plot>',
      { height: 3000 },
    );
    await allReady(page);
    expect(await chartTitle(page, "#heading")).toBe("Leaky");
    expect(await chartTitle(page, "#title")).toBe("Old");
    expect(await chartTitle(page, "#both")).toBe("New");
    expect(await page.$eval("#heading", (element) => element.title)).toBe("");
    await page.$eval("#heading", (element) =>
      element.setAttribute("heading", "Changed"),
    );
    await nextFrames(page);
    expect(await chartTitle(page, "#heading")).toBe("Changed");
    expect(
      await page.$eval("#heading", (element) => element.options.heading),
    ).toBe("Changed");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test(
  "changing the arrays in `data` changes neither the widget's data nor its exports",
  async () => {
    const { page, problems } = await openFixture(
      context,
      '<activation-plot id="plot" functions="relu" x-min="-1" x-max="1" points="3" controls="full"></activation-plot>',
    );
    await allReady(page);
    const result = await page.$eval("#plot", (element) => {
      const { series } = element.data;
      try {
        series[0].y[0] = 999;
        series[0].x[0] = 999;
        series[0].params.anything = 1;
        series.push(series[0]);
      } catch {
        // frozen parts throw in strict mode; the typed arrays are copies
      }
      const root = element.shadowRoot;
      root.querySelector('[data-export="csv"]').click();
      return {
        y: Array.from(element.data.series[0].y),
        x: Array.from(element.data.series[0].x),
        count: element.data.series.length,
        csv: root.querySelector("textarea").value,
      };
    });
    expect(result.y).toEqual([0, 0, 1]);
    expect(result.x).toEqual([-1, 0, 1]);
    expect(result.count).toBe(1);
    expect(result.csv).not.toContain("999");
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);
