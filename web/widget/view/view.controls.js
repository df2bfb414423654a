// The reader's controls. Built when the set of controls changes (mode, functions, derivative),
// otherwise only their values are synchronised, so a control keeps focus while it is used.
// Every change goes to `onPatch(patch, { animate, dragging })` as an option patch; `dragging` is
// true while a slider moves, and `onRelease()` reports that it was let go.
import { h, uniqueId } from "./view.dom.js";
import { formatNumber } from "../data/data.format.js";
import { functionParameters, MAX_POINTS } from "../options/options.js";
import { PRESETS } from "../options/options.presets.js";

function numberFrom(input) {
  const value = input.valueAsNumber;
  return Number.isFinite(value) ? value : null;
}

function sliderRange(parameter, value) {
  const { min, max, step } = parameter.slider;
  return { min: Math.min(min, value), max: Math.max(max, value), step };
}

function parameterControl(
  fn,
  parameter,
  value,
  { onPatch, onRelease },
  bindings,
) {
  const key = `${fn.id}.${parameter.name}`;
  const id = uniqueId("param");
  const caption = `${fn.name} ${parameter.name}`;
  if (parameter.choices.length) {
    const select = h(
      "select",
      {
        id,
        onchange: () =>
          onPatch({ params: { [key]: select.value } }, { animate: true }),
      },
      parameter.choices.map((choice) => h("option", { value: choice }, choice)),
    );
    bindings.push(() => (select.value = value()));
    return h(
      "div",
      { className: "control parameter" },
      h("label", { for: id }, caption),
      select,
    );
  }
  const { min, max, step } = sliderRange(parameter, value());
  const rangeHint = `${formatNumber(min)} to ${formatNumber(max)}`;
  const slider = h("input", {
    type: "range",
    id,
    min,
    max,
    step,
    "aria-describedby": `${id}-hint`,
  });
  const number = h("input", {
    type: "number",
    step: "any",
    "aria-label": `${caption} value`,
  });
  slider.addEventListener("input", () =>
    onPatch(
      { params: { [key]: slider.valueAsNumber } },
      { animate: false, dragging: true },
    ),
  );
  slider.addEventListener("change", onRelease);
  number.addEventListener("change", () => {
    const typed = numberFrom(number);
    if (typed !== null)
      onPatch({ params: { [key]: typed } }, { animate: true });
  });
  bindings.push(() => {
    const current = value();
    const range = sliderRange(parameter, current);
    slider.min = range.min;
    slider.max = range.max;
    slider.value = current;
    if (number.getRootNode().activeElement !== number) number.value = current;
  });
  return h(
    "div",
    { className: "control parameter" },
    h("label", { for: id }, caption),
    slider,
    number,
    h("small", { id: `${id}-hint`, className: "hint" }, rangeHint),
  );
}

function derivativeToggle(onPatch, bindings, options) {
  const id = uniqueId("derivative");
  const box = h("input", {
    type: "checkbox",
    id,
    onchange: () => onPatch({ derivative: box.checked }, { animate: true }),
  });
  bindings.push(() => (box.checked = options().derivative));
  return h(
    "div",
    { className: "control toggle" },
    box,
    h("label", { for: id }, "Show derivative f′(x)"),
  );
}

function functionPicker(catalogue, onPatch, bindings, options) {
  const boxes = catalogue.map((fn) => {
    const id = uniqueId("fn");
    const box = h("input", { type: "checkbox", id, value: fn.id });
    box.addEventListener("change", () => {
      const chosen = boxes
        .filter(({ box: b }) => b.checked)
        .map(({ fn: f }) => f.id);
      if (chosen.length === 0) {
        box.checked = true;
        return;
      }
      onPatch({ functions: chosen }, { animate: true });
    });
    return {
      fn,
      box,
      item: h(
        "li",
        {},
        box,
        h("label", { for: id }, `${fn.name} `, h("code", {}, fn.id)),
      ),
    };
  });
  bindings.push(() => {
    for (const { fn, box } of boxes)
      box.checked = options().functions.includes(fn.id);
  });
  return h(
    "details",
    { className: "control picker" },
    h("summary", {}, "Functions to compare"),
    h(
      "ul",
      { className: "picker-list" },
      boxes.map(({ item }) => item),
    ),
  );
}

