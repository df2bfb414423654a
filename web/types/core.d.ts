// activation-plot/core: activation functions and their derivatives, computed in WebAssembly.
// Runs in browsers, workers and Node >= 18; needs neither a DOM nor Chart.js.

/** Parameter values by name (or alias): numbers, or a choice's name (e.g. `approximate: 'tanh'`). */
export type Params = Readonly<Record<string, number | string | undefined>>;

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

/** What a tutorial shows about a function (at its default parameters). */
export interface FunctionProperties {
  /** Output range, e.g. `'[0, ∞)'`. */
  readonly range: string;
  readonly monotonic: boolean;
  readonly smooth: boolean;
  readonly zeroCentred: boolean;
  readonly bounded: boolean;
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
  readonly id: string;
  /** Display name, e.g. `'Leaky ReLU'`. */
  readonly name: string;
  /** Parameters in the order the core takes them. */
  readonly parameters: readonly ParameterInfo[];
  /**
   * Points where f or f' is not smooth, at the default parameters, increasing, with their kind.
   * (A kink can vanish for other parameters: leaky_relu's when negative_slope is 1.)
   */
  readonly kinks: readonly KinkInfo[];
  readonly properties: FunctionProperties;
  /** f(x) in a small infix notation (parameter names stand for their values). */
  readonly formula: string;
}

/** Options of {@link ActivationCore.curve}. */
export interface CurveOptions {
  /** Left end of the range, finite. */
  xMin: number;
  /** Right end of the range, finite and greater than `xMin`. */
  xMax: number;
  /** Number of evenly spaced samples from `xMin` to `xMax` inclusive, at least 2. */
  points: number;
  /** Parameter values; missing ones take their defaults. */
  params?: Params;
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
  /** The catalogue: every function with its parameters, kinks and properties. Frozen. */
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
  evaluate(id: string, xs: Float32Array, params?: Params): Float32Array;
  evaluate(
    id: string,
    xs: Float64Array | readonly number[],
    params?: Params,
  ): Float64Array;
  /**
   * f'(x) for every x; at kinks, PyTorch's autograd convention (e.g. relu'(0) = 0).
   * Parameters, result type and errors as for {@link ActivationCore.evaluate}.
   */
  derivative(id: string, xs: Float32Array, params?: Params): Float32Array;
  derivative(
    id: string,
    xs: Float64Array | readonly number[],
    params?: Params,
  ): Float64Array;
  /**
   * Samples f and f' at `points` evenly spaced x from `xMin` to `xMax` inclusive, plus every kink
   * inside the range (so the kink of leaky_relu at 0 is always sampled), and lists the jumps.
   * @throws Error for an unknown id or parameter, a bad parameter value, `xMin >= xMax`,
   *   non-finite ends, `points` not a whole number from 2 to 10,000,000, an unknown option, or
   *   (naming `points`) a curve the WebAssembly memory cannot hold.
   */
  curve(id: string, options: CurveOptions): Curve;
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
