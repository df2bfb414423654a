// Every kind of bad input is an Error that says what is wrong and what is allowed; the same
// instance keeps working afterwards.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

function expectStillWorking() {
  expect(Array.from(core.evaluate("relu", [-1, 2]))).toEqual([0, 2]);
  expect(
    Array.from(core.derivative("leaky_relu", [-1], { alpha: 0.5 })),
  ).toEqual([0.5]);
  expect(core.curve("tanh", { xMin: -1, xMax: 1, points: 3 }).x).toEqual(
    new Float64Array([-1, 0, 1]),
  );
}

const cases = [
  [
    "unknown id",
    () => core.evaluate("reLU", [1]),
    /^unknown function 'reLU'; valid ids: 'relu', 'leaky_relu', .*'sine'$/,
  ],
  [
    "id that is not a string",
    () => core.derivative(42, [1]),
    /^id must be a function id \(a string such as 'relu'\), got number 42; valid ids: 'relu'/,
  ],
  [
    "unknown parameter",
    () => core.evaluate("leaky_relu", [1], { slope: 0.1 }),
    "leaky_relu: unknown parameter 'slope'; valid parameters: 'negative_slope' (alias 'alpha')",
  ],
  [
    "parameter of a function without parameters",
    () => core.evaluate("relu", [1], { alpha: 1 }),
    "relu: unknown parameter 'alpha'; it takes no parameters",
  ],
  [
    "parameter and its alias both given",
    () => core.evaluate("leaky_relu", [1], { alpha: 0.1, negative_slope: 0.2 }),
    "leaky_relu: parameter 'negative_slope' given twice, as 'alpha' and 'negative_slope'; give one of them",
  ],
  [
    "NaN parameter",
    () => core.evaluate("elu", [1], { alpha: NaN }),
    "elu: parameter 'alpha' must be a finite number, got NaN",
  ],
  [
    "infinite parameter",
    () => core.derivative("swish", [1], { beta: Infinity }),
    "swish: parameter 'beta' must be a finite number, got Infinity",
  ],
  [
    "parameter outside its domain",
    () => core.evaluate("softshrink", [1], { lambd: -1 }),
    "softshrink: parameter 'lambd' must be a finite number >= 0, got -1",
  ],
  [
    "zero where zero is not allowed",
    () => core.evaluate("celu", [1], { alpha: 0 }),
    "celu: parameter 'alpha' must be a finite number, not 0, got 0",
  ],
  [
    "parameters breaking a cross-parameter rule",
    () =>
      core.curve("hardtanh", {
        xMin: -1,
        xMax: 1,
        points: 3,
        params: { min_val: 1, max_val: -1 },
      }),
    "hardtanh: min_val must be less than or equal to max_val",
  ],
  [
    "unknown choice",
    () => core.evaluate("gelu", [1], { approximate: "erf" }),
    "gelu: parameter 'approximate' must be one of 'none', 'tanh', got string 'erf'",
  ],
  [
    "choice index out of range",
    () => core.evaluate("gelu", [1], { approximate: 2 }),
    "gelu: parameter 'approximate' must be one of 'none', 'tanh', got 2",
  ],
  [
    "parameter that is not a number",
    () => core.evaluate("elu", [1], { alpha: "1" }),
    "elu: parameter 'alpha' must be a number, got string '1'",
  ],
  [
    "params that are not an object",
    () => core.evaluate("elu", [1], [1]),
    "elu: params must be an object of parameter values by name, got Array",
  ],
  [
    "input that is not an array",
    () => core.evaluate("relu", 3),
    "xs must be a Float64Array, a Float32Array or an array of numbers, got number 3",
  ],
  [
    "input of another typed array",
    () => core.evaluate("relu", new Int32Array(2)),
    "xs must be a Float64Array, a Float32Array or an array of numbers, got Int32Array",
  ],
  [
    "input with a non-numeric element",
    () => core.derivative("relu", [1, 2, null]),
    "xs[2] must be a number, got null",
  ],
  [
    "string element",
    () => core.evaluate("relu", ["1"]),
    "xs[0] must be a number, got string '1'",
  ],
  [
    "reversed range",
    () => core.curve("relu", { xMin: 1, xMax: -1, points: 10 }),
    "xMin must be less than xMax, got xMin = 1, xMax = -1",
  ],
  [
    "infinite range",
    () => core.curve("relu", { xMin: -Infinity, xMax: 1, points: 10 }),
    "xMin and xMax must be finite numbers, got xMin = -Infinity, xMax = 1",
  ],
  [
    "NaN bound",
    () => core.curve("relu", { xMin: NaN, xMax: 1, points: 10 }),
    "xMin and xMax must be finite numbers, got xMin = NaN, xMax = 1",
  ],
  [
    "too few points",
    () => core.curve("relu", { xMin: 0, xMax: 1, points: 1 }),
    "points must be an integer from 2 to 10000000, got 1",
  ],
  [
    "fractional points",
    () => core.curve("relu", { xMin: 0, xMax: 1, points: 10.5 }),
    "points must be an integer from 2 to 10000000, got 10.5",
  ],
  [
    "too many points",
    () => core.curve("relu", { xMin: 0, xMax: 1, points: 1e8 }),
    "points must be an integer from 2 to 10000000, got 100000000",
  ],
  [
    "missing range option",
    () => core.curve("relu", { xMin: 0, points: 10 }),
    "curve option 'xMax' must be a number, got undefined",
  ],
  [
    "unknown curve option",
    () => core.curve("relu", { xMin: 0, xMax: 1, points: 10, step: 1 }),
    "unknown curve option 'step'; valid options: 'xMin', 'xMax', 'points', 'params'",
  ],
  [
    "curve options that are not an object",
    () => core.curve("relu", [0, 1]),
    "curve options must be an object { xMin, xMax, points, params }, got Array",
  ],
];

test.each(cases)("%s", (_, call, message) => {
  expect(call).toThrow(Error);
  expect(call).toThrow(message);
  expectStillWorking();
});

test("undefined parameters take their defaults", () => {
  expect(core.evaluate("leaky_relu", [-1], { alpha: undefined })).toEqual(
    core.evaluate("leaky_relu", [-1]),
  );
});

test("alias and name give the same result", () => {
  expect(core.evaluate("leaky_relu", [-3], { alpha: 0.2 })).toEqual(
    core.evaluate("leaky_relu", [-3], { negative_slope: 0.2 }),
  );
  expect(core.evaluate("leaky_relu", [-3], { alpha: 0.2 })[0]).toBeCloseTo(
    -0.6,
    15,
  );
});

test("choices by name select the variant", () => {
  const exact = core.evaluate("gelu", [1], { approximate: "none" })[0];
  const tanh = core.evaluate("gelu", [1], { approximate: "tanh" })[0];
  expect(exact).toBeCloseTo(0.8413447460685429, 14);
  expect(tanh).toBeCloseTo(0.8411919906082768, 14);
  expect(core.evaluate("gelu", [1])[0]).toBe(exact);
});
