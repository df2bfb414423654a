// Float32Array in, Float32Array out: computed in double and rounded once to float.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

const xs = Float32Array.from({ length: 2001 }, (_, i) => -20 + i * 0.02);
xs[0] = -Infinity;
xs[1] = NaN;
xs[2] = -0;
xs[3] = 3.4028234663852886e38;
xs[4] = 1e-45;

function expectSameFloats(actual, expected) {
  for (let i = 0; i < expected.length; i++) {
    if (
      !Object.is(actual[i], expected[i]) &&
      !(actual[i] === 0 && expected[i] === 0)
    ) {
      throw new Error(`at x = ${xs[i]}: ${actual[i]}, expected ${expected[i]}`);
    }
  }
}

describe.each(core.functions.map(({ id }) => [id]))("%s", (id) => {
  test.each([
    ["evaluate", core.evaluate],
    ["derivative", core.derivative],
  ])("%s is the float64 result rounded to float32", (_, compute) => {
    const actual = compute(id, xs);
    expect(actual).toBeInstanceOf(Float32Array);
    expect(actual.length).toBe(xs.length);
    expectSameFloats(
      actual,
      Float32Array.from(compute(id, Float64Array.from(xs))),
    );
  });
});

test("plain arrays and Float64Arrays give Float64Arrays", () => {
  expect(core.evaluate("tanh", [0.5, 1])).toBeInstanceOf(Float64Array);
  expect(core.evaluate("tanh", new Float64Array([0.5]))).toBeInstanceOf(
    Float64Array,
  );
  expect(core.evaluate("tanh", [0.1])[0]).toBe(
    core.evaluate("tanh", new Float64Array([0.1]))[0],
  );
});

test("the input array is not modified and the output is a new array", () => {
  const input = new Float32Array([1, 2, 3]);
  const output = core.evaluate("relu", input);
  expect(output).not.toBe(input);
  expect(Array.from(input)).toEqual([1, 2, 3]);
});

test("empty arrays give empty arrays", () => {
  expect(core.evaluate("sigmoid", new Float32Array(0))).toEqual(
    new Float32Array(0),
  );
  expect(core.derivative("sigmoid", [])).toEqual(new Float64Array(0));
});
