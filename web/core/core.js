// The public API over an instantiated WebAssembly module.
import {
  catalogueIndex,
  parseCatalogue,
  parseProperties,
} from "./catalogue.js";
import { describe, quoteList, readArgument, shorten } from "./describe.js";
import { readInput } from "./input.js";
import { resolveParameters } from "./parameters.js";
import { createScratch } from "./scratch.js";

const CURVE_OPTIONS = ["xMin", "xMax", "points", "params"];

// evaluate() passes the values through the heap this many at a time, so that the heap holds one
// chunk whatever the input's length.
const CHUNK = 2 ** 16;

// The options as plain values, each property read once (getters and Proxy traps run here, before
// the heap is touched).
function readCurveOptions(options) {
  const isObject = readArgument(
    "curve options",
    () =>
      typeof options === "object" &&
      options !== null &&
      !Array.isArray(options),
  );
  if (!isObject) {
    throw new Error(
      `curve options must be an object { xMin, xMax, points, params }, got ${describe(options)}`,
    );
  }
  const keys = readArgument("curve options", () => Object.keys(options));
  for (const key of keys) {
    if (!CURVE_OPTIONS.includes(key)) {
      throw new Error(
        `unknown curve option '${shorten(key)}'; valid options: ${quoteList(CURVE_OPTIONS)}`,
      );
    }
  }
  const read = (key) =>
    readArgument(`curve option '${key}'`, () => options[key]);
  const [xMin, xMax, points, params] = CURVE_OPTIONS.map(read);
  for (const [key, value] of Object.entries({ xMin, xMax, points })) {
    if (typeof value !== "number") {
      throw new Error(
        `curve option '${key}' must be a number, got ${describe(value)}`,
      );
    }
  }
  return { xMin, xMax, points, params };
}

