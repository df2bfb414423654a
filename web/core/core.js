// The public API over an instantiated WebAssembly module.
import {
  catalogueIndex,
  parseCatalogue,
  parseProperties,
} from "./catalogue.js";
import { describe, quoteList } from "./describe.js";
import { copyInto, elementType } from "./input.js";
import { resolveParameters } from "./parameters.js";
import { createScratch } from "./scratch.js";

const CURVE_OPTIONS = ["xMin", "xMax", "points", "params"];

function checkCurveOptions(options) {
  if (
    typeof options !== "object" ||
    options === null ||
    Array.isArray(options)
  ) {
    throw new Error(
      `curve options must be an object { xMin, xMax, points, params }, got ${describe(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!CURVE_OPTIONS.includes(key)) {
      throw new Error(
        `unknown curve option '${key}'; valid options: ${quoteList(CURVE_OPTIONS)}`,
      );
    }
  }
  for (const key of ["xMin", "xMax", "points"]) {
    if (typeof options[key] !== "number") {
      throw new Error(
        `curve option '${key}' must be a number, got ${describe(options[key])}`,
      );
    }
  }
}

export function createCore(module) {
  // The module returns an error message, empty on success.
  function throwIfError(message) {
    if (message) throw new Error(message);
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

  // Scratch layout: the parameters, then the n inputs, then the n outputs, all float64. A
  // Float32Array is widened on the way in and each result rounded once to float32 on the way out.
  function map(id, xs, params, derivative) {
    const fn = findFunction(id);
    const values = resolveParameters(fn, params);
    const Type = elementType(xs);
    const n = xs.length;
    const paramsBytes = values.length * Float64Array.BYTES_PER_ELEMENT;
    const arrayBytes = n * Float64Array.BYTES_PER_ELEMENT;
    const paramsAddress = scratch.reserve(paramsBytes + 2 * arrayBytes);
    const xAddress = paramsAddress + paramsBytes;
    const yAddress = xAddress + arrayBytes;
    region(paramsAddress, values.length).set(values);
    copyInto(region(xAddress, n), xs);
    throwIfError(
      module.evaluateArray(
        indexOf.get(fn),
        derivative,
        xAddress,
        yAddress,
        n,
        paramsAddress,
        values.length,
      ),
    );
    const ys = region(yAddress, n);
    return Type === Float32Array ? new Float32Array(ys) : ys.slice();
  }

  function curve(id, options) {
    const fn = findFunction(id);
    checkCurveOptions(options);
    const values = resolveParameters(fn, options.params);
    const paramsAddress = scratch.reserve(
      values.length * Float64Array.BYTES_PER_ELEMENT,
    );
    region(paramsAddress, values.length).set(values);
    const { xMin, xMax, points } = options;
    throwIfError(
      module.sampleCurve(
        indexOf.get(fn),
        paramsAddress,
        values.length,
        xMin,
        xMax,
        points,
      ),
    );
    // The samples hold all x, then all f(x), then all f'(x).
    const n = module.curveLength();
    const samples = region(module.curveSamples(), 3 * n);
    return {
      x: samples.slice(0, n),
      y: samples.slice(n, 2 * n),
      dy: samples.slice(2 * n, 3 * n),
    };
  }

  // The module returns the properties as a JSON object, or an error message.
  function properties(id, params) {
    const fn = findFunction(id);
    const values = resolveParameters(fn, params);
    const paramsAddress = scratch.reserve(
      values.length * Float64Array.BYTES_PER_ELEMENT,
    );
    region(paramsAddress, values.length).set(values);
    const text = module.properties(
      indexOf.get(fn),
      paramsAddress,
      values.length,
    );
    if (!text.startsWith("{")) throwIfError(text);
    return parseProperties(JSON.parse(text));
  }

  return Object.freeze({
    /**
     * The catalogue: [{ id, name, formula, parameters, kinks, properties }], frozen; kinks and
     * properties are those at the default parameters.
     */
    functions,
    /**
     * f(x) for every x of `xs` (Float64Array, Float32Array or array of numbers) with `params`
     * ({ name or alias: value }, choices by name; missing ones take their defaults). Returns a
     * Float32Array for a Float32Array, otherwise a Float64Array.
     */
    evaluate: (id, xs, params) => map(id, xs, params, false),
    /** f'(x), as evaluate; at a kink PyTorch's autograd value. */
    derivative: (id, xs, params) => map(id, xs, params, true),
    /**
     * { x, y, dy } Float64Arrays: `points` evenly spaced x from xMin to xMax inclusive plus every
     * kink inside, strictly increasing, with f(x) and f'(x).
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
