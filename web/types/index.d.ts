// activation-plot: the <activation-plot> element, createActivationPlot(), and everything in
// activation-plot/core. Importing this module defines <activation-plot>.
import type { Chart } from "chart.js";
import type { FunctionId, Params, PlotParamName } from "./core.js";

export * from "./core.js";

/**
 * Options of a plot. Each has an attribute on `<activation-plot>`: `functions`, `x-min`, `x-max`,
 * `y-min`, `y-max`, `points`, `derivative`, `heading`, `controls`, `theme`, `inset`, `loading`,
 * and the parameters.
 *
 * A parameter is set for one function in any of these ways, all with the names (or aliases) of
 * `torch.nn.functional`:
 * - in a call in `functions`: `functions="relu, leaky_relu(negative_slope=0.1), elu"` (from
 *   JavaScript the same string, or an array of such entries). Values are numbers or, for a
 *   parameter with choices, the choice's name: `gelu(approximate=tanh)`. Changing the attribute
 *   takes back what its previous calls set (`elu(alpha=2)` → `elu` returns α to 1); in `update()`
 *   a call's values stay, as `params` do, until replaced or removed with `null`;
 * - as a scoped attribute or key: `leaky_relu.negative_slope="0.1"`, `params: { 'elu.alpha': 2 }`.
 *   Embed snippets, shared links and `embed.html` queries are written in this form.
 *
 * A bare name (`alpha="0.1"`, `params: { alpha: 0.1 }`) sets that parameter of every listed
 * function that has it under that name or alias: with `functions="leaky_relu,elu"` both Leaky
 * ReLU's `negative_slope` (alias `alpha`) and ELU's `alpha`. When a bare name reaches more than
 * one listed function the plot shows a note (not an error) saying which. A function's own value
 * beats a bare one given in the same change; otherwise the value written last wins, whatever name
 * it came under: `alpha: 0.1`, then `negative_slope: 0.2`, then `alpha: 0.3` leaves the slope at
 * 0.3. Scoped aliases are stored under the parameter's name (`'leaky_relu.alpha'` becomes
 * `'leaky_relu.negative_slope'` in {@link ResolvedPlotOptions.params}).
 *
 * Changes made in the same task (several `update()` calls, attribute changes, the reader's
 * controls, a shared link's state) are applied together in a microtask and checked as a whole, so
 * their order does not matter. Bad values never throw: the widget shows a short message naming the
 * option and what is allowed, and keeps its last valid chart until a later change makes the whole
 * valid again.
 *
 * Numbers are bounded to what the chart can draw: the x range and numeric parameters to
 * -1e6 … 1e6 (the core itself accepts its full domain), the y bounds to -1e15 … 1e15, and a curve
 * whose values pass ±1e15 is not drawn (a message says so).
 */
export interface PlotOptions {
  /**
   * Function ids, as an array or comma-separated, each optionally called with its parameters
   * (`'relu, elu(alpha=2)'`, `['relu', 'elu(alpha=2)']`): at most 12. Default `['leaky_relu']`. A
   * string is checked only up to its first comma or parenthesis.
   */
  functions?:
    | FunctionId
    | `${FunctionId},${string}`
    | `${FunctionId}(${string}`
    | readonly (FunctionId | `${FunctionId}(${string})`)[];
  /**
   * Parameter values, by scoped key (`'elu.alpha'`) or bare name (every listed function that has
   * it; see {@link PlotOptions}). `null` removes a value. Defaults: the catalogue's.
   */
  params?: Readonly<Partial<Record<PlotParamName, number | string | null>>>;
  /** Left end of the x range, -1e6 to 1e6. Default -2. */
  xMin?: number;
  /** Right end of the x range, greater than `xMin`, -1e6 to 1e6. Default 2. */
  xMax?: number;
  /**
   * Bottom of the y axis, -1e15 to 1e15, less than `yMax` when both are set; `null` fits the axis
   * to the data. Default `null`. While the reader drags a parameter slider an unset bound only
   * moves outward (the range grows when a curve needs it, never shrinks), and it refits when the
   * slider is released.
   */
  yMin?: number | null;
  /** Top of the y axis, as `yMin`. Default `null`. */
  yMax?: number | null;
  /** Evenly spaced samples per curve, 2 to 10000 (kinks are added). Default 100. */
  points?: number;
  /** Also plot f'(x). Default false. */
  derivative?: boolean;
  /**
   * The chart's heading. Default: from the functions, e.g. "Leaky ReLU Activation Function" or
   * "ReLU vs ELU Activation Functions".
   */
  heading?: string;
  /**
   * @deprecated Use `heading`: `title` is a global HTML attribute, which browsers show as a tooltip
   * over the whole widget. Still honoured when `heading` is not set.
   */
  title?: string;
  /** Reader controls. Default `'compact'`. */
  controls?: "full" | "compact" | "none";
  /** Colours: `'auto'` follows `prefers-color-scheme`. Default `'auto'`. */
  theme?: "auto" | "light" | "dark";
  /**
   * The magnified inset of x < 0 that makes small slopes (leaky_relu's 0.01) legible, labelled
   * with its true y magnification. `'auto'`: every listed function whose x < 0 part is too flat
   * to read; a listed function id: that function only; `'off'`: none. Placed in a corner (or the
   * middle of a side) of the plot where it covers no line; left out when there is none. Default
   * `'auto'`.
   */
  inset?: "auto" | "off" | FunctionId;
  /**
   * When the chart is drawn. `'lazy'`: when the widget comes within 300px of the viewport, or
   * when the page is printed (`beforeprint` or print media), so a printed page shows every chart.
   * `'eager'`: as soon as the core has loaded. Default `'lazy'`.
   */
  loading?: "lazy" | "eager";
}

