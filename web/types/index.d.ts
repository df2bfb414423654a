// activation-plot: the <activation-plot> element, createActivationPlot(), and everything in
// activation-plot/core. Importing this module defines <activation-plot>.
import type { Chart } from "chart.js";
import type { FunctionId, Params, PlotParamName } from "./core.js";

export * from "./core.js";

/**
 * Options of a plot. Each has an attribute on `<activation-plot>`: `functions`, `x-min`, `x-max`,
 * `points`, `derivative`, `title`, `controls`, `theme`, `inset`, and one attribute per parameter
 * name (`alpha`, `negative_slope`, `beta`, `lambd`, ...). Bad values never throw: the widget shows
 * a short message naming the option and what is allowed, and keeps its last good state.
 */
export interface PlotOptions {
  /**
   * Function ids, as an array or comma-separated: at most 12. Default `['leaky_relu']`. A
   * comma-separated string is checked only up to its first comma.
   */
  functions?: FunctionId | `${FunctionId},${string}` | readonly FunctionId[];
  /**
   * Parameter values. A plain name or alias (`alpha`) applies to every listed function that has it;
   * `'elu.alpha'` to one function. `null` removes a value. Defaults: the catalogue's.
   */
  params?: Readonly<Partial<Record<PlotParamName, number | string | null>>>;
  /** Left end of the x range. Default -2. */
  xMin?: number;
  /** Right end of the x range, greater than `xMin`. Default 2. */
  xMax?: number;
  /** Evenly spaced samples per curve, 2 to 10000 (kinks are added). Default 100. */
  points?: number;
  /** Also plot f'(x). Default false. */
  derivative?: boolean;
  /**
   * Chart title. Default: from the functions, e.g. "Leaky ReLU Activation Function" or
   * "ReLU vs ELU Activation Functions".
   */
  title?: string;
  /** Reader controls. Default `'compact'`. */
  controls?: "full" | "compact" | "none";
  /** Colours: `'auto'` follows `prefers-color-scheme`. Default `'auto'`. */
  theme?: "auto" | "light" | "dark";
  /** The magnified inset that makes small slopes (leaky_relu's 0.01) legible. Default `'auto'`. */
  inset?: "auto" | "off";
}

/** Options as the plot currently uses them, all filled in. */
export interface ResolvedPlotOptions {
  functions: string[];
  params: Record<string, number | string>;
  xMin: number;
  xMax: number;
  points: number;
  derivative: boolean;
  title: string;
  controls: "full" | "compact" | "none";
  theme: "auto" | "light" | "dark";
  inset: "auto" | "off";
}

/** One plotted line: a function's values or its derivative, exactly as the core computed them. */
export interface PlotSeries {
  id: string;
  /** The parameter values this function is drawn with, every parameter named. */
  params: Params;
  kind: "value" | "derivative";
  x: Float64Array;
  y: Float64Array;
}

/** What a plot shows, current by the next animation frame after any change. */
export interface PlotData {
  series: PlotSeries[];
}

/** A plot made by {@link createActivationPlot}. */
export interface ActivationPlotController {
  /** Resolves after the first render (also when the plot shows an error message instead). */
  readonly ready: Promise<void>;
  /** The plotted data, or null before the first render. */
  readonly data: PlotData | null;
  /** The Chart.js instance, or null before the first render and after `destroy()`. */
  readonly chart: Chart<"line"> | null;
  /** The current options, or null before the core has loaded. */
  readonly options: ResolvedPlotOptions | null;
  /** Changes some options; the rest keep their values. */
  update(options: PlotOptions): void;
  /** Removes the chart and the controls; the container can be reused. */
  destroy(): void;
}

/**
 * Draws an interactive plot into `container` (in its shadow root, so page styles neither leak in
 * nor out), sharing the one core instance with every other plot on the page. Drawn when the
 * container comes near the viewport.
 */
export function createActivationPlot(
  container: HTMLElement,
  options?: PlotOptions,
): ActivationPlotController;

/** The `<activation-plot>` element. Attributes as in {@link PlotOptions}; changing one redraws. */
export class ActivationPlotElement extends HTMLElement {
  /** Resolves after the first render. */
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
