// The chart itself (issue 7): jumps drawn as breaks with textbook dots, the y axis an author can
// fix and that holds still while a slider is dragged, coinciding lines that stay distinguishable,
// a legend that hides lines, and an inset that states its true factor and covers no data.
import {
  nextFrames,
  openFixture,
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

async function openWidget(attributes) {
  const opened = await openFixture(
    context,
    `<activation-plot id="plot" theme="light" ${attributes}></activation-plot>`,
  );
  await opened.page.evaluate(() => document.getElementById("plot").ready);
  return opened;
}

// The segments Chart.js draws for each dataset: consecutive points, a NaN y breaking the line.
const drawnSegments = (page) =>
  page.$eval("#plot", (element) =>
    element.chart.data.datasets.map(({ data }) => {
      const segments = [];
      for (let i = 1; i < data.length; i++)
        if (Number.isFinite(data[i - 1].y) && Number.isFinite(data[i].y))
          segments.push([data[i - 1].x, data[i - 1].y, data[i].x, data[i].y]);
      return segments;
    }),
  );

// RGBA of the chart's canvas at the pixel for (x, y) in data units, offset by (dx, dy) CSS pixels.
const pixelAt = (page, x, y, dx = 0, dy = 0) =>
  page.$eval(
    "#plot",
    (element, [x, y, dx, dy]) => {
      const { chart } = element;
      const ratio = chart.currentDevicePixelRatio;
      const px = (chart.scales.x.getPixelForValue(x) + dx) * ratio;
      const py = (chart.scales.y.getPixelForValue(y) + dy) * ratio;
      return Array.from(
        chart.ctx.getImageData(Math.round(px), Math.round(py), 1, 1).data,
      );
    },
    [x, y, dx, dy],
  );
const isBackground = ([r, g, b]) => r > 240 && g > 240 && b > 240;

test(
  "heaviside with 10 points breaks at 0 instead of ramping to (0.222, 1), with a filled and an open dot",
  async () => {
    const { page, problems } = await openWidget(
      'functions="heaviside" points="10"',
    );
    const [segments] = await drawnSegments(page);
    for (const [x1, y1, x2, y2] of segments) expect(y1).toBe(y2);
    expect(segments).toContainEqual([-0.22222222222222232, 0, 0, 0]);
    expect(segments).toContainEqual([0, 1, 0.22222222222222232, 1]);
    expect(isBackground(await pixelAt(page, 0, 0, 0, -2))).toBe(false);
    expect(isBackground(await pixelAt(page, 0, 1))).toBe(true);
    expect(isBackground(await pixelAt(page, 0, 1, -3.5, 0))).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  },
  TIMEOUT,
);

test.each([
  "relu",
  "hardtanh",
  "threshold",
  "hardshrink",
  "hardsigmoid",
  "hardswish",
])(
  "%s with derivative: no drawn segment of any line is a ramp across a jump",
  async (id) => {
    const { page } = await openWidget(
      `functions="${id}" points="10" x-min="-4" x-max="4" derivative`,
    );
    const data = await widgetData(page, "#plot");
    const datasets = await drawnSegments(page);
    data.series.forEach((series, index) => {
      for (const [x1, y1, x2, y2] of datasets[index])
        for (const { x, left, right } of series.jumps) {
          expect(x1 < x && x < x2).toBe(false);
          if (x2 === x) expect(y2).toBe(left);
          if (x1 === x) expect(y1).toBe(right);
        }
    });
    expect(data.series.some((series) => series.jumps.length > 0)).toBe(true);
    await page.close();
  },
  TIMEOUT,
);

test(
  "the public data keeps the break: left limit, NaN, the value at the point, NaN, right limit",
  async () => {
    const { page } = await openWidget(
      'functions="heaviside,relu" points="10" derivative',
    );
    const data = await widgetData(page, "#plot");
    const [heaviside, , relu, reluSlope] = data.series;
    const at = heaviside.x.indexOf(0);
    expect(heaviside.x.slice(at, at + 5)).toEqual([0, 0, 0, 0, 0]);
    expect(heaviside.y.slice(at - 1, at + 6)).toEqual([
      0,
      0,
      NaN,
      0,
      NaN,
      1,
      1,
    ]);
    expect(heaviside.jumps).toEqual([{ x: 0, left: 0, right: 1, value: 0 }]);
    expect(relu.jumps).toEqual([]);
    expect(relu.x.length).toBe(11);
    expect(reluSlope.jumps).toEqual([{ x: 0, left: 0, right: 1, value: 0 }]);
    await page.close();
  },
  TIMEOUT,
);
