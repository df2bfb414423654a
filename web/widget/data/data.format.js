// Number formatting for display. Exact values keep every digit needed to read back the double.

const MINUS = "−";

const withMinusSign = (text) =>
  text.replace(/^-/, MINUS).replace("e-", `e${MINUS}`);

// Up to six significant digits, no trailing zeros: parameter values, ranges, ticks.
export function formatNumber(value) {
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : `${MINUS}∞`;
  if (Object.is(value, -0)) return "0";
  return withMinusSign(String(Number(value.toPrecision(6))));
}

// Three significant digits, for small labels.
export function formatShort(value) {
  return Number.isFinite(value)
    ? formatNumber(Number(value.toPrecision(3)))
    : formatNumber(value);
}

// The shortest decimal that reads back as the same double: crosshair read-outs.
export function formatExact(value) {
  if (!Number.isFinite(value)) return formatNumber(value);
  return withMinusSign(Object.is(value, -0) ? "-0" : String(value));
}
