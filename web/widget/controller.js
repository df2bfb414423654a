// createActivationPlot(container, options): the widget behind <activation-plot>, usable directly
// from JavaScript. Renders into the container's shadow root; every failure becomes a message
// inside the widget, never an exception on the page.
//
// One update cycle, as in Lit: every change (the author's options and attributes, the reader's
// controls, a shared link's state) is queued, and the changes made in one task are applied
// together in a microtask and checked as a whole, so their order does not matter. An invalid
// state keeps the last valid chart, with its message, until a later change makes it valid.
import { loadCore } from "../core/index.js";
import { attributesToPatch } from "./options/options.attributes.js";
import { readHashState } from "./options/options.hash.js";
import {
  DEFAULTS,
  OptionError,
  checkOptions,
  mergeOptions,
  parseOptions,
} from "./options/options.js";
import { sharedParameterNotes } from "./options/options.notes.js";
import { crosshairPlugin } from "./chart/plugin.crosshair.js";
import { insetPlugin } from "./chart/plugin.inset.js";
import { undrawableValue } from "./data/data.bounds.js";
import { computeCurves } from "./data/data.series.js";
import { buildView, frozenSeries } from "./data/data.view.js";
import { createExporters } from "./export/export.actions.js";
import { createAccessibility } from "./view/view.accessibility.js";
import { buildControls, controlsStructureKey } from "./view/view.controls.js";
import { h } from "./view/view.dom.js";
import { createHover } from "./view/view.hover.js";
import { whenNeeded } from "./view/view.lazy.js";
import { createLegend } from "./view/view.legend.js";
import { createFormulaSections } from "./view/view.sections.js";
import {
  adoptStyles,
  shadowRootOf,
  showMessage,
  showNote,
  skeleton,
} from "./view/view.skeleton.js";
import {
  prefersReducedMotion,
  resolveTheme,
  watchColorScheme,
} from "./view/view.theme.js";

// Chart.js is imported on first use, so it downloads while the WebAssembly core compiles.
let chartModule;
const loadChartModule = () =>
  (chartModule ??= import("./chart/chart.render.js"));
// Option errors name their attribute; others (the core's) already say what is wrong.
const asProblem = (error) =>
  error instanceof OptionError
    ? error
    : { message: error?.message ?? String(error) };

// Whether a queued change asks for loading="eager" (checked properly when it is applied).
function asksEager({ options, attributes }) {
  const value = attributes
    ? attributes.find(([name]) => name === "loading")?.[1]
    : options?.loading;
  return (
    String(value ?? "")
      .trim()
      .toLowerCase() === "eager"
  );
}

class ActivationPlot {
  constructor(container, options, hooks) {
    this.hooks = hooks;
    this.root = shadowRootOf(container);
    adoptStyles(this.root);
    this.parts = skeleton(this.root);
    this.abort = new AbortController();
    this.pending = [];
    // Messages by where they came from: each source's are replaced when it changes again.
    this.problems = { attributes: [], options: [], reader: [] };
    this.options = null;
    this.chart = null;
    this.legend = createLegend(this.parts.legend, () =>
      this.guard(() => this.render(this.options)),
    );
    this.formulas = createFormulaSections(this.parts.formulas);
    this.accessibility = createAccessibility(this.parts, (action) =>
      this.guard(action),
    );
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.enqueue({ source: "author", options });
    whenNeeded(container, this.abort.signal, () => this.need());
    this.start().catch((error) => this.fail(error));
  }

  async start() {
    const [core, charts] = await Promise.all([
      loadCore().catch((error) => {
        throw new Error(
          `could not load the activation core: ${error?.message ?? error}`,
        );
      }),
      loadChartModule(),
    ]);
    if (this.destroyed) return;
    this.core = core;
    this.charts = charts;
    this.catalogue = core.functions;
    this.initial = { ...DEFAULTS, params: {} };
    this.authorOptions = this.initial;
    this.requested = this.initial;
    const key = this.hooks.shareKey?.();
    const shared = key ? readHashState(key) : null;
    if (shared) this.enqueue({ source: "reader", attributes: shared });
    this.drawIfNeeded();
  }

