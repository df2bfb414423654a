// What the chart and the page get from the curves: the chart's view (lines, heading, range,
// theme) and the public `data` series.
import { defaultTitle, publicSeries, seriesLabel } from "./data.series.js";

// The chart's view of `curves` drawn with `options` in `theme`.
export function buildView(options, curves, theme) {
  const lines = [];
  const insetLines = [];
  curves.forEach(({ fn, x, y, dy }, index) => {
    lines.push({
      label: seriesLabel(fn, "value"),
      kind: "value",
      colorIndex: index,
      x,
      y,
    });
    insetLines.push({ label: fn.name, colorIndex: index, x, y, dy });
    if (options.derivative)
      lines.push({
        label: seriesLabel(fn, "derivative"),
        kind: "derivative",
        colorIndex: index,
        x,
        y: dy,
      });
  });
  return {
    title:
      options.heading ||
      options.title ||
      defaultTitle(curves.map(({ fn }) => fn)),
    theme,
    xMin: options.xMin,
    xMax: options.xMax,
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
      }),
    ),
  );
}
