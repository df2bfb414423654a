// createActivationPlot(container, options): the widget behind <activation-plot>, usable directly
// from JavaScript. Renders into the container's shadow root; every failure becomes a message
// inside the widget, never an exception on the page.
import { loadCore } from "../core/index.js";
import { attributesToPatch } from "./attributes.js";
import { createExporters } from "./exporters.js";
import { crosshairPlugin } from "./chart.crosshair.js";
import { computeInset, insetPlugin } from "./chart.inset.js";
import { buildControls, controlsStructureKey } from "./controls.js";
import { describePlot } from "./describe.js";
import { h } from "./dom.js";
import { bindPointer, hoverAtPixel, hoverForKey, readAt } from "./hover.js";
import { whenNearViewport } from "./lazy.js";
import {
  DEFAULTS,
  OptionError,
  checkOptions,
  mergeOptions,
  parseOptions,
} from "./options.js";
import {
  computeCurves,
  defaultTitle,
  publicSeries,
  seriesLabel,
} from "./series.js";
import { readHashState } from "./state.hash.js";
import { dataTable } from "./table.js";
import {
  adoptStyles,
  legendItem,
  shadowRootOf,
  showMessage,
  skeleton,
} from "./view.dom.js";
import { renderFormula } from "./formula.js";
import { propertyBadges } from "./badges.js";
import {
  prefersReducedMotion,
  resolveTheme,
  watchColorScheme,
} from "./theme.js";

const ACCESSIBILITY_DELAY_MS = 120;
// Chart.js is imported on first use, so it downloads while the WebAssembly core compiles.
let chartModule;
const loadChartModule = () => (chartModule ??= import("./chart.js"));
// The option keys left out of a change when checkOptions blames an attribute.
const OFFENDING_KEYS = { functions: ["functions"], "x-min": ["xMin", "xMax"] };
// Option errors name their attribute; others (the core's) already say what is wrong.
const asProblem = (error) =>
  error instanceof OptionError
    ? error
    : { message: error?.message ?? String(error) };

class ActivationPlot {
  constructor(container, options, hooks) {
    this.container = container;
    this.hooks = hooks;
    this.root = shadowRootOf(container);
    adoptStyles(this.root);
    this.parts = skeleton(this.root);
    this.abort = new AbortController();
    this.pending = [{ options }];
    this.problems = [];
    this.chart = null;
    this.data = null;
    this.hover = null;
    this.view = null;
    this.ready = this.start().catch((error) => this.fail(error));
  }

  async start() {
    const [core, charts] = await Promise.all([
      loadCore().catch((error) => {
        throw new Error(
          `could not load the activation core: ${error?.message ?? error}`,
        );
      }),
      loadChartModule(),
      whenNearViewport(this.container, this.abort.signal),
    ]);
    this.charts = charts;
    if (this.destroyed) return;
    this.core = core;
    this.catalogue = core.functions;
    this.authorOptions = { ...DEFAULTS, params: {} };
    this.options = this.authorOptions;
    this.applySharedState();
    this.applyAndRender();
    this.unwatchTheme = watchColorScheme(() =>
      this.guard(
        () => this.options.theme === "auto" && this.render({ animate: false }),
      ),
    );
  }

  fail(error) {
    if (this.destroyed) return;
    this.parts.placeholder.textContent = "";
    showMessage(this.parts, [asProblem(error)]);
  }

  // Runs `action`, turning any exception into the widget's message.
  guard(action) {
    try {
      action();
    } catch (error) {
      showMessage(this.parts, [asProblem(error)]);
    }
  }

  enqueue(entry) {
    if (this.destroyed) return;
    this.pending.push(entry);
    if (!this.core) return;
    this.guard(() => this.applyAndRender());
  }

  // Applies the queued author changes and draws them; when the core rejects the result, the
  // previous options stay and the core's message joins the others.
  applyAndRender() {
    const previous = { author: this.authorOptions, options: this.options };
    this.applyPending();
    const error = this.render({ animate: false });
    if (!error) return;
    this.problems.push(error);
    this.authorOptions = previous.author;
    this.options = previous.options;
    this.render({ animate: false });
  }

