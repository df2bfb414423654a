// The property badges of a function: output range (with parameter values filled in), monotonic,
// smooth, zero-centred, bounded.
import { h } from "./view.dom.js";
import { formatNumber } from "../data/data.format.js";

function rangeText(range, params) {
  return range.replace(/\b[a-z_]+\b/g, (word) =>
    typeof params[word] === "number" ? formatNumber(params[word]) : word,
  );
}

export function propertyBadges(fn, params) {
  const { properties } = fn;
  const flag = (on, yes, no) =>
    h("li", { className: on ? "badge on" : "badge off" }, on ? yes : no);
  return h(
    "ul",
    { className: "badges", "aria-label": `Properties of ${fn.name}` },
    h(
      "li",
      { className: "badge range" },
      `range ${rangeText(properties.range, params)}`,
    ),
    flag(properties.monotonic, "monotonic", "not monotonic"),
    flag(properties.smooth, "smooth", "not smooth"),
    flag(properties.zeroCentred, "zero-centred", "not zero-centred"),
    flag(properties.bounded, "bounded", "unbounded"),
  );
}
