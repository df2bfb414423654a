// Which arrays evaluate() accepts, and how their values are copied into the heap.
import { describe } from "./describe.js";

const ACCEPTED = "a Float64Array, a Float32Array or an array of numbers";

// The element type the computation uses for `xs`; throws for anything else.
export function elementType(xs) {
  if (xs instanceof Float64Array || Array.isArray(xs)) return Float64Array;
  if (xs instanceof Float32Array) return Float32Array;
  throw new Error(`xs must be ${ACCEPTED}, got ${describe(xs)}`);
}

// Copies `xs` into `target` (a heap view starting at the first element); plain arrays are
// checked element by element on the way.
export function copyInto(target, xs) {
  if (!Array.isArray(xs)) {
    target.set(xs);
    return;
  }
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== "number")
      throw new Error(`xs[${i}] must be a number, got ${describe(x)}`);
    target[i] = x;
  }
}
