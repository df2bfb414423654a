// A seeded property-based test of the JavaScript API: random arguments of every type, wrapped in
// getters, Proxies (live and revoked), typed arrays of every kind, subclasses that lie, detached
// and shared buffers, sparse and huge arrays. For every call: the result is the one the same
// values give as plain arguments, or an Error naming the argument; and the instance still
// computes right. FUZZ_SEED=n reproduces a run; FUZZ_CALLS sets its length.
import { loadCore } from "../../web/core/index.js";
import { describe } from "../../web/core/describe.js";
import { MAX_VALUES } from "../../web/core/input.js";

const core = await loadCore();
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const CALLS = Number(process.env.FUZZ_CALLS ?? 2500);
const ARGUMENT_NAMES =
  /^(id |unknown function|xs|curve option|unknown curve option|points|xMin|[a-z0-9_]+: (params|parameter|unknown parameter|lower|.* must))/;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const next = random(SEED);
const below = (n) => Math.floor(next() * n);
const pick = (items) => items[below(items.length)];
const chance = (p) => next() < p;

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  -2,
  1e-300,
  5e-324,
  -5e-324,
  1e308,
  -1e308,
  1.7976931348623157e308,
  NaN,
  Infinity,
  -Infinity,
  3.0000000000000004,
  20,
  -20,
  710,
  -746,
];
const number = () =>
  chance(0.4) ? pick(NUMBERS) : (next() - 0.5) * 10 ** below(8);

const revoked = (target) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

// A call of the core from inside a getter, with data of its own.
function reenter() {
  core.evaluate("relu", [7, 8, 9, 10, 11, 12]);
  core.curve("tanh", { xMin: -1, xMax: 1, points: 3 });
}

// A value as a property: plain, or behind a getter that calls the core or throws.
function property(object, key, value) {
  const kind = below(6);
  if (kind === 0)
    return Object.defineProperty(object, key, {
      enumerable: true,
      get() {
        reenter();
        return value;
      },
    });
  if (kind === 1 && chance(0.3))
    return Object.defineProperty(object, key, {
      enumerable: true,
      get() {
        throw new Error("from a getter");
      },
    });
  object[key] = value;
  return object;
}

// A Proxy over `target` whose traps call the core, or the target itself.
const maybeProxy = (target) =>
  chance(0.15)
    ? new Proxy(target, {
        get(object, key, receiver) {
          reenter();
          return Reflect.get(object, key, receiver);
        },
      })
    : target;

// Arguments: { value, plain } where `plain` is the same values as plain arguments, or
// { value, malformed: true } for what no plain equivalent has (the call must be an Error).
function id() {
  const ids = core.functions.map((fn) => fn.id);
  switch (below(10)) {
    case 0:
      return {
        value: pick([42, null, undefined, {}, [], Symbol("relu"), 1n]),
        malformed: true,
      };
    case 1:
      return {
        value: pick([Object.create(null), revoked({}), () => "relu"]),
        malformed: true,
      };
    case 2:
      return {
        value: pick(["", "RELU", "relu ", "x".repeat(1 + below(3000))]),
        plain: null,
      };
    default:
      return { value: pick(ids) };
  }
}

const FOREIGN_ARRAYS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  BigInt64Array,
  BigUint64Array,
];

function values(n) {
  return Array.from({ length: n }, number);
}

function xs() {
  const n = below(chance(0.1) ? 70000 : 20);
  const numbers = values(n);
  switch (below(14)) {
    case 0:
      return {
        value: Float64Array.from(numbers),
        plain: Float64Array.from(numbers),
      };
    case 1:
      return {
        value: Float32Array.from(numbers),
        plain: Float32Array.from(numbers),
      };
    case 2: {
      const buffer = new Float64Array(n + 4);
      buffer.set(numbers, 2);
      return {
        value: buffer.subarray(2, 2 + n),
        plain: Float64Array.from(numbers),
      };
    }
    case 3: {
      const shared = new Float64Array(new SharedArrayBuffer(8 * n));
      shared.set(numbers);
      return { value: shared, plain: Float64Array.from(numbers) };
    }
    case 4: {
      class Liar extends Float64Array {
        get length() {
          return n + 4;
        }
        subarray() {
          reenter();
          return new Float64Array(99);
        }
      }
      const plain = Float64Array.from(numbers);
      return { value: new Liar(plain), plain };
    }
    case 5: {
      const detached = Float64Array.from(numbers);
      structuredClone(detached.buffer, { transfer: [detached.buffer] });
      return { value: detached, malformed: true };
    }
    case 6: {
      const Type = pick(FOREIGN_ARRAYS);
      return { value: new Type(n), malformed: true };
    }
    case 7:
      return {
        value: pick([
          new DataView(new ArrayBuffer(8)),
          "1,2",
          3,
          null,
          { length: 2, 0: 1, 1: 2 },
        ]),
        malformed: true,
      };
    case 8: {
      // Holes only: `new Array(n)` would reserve n elements.
      const sparse = [1];
      sparse[pick([3, MAX_VALUES, 2 ** 32 - 2])] = 2;
      return { value: sparse, malformed: true };
    }
    case 9:
      return { value: revoked([1, 2]), malformed: true };
    case 10: {
      const withOther = [...numbers, pick(["1", null, undefined, {}, 1n, [1]])];
      return { value: withOther, malformed: true };
    }
    default: {
      const array = [];
      numbers.forEach((x, i) =>
        n < 50 ? property(array, i, x) : (array[i] = x),
      );
      return {
        value: n < 50 ? maybeProxy(array) : array,
        plain: Float64Array.from(numbers),
        mayThrow: true,
      };
    }
  }
}

