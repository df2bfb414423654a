// Per-function parameters (issue 7): the call form in `functions`, scoped keys under their
// canonical names, the last value written winning whichever name it came under, the note on
// shared names, and a written form that reads back to the same plot.
import { loadCore } from "../../web/core/index.js";
import {
  attributesToPatch,
  optionsToAttributes,
} from "../../web/widget/options/options.attributes.js";
import { sharedParameterNotes } from "../../web/widget/options/options.notes.js";
import {
  DEFAULTS,
  OPTION_ATTRIBUTES,
  functionParameters,
  mergeOptions,
  parseOptions,
} from "../../web/widget/options/options.js";

const { functions: catalogue } = await loadCore();
const byId = (id) => catalogue.find((fn) => fn.id === id);
const initial = { ...DEFAULTS, params: {} };

// Options after each JavaScript patch in turn, as the update cycle merges them.
const afterUpdates = (...inputs) =>
  inputs.reduce(
    (options, input) =>
      mergeOptions(options, parseOptions(input, catalogue), catalogue),
    initial,
  );

function fromAttributes(entries) {
  const { patch, problems } = attributesToPatch(entries, catalogue);
  expect(problems).toEqual([]);
  return mergeOptions(initial, patch, catalogue);
}

const drawn = (options) =>
  Object.fromEntries(
    options.functions.map((id) => [
      id,
      functionParameters(byId(id), options.params),
    ]),
  );

