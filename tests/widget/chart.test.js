// The chart's pure parts (issue 7): lines broken at jumps, the inset's true magnification and
// choice of curves, and the y-min/y-max and inset options.
import { loadCore } from "../../web/core/index.js";
import {
  brokenLine,
  computeCurves,
  publicSeries,
} from "../../web/widget/data/data.series.js";
import { buildView } from "../../web/widget/data/data.view.js";
import {
  computeInset,
  insetLayout,
  magnificationText,
} from "../../web/widget/chart/plugin.inset.js";
import {
  DEFAULTS,
  checkOptions,
  parseOptions,
} from "../../web/widget/options/options.js";

const core = await loadCore();
const theme = { name: "light", palette: ["#000"] };
const curvesOf = (options) =>
  computeCurves(core, { ...DEFAULTS, params: {}, ...options });
const view = (options, reader) =>
  buildView({ ...DEFAULTS, ...options }, curvesOf(options), theme, reader);

test("a jump becomes left limit, NaN, the value at the point, NaN, right limit", () => {
  const [line] = view({ functions: ["heaviside"], points: 10 }).lines;
  const at = Array.from(line.x).indexOf(0);
  expect(Array.from(line.x.slice(at - 1, at + 6))).toEqual([
    -0.22222222222222232, 0, 0, 0, 0, 0, 0.22222222222222232,
  ]);
  expect(Array.from(line.y.slice(at - 1, at + 6))).toEqual([
    0,
    0,
    NaN,
    0,
    NaN,
    1,
    1,
  ]);
  expect(line.jumps).toEqual([{ x: 0, index: 5, left: 0, right: 1, value: 0 }]);
  expect(line.x.length).toBe(11 + 4);
});

test("continuous kinks stay joined; derivative lines break at theirs", () => {
  const [value, slope] = view({
    functions: ["relu"],
    points: 10,
    derivative: true,
  }).lines;
  expect(value.jumps).toEqual([]);
  expect(value.y.length).toBe(11);
  expect(
    slope.jumps.map(({ x, left, right, value: v }) => [x, left, right, v]),
  ).toEqual([[0, 0, 1, 0]]);
  expect(Array.from(slope.y).filter(Number.isNaN)).toHaveLength(2);
});

test("a value between the limits (heaviside values=0.5) keeps both open dots' limits", () => {
  const [line] = view({
    functions: ["heaviside"],
    params: { values: 0.5 },
    points: 10,
  }).lines;
  expect(line.jumps[0]).toMatchObject({ left: 0, right: 1, value: 0.5 });
});

test("an unchanged curve's broken line is reused, not rebuilt", () => {
  const [curve] = curvesOf({ functions: ["threshold"], points: 10 });
  expect(brokenLine(curve.x, curve.y, curve.jumps.y)).toBe(
    brokenLine(curve.x, curve.y, curve.jumps.y),
  );
  const [series] = publicSeries([curve], false);
  expect(series.jumps).toEqual([{ x: 1, left: 0, right: 1, value: 0 }]);
});

test("hidden lines are marked and left out of the inset; dragging holds the y range", () => {
  const shown = view(
    { functions: ["relu", "leaky_relu"] },
    { hidden: new Set(["Leaky ReLU"]), dragging: true },
  );
  expect(shown.lines.map(({ hidden }) => hidden)).toEqual([false, true]);
  expect(shown.insetLines.map(({ id }) => id)).toEqual(["relu"]);
  expect(shown.holdY).toBe(true);
});

// A chart stand-in: a plot area, a y scale, and no drawn points (so every box is free).
function fakeChart(area, yMin, yMax) {
  return {
    chartArea: {
      ...area,
      right: area.left + area.width,
      bottom: area.top + area.height,
    },
    scales: { y: { min: yMin, max: yMax } },
    data: { datasets: [] },
  };
}

