// The HTML legend under the chart: one item per line, rebuilt only when the labels or the theme
// change.
import { legendItem } from "./view.skeleton.js";

export function createLegend(list) {
  let key = null;
  return {
    update({ lines, theme }) {
      const next = JSON.stringify([
        theme.name,
        lines.map(({ label }) => label),
      ]);
      if (next === key) return;
      key = next;
      list.hidden = lines.length < 2;
      list.replaceChildren(...lines.map((line) => legendItem(line, theme)));
    },
  };
}
