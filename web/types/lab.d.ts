// activation-plot/lab: small fully connected networks trained in WebAssembly on 2-D toy data, with
// the measurements that show dying ReLU, LeakyReLU and vanishing gradients. Runs in browsers,
// workers and Node >= 18; needs neither a DOM nor Chart.js. Trains in float64 (see docs/lab.md).
import type { FunctionId, Params } from "./core.js";

export type DatasetId = "circles" | "xor" | "spirals" | "gaussians";
export type OptimizerId = "sgd" | "adam";
export type InitId =
  | "he-uniform"
  | "he-normal"
  | "xavier-uniform"
  | "xavier-normal"
  | "lecun-uniform"
  | "lecun-normal";

/** The toy data: points in [−1, 1]², labels 0 or 1, drawn from `seed`. */
export interface DatasetOptions {
  /** Default `'circles'`. */
  readonly id?: DatasetId;
  /** Number of points, train and test together, 10 to 10,000. Default 250. */
  readonly size?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate, 0 to 1. Default 0.1. */
  readonly noise?: number;
  /** Share of the points held out for testing, 0 to 0.9. Default 0.5. */
  readonly testFraction?: number;
}

export interface RunOptions {
  /** The data set: an id, or its options. Default `{ id: 'circles' }`. */
  readonly dataset?: DatasetId | DatasetOptions;
  /** Widths of the hidden layers: 1 to 8 layers of 1 to 64 units. Default `[8, 8]`. */
  readonly layers?: readonly number[];
  /** The hidden layers' activation: any catalogue id. Default `'relu'`. */
  readonly activation?: FunctionId;
  /** The activation's parameters, as `core.evaluate` takes them. */
  readonly params?: Params;
  /** Default `'sgd'` (with momentum). */
  readonly optimizer?: OptimizerId;
  /** Positive and finite, at most 10. Default 0.03. */
  readonly learningRate?: number;
  /** SGD's momentum in [0, 1). Default 0.9. Adam uses β1 = 0.9, β2 = 0.999, ε = 1e-8. */
  readonly momentum?: number;
  /** Points per step, 1 to the training set's size. Default 10. */
  readonly batchSize?: number;
  /** L2 penalty on the weights (not the biases), ≥ 0. Default 0. */
  readonly l2?: number;
  /** Default `'he-uniform'`. */
  readonly init?: InitId;
  /** Every bias starts at this value, finite. Default 0. */
  readonly biasInit?: number;
  /**
   * An integer in [0, 2³²). Fixes the data, the initial weights and the batch order: runs that
   * differ only in `activation` or `params` start from identical weights and see identical
   * batches. Default 1.
   */
  readonly seed?: number;
  /**
   * |f′| below this counts as saturated (see {@link LayerMetrics.saturated}). Default 0.01.
   */
  readonly saturationThreshold?: number;
}

/** Per hidden layer, over the whole training set, at the current weights. */
export interface LayerMetrics {
  /**
   * Share of units whose derivative is 0 for every training input: they get no gradient and
   * cannot recover (ReLU units negative on every input; never a LeakyReLU unit).
   */
  readonly dead: number;
  /** Share of units whose pre-activation is below 0 on every training input. */
  readonly allNegative: number;
  /** Share of units with |f′| below the saturation threshold on more than half the inputs. */
  readonly saturated: number;
  /** Euclidean norm of the loss gradient with respect to this layer's weights, last step. */
  readonly gradientNorm: number;
  /** ‖update‖ / ‖weights‖ of this layer's weights, last step. */
  readonly updateRatio: number;
}

export interface Metrics {
  /** Steps taken so far. */
  readonly step: number;
  /** Mean binary cross-entropy over the training / test set (the L2 penalty excluded). */
  readonly trainLoss: number;
  readonly testLoss: number;
  /** Share of points classified right (output ≥ 0.5 means label 1). */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** One entry per hidden layer, input side first. */
  readonly layers: readonly LayerMetrics[];
}

/** One layer's parameters: `weights` is row-major, `outputs × inputs`. */
export interface LayerWeights {
  readonly inputs: number;
  readonly outputs: number;
  readonly weights: Float64Array;
  readonly biases: Float64Array;
}

export interface Dataset {
  /** Interleaved coordinates, `[x0, y0, x1, y1, …]`, and labels (0 or 1). */
  readonly train: { readonly points: Float64Array; readonly labels: Uint8Array };
  readonly test: { readonly points: Float64Array; readonly labels: Uint8Array };
}

export interface Run {
  /** The options as resolved, defaults filled in. */
  readonly options: Required<RunOptions>;
  /** Takes `n` optimiser steps (default 1) and returns the metrics after the last. */
  step(n?: number): Metrics;
  /** The metrics at the current weights. */
  metrics(): Metrics;
  /** The metrics after every step so far, step 0 (the initial weights) first. */
  readonly history: readonly Metrics[];
  /**
   * The network's output probability on a `resolution × resolution` grid over [−1, 1]², row by
   * row from the top (y = 1) left (x = −1); computed in WebAssembly. `resolution` 2 to 512.
   */
  predictGrid(resolution: number): Float64Array;
  /** Copies of every layer's parameters, hidden layers first, the output layer last. */
  weights(): LayerWeights[];
  /** Replaces the parameters; shapes must match `weights()`. Optimiser state is reset. */
  setWeights(layers: readonly LayerWeights[]): void;
  /** Copies of the points and labels. */
  dataset(): Dataset;
  /** Frees the run's WebAssembly memory; any later call throws. */
  destroy(): void;
}

export interface Lab {
  /** Throws an Error naming the option and its valid values for a bad configuration. */
  createRun(options?: RunOptions): Run;
}

/** Loads the WebAssembly module once (options as `loadCore` takes them) and resolves to the lab. */
export function loadLab(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  wasmUrl?: string | URL;
}): Promise<Lab>;
