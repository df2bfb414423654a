// The text a screen reader gets for the canvas: what is plotted, with which parameters, and the
// shape of each curve (values over the plot, range and properties for its parameters from the
// core, slope on the magnified side).
import { propertyLabels, rangeText } from "./view.badges.js";
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

// Spoken: "−∞" as "minus infinity", "∪" as "or".
const spoken = (text) =>
  text.replaceAll("−∞", "minus infinity").replaceAll(" ∪ ", " or ");

function curveSentence(core, curve) {
  const { fn, params, y, dy } = curve;
  const [low, high] = extent(y);
  const properties = core.properties(fn.id, params);
  const traits = propertyLabels(properties).map(([, text]) => text);
  let sentence = `${fn.name}${parameterText(params)} goes from ${formatNumber(low)} to ${formatNumber(high)} here; its range is ${spoken(rangeText(properties.range))}; ${traits.join(", ")}.`;
  if (dy) {
    const [slopeLow, slopeHigh] = extent(dy);
    sentence += ` Its derivative ranges from ${formatNumber(slopeLow)} to ${formatNumber(slopeHigh)}.`;
  }
  return sentence;
}

// core: the loaded core (for the properties); curves: [{ fn, params, x, y, dy }]; inset:
// computeInset's result or null.
export function describePlot(
  core,
  { title, xMin, xMax, derivative },
  curves,
  inset,
) {
  const sampled = curves.reduce(
    (most, curve) => Math.max(most, curve.x.length),
    0,
  );
  const parts = [
    `${title}. Line chart of ${curves.map(({ fn }) => fn.name).join(", ")}${derivative ? " and their derivatives" : ""} for x from ${formatNumber(xMin)} to ${formatNumber(xMax)} (${sampled} points, kinks sampled exactly).`,
  ];
  for (const curve of curves) parts.push(curveSentence(core, curve));
  if (inset)
    for (const { line, slope } of inset.lines)
      if (slope !== null)
        parts.push(
          `An inset magnifies x < 0, where ${line.label} has slope ${formatNumber(slope)}.`,
        );
  return parts.join(" ");
}
