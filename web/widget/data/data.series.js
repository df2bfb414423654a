// The data the widget plots: one value series per listed function and, with `derivative`, one
// derivative series each, sampled by the core (evenly spaced points plus every kink).
import { functionParameters } from "../options/options.js";

// One curve per listed function: { fn, params, x, y, dy, jumps }. A curve whose function, parameters and
// range are unchanged is taken from `previous` as is, so a slider recomputes only its own curve.
// Throws the core's error for bad parameters.
export function computeCurves(core, options, previous = []) {
  const byId = new Map(core.functions.map((fn) => [fn.id, fn]));
  const { xMin, xMax, points } = options;
  return options.functions.map((id) => {
    const fn = byId.get(id);
    const params = functionParameters(fn, options.params);
    const key = JSON.stringify([id, params, xMin, xMax, points]);
    const reused = previous.find((curve) => curve.key === key);
    if (reused) return reused;
    const { x, y, dy, jumps } = core.curve(id, {
      xMin,
      xMax,
      points,
      params,
    });
    return { key, fn, params, x, y, dy, jumps };
  });
}

// A line as drawn, broken at its jumps: each sampled jump at x = a becomes five entries at a,
// (a, left limit), (a, NaN), (a, f(a)), (a, NaN), (a, right limit), so a line plot goes to the
// left limit, breaks, and resumes from the right limit, while f(a) (PyTorch's value at a) stays
// in the data on its own. `jumps`: [{ x, left, right, value }]. A line without jumps keeps its
// arrays. Cached by `y`, which a reused curve keeps, so an unchanged line is not rebuilt.
const broken = new WeakMap();

export function brokenLine(x, y, coreJumps) {
  let line = broken.get(y);
  if (line) return line;
  const jumps = coreJumps.map(({ x: at, index, left, right }) => ({
    x: at,
    index,
    left,
    right,
    value: y[index],
  }));
  line = { x, y, jumps };
  if (jumps.length) {
    line.x = new Float64Array(x.length + 4 * jumps.length);
    line.y = new Float64Array(line.x.length);
    let from = 0;
    let to = 0;
    for (const { x: at, index, left, right, value } of jumps) {
      line.x.set(x.subarray(from, index), to);
      line.y.set(y.subarray(from, index), to);
      to += index - from;
      line.x.fill(at, to, to + 5);
      line.y.set([left, NaN, value, NaN, right], to);
      to += 5;
      from = index + 1;
    }
    line.x.set(x.subarray(from), to);
    line.y.set(y.subarray(from), to);
  }
  broken.set(y, line);
  return line;
}

// A curve's value line, or its derivative line.
export const curveLine = ({ x, y, dy, jumps }, kind) =>
  kind === "derivative"
    ? brokenLine(x, dy, jumps.dy)
    : brokenLine(x, y, jumps.y);

// The public `data.series`: a value series per curve and, with `derivative`, a derivative series,
// each broken at its jumps as the chart draws it.
export function publicSeries(curves, derivative) {
  const series = [];
  for (const curve of curves)
    for (const kind of derivative ? ["value", "derivative"] : ["value"]) {
      const { x, y, jumps } = curveLine(curve, kind);
      series.push({
        id: curve.fn.id,
        params: { ...curve.params },
        kind,
        x,
        y,
        jumps: jumps.map(({ x: at, left, right, value }) => ({
          x: at,
          left,
          right,
          value,
        })),
      });
    }
  return series;
}

// The sampled x that are not on the evenly spaced grid: the kinks the core added.
export function sampledKinks(xs, { xMin, xMax, points }) {
  const step = (xMax - xMin) / (points - 1);
  const kinks = [];
  for (const x of xs) {
    const nearest = xMin + Math.round((x - xMin) / step) * step;
    if (Math.abs(nearest - x) > 1e-9 * step) kinks.push(x);
  }
  return kinks;
}

export function seriesLabel(fn, kind) {
  return kind === "derivative" ? `${fn.name}′ (derivative)` : fn.name;
}

export function defaultTitle(functions) {
  const names = functions.map((fn) => fn.name);
  return names.length === 1
    ? `${names[0]} Activation Function`
    : `${names.join(" vs ")} Activation Functions`;
}
