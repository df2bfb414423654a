// The catalogue as JavaScript receives it from C++.
import { readFileSync } from "node:fs";
import { loadCore } from "../../web/core/index.js";

const { functions } = await loadCore();

function idsInSemanticsTable() {
  const text = readFileSync(
    new URL("../../docs/semantics.md", import.meta.url),
    "utf8",
  );
  return [...text.matchAll(/^\| ([a-z0-9_]+) \|/gm)]
    .map((match) => match[1])
    .filter((id) => id !== "id");
}

test("ids are unique and match docs/semantics.md", () => {
  const ids = functions.map(({ id }) => id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(idsInSemanticsTable().sort());
});

test("the catalogue cannot be modified", () => {
  expect(Object.isFrozen(functions)).toBe(true);
  expect(Object.isFrozen(functions[0].properties)).toBe(true);
  expect(() => {
    functions[0].id = "changed";
  }).toThrow(TypeError);
});

describe.each(functions)("$id", (fn) => {
  test("has a name, formula and properties", () => {
    expect(fn.name).toEqual(expect.any(String));
    expect(fn.name.length).toBeGreaterThan(0);
    expect(fn.formula).toEqual(expect.any(String));
    // The properties at the defaults, as core.properties gives them (tests/core/properties.test.js).
    expect(fn.properties).toEqual({
      range: expect.any(Array),
      monotonic: expect.anything(),
      continuous: expect.any(Boolean),
      smooth: expect.any(Boolean),
      zeroCentred: expect.any(Boolean),
      bounded: { below: expect.any(Boolean), above: expect.any(Boolean) },
    });
    expect(fn.properties.range.length).toBeGreaterThan(0);
  });

  test("kinks at the defaults are finite, increasing, with their kind", () => {
    expect(Array.isArray(fn.kinks)).toBe(true);
    fn.kinks.forEach((kink, i) => {
      expect(kink).toEqual({
        x: expect.any(Number),
        valueJump: expect.any(Boolean),
        derivativeJump: expect.any(Boolean),
      });
      expect(Number.isFinite(kink.x)).toBe(true);
      if (i > 0) expect(kink.x).toBeGreaterThan(fn.kinks[i - 1].x);
    });
  });
});

const allParameters = functions.flatMap((fn) =>
  fn.parameters.map((parameter) => [fn.id, parameter.name, parameter]),
);

test.each(allParameters)(
  "%s parameter %s is well formed",
  (id, name, parameter) => {
    expect(parameter.aliases).toEqual(expect.any(Array));
    expect(parameter.choices).toEqual(expect.any(Array));
    if (parameter.choices.length) {
      expect(parameter.choices).toContain(parameter.default);
      expect(parameter).not.toHaveProperty("slider");
      return;
    }
    const { slider, domain } = parameter;
    expect(slider.min).toBeLessThan(slider.max);
    expect(slider.step).toBeGreaterThan(0);
    expect(parameter.default).toBeGreaterThanOrEqual(slider.min);
    expect(parameter.default).toBeLessThanOrEqual(slider.max);
    expect(parameter.default).toBeGreaterThanOrEqual(domain.min);
    expect(parameter.default).toBeLessThanOrEqual(domain.max);
    expect(domain.nonZero).toEqual(expect.any(Boolean));
    if (domain.nonZero) expect(parameter.default).not.toBe(0);
  },
);

test("unbounded domains are ±Infinity, bounded ones their bound", () => {
  const lambd = functions
    .find(({ id }) => id === "softshrink")
    .parameters.find(({ name }) => name === "lambd");
  expect(lambd.domain).toEqual({ min: 0, max: Infinity, nonZero: false });
  const alpha = functions.find(({ id }) => id === "celu").parameters[0];
  expect(alpha.domain).toEqual({
    min: -Infinity,
    max: Infinity,
    nonZero: true,
  });
});

test("aliases and choices come from the catalogue", () => {
  const leaky = functions.find(({ id }) => id === "leaky_relu");
  expect(leaky.parameters).toEqual([
    expect.objectContaining({
      name: "negative_slope",
      default: 0.01,
      aliases: ["alpha"],
    }),
  ]);
  const gelu = functions.find(({ id }) => id === "gelu");
  expect(gelu.parameters).toEqual([
    expect.objectContaining({
      name: "approximate",
      default: "none",
      choices: ["none", "tanh"],
    }),
  ]);
});

test("defaults survive the trip through JSON exactly", () => {
  const rrelu = functions.find(({ id }) => id === "rrelu");
  expect(rrelu.parameters.map((p) => p.default)).toEqual([1 / 8, 1 / 3]);
});

test("kinks at the defaults: where f jumps, where f' jumps, where neither does", () => {
  const kinds = Object.fromEntries(
    functions
      .filter(({ kinks }) => kinks.length)
      .map(({ id, kinks }) => [
        id,
        kinks.map(
          ({ x, valueJump, derivativeJump }) =>
            `${x}:${valueJump ? "f" : ""}${derivativeJump ? "f'" : ""}`,
        ),
      ]),
  );
  expect(kinds).toEqual({
    relu: ["0:f'"],
    leaky_relu: ["0:f'"],
    prelu: ["0:f'"],
    rrelu: ["0:f'"],
    elu: ["0:"], // alpha = 1: f' is continuous, f'' is not
    celu: ["0:"],
    selu: ["0:f'"],
    softplus: ["20:ff'"],
    hardtanh: ["-1:f'", "1:f'"],
    relu6: ["0:f'", "6:f'"],
    hardsigmoid: ["-3:f'", "3:f'"],
    hardswish: ["-3:f'", "3:f'"],
    softsign: ["0:"],
    softshrink: ["-0.5:f'", "0.5:f'"],
    hardshrink: ["-0.5:ff'", "0.5:ff'"],
    threshold: ["1:ff'"],
    heaviside: ["0:f"],
  });
});