  need() {
    this.needed = true;
    this.drawIfNeeded();
  }

  // The first render, once the core is loaded and the widget is needed.
  drawIfNeeded() {
    if (!this.needed || !this.core || this.chart || this.destroyed) return;
    this.guard(() => this.performUpdate());
    this.resolveReady();
    this.unwatchTheme = watchColorScheme(() =>
      this.guard(
        () => this.options.theme === "auto" && this.render(this.options),
      ),
    );
  }

  fail(error) {
    if (this.destroyed) return;
    this.parts.placeholder.textContent = "";
    showMessage(this.parts, [asProblem(error)]);
    this.resolveReady();
  }

  // Runs `action`, turning any exception into the widget's message.
  guard(action) {
    try {
      action();
    } catch (error) {
      showMessage(this.parts, [asProblem(error)]);
    }
  }

  // entry: { source: "author" | "reader", options | attributes (+ allAttributes), animate,
  // dragging } or { reset: true } or { release: true } (a slider let go: the y axis refits).
  enqueue(entry) {
    if (this.destroyed) return;
    this.pending.push(entry);
    if (asksEager(entry)) this.need();
    if (this.updateQueued) return;
    this.updateQueued = true;
    queueMicrotask(() => {
      this.updateQueued = false;
      if (this.chart && !this.destroyed) this.guard(() => this.performUpdate());
    });
  }

  // Parses one queued change: { patch, problems }.
  parse(entry) {
    if (!entry.attributes) {
      try {
        return {
          patch: parseOptions(entry.options, this.catalogue),
          problems: [],
        };
      } catch (error) {
        return { patch: {}, problems: [asProblem(error)] };
      }
    }
    const parsed = attributesToPatch(entry.attributes, this.catalogue);
    const problems = entry.allAttributes
      ? attributesToPatch(entry.allAttributes, this.catalogue).problems
      : parsed.problems;
    return { patch: parsed.patch, problems };
  }

  // Applies the queued changes to the requested options (the author's, which reset returns to,
  // and the current ones), checks the result as a whole, and draws it when it is valid.
  performUpdate() {
    const entries = this.pending.splice(0);
    const drawn = this.options;
    const fresh = { options: null, reader: null };
    let byReader = false;
    for (const entry of entries) {
      if (entry.release) continue;
      if (entry.reset) {
        this.requested = this.authorOptions;
        fresh.reader = [];
        byReader = true;
        continue;
      }
      const { patch, problems } = this.parse(entry);
      this.requested = mergeOptions(this.requested, patch, this.catalogue);
      if (entry.source === "reader") {
        byReader = true;
        fresh.reader = [...(fresh.reader ?? []), ...problems];
      } else {
        this.authorOptions = mergeOptions(
          this.authorOptions,
          patch,
          this.catalogue,
        );
        if (entry.attributes) this.problems.attributes = problems;
        else fresh.options = [...(fresh.options ?? []), ...problems];
      }
    }
    for (const [source, problems] of Object.entries(fresh))
      if (problems) this.problems[source] = problems;
    const invalid = checkOptions(this.requested, this.catalogue);
    const animate =
      entries.some((entry) => entry.animate) && !prefersReducedMotion();
    this.dragging =
      entries.length > 0 && entries.every((entry) => entry.dragging);
    const rejected =
      invalid.length === 0 ? this.render(this.requested, animate) : null;
    if (!this.chart) this.render(this.initial, false);
    showMessage(this.parts, [
      ...this.problems.attributes,
      ...this.problems.options,
      ...this.problems.reader,
      ...invalid,
      ...(rejected ? [rejected] : []),
    ]);
    showNote(this.parts, sharedParameterNotes(this.options, this.catalogue));
    this.renderControls();
    if (byReader && this.options !== drawn)
      this.hooks.onChange?.(this.publicOptions());
  }