  // Author changes (options or attributes) apply to both the author's options, which reset
  // returns to, and the current ones.
  applyPending() {
    if (this.pending.length === 0) return;
    const problems = [];
    for (const entry of this.pending.splice(0)) {
      let patch = {};
      try {
        if (entry.attributes) {
          const parsed = attributesToPatch(entry.attributes, this.catalogue);
          patch = parsed.patch;
          const all = entry.allAttributes
            ? attributesToPatch(entry.allAttributes, this.catalogue).problems
            : parsed.problems;
          problems.push(...all);
        } else {
          patch = parseOptions(entry.options, this.catalogue);
        }
      } catch (error) {
        problems.push(asProblem(error));
        continue;
      }
      const invalid = checkOptions(
        mergeOptions(this.options, patch, this.catalogue),
        this.catalogue,
      );
      problems.push(...invalid);
      for (const { attribute } of invalid)
        for (const key of OFFENDING_KEYS[attribute] ?? []) delete patch[key];
      this.authorOptions = mergeOptions(
        this.authorOptions,
        patch,
        this.catalogue,
      );
      this.options = mergeOptions(this.options, patch, this.catalogue);
    }
    this.problems = problems;
  }

  // A shared link's state for this widget, queued after the author's options, as the reader's.
  applySharedState() {
    const key = this.hooks.shareKey?.();
    const entries = key ? readHashState(key) : null;
    if (!entries) return;
    this.applyPending();
    const { patch, problems } = attributesToPatch(entries, this.catalogue);
    const candidate = mergeOptions(this.options, patch, this.catalogue);
    if (
      problems.length === 0 &&
      checkOptions(candidate, this.catalogue).length === 0
    )
      this.options = candidate;
  }

  // A change made by the reader through the controls: validated, rendered, announced.
  readerPatch(patch, { animate }) {
    this.guard(() => {
      const candidate = mergeOptions(
        this.options,
        parseOptions(patch, this.catalogue),
        this.catalogue,
      );
      const invalid = checkOptions(candidate, this.catalogue);
      if (invalid.length) {
        showMessage(this.parts, invalid);
        this.syncControls?.();
        return;
      }
      const previous = this.options;
      this.options = candidate;
      if (this.render({ animate })) {
        this.options = previous;
        this.syncControls?.();
        return;
      }
      this.hooks.onChange?.(this.publicOptions());
    });
  }

  reset() {
    this.options = this.authorOptions;
    this.problems = [];
    if (!this.render({ animate: true }))
      this.hooks.onChange?.(this.publicOptions());
  }

  publicOptions() {
    const { params, functions, ...rest } = this.options;
    return { ...rest, functions: [...functions], params: { ...params } };
  }

  // Draws the current options; returns the core's error (also shown) when it rejects them.
  render({ animate }) {
    let curves;
    try {
      curves = computeCurves(this.core, this.options, this.curves);
    } catch (error) {
      const problem = asProblem(error);
      showMessage(this.parts, [...this.problems, problem]);
      return problem;
    }
    showMessage(this.parts, this.problems);
    this.curves = curves;
    const theme = resolveTheme(this.options.theme);
    this.parts.root.classList.toggle("dark", theme.name === "dark");
    this.view = this.buildView(curves, theme);
    if (this.chart)
      this.charts.updateChart(
        this.chart,
        this.view,
        animate && !prefersReducedMotion(),
      );
    else this.createChart();
    this.data = { series: publicSeries(curves, this.options.derivative) };
    this.renderLegend();
    this.renderControls();
    this.renderFormulas();
    this.refreshHover();
    this.scheduleAccessibility();
    return null;
  }

  buildView(curves, theme) {
    const { options } = this;
    const lines = [];
    const insetLines = [];
    curves.forEach(({ fn, x, y, dy }, index) => {
      lines.push({
        label: seriesLabel(fn, "value"),
        kind: "value",
        colorIndex: index,
        x,
        y,
      });
      insetLines.push({ label: fn.name, colorIndex: index, x, y, dy });
      if (options.derivative)
        lines.push({
          label: seriesLabel(fn, "derivative"),
          kind: "derivative",
          colorIndex: index,
          x,
          y: dy,
        });
    });
    const title = options.title || defaultTitle(curves.map(({ fn }) => fn));
    return {
      title,
      theme,
      xMin: options.xMin,
      xMax: options.xMax,
      derivative: options.derivative,
      inset: options.inset,
      lines,
      insetLines,
    };
  }

  createChart() {
    const getView = () => this.view;
    this.parts.placeholder.remove();
    this.chart = this.charts.createChart(this.parts.canvas, getView, [
      insetPlugin(getView),
      crosshairPlugin(() => this.hover, getView),
    ]);
    this.bindPointer();
    performance.mark("activation-plot:first-chart");
  }

