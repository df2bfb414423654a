// Which arrays evaluate() accepts, read once into values no other code can change while the core
// works on them. Everything user code can run (array element getters, Proxy traps, a typed
// array subclass's `length`, `subarray` or `set`) runs here, before the heap is touched.
import { describe, readArgument } from "./describe.js";

const ACCEPTED = "a Float64Array, a Float32Array or an array of numbers";

// At most this many values per call: the result (and, for an array of numbers, the copy of its
// values) is a typed array of that length in JavaScript memory; the WebAssembly heap only ever
// holds one chunk (see core.js). 2^24 float64 values are 128 MiB.
export const MAX_VALUES = 2 ** 24;

// The engine's own accessors, taken before any other code runs: a subclass or a Proxy cannot
// override them, and they read a typed array's internal slots.
const TypedArray = Object.getPrototypeOf(Float64Array);
const accessor = (name) =>
  Object.getOwnPropertyDescriptor(TypedArray.prototype, name).get;
const tagOf = accessor(Symbol.toStringTag);
const lengthOf = accessor("length");
const bufferOf = accessor("buffer");
const byteOffsetOf = accessor("byteOffset");
const read = (get, object) => Reflect.apply(get, object, []);
const TYPES = { Float64Array, Float32Array };

const isShared = (buffer) =>
  typeof SharedArrayBuffer === "function" &&
  buffer instanceof SharedArrayBuffer;

function tooMany(n) {
  return new Error(
    `xs has ${n} elements; at most ${MAX_VALUES} fit in one call`,
  );
}

// A typed array of our own over the same memory as `xs` (a Float64Array or Float32Array, maybe a
// subclass, which its tag says): its real length, whatever `xs.length` says.
function viewOf(xs, Type) {
  const n = read(lengthOf, xs);
  if (n > MAX_VALUES) throw tooMany(n);
  try {
    const buffer = read(bufferOf, xs);
    const view = new Type(buffer, read(byteOffsetOf, xs), n);
    // Another thread may write a shared buffer while the core reads it: take a copy.
    return isShared(buffer) ? view.slice() : view;
  } catch {
    // The buffer was detached (transferred) or shrunk under the view.
    throw new Error(
      `xs must be ${ACCEPTED}, got a ${Type.name} whose buffer is detached or out of bounds`,
    );
  }
}

// The elements of an array of numbers, each read once and checked, in a Float64Array.
function copyOfArray(xs) {
  const n = readArgument("xs.length", () => xs.length); // a Proxy's can be anything
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new Error(
      `xs must be ${ACCEPTED}, got an array whose length is ${describe(n)}`,
    );
  }
  if (n > MAX_VALUES) throw tooMany(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = readArgument(`xs[${i}]`, () => xs[i]);
    if (typeof x !== "number")
      throw new Error(`xs[${i}] must be a number, got ${describe(x)}`);
    values[i] = x;
  }
  return values;
}

// { Type, values }: the element type the result has, and the input values in a typed array that
// only the core holds (or a view of its own over a typed array's memory). Throws for anything
// that is not accepted.
export function readInput(xs) {
  const tag = read(tagOf, xs);
  if (tag === "Float64Array" || tag === "Float32Array") {
    const Type = TYPES[tag];
    return { Type, values: viewOf(xs, Type) };
  }
  if (readArgument("xs", () => Array.isArray(xs)))
    return { Type: Float64Array, values: copyOfArray(xs) };
  throw new Error(`xs must be ${ACCEPTED}, got ${describe(xs)}`);
}
