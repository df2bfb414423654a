// The public API over an instantiated WebAssembly module.
import { catalogueIndex, parseCatalogue } from "./catalogue.js";
import { describe, quoteList } from "./describe.js";
import { copyInto, elementType } from "./input.js";
import { resolveParameters } from "./parameters.js";
import { createScratch } from "./scratch.js";

const CURVE_OPTIONS = ["xMin", "xMax", "points", "params"];

function heapView(module, Type) {
  return Type === Float32Array ? module.HEAPF32 : module.HEAPF64;
}

function throwIfError(message) {
  if (message) throw new Error(message);
}

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
  const functions = parseCatalogue(module.catalogueJson());
  const findFunction = catalogueIndex(functions);
  const scratch = createScratch(module);

  // Layout of the scratch buffer: parameters, then n inputs, then n outputs.
  function map(id, xs, params, derivative) {
    const fn = findFunction(id);
    const values = resolveParameters(fn, params);
    const Type = elementType(xs);
    const n = xs.length;
    const paramsBytes = values.length * 8;
    const arrayBytes = n * Type.BYTES_PER_ELEMENT;
    const paramsAddress = scratch.reserve(paramsBytes + 2 * arrayBytes);
    const xAddress = paramsAddress + paramsBytes;
    const yAddress = xAddress + arrayBytes;
    module.HEAPF64.set(values, paramsAddress / 8);
    const elements = Type.BYTES_PER_ELEMENT;
    copyInto(
      heapView(module, Type).subarray(
        xAddress / elements,
        xAddress / elements + n,
      ),
      xs,
    );
    throwIfError(
      module.evaluateArray(
        id,
        derivative,
        Type === Float32Array,
        xAddress,
        yAddress,
        n,
        paramsAddress,
        values.length,
      ),
    );
    return heapView(module, Type).slice(
      yAddress / elements,
      yAddress / elements + n,
    );
  }

  function curve(id, options) {
    const fn = findFunction(id);
    checkCurveOptions(options);
    const values = resolveParameters(fn, options.params);
    const paramsAddress = scratch.reserve(values.length * 8);
    module.HEAPF64.set(values, paramsAddress / 8);
    const result = module.curve(
      id,
      paramsAddress,
      values.length,
      options.xMin,
      options.xMax,
      options.points,
    );
    throwIfError(result.error);
    const start = result.address / 8;
    const n = result.length;
    const heap = module.HEAPF64;
    return {
      x: heap.slice(start, start + n),
      y: heap.slice(start + n, start + 2 * n),
      dy: heap.slice(start + 2 * n, start + 3 * n),
    };
  }

  return Object.freeze({
    functions,
    evaluate: (id, xs, params) => map(id, xs, params, false),
    derivative: (id, xs, params) => map(id, xs, params, true),
    curve,
    // Current size of the WebAssembly memory; it never shrinks.
    get memoryBytes() {
      return module.HEAPU8.buffer.byteLength;
    },
  });
}
