// The text a screen reader gets for the canvas: what is plotted, with which parameters, and the
// shape of each curve (range over the plot, monotonic, smooth, slope on the magnified side).
import { formatNumber } from "../data/data.format.js";

function parameterText(params) {
  const entries = Object.entries(params);
  if (entries.length === 0) return "";
  return ` (${entries.map(([name, value]) => `${name} = ${typeof value === "number" ? formatNumber(value) : value}`).join(", ")})`;
}

function extent(values) {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high];
}

function curveSentence(curve) {
  const { fn, params, y, dy } = curve;
  const [low, high] = extent(y);
  const traits = [
    fn.properties.monotonic ? "monotonic" : "not monotonic",
    fn.properties.smooth ? "smooth" : "not smooth",
  ];
  let sentence = `${fn.name}${parameterText(params)} goes from ${formatNumber(low)} to ${formatNumber(high)}; ${traits.join(", ")}.`;
  if (dy) {
    const [slopeLow, slopeHigh] = extent(dy);
    sentence += ` Its derivative ranges from ${formatNumber(slopeLow)} to ${formatNumber(slopeHigh)}.`;
  }
  return sentence;
}

// curves: [{ fn, params, x, y, dy }]; inset: computeInset's result or null.
export function describePlot({ title, xMin, xMax, derivative }, curves, inset) {
  const sampled = curves.reduce(
    (most, curve) => Math.max(most, curve.x.length),
    0,
  );
  const parts = [
    `${title}. Line chart of ${curves.map(({ fn }) => fn.name).join(", ")}${derivative ? " and their derivatives" : ""} for x from ${formatNumber(xMin)} to ${formatNumber(xMax)} (${sampled} points, kinks sampled exactly).`,
  ];
  for (const curve of curves) parts.push(curveSentence(curve));
  if (inset)
    for (const { line, slope } of inset.lines)
      if (slope !== null)
        parts.push(
          `An inset magnifies x < 0, where ${line.label} has slope ${formatNumber(slope)}.`,
        );
  return parts.join(" ");
}
