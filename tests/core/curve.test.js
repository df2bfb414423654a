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
  const xMin = Math.min(...fn.kinks) - 1.3;
  const xMax = Math.max(...fn.kinks) + 1.7;
  const { x } = core.curve(id, { xMin, xMax, points: 50 });
  expectStrictlyIncreasing(x);
  for (const kink of fn.kinks) expect(x).toContain(kink);
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