describe("the call form in functions", () => {
  test.each([
    [
      "relu, leaky_relu(alpha=0.1), elu(alpha=2)",
      ["relu", "leaky_relu", "elu"],
      { "leaky_relu.negative_slope": 0.1, "elu.alpha": 2 },
    ],
    [
      "  leaky_relu ( negative_slope = -1.5e-2 ) ,\n gelu(approximate=tanh) ",
      ["leaky_relu", "gelu"],
      { "leaky_relu.negative_slope": -0.015, "gelu.approximate": "tanh" },
    ],
    [
      "hardtanh(min_val=+.5, max_val=2E1), elu(), relu,,",
      ["hardtanh", "elu", "relu"],
      { "hardtanh.min_val": 0.5, "hardtanh.max_val": 20 },
    ],
    ["relu,elu", ["relu", "elu"], undefined],
  ])("%j", (text, functions, params) => {
    expect(parseOptions({ functions: text }, catalogue)).toEqual({
      functions,
      ...(params && { params }),
    });
    expect(attributesToPatch([["functions", text]], catalogue)).toEqual({
      patch: { functions, ...(params && { params }) },
      problems: [],
    });
  });

  test("a changed functions attribute takes back what its previous calls set", () => {
    const changed = (value, previous) =>
      attributesToPatch([["functions", value, previous]], catalogue).patch;
    expect(changed("relu, elu", "relu, elu(alpha=2)")).toEqual({
      functions: ["relu", "elu"],
      params: { "elu.alpha": null },
    });
    expect(
      changed("elu(alpha=3)", "elu(alpha=2), gelu(approximate=tanh)"),
    ).toEqual({
      functions: ["elu"],
      params: { "elu.alpha": 3, "gelu.approximate": null },
    });
    expect(changed(null, "elu(alpha=2)")).toEqual({
      functions: DEFAULTS.functions,
      params: { "elu.alpha": null },
    });
    expect(changed("elu", "elu(alpha=")).toEqual({ functions: ["elu"] });
  });

  test("arrays of calls, and calls beside params in one update", () => {
    expect(
      afterUpdates({
        params: { "elu.alpha": 3, beta: 2 },
        functions: ["relu", "elu(alpha=2)", "swish"],
      }),
    ).toMatchObject({
      functions: ["relu", "elu", "swish"],
      params: { "elu.alpha": 2, beta: 2 },
    });
  });

  test.each([
    [
      "leaky_relu(beta=1)",
      'functions: leaky_relu has no parameter "beta"; leaky_relu takes negative_slope (alias alpha)',
    ],
    [
      "relu, hardtanh(lambd=1)",
      'functions: hardtanh has no parameter "lambd"; hardtanh takes min_val, max_val',
    ],
    [
      "relu(alpha=1)",
      'functions: relu has no parameter "alpha"; relu takes none',
    ],
    [
      "elu(alpha=abc)",
      'functions: elu(alpha=…): "abc" is not a number; expected a finite decimal number such as 0.1 or -2.5e-3',
    ],
    [
      "elu(alpha=1e9)",
      'functions: elu(alpha=…): "1e9" is too large to draw; expected a number from -1e6 to 1e6',
    ],
    [
      "gelu(approximate=fast)",
      'functions: gelu(approximate=…): expected one of none, tanh (got "fast")',
    ],
    [
      "leaky_relu(alpha=0.1",
      'functions: the text ends at character 21 of "leaky_relu(alpha=0.1"; expected ")" to close leaky_relu(',
    ],
    [
      "elu(",
      'functions: the text ends at character 5 of "elu("; expected ")" to close elu(',
    ],
    [
      "relu)",
      'functions: unexpected ")" at character 5 of "relu)"; expected "," or "(" after relu',
    ],
    [
      "relu, <img>",
      'functions: unexpected "<" at character 7 of "relu, <img>"; expected a function id such as relu',
    ],
    [
      "elu(alpha)",
      'functions: unexpected ")" at character 10 of "elu(alpha)"; expected "=" after alpha',
    ],
    [
      "elu(alpha=1 beta=2)",
      'functions: unexpected "b" at character 13 of "elu(alpha=1 beta=2)"; expected "," or ")"',
    ],
    [
      "leaky_relu(alpha=0.1, negative_slope=0.2)",
      "functions: leaky_relu's negative_slope is given twice (as negative_slope the second time)",
    ],
    [
      "elu(alpha=1), elu(alpha=2)",
      "functions: elu's alpha is given twice (as alpha the second time)",
    ],
    [
      "nope(alpha=1)",
      expect.stringMatching(
        /^functions: unknown function "nope"; allowed: relu, leaky_relu, /,
      ),
    ],
    [
      " , ",
      "functions: expected one or more function ids separated by commas, e.g. relu,leaky_relu",
    ],
  ])("%j is refused", (text, message) => {
    expect(() => parseOptions({ functions: text }, catalogue)).toThrow(
      expect.objectContaining({ attribute: "functions", message }),
    );
    const { patch, problems } = attributesToPatch(
      [["functions", text]],
      catalogue,
    );
    expect([patch, problems.map((problem) => problem.message)]).toEqual([
      {},
      [message],
    ]);
  });
});

describe("canonical keys: the last value written wins, whatever its name", () => {
  test("alpha, then negative_slope, then alpha sets Leaky ReLU's slope to the last", () => {
    const options = afterUpdates(
      { params: { alpha: 0.1 } },
      { params: { negative_slope: 0.2 } },
      { params: { alpha: 0.3 } },
    );
    expect(options.params).toEqual({ alpha: 0.3 });
    expect(drawn(options)).toEqual({ leaky_relu: { negative_slope: 0.3 } });
  });

  test("scoped aliases are stored under the parameter's name", () => {
    const options = afterUpdates(
      { params: { "leaky_relu.alpha": 0.1 } },
      { "leaky_relu.negative_slope": 0.2 },
      { params: { "leaky_relu.alpha": 0.3 } },
    );
    expect(options.params).toEqual({ "leaky_relu.negative_slope": 0.3 });
    expect(fromAttributes([["leaky_relu.alpha", "0.4"]]).params).toEqual({
      "leaky_relu.negative_slope": 0.4,
    });
  });

  test("a shared name still sets every listed function that has it", () => {
    expect(
      drawn(afterUpdates({ functions: "relu,leaky_relu,elu", alpha: 0.1 })),
    ).toEqual({
      relu: {},
      leaky_relu: { negative_slope: 0.1 },
      elu: { alpha: 0.1 },
    });
  });

  test("within one change, a function's own value beats the shared one in any order", () => {
    for (const entries of [
      [
        ["elu.alpha", "2"],
        ["alpha", "0.1"],
      ],
      [
        ["alpha", "0.1"],
        ["elu.alpha", "2"],
      ],
    ])
      expect(
        drawn(fromAttributes([["functions", "leaky_relu,elu"], ...entries])),
      ).toEqual({ leaky_relu: { negative_slope: 0.1 }, elu: { alpha: 2 } });
  });

  test("a later shared value replaces earlier per-function ones; removing it returns to defaults", () => {
    const later = afterUpdates(
      { functions: "leaky_relu(alpha=0.2), elu(alpha=2)" },
      { params: { alpha: 0.5 } },
    );
    expect(later.params).toEqual({ alpha: 0.5 });
    expect(drawn(afterUpdates(later, { params: { alpha: null } }))).toEqual({
      leaky_relu: { negative_slope: 0.01 },
      elu: { alpha: 1 },
    });
  });
});