function rangeControls(onPatch, bindings, options) {
  const field = (label, key, attributes) => {
    const id = uniqueId(key);
    const input = h("input", { type: "number", id, ...attributes });
    input.addEventListener("change", () => {
      const value = numberFrom(input);
      if (value !== null) onPatch({ [key]: value }, { animate: true });
    });
    bindings.push(() => (input.value = options()[key]));
    return h(
      "div",
      { className: "control field" },
      h("label", { for: id }, label),
      input,
    );
  };
  return h(
    "div",
    { className: "control-row" },
    field("x from", "xMin", { step: "any" }),
    field("x to", "xMax", { step: "any" }),
    field("points", "points", { min: 2, max: MAX_POINTS, step: 1 }),
  );
}

function presetButtons(onPatch, options) {
  return h(
    "div",
    {
      className: "control-row presets",
      role: "group",
      "aria-label": "Framework presets",
    },
    h("span", { className: "row-label" }, "Presets"),
    PRESETS.map((preset) =>
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            const { functions } = options();
            const params = Object.fromEntries(
              Object.entries(preset.params).map(([name, value]) => [
                `${preset.id}.${name}`,
                value,
              ]),
            );
            onPatch(
              {
                functions: functions.includes(preset.id)
                  ? functions
                  : [...functions, preset.id],
                params,
              },
              { animate: true },
            );
          },
        },
        preset.label,
      ),
    ),
  );
}

// exporters: { png, csv, numpy, torch, embed, link } → functions run on click.
function exportButtons(exporters) {
  const labels = {
    png: "PNG",
    csv: "CSV",
    numpy: "Copy as Python (NumPy)",
    torch: "Copy as Python (PyTorch)",
    embed: "Copy embed snippet",
    link: "Copy link",
  };
  return h(
    "div",
    { className: "control-row exports", role: "group", "aria-label": "Export" },
    h("span", { className: "row-label" }, "Export"),
    Object.entries(labels).map(([name, label]) =>
      h(
        "button",
        { type: "button", "data-export": name, onclick: exporters[name] },
        label,
      ),
    ),
  );
}

export const controlsStructureKey = (options) =>
  `${options.controls}|${options.functions.join(",")}`;

// Builds the controls into `container`; returns sync() which brings their values up to date.
export function buildControls(
  container,
  { catalogue, options, onPatch, onRelease, onReset, exporters },
) {
  container.replaceChildren();
  const bindings = [];
  const mode = options().controls;
  if (mode === "none") return () => {};
  const byId = new Map(catalogue.map((fn) => [fn.id, fn]));
  const parameterRows = [];
  for (const id of options().functions) {
    const fn = byId.get(id);
    for (const parameter of fn.parameters)
      parameterRows.push(
        parameterControl(
          fn,
          parameter,
          () => functionParameters(fn, options().params)[parameter.name],
          { onPatch, onRelease },
          bindings,
        ),
      );
  }
  const reset = h(
    "button",
    { type: "button", className: "reset", onclick: onReset },
    "Reset",
  );
  const basics = h(
    "div",
    { className: "control-row" },
    derivativeToggle(onPatch, bindings, options),
    reset,
  );
  if (mode === "full")
    container.append(functionPicker(catalogue, onPatch, bindings, options));
  container.append(...parameterRows, basics);
  if (mode === "full")
    container.append(
      rangeControls(onPatch, bindings, options),
      presetButtons(onPatch, options),
      exportButtons(exporters),
    );
  const sync = () => bindings.forEach((bind) => bind());
  sync();
  return sync;
}