/** Options as the plot currently uses them, all filled in. */
export interface ResolvedPlotOptions {
  /** The ids alone: a call's parameters are in `params`, scoped. */
  functions: string[];
  /** Scoped keys under the parameter's name (`'leaky_relu.negative_slope'`), and bare names. */
  params: Record<string, number | string>;
  xMin: number;
  xMax: number;
  yMin: number | null;
  yMax: number | null;
  points: number;
  derivative: boolean;
  heading: string;
  /** @deprecated The `title` option or attribute as given; the chart uses `heading` first. */
  title: string;
  controls: "full" | "compact" | "none";
  theme: "auto" | "light" | "dark";
  inset: string;
  loading: "lazy" | "eager";
}

/**
 * A jump of a plotted line at `x`: its one-sided limits, and the value the function (or its
 * derivative) takes at `x` in PyTorch, e.g. relu′(0) = 0 with limits 0 and 1.
 */
export interface PlotJump {
  readonly x: number;
  readonly left: number;
  readonly right: number;
  readonly value: number;
}

/**
 * One plotted line: a function's values or its derivative, exactly as the core computed them,
 * broken at its jumps as the chart draws it, so it can be plotted directly as a line.
 *
 * Away from jumps, `y[i]` is f(`x[i]`) (or f′). At each jump at x = a the series holds five entries
 * with x = a: the left limit, `NaN`, the value at a, `NaN`, the right limit. A line plot (Chart.js
 * with `spanGaps: false`, matplotlib, Plotly) then goes to the left limit, breaks, and resumes
 * from the right limit; the value at a stands alone (a dot in a scatter plot). The CSV export has
 * the same five rows there (empty fields for the `NaN`s) and the Python export inserts the same
 * entries. Frozen; `x` and `y` are copies, so changing them changes nothing in the plot or its
 * exports.
 */
export interface PlotSeries {
  readonly id: string;
  /** The parameter values this function is drawn with, every parameter named. */
  readonly params: Readonly<Params>;
  readonly kind: "value" | "derivative";
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The jumps inside the x range, in increasing x; empty for a continuous line. */
  readonly jumps: readonly PlotJump[];
}

/**
 * What a plot shows, current after the update cycle (a microtask) following any change. Each read
 * of `data` returns new copies.
 */
export interface PlotData {
  readonly series: readonly PlotSeries[];
}

/** A plot made by {@link createActivationPlot}. */
export interface ActivationPlotController {
  /**
   * Resolves after the first render (also when the plot shows an error message instead): with
   * `loading: 'lazy'` (the default) only once the container comes near the viewport or the page
   * is printed; with `'eager'` as soon as the core has loaded. Also resolves on `destroy()`.
   */
  readonly ready: Promise<void>;
  /** The plotted data, or null before the first render. */
  readonly data: PlotData | null;
  /**
   * The Chart.js instance, or null before the first render and after `destroy()`. A line the
   * reader hid from the legend is a hidden dataset (`chart.isDatasetVisible(index)` is false).
   */
  readonly chart: Chart<"line"> | null;
  /** The current options, or null before the core has loaded. */
  readonly options: ResolvedPlotOptions | null;
  /**
   * Changes some options; the rest keep their values. Applied with the other changes of the same
   * task in a microtask, checked as a whole.
   */
  update(options: PlotOptions): void;
  /**
   * Removes the chart and the controls. The container shows its own content again and can be
   * drawn into again with {@link createActivationPlot}.
   */
  destroy(): void;
}

/**
 * Draws an interactive plot into `container` (in its shadow root, so page styles neither leak in
 * nor out), sharing the one core instance with every other plot on the page. Drawn when the
 * container comes near the viewport or the page is printed, or at once with `loading: 'eager'`.
 */
export function createActivationPlot(
  container: HTMLElement,
  options?: PlotOptions,
): ActivationPlotController;

/**
 * The `<activation-plot>` element. Attributes as in {@link PlotOptions}; changing one redraws.
 * Created when connected, torn down when disconnected (after the current task, so moving the
 * element, e.g. `other.append(element)`, keeps its chart and the reader's changes). Its shadow
 * root exposes the parts `root`, `figure` and `plot` (the box the chart fills) for `::part()`.
 */
export class ActivationPlotElement extends HTMLElement {
  /**
   * Resolves after the first render of the current connection: as for
   * {@link ActivationPlotController.ready}, per the `loading` attribute.
   */
  readonly ready: Promise<void>;
  /** The plotted data, or null before the first render. */
  readonly data: PlotData | null;
  /** The Chart.js instance, or null while not rendered. */
  readonly chart: Chart<"line"> | null;
  /** The current options, or null before the first render. */
  readonly options: ResolvedPlotOptions | null;
  addEventListener<K extends keyof ActivationPlotEventMap>(
    type: K,
    listener: (
      this: ActivationPlotElement,
      event: ActivationPlotEventMap[K],
    ) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface ActivationPlotEventMap extends HTMLElementEventMap {
  /** The reader changed something (slider, picker, toggle, preset, reset). */
  change: CustomEvent<{ options: ResolvedPlotOptions }>;
}

/** Defines the element under `name` (default `'activation-plot'`) unless already defined. */
export function defineActivationPlot(name?: string): void;

/** Framework defaults the reader can pick (e.g. Keras's LeakyReLU slope 0.3). */
export const PRESETS: readonly {
  readonly label: string;
  readonly id: string;
  readonly params: Params;
}[];

declare global {
  interface HTMLElementTagNameMap {
    "activation-plot": ActivationPlotElement;
  }
}
