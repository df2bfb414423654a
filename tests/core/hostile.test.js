// Inputs whose reading runs user code: element and option getters, Proxies, typed array
// subclasses that lie, detached buffers. The core reads each input once, before it touches the
// heap: the result is always this call's own, a rejected call leaves the heap as it was, and the
// instance keeps working.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

function expectStillWorking() {
  expect(Array.from(core.evaluate("relu", [-1, 2]))).toEqual([0, 2]);
  expect(
    Array.from(core.derivative("leaky_relu", [-1], { alpha: 0.5 })),
  ).toEqual([0.5]);
  expect(
    Array.from(core.curve("tanh", { xMin: -1, xMax: 1, points: 3 }).x),
  ).toEqual([-1, 0, 1]);
}

afterEach(expectStillWorking);

// A call of the core made from inside another call's getter, with data of its own.
function innerCall() {
  core.evaluate("relu", [7, 8, 9, 10, 11, 12]);
  core.evaluate("leaky_relu", [1], { alpha: 3 });
}

describe("re-entrant calls from getters get their own data", () => {
  test("an array element getter", () => {
    const xs = [-1, 0, 1, 2];
    Object.defineProperty(xs, 1, {
      get() {
        innerCall();
        return -2;
      },
    });
    expect(Array.from(core.evaluate("leaky_relu", xs, { alpha: 0.5 }))).toEqual(
      [-0.5, -1, 1, 2],
    );
  });

  test("a Proxy of an array whose get trap calls the core", () => {
    const xs = new Proxy([-4, -2, 3], {
      get(target, key) {
        innerCall();
        return target[key];
      },
    });
    expect(
      Array.from(core.derivative("leaky_relu", xs, { alpha: 0.5 })),
    ).toEqual([0.5, 0.5, 1]);
  });

  test.each(["xMin", "xMax", "points"])("a curve option getter: %s", (key) => {
    const options = { xMin: -1, xMax: 1, points: 3, params: { alpha: 0.5 } };
    const value = options[key];
    Object.defineProperty(options, key, {
      enumerable: true,
      get() {
        innerCall();
        return value;
      },
    });
    const { x, y, dy } = core.curve("leaky_relu", options);
    expect(Array.from(x)).toEqual([-1, 0, 1]);
    expect(Array.from(y)).toEqual([-0.5, 0, 1]);
    expect(Array.from(dy)).toEqual([0.5, 0.5, 1]);
  });

  test("a params getter, for evaluate and curve", () => {
    const params = {
      get alpha() {
        innerCall();
        return 0.5;
      },
    };
    expect(Array.from(core.evaluate("leaky_relu", [-2, 2], params))).toEqual([
      -1, 2,
    ]);
    const { y } = core.curve("leaky_relu", {
      xMin: -2,
      xMax: 2,
      points: 2,
      params,
    });
    expect(Array.from(y)).toEqual([-1, 0, 2]); // x: -2, the kink 0, 2
  });

  test("a params Proxy whose traps call the core", () => {
    const params = new Proxy(
      { alpha: 0.5 },
      {
        ownKeys(target) {
          innerCall();
          return Reflect.ownKeys(target);
        },
        get(target, key) {
          innerCall();
          return target[key];
        },
      },
    );
    expect(Array.from(core.evaluate("leaky_relu", [-2], params))).toEqual([-1]);
  });
});

describe("typed arrays are read by their real contents", () => {
  // Stale data in the heap that a wrong length would pick up.
  beforeEach(() => core.evaluate("relu", [11, 12, 13, 14, 15, 16]));

  test("a subclass whose length says 6 but holds 2", () => {
    class Liar extends Float64Array {
      get length() {
        return 6;
      }
    }
    const ys = core.evaluate("relu", new Liar([1, 2]));
    expect(ys).toBeInstanceOf(Float64Array);
    expect(Array.from(ys)).toEqual([1, 2]);
  });

  test("a subclass overriding subarray, set, iteration and its constructor", () => {
    class Hostile extends Float32Array {
      static get [Symbol.species]() {
        throw new Error("species read");
      }
      get length() {
        return 1;
      }
      subarray() {
        return new Float32Array([99, 99, 99]);
      }
      set() {
        throw new Error("set called");
      }
      *[Symbol.iterator]() {
        yield 99;
      }
    }
    const ys = core.evaluate("relu", new Hostile([-1, 2, 3]));
    expect(ys.constructor).toBe(Float32Array);
    expect(Array.from(ys)).toEqual([0, 2, 3]);
  });

  test("an own length property on a Float64Array", () => {
    const xs = new Float64Array([3, -3]);
    Object.defineProperty(xs, "length", { value: 100 });
    expect(Array.from(core.evaluate("relu", xs))).toEqual([3, 0]);
  });

  test("a view into part of a buffer", () => {
    const buffer = new Float64Array([5, -1, 2, 7]).buffer;
    const xs = new Float64Array(buffer, 8, 2);
    expect(Array.from(core.evaluate("relu", xs))).toEqual([0, 2]);
  });

  test("a detached buffer is an error, not an empty result", () => {
    const xs = new Float64Array([1, 2]);
    structuredClone(xs.buffer, { transfer: [xs.buffer] });
    expect(() => core.evaluate("relu", xs)).toThrow(
      "xs must be a Float64Array, a Float32Array or an array of numbers, got a Float64Array whose buffer is detached or out of bounds",
    );
  });

  test("a Proxy of a typed array is not a typed array", () => {
    const xs = new Proxy(new Float64Array([1]), {});
    expect(() => core.evaluate("relu", xs)).toThrow(
      /^xs must be a Float64Array, a Float32Array or an array of numbers/,
    );
  });
});

describe("a call rejected while its input is read leaves the heap as it was", () => {
  const rejected = [
    [
      "an array element getter that throws",
      () => {
        const xs = [1, 2];
        Object.defineProperty(xs, 1, {
          get() {
            throw new Error("from the getter");
          },
        });
        core.evaluate("relu", xs);
      },
      "from the getter",
    ],
    [
      "a params getter that throws",
      () =>
        core.evaluate("elu", [1], {
          get alpha() {
            throw new Error("from params");
          },
        }),
      "from params",
    ],
    [
      "a curve option getter that throws",
      () =>
        core.curve("relu", {
          xMin: 0,
          xMax: 1,
          get points() {
            throw new Error("from options");
          },
        }),
      "from options",
    ],
    [
      "a Proxy of an array with a lying length",
      () => core.evaluate("relu", new Proxy([1], { get: () => 1e9 })),
      "xs has 1000000000 elements; at most 16777216 fit in one call",
    ],
    [
      "a Proxy of an array whose length is not a count",
      () => core.evaluate("relu", new Proxy([1], { get: () => -1 })),
      "xs must be a Float64Array, a Float32Array or an array of numbers, got an array whose length is number -1",
    ],
    [
      "120 million empty slots",
      () => core.evaluate("relu", new Array(1.2e8)),
      "xs has 120000000 elements; at most 16777216 fit in one call",
    ],
    [
      "an empty slot among numbers",
      () => core.evaluate("relu", [1, , 3]), // eslint-disable-line no-sparse-arrays
      "xs[1] must be a number, got undefined",
    ],
  ];

  test.each(rejected)("%s", (_, call, message) => {
    const before = core.memoryBytes;
    expect(call).toThrow(message);
    expect(core.memoryBytes).toBe(before);
  });
});
