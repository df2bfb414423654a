// The data the widget plots: one value series per listed function and, with `derivative`, one
// derivative series each, sampled by the core (evenly spaced points plus every kink).
import { functionParameters } from "../options/options.js";

// One curve per listed function: { fn, params, x, y, dy }. A curve whose function, parameters and
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
    const { x, y, dy } = core.curve(id, { xMin, xMax, points, params });
    return { key, fn, params, x, y, dy };
  });
}

// The public `data.series`: a value series per curve and, with `derivative`, a derivative series.
export function publicSeries(curves, derivative) {
  const series = [];
  for (const { fn, params, x, y, dy } of curves) {
    series.push({ id: fn.id, params: { ...params }, kind: "value", x, y });
    if (derivative)
      series.push({
        id: fn.id,
        params: { ...params },
        kind: "derivative",
        x,
        y: dy,
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
