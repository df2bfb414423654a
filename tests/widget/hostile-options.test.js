// Hostile values for the widget's options (issue 8): decimal notation only, as HTML number
// inputs take it; repeated ids drawn once; JavaScript values that are not text, getters that
// throw and huge text get a message naming the option, never an engine error.
import { loadCore } from "../../web/core/index.js";
import { attributesToPatch } from "../../web/widget/options/options.attributes.js";
import {
  MAX_FUNCTIONS,
  parseOptions,
} from "../../web/widget/options/options.js";

const { functions: catalogue } = await loadCore();
const problemsOf = (entries) =>
  attributesToPatch(entries, catalogue).problems.map(({ message }) => message);

function parseError(input) {
  try {
    parseOptions(input, catalogue);
  } catch (error) {
    return error.message;
  }
  throw new Error("expected the options to be rejected");
}

test.each([
  ["x-min", "0x10"],
  ["x-max", "0b101"],
  ["points", "0b101"],
  ["points", "0o7"],
  ["x-min", "Infinity"],
  ["elu.alpha", "0x1"],
  ["x-min", "1_000"],
  ["x-min", "1e"],
])("%s=%j is not a decimal number", (name, value) => {
  expect(problemsOf([[name, value]])).toEqual([
    `${name}: "${value}" is not a number; expected a finite decimal number such as 0.1 or -2.5e-3`,
  ]);
});

test.each(["16", " -2.5 ", "+3", ".5", "5.", "1e3", "-2.5E-3"])(
  "%j is a decimal number",
  (value) => {
    const { patch, problems } = attributesToPatch(
      [["x-max", value]],
      catalogue,
    );
    expect(problems).toEqual([]);
    expect(patch.xMax).toBe(Number(value));
  },
);

test("an id repeated beyond the limit is drawn once", () => {
  const ids = Array(MAX_FUNCTIONS + 1)
    .fill("relu")
    .join(",");
  const { patch, problems } = attributesToPatch(
    [["functions", ids]],
    catalogue,
  );
  expect(problems).toEqual([]);
  expect(patch.functions).toEqual(["relu"]);
});

test("more different functions than the limit are counted as different", () => {
  const ids = catalogue.slice(0, MAX_FUNCTIONS + 1).map((fn) => fn.id);
  expect(problemsOf([["functions", [...ids, ids[0]].join(",")]])).toEqual([
    `functions: at most ${MAX_FUNCTIONS} different functions (got ${MAX_FUNCTIONS + 1})`,
  ]);
});

test.each([
  [
    "functions",
    Object.create(null),
    "functions: expected text, got an object with no prototype",
  ],
  ["functions", [Symbol("relu")], "functions: expected text, got symbol"],
  ["theme", {}, "theme: expected text, got Object"],
  [
    "heading",
    Object.create(null),
    "heading: expected text, got an object with no prototype",
  ],
  [
    "xMin",
    {},
    "x-min: Object is not a number; expected a finite decimal number such as 0.1 or -2.5e-3",
  ],
  ["params", "alpha=1", "params: expected an object, got string 'alpha=1'"],
])("%s given %p", (key, value, message) => {
  expect(parseError({ [key]: value })).toBe(message);
});

test("gelu's approximate given a non-string", () => {
  expect(
    parseError({ params: { "gelu.approximate": Object.create(null) } }),
  ).toBe("gelu.approximate: expected text, got an object with no prototype");
});

test("a getter that throws is named", () => {
  const options = {
    get xMin() {
      throw new Error("boom");
    },
  };
  expect(parseError(options)).toBe("options.xMin could not be read: boom");
  expect(
    parseError({
      params: {
        get alpha() {
          throw new Error("boom");
        },
      },
    }),
  ).toBe("params.alpha could not be read: boom");
});

test("huge text is quoted shortened", () => {
  const [message] = problemsOf([["x-min", "9".repeat(2 ** 20) + "x"]]);
  expect(message.length).toBeLessThan(300);
  expect(message).toContain("(1048577 characters)");
  expect(parseError({ ["z".repeat(2 ** 20)]: 1 }).length).toBeLessThan(300);
});

test.each([
  ["functions", "relu,".repeat(2 ** 18)],
  ["functions", "relu(" + "alpha=1,".repeat(2 ** 17)],
  ["functions", "(".repeat(2 ** 20)],
  ["elu.alpha", "1".repeat(2 ** 20) + "e"],
])("a 1 MB %s value is answered at once", (name, value) => {
  const started = performance.now();
  attributesToPatch([[name, value]], catalogue);
  expect(performance.now() - started).toBeLessThan(5000);
});
