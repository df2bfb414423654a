// activation-plot/core: activation functions and their derivatives, computed in WebAssembly.
// Runs in browsers, workers and Node >= 18; needs neither a DOM nor Chart.js.
import type {
  CatalogueParams,
  FunctionId,
  PlotParamName,
} from "../generated/catalogue.js";

export type { CatalogueParams, FunctionId, PlotParamName };

/**
 * Parameter values by name (or alias) for any function: numbers, or a choice's name (e.g.
 * `approximate: 'tanh'`). The methods of {@link ActivationCore} take {@link ParamsOf} instead.
 */
export type Params = Readonly<Record<string, number | string | undefined>>;

/**
 * The parameters `id` takes, by name or alias, all optional: a misspelt name, a number for a
 * choice or a name for a number does not compile. Generated from the catalogue.
 */
export type ParamsOf<Id extends FunctionId> = Readonly<CatalogueParams[Id]>;

/** Inputs the bulk functions accept. A Float32Array gives a Float32Array; anything else Float64Array. */
export type Inputs = Float64Array | Float32Array | readonly number[];

/** One parameter of a function, as the catalogue describes it. */
export interface ParameterInfo {
  /** The name `torch.nn.functional` uses, e.g. `'negative_slope'`. */
  readonly name: string;
  /** Default value: a number, or the default choice's name for a parameter with choices. */
  readonly default: number | string;
  /** Other accepted names, e.g. `['alpha']` for leaky_relu's `negative_slope`. */
  readonly aliases: readonly string[];
  /** For a parameter that takes one of a few names (e.g. gelu's `'none' | 'tanh'`); else empty. */
  readonly choices: readonly string[];
  /** Suggested slider range and step (numeric parameters only). */
  readonly slider?: {
    readonly min: number;
    readonly max: number;
    readonly step: number;
  };
  /** Allowed values (numeric parameters only): finite, in [min, max], and non-zero if `nonZero`. */
  readonly domain?: {
    readonly min: number;
    readonly max: number;
    readonly nonZero: boolean;
  };
}

/**
 * One interval of an output range. Infinite ends are `±Infinity` and open; a single value is a
 * closed interval with `min === max`.
 */
export interface RangeInterval {
  readonly min: number;
  readonly max: number;
  readonly minClosed: boolean;
  readonly maxClosed: boolean;
}

/**
 * What f does over all real x for one set of parameters (PyTorch's definition in exact
 * arithmetic; see docs/properties.md). From {@link ActivationCore.properties}.
 */
export interface FunctionProperties {
  /**
   * The set of values f takes: disjoint intervals in increasing order, merged where they touch.
   * Irrational ends (silu's, gelu's, mish's minima, selu's limit) are the nearest doubles. E.g.
   * relu: `[{ min: 0, max: Infinity, minClosed: true, maxClosed: false }]`; hardshrink:
   * (−∞, −λ) ∪ {0} ∪ (λ, ∞) as three intervals.
   */
  readonly range: readonly RangeInterval[];
  /** `false` when f both rises and falls somewhere (and so for any jump down). */
  readonly monotonic:
    | "increasing"
    | "non-decreasing"
    | "decreasing"
    | "non-increasing"
    | "constant"
    | false;
  readonly continuous: boolean;
  /** Continuously differentiable everywhere (C¹): no kink, no jump. */
  readonly smooth: boolean;
  /** f is odd, f(−x) = −f(x), so its outputs for inputs symmetric about 0 average 0. */
  readonly zeroCentred: boolean;
  /** Whether the range has a finite lower / upper end. */
  readonly bounded: { readonly below: boolean; readonly above: boolean };
}

/**
 * A point where f or f' is not smooth, at the default parameters. A jump is a discontinuity: the
 * one-sided limits differ, or the value at x (PyTorch's convention) is not both of them. A kink
 * with neither jump is where f and f' are continuous but f'' is not (e.g. elu with alpha = 1).
 */
export interface KinkInfo {
  readonly x: number;
  /** f is discontinuous at x (heaviside at 0, threshold unless value == threshold, ...). */
  readonly valueJump: boolean;
  /** f' is discontinuous at x (relu at 0, hardtanh at its bounds, ...). */
  readonly derivativeJump: boolean;
}

/** One entry of the catalogue. */
export interface FunctionInfo {
  /** The id, as in `torch.nn.functional`: `'relu'`, `'leaky_relu'`, `'gelu'`, ... */
  readonly id: FunctionId;
  /** Display name, e.g. `'Leaky ReLU'`. */
  readonly name: string;
  /** Parameters in the order the core takes them. */
  readonly parameters: readonly ParameterInfo[];
  /**
   * Points where f or f' is not smooth, at the default parameters, increasing, with their kind.
   * (A kink can vanish for other parameters: leaky_relu's when negative_slope is 1.)
   */
  readonly kinks: readonly KinkInfo[];
  /** The properties at the default parameters; {@link ActivationCore.properties} for others. */
  readonly properties: FunctionProperties;
  /** f(x) in a small infix notation (parameter names stand for their values). */
  readonly formula: string;
}

/** Options of {@link ActivationCore.curve}. */
export interface CurveOptions<Id extends FunctionId = FunctionId> {
  /** Left end of the range, finite. */
  xMin: number;
  /** Right end of the range, finite and greater than `xMin`. */
  xMax: number;
  /** Number of evenly spaced samples from `xMin` to `xMax` inclusive, at least 2. */
  points: number;
  /** Parameter values; missing ones take their defaults. */
  params?: ParamsOf<Id>;
}

