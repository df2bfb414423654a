// curve(): sampling, kinks, and agreement with evaluate/derivative.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

function expectStrictlyIncreasing(xs) {
  for (let i = 1; i < xs.length; i++) {
    if (!(xs[i - 1] < xs[i]))
      throw new Error(`x[${i - 1}] = ${xs[i - 1]} >= x[${i}] = ${xs[i]}`);
  }
}

test("leaky_relu over [-2, 2] with 100 points contains x = 0 exactly", () => {
  const { x, y, dy } = core.curve("leaky_relu", {
    xMin: -2,
    xMax: 2,
    points: 100,
  });
  expect(x).toBeInstanceOf(Float64Array);
  expect(x.length).toBe(101);
  expect(x.indexOf(0)).toBeGreaterThan(0);
  expect([x[0], x[100]]).toEqual([-2, 2]);
  expectStrictlyIncreasing(x);
  const zero = x.indexOf(0);
  expect(y[zero]).toBe(0);
  expect(dy[zero]).toBe(0.01);
});

test.each(
  core.functions.filter(({ kinks }) => kinks.length).map((fn) => [fn.id, fn]),
)("%s: every kink at the defaults is sampled", (id, fn) => {
  const xs = fn.kinks.map((kink) => kink.x);
  const xMin = Math.min(...xs) - 1.3;
  const xMax = Math.max(...xs) + 1.7;
  const { x, jumps } = core.curve(id, { xMin, xMax, points: 50 });
  expectStrictlyIncreasing(x);
  for (const kink of fn.kinks) {
    expect(x).toContain(kink.x);
    const index = x.indexOf(kink.x);
    expect(jumps.y.some((jump) => jump.index === index)).toBe(kink.valueJump);
    expect(jumps.dy.some((jump) => jump.index === index)).toBe(
      kink.derivativeJump,
    );
  }
});

test("kinks follow the parameters", () => {
  const { x } = core.curve("hardtanh", {
    xMin: -3,
    xMax: 3,
    points: 10,
    params: { min_val: -0.3, max_val: 0.7 },
  });
  expect(x).toContain(-0.3);
  expect(x).toContain(0.7);
  expect(x.length).toBe(12);
});

test.each(core.functions.map(({ id }) => [id]))(
  "%s: y and dy are what evaluate and derivative give for x",
  (id) => {
    const { x, y, dy } = core.curve(id, {
      xMin: -7.5,
      xMax: 6.25,
      points: 333,
    });
    expect(y).toEqual(core.evaluate(id, x));
    expect(dy).toEqual(core.derivative(id, x));
  },
);

test("huge ranges stay finite with exact endpoints", () => {
  const { x } = core.curve("relu", {
    xMin: -Number.MAX_VALUE,
    xMax: Number.MAX_VALUE,
    points: 1001,
  });
  expect(x[0]).toBe(-Number.MAX_VALUE);
  expect(x[x.length - 1]).toBe(Number.MAX_VALUE);
  expect(x.every(Number.isFinite)).toBe(true);
  expectStrictlyIncreasing(x);
});

test("parameters are applied", () => {
  const { x, y } = core.curve("elu", {
    xMin: -50,
    xMax: 0,
    points: 2,
    params: { alpha: 2 },
  });
  expect(Array.from(x)).toEqual([-50, 0]);
  expect(y[0]).toBeCloseTo(-2, 12);
});

