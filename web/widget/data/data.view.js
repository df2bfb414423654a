// What the chart and the page get from the curves: the chart's view (lines, heading, range,
// theme) and the public `data` series.
import {
  curveLine,
  defaultTitle,
  publicSeries,
  seriesLabel,
} from "./data.series.js";

function viewLine(curve, kind, colorIndex, hidden) {
  const label = seriesLabel(curve.fn, kind);
  const { x, y, jumps } = curveLine(curve, kind);
  return { label, kind, colorIndex, x, y, jumps, hidden: hidden.has(label) };
}

// The chart's view of `curves` drawn with `options` in `theme`. `reader`: { hidden: the labels
// of the lines the reader hid, dragging: whether a slider is being dragged }.
export function buildView(
  options,
  curves,
  theme,
  { hidden = new Set(), dragging = false } = {},
) {
  const lines = [];
  const insetLines = [];
  curves.forEach((curve, index) => {
    const { fn, x, y, dy } = curve;
    const value = viewLine(curve, "value", index, hidden);
    lines.push(value);
    if (!value.hidden)
      insetLines.push({
        id: fn.id,
        label: fn.name,
        colorIndex: index,
        x,
        y,
        dy,
      });
    if (options.derivative)
      lines.push(viewLine(curve, "derivative", index, hidden));
  });
  return {
    title:
      options.heading ||
      options.title ||
      defaultTitle(curves.map(({ fn }) => fn)),
    theme,
    xMin: options.xMin,
    xMax: options.xMax,
    yMin: options.yMin,
    yMax: options.yMax,
    holdY: dragging,
    derivative: options.derivative,
    inset: options.inset,
    lines,
    insetLines,
  };
}

// Typed arrays cannot be frozen: the public data is frozen objects holding copies.
export function frozenSeries(curves, derivative) {
  return Object.freeze(
    publicSeries(curves, derivative).map((series) =>
      Object.freeze({
        ...series,
        params: Object.freeze(series.params),
        x: series.x.slice(),
        y: series.y.slice(),
        jumps: Object.freeze(series.jumps.map(Object.freeze)),
      }),
    ),
  );
}
