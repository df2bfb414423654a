// The HTML legend under the chart: one toggle button per line, which hides or shows it. Rebuilt
// only when the labels or the theme change, so a button keeps focus while it is used; the hidden
// lines are kept by label, so they stay hidden across the reader's other changes.
import { h } from "./view.dom.js";

function legendButton({ label, kind, colorIndex }, theme, onClick) {
  const swatch = h("span", {
    className: `swatch ${kind}`,
    "aria-hidden": "true",
  });
  swatch.style.borderColor = theme.palette[colorIndex % theme.palette.length];
  return h("button", { type: "button", onclick: onClick }, swatch, label);
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
        buttons = lines.map((line) =>
          legendButton(line, theme, () => toggle(line.label)),
        );
        list.replaceChildren(...buttons.map((button) => h("li", {}, button)));
      }
      buttons.forEach((button, index) =>
        button.setAttribute("aria-pressed", String(!hidden.has(labels[index]))),
      );
    },
  };
}
