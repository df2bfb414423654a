// The canvas's text alternatives: its label, a description and the data table. They follow the
// chart a little later, so a slider drag does not rebuild them at every step; nobody reads them
// mid-drag.
import { computeInset } from "../chart/plugin.inset.js";
import { describePlot } from "./view.description.js";
import { dataTable } from "./view.table.js";

const DELAY_MS = 120;

function render(
  { canvas, description, table },
  { core, chart, view, curves, options },
) {
  const inset =
    options.inset === "off"
      ? null
      : computeInset(
          view.insetLines,
          chart.scales.y.min,
          chart.scales.y.max,
          options.inset === "auto" ? null : options.inset,
        );
  description.textContent = describePlot(core, view, curves, inset);
  canvas.setAttribute("aria-label", view.title);
  table.replaceChildren(
    table.querySelector("summary"),
    dataTable(core, curves, options),
  );
}

// `run(action)` runs an action, turning an exception into the widget's message.
export function createAccessibility(parts, run) {
  let timer;
  return {
    // `current()` returns { core, chart, view, curves, options } when it fires, or null.
    schedule(current, { tableShown }) {
      parts.table.classList.toggle("hidden-table", !tableShown);
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          run(() => {
            const state = current();
            if (state) render(parts, state);
          }),
        DELAY_MS,
      );
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
