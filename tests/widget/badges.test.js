// The property badges and the screen-reader description use core.properties for the current
// parameters (issue 7); shown range ends are exact where short and rounded outward otherwise.
import { loadCore } from "../../web/core/index.js";
import {
  propertyLabels,
  rangeEndText,
  rangeText,
} from "../../web/widget/view/view.badges.js";
import { describePlot } from "../../web/widget/view/view.description.js";

const core = await loadCore();
const shown = (id, params) => rangeText(core.properties(id, params).range);
const labels = (id, params) =>
  propertyLabels(core.properties(id, params)).map(([, text]) => text);

test.each([
  ["hardshrink", {}, "(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)"],
  ["silu", {}, "[−0.2785, ∞)"],
  ["gelu", { approximate: "tanh" }, "[−0.1701, ∞)"],
  ["gelu", {}, "[−0.17, ∞)"],
  ["mish", {}, "[−0.3089, ∞)"],
  ["selu", {}, "(−1.759, ∞)"],
  ["swish", { beta: 2 }, "[−0.1393, ∞)"],
  ["swish", { beta: -2 }, "(−∞, 0.1393]"],
  ["hardswish", {}, "[−0.375, ∞)"],
  ["elu", { alpha: -0.5 }, "[0, ∞)"],
  ["elu", { alpha: 0.3 }, "(−0.3, ∞)"],
  ["heaviside", { values: 0.5 }, "{0, 0.5, 1}"],
  ["heaviside", { values: 1 / 3 }, "{0, 0.3333333333333333, 1}"],
  ["threshold", { threshold: 1, value: -1 }, "{−1} ∪ (1, ∞)"],
  ["relu6", {}, "[0, 6]"],
  ["sigmoid", {}, "(0, 1)"],
  ["hardtanh", { min_val: 0.5, max_val: 0.5 }, "{0.5}"],
])("%s %j shows range %s", (id, params, text) => {
  expect(shown(id, params)).toBe(text);
});

test("shown ends never leave out a value: minima round down, maxima up", () => {
  const read = (text) =>
    Number(text.replaceAll("−", "-").replace("∞", "Infinity"));
  for (const value of [
    -0.2784645427610738,
    0.2784645427610738,
    -1.7580993408473766,
    123456.789,
    -1e-7 / 3,
    0.1,
    -6,
    0,
  ]) {
    expect(read(rangeEndText(value, "min"))).toBeLessThanOrEqual(value);
    expect(read(rangeEndText(value, "max"))).toBeGreaterThanOrEqual(value);
  }
  for (const fn of core.functions) {
    for (const { min, max } of fn.properties.range) {
      expect(read(rangeEndText(min, "min"))).toBeLessThanOrEqual(min);
      expect(read(rangeEndText(max, "max"))).toBeGreaterThanOrEqual(max);
    }
    expect(rangeText(fn.properties.range)).not.toMatch(/−−|-/);
  }
});

test("badges follow the parameters", () => {
  expect(labels("leaky_relu", { negative_slope: -0.5 })).toContain(
    "not monotonic",
  );
  expect(labels("leaky_relu", {})).toContain("increasing");
  expect(labels("threshold", { value: 2 })).toContain("not monotonic");
  expect(labels("softplus", { beta: 5, threshold: 1 })).toEqual([
    "not monotonic",
    "discontinuous",
    "not zero-centred",
    "bounded below",
  ]);
  expect(labels("tanh", {})).toEqual([
    "increasing",
    "smooth",
    "zero-centred",
    "bounded",
  ]);
});

test("the description says what the properties say, for the current parameters", () => {
  const fn = core.functions.find(({ id }) => id === "leaky_relu");
  const params = { negative_slope: -0.5 };
  const { x, y } = core.curve("leaky_relu", {
    xMin: -2,
    xMax: 2,
    points: 10,
    params,
  });
  const text = describePlot(
    core,
    { title: "Leaky ReLU", xMin: -2, xMax: 2, derivative: false },
    [{ fn, params, x, y, dy: null }],
    null,
  );
  expect(text).toContain("its range is [0, ∞); not monotonic, not smooth");
  expect(text).not.toMatch(/(?<!not )monotonic/);
});