function parameterValue(parameter) {
  if (parameter.choices.length)
    return chance(0.8)
      ? pick(parameter.choices)
      : pick([0, 1, 2, -1, 0.5, "TANH"]);
  if (chance(0.1)) return pick(["1", null, {}, true, 1n]);
  const { min, max } = parameter.slider;
  return chance(0.7) ? min + next() * (max - min) : number();
}

function params(fn) {
  switch (below(10)) {
    case 0:
      return { value: pick([undefined, null]), plain: {} };
    case 1:
      return { value: pick([[], "alpha=1", 3, revoked({})]), malformed: true };
    case 2:
      return { value: { ["z".repeat(1 + below(100))]: 1 }, malformed: true };
    default: {
      const value = {};
      const plain = {};
      for (const parameter of fn.parameters) {
        if (chance(0.3)) continue;
        const key =
          chance(0.3) && parameter.aliases.length
            ? pick(parameter.aliases)
            : parameter.name;
        const given = parameterValue(parameter);
        plain[key] = given;
        property(value, key, given);
      }
      return { value: maybeProxy(value), plain, mayThrow: true };
    }
  }
}

function curveOptions(fn) {
  const parameters = params(fn);
  const plain = {
    xMin: chance(0.9) ? -1 - below(5) : number(),
    xMax: chance(0.9) ? 1 + below(5) : number(),
    points: chance(0.9) ? 2 + below(300) : pick([1, 2.5, NaN, 1e7 + 1, "10"]),
    params: parameters.plain,
  };
  if (parameters.malformed)
    return { value: { ...plain, params: parameters.value }, malformed: true };
  if (chance(0.05))
    return { value: { ...plain, colour: "red" }, malformed: true };
  const value = {};
  for (const [key, given] of Object.entries({
    ...plain,
    params: parameters.value,
  }))
    property(value, key, given);
  return { value: maybeProxy(value), plain, mayThrow: true };
}

function outcome(call) {
  try {
    return { result: call() };
  } catch (error) {
    return { error };
  }
}

function sameArray(a, b) {
  return (
    a.constructor === b.constructor &&
    a.length === b.length &&
    a.every((value, i) => Object.is(value, b[i]))
  );
}

function sameResult(a, b) {
  if (ArrayBuffer.isView(a)) return sameArray(a, b);
  return (
    ["x", "y", "dy"].every((key) => sameArray(a[key], b[key])) &&
    JSON.stringify(a.jumps) === JSON.stringify(b.jumps)
  );
}

function expectNamedError(error, description) {
  if (!(error instanceof Error))
    throw new Error(`${description}: threw a non-Error ${String(error)}`);
  if (!ARGUMENT_NAMES.test(error.message) || error.message.length > 1200)
    throw new Error(
      `${description}: the message does not name the argument: ${error.message.slice(0, 300)}`,
    );
}

const label = ({ value }) =>
  typeof value === "string" ? value.slice(0, 20) : typeof value;

// One random call: [description, hostile call, plain call or null when it must be an Error].
function randomCall() {
  const name = id();
  const fn =
    core.functions.find((f) => f.id === name.value) ?? core.functions[0];
  const method = pick(["evaluate", "derivative", "curve"]);
  if (method === "curve") {
    const options = curveOptions(fn);
    const malformed = name.malformed || options.malformed;
    return [
      `curve(${label(name)}, …)`,
      () => core.curve(name.value, options.value),
      malformed ? null : () => core.curve(name.value, options.plain),
      options.mayThrow,
    ];
  }
  const input = xs();
  const parameters = params(fn);
  const malformed = name.malformed || input.malformed || parameters.malformed;
  return [
    `${method}(${label(name)}, ${describe(input.value)}[${input.plain?.length}], …)`,
    () => core[method](name.value, input.value, parameters.value),
    malformed
      ? null
      : () => core[method](name.value, input.plain, parameters.plain),
    input.mayThrow || parameters.mayThrow,
  ];
}

function expectStillComputing() {
  const ys = core.evaluate("leaky_relu", [-2, 3], { alpha: 0.5 });
  if (ys[0] !== -1 || ys[1] !== 3)
    throw new Error(
      `the instance computes ${ys} for leaky_relu(alpha=0.5) at [-2, 3]`,
    );
}

test(`${CALLS} random calls (seed ${SEED}): the plain arguments' result or an Error naming the argument`, () => {
  const memoryBefore = core.memoryBytes;
  let succeeded = 0;
  for (let i = 0; i < CALLS; i++) {
    const [description, hostile, plain, getterMayThrow] = randomCall();
    const got = outcome(hostile);
    const context = `call ${i} (seed ${SEED}) ${description}`;
    if (!plain) {
      if (!got.error)
        throw new Error(`${context}: malformed input returned a result`);
      expectNamedError(got.error, context);
    } else if (got.error?.message.includes("from a getter") && getterMayThrow) {
      expectNamedError(got.error, context);
    } else {
      const expected = outcome(plain);
      if (expected.error) {
        expectNamedError(expected.error, `${context} (plain)`);
        if (got.error?.message !== expected.error.message)
          throw new Error(
            `${context}: ${got.error?.message ?? "a result"} instead of ${expected.error.message}`,
          );
      } else {
        if (got.error)
          throw new Error(
            `${context}: ${got.error.message}, but the plain call succeeds`,
          );
        if (!sameResult(got.result, expected.result))
          throw new Error(`${context}: a result other than the plain call's`);
        succeeded++;
      }
    }
    expectStillComputing();
  }
  expect(succeeded).toBeGreaterThan(CALLS / 10);
  // Chunks of at most 2^16 values: the heap never needs to grow for these inputs.
  expect(core.memoryBytes).toBe(memoryBefore);
}, 120_000);