/**
 * A discontinuity of f (or f') at a kink inside the range. `x[index]` is the kink; `left` and
 * `right` are the exact one-sided limits lim f(t) (or f'(t)) as t -> x from below and from above,
 * and `y[index]` (or `dy[index]`) the value at x itself, PyTorch's convention (e.g. relu'(0) = 0),
 * which may be either limit or, as for softshrink with lambd = 0, neither.
 */
export interface Jump {
  readonly x: number;
  readonly index: number;
  readonly left: number;
  readonly right: number;
}

/** A sampled curve: strictly increasing `x`, with `y = f(x)` and `dy = f'(x)`. */
export interface Curve {
  /** The samples, with each kink inside the range exactly once. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly dy: Float64Array;
  /**
   * Where f (`y`) and f' (`dy`) jump, for kinks strictly inside (xMin, xMax), ordered by x. A
   * chart draws a gap there instead of a line from one limit to the other.
   */
  readonly jumps: { readonly y: readonly Jump[]; readonly dy: readonly Jump[] };
}

/**
 * The loaded core. Every method throws an `Error` with a message naming the problem and the valid
 * choices (an unknown id lists the valid ids; an unknown parameter the function's parameters; a
 * non-finite or out-of-domain parameter value, a bad range or bad input says what is allowed); the
 * instance keeps working after any error.
 */
export interface ActivationCore {
  /**
   * The catalogue: every function with its parameters, kinks and properties (at the defaults).
   * Frozen. Ids and parameter names are typed from it (`FunctionId`, `ParamsOf`): a string from
   * elsewhere must be checked against `functions` and cast.
   */
  readonly functions: readonly FunctionInfo[];
  /**
   * f(x) for every x, in float64 (float32 in and out for a Float32Array), following
   * `torch.nn.functional`; NaN gives NaN and ±Infinity the mathematical limit.
   * @param id Function id, e.g. `'leaky_relu'`.
   * @param xs The inputs.
   * @param params Parameter values by name or alias; the rest take their defaults.
   * @throws Error for an unknown id or parameter, a bad parameter value, inputs that are not
   *   numbers (or a typed array whose buffer is detached), or more than 2^24 (16,777,216) inputs.
   *   Inputs are read once, before any work: getters may even call the core.
   */
  evaluate<Id extends FunctionId>(
    id: Id,
    xs: Float32Array,
    params?: ParamsOf<Id>,
  ): Float32Array;
  evaluate<Id extends FunctionId>(
    id: Id,
    xs: Float64Array | readonly number[],
    params?: ParamsOf<Id>,
  ): Float64Array;
  /**
   * f'(x) for every x; at kinks, PyTorch's autograd convention (e.g. relu'(0) = 0).
   * Parameters, result type and errors as for {@link ActivationCore.evaluate}.
   */
  derivative<Id extends FunctionId>(
    id: Id,
    xs: Float32Array,
    params?: ParamsOf<Id>,
  ): Float32Array;
  derivative<Id extends FunctionId>(
    id: Id,
    xs: Float64Array | readonly number[],
    params?: ParamsOf<Id>,
  ): Float64Array;
  /**
   * Samples f and f' at `points` evenly spaced x from `xMin` to `xMax` inclusive, plus every kink
   * inside the range (so the kink of leaky_relu at 0 is always sampled), and lists the jumps.
   * @throws Error for an unknown id or parameter, a bad parameter value, `xMin >= xMax`,
   *   non-finite ends, `points` not a whole number from 2 to 10,000,000, an unknown option, or
   *   (naming `points`) a curve the WebAssembly memory cannot hold.
   */
  curve<Id extends FunctionId>(id: Id, options: CurveOptions<Id>): Curve;
  /**
   * The properties of f for `params` (names, aliases, choices and defaults as for
   * {@link ActivationCore.evaluate}): range, monotonicity, continuity, smoothness, zero-centred,
   * bounded. Frozen.
   * @throws Error for an unknown id or parameter, or a bad parameter value.
   */
  properties<Id extends FunctionId>(
    id: Id,
    params?: ParamsOf<Id>,
  ): FunctionProperties;
  /** Current size of the WebAssembly memory in bytes; it never shrinks. */
  readonly memoryBytes: number;
}

/** Where the WebAssembly comes from; only the call that creates the shared instance uses them. */
export interface LoadCoreOptions {
  /**
   * Address of `activation-core.wasm`, for hosts that move files. Default: next to the module
   * (`new URL('../generated/activation-core.wasm', import.meta.url)`), which bundlers such as
   * Vite follow and copy. Browsers fetch it; Node reads it (a `file:` URL, or a path relative to
   * the working directory).
   */
  wasmUrl?: string | URL;
  /** The module's bytes, when you have them already (nothing is fetched then). */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/**
 * Loads the core. Every call resolves to the same shared instance, however often it is called
 * (one WebAssembly instantiation per page); to use `options`, call it before the first widget
 * renders. A load that fails rejects (e.g. the .wasm was not found) and is retried by the next
 * call.
 */
export function loadCore(options?: LoadCoreOptions): Promise<ActivationCore>;