  // Draws `options`; returns the problem instead when the core rejects them or their values
  // cannot be drawn.
  render(options, animate = false) {
    let curves;
    try {
      curves = computeCurves(this.core, options, this.curves);
    } catch (error) {
      return asProblem(error);
    }
    const undrawable = undrawableValue(
      curves.filter((curve) => !this.curves?.includes(curve)),
    );
    if (undrawable) return undrawable;
    this.options = options;
    this.curves = curves;
    const theme = resolveTheme(options.theme);
    this.parts.root.classList.toggle("dark", theme.name === "dark");
    this.view = buildView(options, curves, theme, {
      hidden: this.legend.hidden,
      dragging: this.dragging,
    });
    if (this.chart) this.charts.updateChart(this.chart, this.view, animate);
    else this.createChart();
    this.legend.update(this.view);
    this.formulas.update(this.core, curves, options.controls !== "none");
    this.hover.refresh();
    this.accessibility.schedule(() => this.chart && this.drawnState(), {
      tableShown: options.controls === "full",
    });
    return null;
  }

  drawnState() {
    const { core, chart, view, curves, options } = this;
    return { core, chart, view, curves, options };
  }

  createChart() {
    const getView = () => this.view;
    this.parts.placeholder.remove();
    this.chart = this.charts.createChart(this.parts.canvas, getView, [
      insetPlugin(getView),
      crosshairPlugin(() => this.hover?.point, getView),
    ]);
    this.hover = createHover(this.parts, this.abort.signal, {
      current: () => this.drawnState(),
      run: (action) => this.guard(action),
    });
    performance.mark("activation-plot:first-chart");
  }

  // The controls show the requested options, so a value the reader typed stays in its field
  // (with its message) until another change makes the whole valid.
  controlOptions() {
    const known = new Set(this.catalogue.map((fn) => fn.id));
    const functions = this.requested.functions.filter((id) => known.has(id));
    return functions.length === this.requested.functions.length
      ? this.requested
      : { ...this.requested, functions: this.options.functions };
  }

  renderControls() {
    const key = controlsStructureKey(this.controlOptions());
    if (key === this.controlsKey) {
      this.syncControls();
      return;
    }
    this.controlsKey = key;
    this.syncControls = buildControls(this.parts.controls, {
      catalogue: this.catalogue,
      options: () => this.controlOptions(),
      onPatch: (patch, { animate, dragging }) =>
        this.enqueue({ source: "reader", options: patch, animate, dragging }),
      onRelease: () => this.enqueue({ release: true }),
      onReset: () => this.enqueue({ reset: true, animate: true }),
      exporters: createExporters(this.parts, {
        core: this.core,
        catalogue: this.catalogue,
        current: () => ({ ...this.drawnState(), title: this.view.title }),
        image: () => this.charts.chartImage(this.chart, this.view),
        shareKey: () => this.hooks.shareKey?.() ?? "activation-plot",
        run: (action) => this.guard(action),
      }),
    });
  }

  publicOptions() {
    const { params, functions, ...rest } = this.options;
    return { ...rest, functions: [...functions], params: { ...params } };
  }

  publicData() {
    return this.curves
      ? Object.freeze({
          series: frozenSeries(this.curves, this.options.derivative),
        })
      : null;
  }

  // Hands the container back: an empty shadow root would hide its own content, a slot shows it.
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.accessibility.cancel();
    this.unwatchTheme?.();
    this.chart?.destroy();
    this.chart = null;
    this.root.replaceChildren(h("slot"));
    this.resolveReady();
  }
}

// The public controller: { ready, data, chart, options, update(options), destroy() }.
// `hooks`: { onChange(options), shareKey() } (used by the element).
export function createActivationPlot(container, options = {}, hooks = {}) {
  const plot = new ActivationPlot(container, options, hooks);
  return {
    get ready() {
      return plot.ready;
    },
    get data() {
      return plot.publicData();
    },
    get chart() {
      return plot.chart;
    },
    get options() {
      return plot.options ? plot.publicOptions() : null;
    },
    update: (patch) => plot.enqueue({ source: "author", options: patch }),
    updateAttributes: (changed, all) =>
      plot.enqueue({
        source: "author",
        attributes: changed,
        allAttributes: all,
      }),
    destroy: () => plot.destroy(),
  };
}