describe("jumps", () => {
  // The next double above or below x.
  function nextAfter(x, direction) {
    if (x === 0) return direction * Number.MIN_VALUE;
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] += x > 0 === direction > 0 ? 1n : -1n;
    return new Float64Array(bits.buffer)[0];
  }
  const ulp = (x) => nextAfter(Math.abs(x), 1) - Math.abs(x);

  test("heaviside with 10 points: a jump of f at 0, not a ramp", () => {
    const { x, y, dy, jumps } = core.curve("heaviside", {
      xMin: -1,
      xMax: 1,
      points: 10,
      params: { values: 0.5 },
    });
    expect(x.length).toBe(11);
    const index = x.indexOf(0);
    expect(index).toBe(5);
    expect(y[index]).toBe(0.5);
    expect(jumps).toEqual({
      y: [{ x: 0, index, left: 0, right: 1 }],
      dy: [],
    });
    expect(dy.every((d) => d === 0)).toBe(true);
  });

  test("relu: f' jumps from 0 to 1 and relu'(0) = 0", () => {
    const { x, dy, jumps } = core.curve("relu", {
      xMin: -1,
      xMax: 1,
      points: 4,
    });
    expect(jumps).toEqual({
      y: [],
      dy: [{ x: 0, index: 2, left: 0, right: 1 }],
    });
    expect([x[2], dy[2]]).toEqual([0, 0]);
  });

  test("hardshrink: both kinds at ±lambd, ordered by x; only kinks strictly inside", () => {
    const { jumps } = core.curve("hardshrink", {
      xMin: -1,
      xMax: 1,
      points: 3,
    });
    expect(jumps.y).toEqual([
      { x: -0.5, index: 1, left: -0.5, right: 0 },
      { x: 0.5, index: 3, left: 0, right: 0.5 },
    ]);
    expect(jumps.dy).toEqual([
      { x: -0.5, index: 1, left: 1, right: 0 },
      { x: 0.5, index: 3, left: 0, right: 1 },
    ]);
    const atEnd = core.curve("hardshrink", {
      xMin: -0.5,
      xMax: 0.5,
      points: 3,
    });
    expect(atEnd.jumps).toEqual({ y: [], dy: [] });
  });

  test("jumps vanish with the parameters that remove them", () => {
    const range = { xMin: -2, xMax: 2, points: 5 };
    const jumpsOf = (id, params) => core.curve(id, { ...range, params }).jumps;
    expect(jumpsOf("threshold", { threshold: 1, value: 1 }).y).toEqual([]);
    expect(jumpsOf("threshold", { threshold: 1, value: 1 }).dy).toHaveLength(1);
    expect(jumpsOf("elu", { alpha: 1 })).toEqual({ y: [], dy: [] });
    expect(jumpsOf("leaky_relu", { negative_slope: 1 })).toEqual({
      y: [],
      dy: [],
    });
    // x everywhere, but f'(0) = 0: f' is discontinuous at one point.
    expect(jumpsOf("softshrink", { lambd: 0 })).toEqual({
      y: [],
      dy: [{ x: 0, index: 2, left: 1, right: 1 }],
    });
    expect(jumpsOf("hardshrink", { lambd: 0 }).y).toEqual([]);
  });

  test("softplus: PyTorch's switch to x at threshold/beta is a tiny jump of f", () => {
    const { x, y, jumps } = core.curve("softplus", {
      xMin: 0,
      xMax: 30,
      points: 4,
    });
    const [jump] = jumps.y;
    expect(jump.x).toBe(20);
    expect(x[jump.index]).toBe(20);
    expect(jump.right).toBe(20);
    expect(jump.left - jump.right).toBeCloseTo(2.0611536e-9, 13); // ulp(20) = 3.6e-15
    expect(y[jump.index]).toBe(jump.left); // 20 takes the log branch
  });

  // Every function with kinks, at parameters where its kinks jump or do not.
  const cases = [
    ...core.functions.map((fn) => [fn.id, {}]),
    ["leaky_relu", { negative_slope: -0.5 }],
    ["elu", { alpha: 2.5 }],
    ["celu", { alpha: 0.3 }],
    ["softplus", { beta: 0.3, threshold: 2 }],
    ["softplus", { beta: -1, threshold: 3 }],
    ["hardtanh", { min_val: -0.3, max_val: 0.7 }],
    ["softshrink", { lambd: 1.2 }],
    ["hardshrink", { lambd: 1.2 }],
    ["threshold", { threshold: -0.5, value: 2 }],
    ["heaviside", { values: 1 }],
  ];

  test.each(cases)(
    "%s %p: limits are f and f' just beside each jump; the value is f(x0)",
    (id, params) => {
      const { x, y, dy, jumps } = core.curve(id, {
        xMin: -7,
        xMax: 7,
        points: 15,
        params,
      });
      for (const [key, kernel] of [
        ["y", "evaluate"],
        ["dy", "derivative"],
      ]) {
        const values = key === "y" ? y : dy;
        let previous = -Infinity;
        for (const jump of jumps[key]) {
          expect(jump.x).toBeGreaterThan(previous);
          previous = jump.x;
          expect(x[jump.index]).toBe(jump.x);
          const [below, at, above] = core[kernel](
            id,
            [nextAfter(jump.x, -1), jump.x, nextAfter(jump.x, 1)],
            params,
          );
          expect(values[jump.index]).toBe(at);
          const step = ulp(jump.x);
          // Slopes here are at most 2 (hardswish), f'' at most 1/0.3.
          expect(Math.abs(below - jump.left)).toBeLessThanOrEqual(
            4 * step + 4 * ulp(jump.left),
          );
          expect(Math.abs(above - jump.right)).toBeLessThanOrEqual(
            4 * step + 4 * ulp(jump.right),
          );
          expect(jump.left !== jump.right || at !== jump.left).toBe(true);
        }
      }
    },
  );
});