describe("the written form", () => {
  test("parameters are written per function, under their names", () => {
    const options = afterUpdates({
      functions: "relu,leaky_relu,elu",
      params: { alpha: 0.1, "elu.alpha": 1 },
      derivative: true,
    });
    expect(optionsToAttributes(options, catalogue)).toEqual([
      ["functions", "relu,leaky_relu,elu"],
      ["derivative", ""],
      ["leaky_relu.negative_slope", "0.1"],
      ["elu.alpha", "1"],
    ]);
  });

  test.each([
    [{ functions: "elu(alpha=0.5)", xMin: -3 }],
    [{ functions: "relu, leaky_relu(alpha=1e-3), gelu(approximate=tanh)" }],
    [{ params: { "gelu.approximate": "tanh", "leaky_relu.alpha": 0.2 } }],
    [{ functions: "relu,leaky_relu,elu", alpha: 0.1, beta: 3 }],
    [{ functions: "leaky_relu,elu,celu", negative_slope: 0.2, alpha: -2 }],
  ])("reads back to the same plot: %j", (input) => {
    const options = afterUpdates(input);
    const written = optionsToAttributes(options, catalogue);
    expect(
      written.filter(
        ([name]) => !(name in OPTION_ATTRIBUTES) && !name.includes("."),
      ),
    ).toEqual([]);
    const read = fromAttributes(written);
    expect(drawn(read)).toEqual(drawn(options));
    expect({ ...read, params: {} }).toEqual({ ...options, params: {} });
    expect(optionsToAttributes(read, catalogue)).toEqual(written);
    const shared = Object.keys(options.params).some(
      (key) => !key.includes("."),
    );
    if (!shared) expect(read).toEqual(options);
    expect(sharedParameterNotes(read, catalogue)).toEqual([]);
  });
});

describe("the note on shared names", () => {
  const notes = (input) => sharedParameterNotes(afterUpdates(input), catalogue);

  test("says which functions a shared name reaches and how to set one", () => {
    expect(notes({ functions: "relu,leaky_relu,elu", alpha: 0.1 })).toEqual([
      'alpha applies to Leaky ReLU (negative_slope) and ELU (alpha); write leaky_relu(negative_slope=0.1) or elu.alpha="0.1" to set one',
    ]);
    expect(notes({ functions: "elu,celu,leaky_relu", alpha: 2 })).toEqual([
      'alpha applies to ELU (alpha), CELU (alpha) and Leaky ReLU (negative_slope); write elu(alpha=2) or celu.alpha="2" to set one',
    ]);
  });

  test.each([
    [{ functions: "leaky_relu", alpha: 0.1 }],
    [{ functions: "leaky_relu,elu", negative_slope: 0.1 }],
    [{ functions: "leaky_relu,elu", params: { alpha: 0.1, "elu.alpha": 2 } }],
    [{ functions: "leaky_relu(alpha=0.1), elu(alpha=2)" }],
  ])("none when it reaches one function or none: %j", (input) => {
    expect(notes(input)).toEqual([]);
  });
});
