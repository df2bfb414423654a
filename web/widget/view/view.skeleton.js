// The widget's DOM inside its shadow root: styles, the skeleton of parts, the message box, the
// notes and the legend. Text always goes in as text.
import { h } from "./view.dom.js";
import { STYLES } from "./view.styles.js";

let sharedSheet;

export function adoptStyles(root) {
  if (
    root.adoptedStyleSheets !== undefined &&
    typeof CSSStyleSheet === "function" &&
    "replaceSync" in CSSStyleSheet.prototype
  ) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    root.append(h("style", {}, STYLES));
  }
}

export function shadowRootOf(container) {
  if (container instanceof ShadowRoot) return container;
  return container.shadowRoot ?? container.attachShadow({ mode: "open" });
}

export function skeleton(root) {
  const parts = {
    message: h("div", { className: "message", role: "alert", hidden: true }),
    note: h("div", { className: "note", role: "status", hidden: true }),
    canvas: h("canvas", {
      role: "img",
      tabindex: 0,
      "aria-describedby": "description",
    }),
    placeholder: h("div", { className: "placeholder" }, "Loading…"),
    legend: h("ul", { className: "legend", "aria-label": "Legend" }),
    readout: h("figcaption", { className: "readout", "aria-live": "polite" }),
    description: h("p", { id: "description", className: "visually-hidden" }),
    formulas: h("div", { className: "formulas" }),
    controls: h("div", { className: "controls" }),
    outputText: h("textarea", {
      readonly: true,
      "aria-label": "Exported text",
      rows: 8,
    }),
    outputStatus: h("span", { className: "status", role: "status" }),
    table: h(
      "details",
      { className: "table hidden-table" },
      h("summary", {}, "Data table"),
    ),
  };
  parts.output = h(
    "div",
    { className: "output", hidden: true },
    parts.outputText,
    parts.outputStatus,
  );
  parts.plot = h(
    "div",
    { className: "plot", part: "plot" },
    parts.canvas,
    parts.placeholder,
  );
  parts.root = h(
    "div",
    { className: "root", part: "root" },
    parts.message,
    parts.note,
    h("figure", { part: "figure" }, parts.plot, parts.legend, parts.readout),
    parts.description,
    parts.formulas,
    parts.controls,
    parts.output,
    parts.table,
  );
  root.replaceChildren(parts.root);
  return parts;
}

export function showMessage(parts, problems) {
  parts.message.hidden = problems.length === 0;
  parts.message.replaceChildren();
  if (problems.length === 1) parts.message.append(problems[0].message);
  else if (problems.length > 1)
    parts.message.append(
      h(
        "ul",
        {},
        problems.map((problem) => h("li", {}, problem.message)),
      ),
    );
}

// Notes: valid options that may not do what the author meant; not errors.
export function showNote(parts, notes) {
  parts.note.hidden = notes.length === 0;
  parts.note.replaceChildren(...notes.map((note) => h("p", {}, note)));
}