export function createCore(module) {
  // The module returns an error message, empty on success.
  function throwIfError(message, inCallersNames) {
    if (message) throw new Error(inCallersNames(message));
  }

  const functions = parseCatalogue(module.catalogueJson());
  const findFunction = catalogueIndex(functions);
  // The module names functions by their index in the catalogue.
  const indexOf = new Map(functions.map((fn, index) => [fn, index]));
  const scratch = createScratch(module);

  // `n` float64 values at `address`, in the heap as it is now.
  function region(address, n) {
    const start = address / Float64Array.BYTES_PER_ELEMENT;
    return module.HEAPF64.subarray(start, start + n);
  }

  // Every input is read into plain values first (resolveParameters, readInput,
  // readCurveOptions), so that no user code runs once the heap is in use: a getter that calls the
  // core cannot overwrite this call's data, and a rejected call leaves the heap as it was.

  // Scratch layout: the parameters, then up to CHUNK inputs, then as many outputs, all float64. A
  // Float32Array is widened on the way in and each result rounded once to float32 on the way out.
  function map(id, xs, params, derivative) {
    const fn = findFunction(id);
    const { values, inCallersNames } = resolveParameters(fn, params);
    const { Type, values: inputs } = readInput(xs);
    const n = inputs.length;
    const ys = new Type(n);
    const chunk = Math.min(n, CHUNK);
    const paramsBytes = values.length * Float64Array.BYTES_PER_ELEMENT;
    const chunkBytes = chunk * Float64Array.BYTES_PER_ELEMENT;
    const paramsAddress = scratch.reserve(paramsBytes + 2 * chunkBytes);
    const xAddress = paramsAddress + paramsBytes;
    const yAddress = xAddress + chunkBytes;
    region(paramsAddress, values.length).set(values);
    // At least one call, so that the parameters are checked even for no values.
    for (let start = 0; start === 0 || start < n; start += CHUNK) {
      const count = Math.min(CHUNK, n - start);
      region(xAddress, count).set(inputs.subarray(start, start + count));
      throwIfError(
        module.evaluateArray(
          indexOf.get(fn),
          derivative,
          xAddress,
          yAddress,
          count,
          paramsAddress,
          values.length,
        ),
        inCallersNames,
      );
      ys.set(region(yAddress, count), start);
    }
    return ys;
  }

  // The kinks of the latest curve: kinkFields numbers each (cpp/bindings/embind.cpp).
  const KINK_FIELDS = 8;

  function jumpsOf(x) {
    const jumps = { y: [], dy: [] };
    const count = module.curveKinkCount();
    const fields = region(module.curveKinks(), count * KINK_FIELDS);
    for (let i = 0; i < count; i++) {
      const [, index, valueLeft, valueRight, slopeLeft, slopeRight, ...kind] =
        fields.subarray(i * KINK_FIELDS, (i + 1) * KINK_FIELDS);
      const at = { x: x[index], index };
      if (kind[0]) jumps.y.push({ ...at, left: valueLeft, right: valueRight });
      if (kind[1]) jumps.dy.push({ ...at, left: slopeLeft, right: slopeRight });
    }
    return jumps;
  }

  function curve(id, options) {
    const fn = findFunction(id);
    const { xMin, xMax, points, params } = readCurveOptions(options);
    const { values, inCallersNames } = resolveParameters(fn, params);
    const paramsAddress = scratch.reserve(
      values.length * Float64Array.BYTES_PER_ELEMENT,
    );
    region(paramsAddress, values.length).set(values);
    throwIfError(
      module.sampleCurve(
        indexOf.get(fn),
        paramsAddress,
        values.length,
        xMin,
        xMax,
        points,
      ),
      inCallersNames,
    );
    // The samples hold all x, then all f(x), then all f'(x).
    const n = module.curveLength();
    const samples = region(module.curveSamples(), 3 * n);
    const x = samples.slice(0, n);
    const result = {
      x,
      y: samples.slice(n, 2 * n),
      dy: samples.slice(2 * n, 3 * n),
      jumps: jumpsOf(x),
    };
    // Copied out: the heap need not keep a large curve until the next one.
    module.releaseCurve();
    return result;
  }

  // The module returns the properties as a JSON object, or an error message.
  function properties(id, params) {
    const fn = findFunction(id);
    const { values, inCallersNames } = resolveParameters(fn, params);
    const paramsAddress = scratch.reserve(
      values.length * Float64Array.BYTES_PER_ELEMENT,
    );
    region(paramsAddress, values.length).set(values);
    const text = module.properties(
      indexOf.get(fn),
      paramsAddress,
      values.length,
    );
    if (!text.startsWith("{")) throwIfError(text, inCallersNames);
    return parseProperties(JSON.parse(text));
  }

  return Object.freeze({
    /**
     * The catalogue: [{ id, name, formula, parameters, kinks, properties }], frozen; kinks (at the
     * default parameters) are [{ x, valueJump, derivativeJump }]; properties are those at the
     * default parameters.
     */
    functions,
    /**
     * f(x) for every x of `xs` (Float64Array, Float32Array or array of numbers) with `params`
     * ({ name or alias: value }, choices by name; missing ones take their defaults). Returns a
     * Float32Array for a Float32Array, otherwise a Float64Array. At most 2^24 values.
     */
    evaluate: (id, xs, params) => map(id, xs, params, false),
    /** f'(x), as evaluate; at a kink PyTorch's autograd value. */
    derivative: (id, xs, params) => map(id, xs, params, true),
    /**
     * { x, y, dy, jumps }: Float64Arrays of `points` evenly spaced x from xMin to xMax inclusive
     * plus every kink inside, strictly increasing, with f(x) and f'(x) (at a kink PyTorch's value
     * there); jumps: { y: [{ x, index, left, right }], dy: [...] }, the kinks inside where f (or
     * f') is discontinuous, by x: x[index] is the kink, left and right the one-sided limits.
     */
    curve,
    /**
     * What f does over all real x for `params` (as for evaluate): { range: [{ min, max,
     * minClosed, maxClosed }] (disjoint, increasing; a point is a closed interval with
     * min === max), monotonic: "increasing" | "non-decreasing" | "decreasing" |
     * "non-increasing" | "constant" | false, continuous, smooth (C¹), zeroCentred (odd),
     * bounded: { below, above } }, frozen.
     */
    properties,
    /** Current size of the WebAssembly memory in bytes; it never shrinks. */
    get memoryBytes() {
      return module.HEAPU8.buffer.byteLength;
    },
  });
}
