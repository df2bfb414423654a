// Errors for hostile arguments name the argument and what was expected, quote user text
// shortened, use the name the caller used, and keep the caller's own exception as `cause`.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

function thrown(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

const revoked = (target) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

test.each([
  [
    "an id without a prototype",
    () => core.evaluate(Object.create(null), [1]),
    /^id must be a function id \(a string such as 'relu'\), got an object with no prototype; valid ids: 'relu'/,
  ],
  [
    "an object as id",
    () => core.evaluate({}, [1]),
    /^id must be a function id \(a string such as 'relu'\), got Object;/,
  ],
  [
    "an id whose toString throws",
    () =>
      core.evaluate(
        {
          toString() {
            throw new Error("no");
          },
        },
        [1],
      ),
    /^id must be a function id .*got Object;/,
  ],
  [
    "a symbol as id",
    () => core.derivative(Symbol("relu"), [1]),
    /^id must be a function id .*got symbol;/,
  ],
  [
    "a revoked Proxy as xs",
    () => core.evaluate("relu", revoked([1])),
    /^xs could not be read: .*revoked/,
  ],
  [
    "a revoked Proxy as params",
    () => core.evaluate("elu", [1], revoked({})),
    /^elu: params could not be read: .*revoked/,
  ],
  [
    "a revoked Proxy as curve options",
    () => core.curve("relu", revoked({})),
    /^curve options could not be read: .*revoked/,
  ],
  [
    "points just above the limit",
    () => core.curve("relu", { xMin: 0, xMax: 1, points: 10000001 }),
    "points must be an integer from 2 to 10000000, got 10000001",
  ],
  [
    "NaN given by an alias",
    () => core.evaluate("leaky_relu", [1], { alpha: NaN }),
    "leaky_relu: parameter 'alpha' (negative_slope) must be a finite number, got NaN",
  ],
  [
    "a string given by an alias",
    () =>
      core.curve("leaky_relu", {
        xMin: 0,
        xMax: 1,
        points: 2,
        params: { alpha: "1" },
      }),
    "leaky_relu: parameter 'alpha' (negative_slope) must be a number, got string '1'",
  ],
])("%s", (_, call, message) => {
  expect(thrown(call).message).toMatch(message);
});

test("a 1 MB id is quoted shortened", () => {
  const { message } = thrown(() => core.evaluate("x".repeat(2 ** 20), [1]));
  expect(message).toMatch(
    /^unknown function 'x{40}… \(1048576 characters\)'; valid ids: 'relu'/,
  );
  expect(message.length).toBeLessThan(1000);
});

test("a 1 MB parameter name is quoted shortened", () => {
  const { message } = thrown(() =>
    core.evaluate("elu", [1], { ["a".repeat(2 ** 20)]: 1 }),
  );
  expect(message).toMatch(
    /^elu: unknown parameter 'a{40}… \(1048576 characters\)'/,
  );
  expect(message.length).toBeLessThan(1000);
});

describe("the caller's own exceptions say which argument was being read", () => {
  const boom = new Error("boom");
  const throwing = {
    get() {
      throw boom;
    },
  };
  test.each([
    [
      "an element getter",
      () => core.evaluate("relu", Object.defineProperty([1, 2], 1, throwing)),
      "xs[1] could not be read: boom",
    ],
    [
      "a length getter",
      () =>
        core.evaluate(
          "relu",
          new Proxy([1], {
            get: (target, key) =>
              key === "length" ? throwing.get() : target[key],
          }),
        ),
      "xs.length could not be read: boom",
    ],
    [
      "a parameter getter",
      () =>
        core.evaluate(
          "elu",
          [1],
          Object.defineProperty({}, "alpha", { ...throwing, enumerable: true }),
        ),
      "elu: parameter 'alpha' could not be read: boom",
    ],
    [
      "a curve option getter",
      () =>
        core.curve("relu", {
          xMin: 0,
          xMax: 1,
          get points() {
            throw boom;
          },
        }),
      "curve option 'points' could not be read: boom",
    ],
  ])("%s", (_, call, message) => {
    const error = thrown(call);
    expect(error.message).toBe(message);
    expect(error.cause).toBe(boom);
  });

  test("a thrown non-Error is described", () => {
    const xs = Object.defineProperty([1], 0, {
      get() {
        throw 42;
      },
    });
    const error = thrown(() => core.evaluate("relu", xs));
    expect(error.message).toBe("xs[0] could not be read: it threw number 42");
    expect(error.cause).toBe(42);
  });
});

test("a shared buffer is copied in and computed right", () => {
  const xs = new Float64Array(new SharedArrayBuffer(24));
  xs.set([-1, 0, 2]);
  expect(Array.from(core.evaluate("relu", xs))).toEqual([0, 0, 2]);
});
