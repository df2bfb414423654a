// The property badges of a function for its current parameters, from core.properties: output
// range, monotonicity, smoothness (or continuity), zero-centred, bounded.
import { h } from "./view.dom.js";
import { formatExact, formatNumber } from "../data/data.format.js";

const MINUS = "−";
const SHOWN_DIGITS = 4;

// A range end as text. Ends that read back exactly in a few digits are shown exactly (0, 1, 6,
// −0.375, α's value); others are rounded outward to four significant digits — a minimum down, a
// maximum up — so that the shown range never leaves out a value the function takes.
export function rangeEndText(value, side) {
  if (!Number.isFinite(value)) return formatNumber(value);
  if (Number(value.toPrecision(6)) === value) return formatNumber(value);
  let shown = Number(value.toPrecision(SHOWN_DIGITS));
  const unit =
    10 ** (Math.floor(Math.log10(Math.abs(shown))) - SHOWN_DIGITS + 1);
  if (side === "min" && shown > value)
    shown = Number((shown - unit).toPrecision(SHOWN_DIGITS));
  if (side === "max" && shown < value)
    shown = Number((shown + unit).toPrecision(SHOWN_DIGITS));
  return formatNumber(shown);
}

const pointText = (value) =>
  Number(value.toPrecision(6)) === value
    ? formatNumber(value)
    : formatExact(value);

const isPoint = ({ min, max }) => min === max;

// "[0, ∞)", "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)", "{0, 0.5, 1}": neighbouring points share braces.
export function rangeText(range) {
  const parts = [];
  for (let i = 0; i < range.length; i++) {
    const interval = range[i];
    if (isPoint(interval)) {
      const points = [interval.min];
      while (i + 1 < range.length && isPoint(range[i + 1]))
        points.push(range[++i].min);
      // Rounding a point either way would leave it out: short if exact, otherwise every digit.
      parts.push(`{${points.map(pointText).join(", ")}}`);
      continue;
    }
    const { min, max, minClosed, maxClosed } = interval;
    parts.push(
      `${minClosed ? "[" : "("}${rangeEndText(min, "min")}, ${rangeEndText(max, "max")}${maxClosed ? "]" : ")"}`,
    );
  }
  return parts.join(" ∪ ");
}

// The badges as [on, text] pairs: on for the property a tutorial highlights.
export function propertyLabels(properties) {
  const { monotonic, continuous, smooth, zeroCentred, bounded } = properties;
  return [
    [Boolean(monotonic), monotonic || "not monotonic"],
    [smooth, smooth ? "smooth" : continuous ? "not smooth" : "discontinuous"],
    [zeroCentred, zeroCentred ? "zero-centred" : "not zero-centred"],
    [
      bounded.below || bounded.above,
      bounded.below && bounded.above
        ? "bounded"
        : bounded.below
          ? "bounded below"
          : bounded.above
            ? "bounded above"
            : "unbounded",
    ],
  ];
}

// The range with every digit, for the badge's tooltip.
function exactRangeText(range) {
  return range
    .map(({ min, max, minClosed, maxClosed }) =>
      min === max
        ? `{${String(min)}}`
        : `${minClosed ? "[" : "("}${String(min)}, ${String(max)}${maxClosed ? "]" : ")"}`,
    )
    .join(" ∪ ")
    .replaceAll("-", MINUS)
    .replaceAll("Infinity", "∞");
}

// `params`: the function's parameter values by name, as the curves carry them.
export function propertyBadges(core, fn, params) {
  const properties = core.properties(fn.id, params);
  return h(
    "ul",
    { className: "badges", "aria-label": `Properties of ${fn.name}` },
    h(
      "li",
      { className: "badge range", title: exactRangeText(properties.range) },
      `range ${rangeText(properties.range)}`,
    ),
    propertyLabels(properties).map(([on, text]) =>
      h("li", { className: on ? "badge on" : "badge off" }, text),
    ),
  );
}
