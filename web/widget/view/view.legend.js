// The HTML legend under the chart: one toggle button per line, its swatch stroked as the line is,
// which hides or shows it. Rebuilt
// only when the labels or the theme change, so a button keeps focus while it is used; the hidden
// lines are kept by label, so they stay hidden across the reader's other changes.
import { lineStyle } from "../chart/chart.styles.js";
import { h } from "./view.dom.js";

// The line's dash pattern as a repeating gradient (a border can only be dashed one way).
function dashImage(dash, color) {
  if (dash.length === 0) return `linear-gradient(${color}, ${color})`;
  const stops = [];
  let at = 0;
  dash.forEach((length, index) => {
    const paint = index % 2 === 0 ? color : "transparent";
    stops.push(`${paint} ${at}px ${at + length}px`);
    at += length;
  });
  return `repeating-linear-gradient(to right, ${stops.join(", ")})`;
}

function legendButton(line, style, theme, onClick) {
  const color = theme.palette[line.colorIndex % theme.palette.length];
  const swatch = h("span", { className: "swatch", "aria-hidden": "true" });
  swatch.style.backgroundImage = dashImage(style.dash, color);
  swatch.style.height = `${Math.min(style.width, 5)}px`;
  return h("button", { type: "button", onclick: onClick }, swatch, line.label);
}

// `onToggle()` redraws after the reader hid or showed a line; `hidden` holds their labels.
export function createLegend(list, onToggle) {
  let key = null;
  let buttons = [];
  const hidden = new Set();
  const toggle = (label) => {
    if (!hidden.delete(label)) hidden.add(label);
    onToggle();
  };
  return {
    hidden,
    update({ lines, theme }) {
      const labels = lines.map(({ label }) => label);
      const next = JSON.stringify([theme.name, labels]);
      if (next !== key) {
        key = next;
        for (const label of hidden)
          if (lines.length < 2 || !labels.includes(label)) hidden.delete(label);
        list.hidden = lines.length < 2;
        buttons = lines.map((line, index) =>
          legendButton(line, lineStyle(line, index, lines.length), theme, () =>
            toggle(line.label),
          ),
        );
        list.replaceChildren(...buttons.map((button) => h("li", {}, button)));
      }
      buttons.forEach((button, index) =>
        button.setAttribute("aria-pressed", String(!hidden.has(labels[index]))),
      );
    },
  };
}