  renderLegend() {
    const { lines, theme } = this.view;
    const key = JSON.stringify([theme.name, lines.map(({ label }) => label)]);
    if (key === this.legendKey) return;
    this.legendKey = key;
    this.parts.legend.hidden = lines.length < 2;
    this.parts.legend.replaceChildren(
      ...lines.map((line) => legendItem(line, theme)),
    );
  }

  renderControls() {
    const key = controlsStructureKey(this.options);
    if (key === this.controlsKey) {
      this.syncControls();
      return;
    }
    this.controlsKey = key;
    this.parts.table.classList.toggle(
      "hidden-table",
      this.options.controls !== "full",
    );
    this.syncControls = buildControls(this.parts.controls, {
      catalogue: this.catalogue,
      options: () => this.options,
      onPatch: (patch, how) => this.readerPatch(patch, how),
      onReset: () => this.guard(() => this.reset()),
      exporters: createExporters(this),
    });
  }

  // One section per curve, rebuilt only when that curve's parameters change.
  renderFormulas() {
    const show = this.options.controls !== "none";
    const previous = new Map(
      (this.formulaSections ?? []).map((section) => [section.key, section]),
    );
    this.formulaSections = show
      ? this.curves.map(({ fn, params }) => {
          const key = JSON.stringify([fn.id, params]);
          return (
            previous.get(key) ?? {
              key,
              node: h(
                "section",
                { className: "formula" },
                h("h3", {}, fn.name),
                renderFormula(fn.formula, params),
                propertyBadges(this.core, fn, params),
              ),
            }
          );
        })
      : [];
    const nodes = this.formulaSections.map(({ node }) => node);
    const children = this.parts.formulas.children;
    if (
      nodes.length !== children.length ||
      nodes.some((node, index) => children[index] !== node)
    )
      this.parts.formulas.replaceChildren(...nodes);
  }

  // The description and data table lag slightly behind slider drags; nobody reads them mid-drag.
  scheduleAccessibility() {
    clearTimeout(this.accessibilityTimer);
    this.accessibilityTimer = setTimeout(
      () => this.guard(() => this.renderAccessibility()),
      ACCESSIBILITY_DELAY_MS,
    );
  }

  renderAccessibility() {
    if (this.destroyed || !this.chart) return;
    const inset =
      this.options.inset === "off"
        ? null
        : computeInset(
            this.view.insetLines,
            this.chart.scales.y.min,
            this.chart.scales.y.max,
          );
    const description = describePlot(this.core, this.view, this.curves, inset);
    this.parts.description.textContent = description;
    this.parts.canvas.setAttribute("aria-label", this.view.title);
    const summary = this.parts.table.querySelector("summary");
    this.parts.table.replaceChildren(
      summary,
      dataTable(this.core, this.curves, this.options),
    );
  }

  bindPointer() {
    bindPointer(this.parts.canvas, this.abort.signal, {
      atPixel: (pixel) =>
        this.guard(() =>
          this.setHover(hoverAtPixel(this.chart, pixel, this.options)),
        ),
      leave: () => this.guard(() => this.setHover(null)),
      key: (event) =>
        this.guard(() => {
          const x = hoverForKey(event, this.hover?.x, this.options);
          if (x === undefined) return;
          this.setHover(x);
          event.preventDefault();
        }),
    });
  }

  // Exact f(x) and f'(x) at the hovered x, from the core, for the crosshair and the read-out.
  setHover(x) {
    const reading =
      x === null
        ? null
        : readAt(this.core, this.curves, x, this.options.derivative);
    this.hover = reading && { x, points: reading.points };
    this.parts.readout.textContent = reading?.text ?? "";
    this.chart.draw();
  }

  refreshHover() {
    if (this.hover)
      this.setHover(
        Math.min(this.options.xMax, Math.max(this.options.xMin, this.hover.x)),
      );
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    clearTimeout(this.accessibilityTimer);
    this.unwatchTheme?.();
    this.chart?.destroy();
    this.chart = null;
    this.root.replaceChildren();
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
      return plot.data;
    },
    get chart() {
      return plot.chart;
    },
    get options() {
      return plot.options ? plot.publicOptions() : null;
    },
    update: (patch) => plot.enqueue({ options: patch }),
    updateAttributes: (changed, all) =>
      plot.enqueue({ attributes: changed, allAttributes: all }),
    destroy: () => plot.destroy(),
  };
}