test("the inset's label states the true factor: its pixels per y unit over the chart's", () => {
  const { insetLines } = view({});
  const chart = fakeChart(
    { left: 50, top: 40, width: 600, height: 400 },
    -0.5,
    2,
  );
  const layout = insetLayout(chart, insetLines, null);
  const inset = layout.plot.height / (layout.yHigh - layout.yLow);
  const main = chart.chartArea.height / (2 - -0.5);
  expect(layout.magnification).toBeCloseTo(inset / main, 12);
  // span / (high − low) = 2.5 / 0.02 = 125 overstated it.
  expect(layout.magnification).toBeLessThan(50);
  expect(magnificationText(layout.magnification)).toBe(
    String(Math.round(inset / main)),
  );
  expect(magnificationText(2.345)).toBe("2.3");
});

test("several flat curves are all shown, a constant one next to a sloped one", () => {
  const { insetLines } = view({ functions: ["relu", "leaky_relu", "elu"] });
  const inset = computeInset(insetLines, -1, 2, null);
  expect(inset.lines.map(({ line }) => line.id)).toEqual([
    "relu",
    "leaky_relu",
  ]);
  const two = view({
    functions: ["leaky_relu", "prelu"],
    params: { weight: 0.02 },
  });
  expect(
    computeInset(two.insetLines, -1, 2, null).lines.map(({ line }) => line.id),
  ).toEqual(["leaky_relu", "prelu"]);
  expect(
    computeInset(view({ functions: ["relu"] }).insetLines, 0, 2, null),
  ).toBe(null);
});

test("inset=<id> shows only that function, flat or not", () => {
  const { insetLines } = view({ functions: ["leaky_relu", "elu"] });
  expect(
    computeInset(insetLines, -1, 2, "elu").lines.map(({ line }) => line.id),
  ).toEqual(["elu"]);
  expect(
    computeInset(insetLines, -1, 2, "leaky_relu").lines.map(
      ({ line }) => line.id,
    ),
  ).toEqual(["leaky_relu"]);
});

test("the inset moves to a free corner, and is left out when none is free", () => {
  const { insetLines } = view({});
  const area = { left: 0, top: 0, width: 600, height: 400 };
  const chart = fakeChart(area, -0.5, 2);
  // A line across the top-left and top-right corners.
  const points = [
    { x: 0, y: 20 },
    { x: 600, y: 20 },
  ];
  chart.data.datasets = [{}];
  chart.isDatasetVisible = () => true;
  chart.getDatasetMeta = () => ({ data: points });
  const layout = insetLayout(chart, insetLines, null);
  expect(layout.box.top).toBeGreaterThan(100);
  // Lines through every row of the plot area: no box is free.
  points.splice(
    0,
    2,
    ...Array.from({ length: 41 }, (_, i) => ({
      x: i % 2 ? 600 : 0,
      y: i * 10,
    })),
  );
  expect(insetLayout(chart, insetLines, null)).toBe(null);
});

test("y-min and y-max: bounded numbers, either alone, checked together", () => {
  const catalogue = core.functions;
  const check = (options) =>
    checkOptions({ ...DEFAULTS, ...options }, catalogue).map((e) => e.message);
  expect(parseOptions({ yMin: -1, yMax: "3" }, catalogue)).toEqual({
    yMin: -1,
    yMax: 3,
  });
  expect(() => parseOptions({ yMax: 1e16 }, catalogue)).toThrow(
    'y-max: 10000000000000000 is too large to draw; expected a number from -1e15 to 1e15',
  );
  expect(() => parseOptions({ yMin: "low" }, catalogue)).toThrow(
    'y-min: "low" is not a number',
  );
  expect(check({ yMin: 1 })).toEqual([]);
  expect(check({ yMin: 1, yMax: 1 })).toEqual([
    "y-min: must be less than y-max (got y-min 1, y-max 1)",
  ]);
});

test("inset accepts auto, off or a listed function id", () => {
  const catalogue = core.functions;
  const check = (options) =>
    checkOptions({ ...DEFAULTS, ...options }, catalogue).map((e) => e.message);
  expect(parseOptions({ inset: " OFF " }, catalogue)).toEqual({ inset: "off" });
  expect(check({ inset: "leaky_relu" })).toEqual([]);
  expect(check({ functions: ["relu", "elu"], inset: "leaky_relu" })).toEqual([
    'inset: expected one of auto, off, relu, elu (got "leaky_relu")',
  ]);
});
