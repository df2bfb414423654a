// The formulas under the chart show the parameter values simplified (issue 7, item 10): no 1·a,
// 1/1, a/1 or doubled signs, and the same function as the catalogue's formula and the core.
import { loadCore } from "../../web/core/index.js";
import {
  parseFormula,
  resolveChoices,
} from "../../web/widget/data/data.formula.js";
import { shownFormula, simplify } from "../../web/widget/data/data.simplify.js";
import { renderFormula } from "../../web/widget/view/view.formula.js";

const core = await loadCore();

// Just enough of a DOM for renderFormula: elements with a name, children and text.
class MathNode {
  constructor(name) {
    this.name = name;
    this.children = [];
    this.text = "";
  }
  append(child) {
    this.children.push(child);
  }
  setAttribute() {}
  set textContent(text) {
    this.text = text;
  }
}
globalThis.document = { createElementNS: (_, name) => new MathNode(name) };

const INFIX = new Set(["+", "−", "=", "<", ">", "≤", "≥"]);
const compound = (text) => (/[ +−·]/.test(text) ? `(${text})` : text);

// The rendered MathML as one line of text: "f(x) = {x if x > 0; exp(x) − 1 otherwise}".
function linear(node, index = 0) {
  const parts = node.children.map(linear);
  switch (node.name) {
    case "mo":
      if (node.text === ",") return ", ";
      return INFIX.has(node.text) && index > 0
        ? ` ${node.text} `
        : node.text.replace("\u2061", "");
    case "mi":
    case "mn":
    case "mtext":
      return node.text.replace("\u00a0", " ");
    case "mfrac":
      return parts.map(compound).join("/");
    case "msup":
      return parts.join("^");
    case "msqrt":
      return `√(${parts[0]})`;
    case "mtable":
      return `${parts.join("; ")}}`;
    case "mtr":
      return parts.join(" ");
    default:
      return parts.join("");
  }
}

const renderedText = (formula, params) =>
  renderFormula(formula, params)
    .map((line) => linear(line))
    .join("\n");

const withDefaults = (fn, params) => ({
  ...Object.fromEntries(fn.parameters.map((p) => [p.name, p.default])),
  ...params,
});

const shownText = (id, params) => {
  const fn = core.functions.find((candidate) => candidate.id === id);
  return renderedText(fn.formula, withDefaults(fn, params));
};

// Abramowitz and Stegun 7.1.26, within 1.5e-7: JavaScript has no erf.
function erf(x) {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly = [
    0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429,
  ].reduceRight((sum, c) => (sum + c) * t, 0);
  return Math.sign(x) * (1 - poly * Math.exp(-x * x));
}

const BUILT_IN = {
  exp: Math.exp,
  log: Math.log,
  tanh: Math.tanh,
  sin: Math.sin,
  sqrt: Math.sqrt,
  abs: Math.abs,
  max: Math.max,
  min: Math.min,
  erf,
};
const OPERATIONS = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "^": (a, b) => a ** b,
  "<": (a, b) => a < b,
  ">": (a, b) => a > b,
  "<=": (a, b) => a <= b,
  ">=": (a, b) => a >= b,
};

// f(x) from formula statements: names from `scope` (x, parameters, definitions).
function evaluateNode(node, scope) {
  const value = (child) => evaluateNode(child, scope);
  switch (node.type) {
    case "number":
      return node.value;
    case "name":
      if (node.name === "pi") return Math.PI;
      if (!(node.name in scope)) throw new Error(`no value for ${node.name}`);
      return scope[node.name];
    case "group":
      return value(node.inner);
    case "negate":
      return -value(node.operand);
    case "call":
      return (scope[node.name] ?? BUILT_IN[node.name])(...node.args.map(value));
    case "cases":
      return value(node.condition) ? value(node.then) : value(node.otherwise);
    default:
      return OPERATIONS[node.op](value(node.left), value(node.right));
  }
}

function evaluateStatements([main, ...definitions], x, params) {
  const scope = { ...params, x };
  for (const { left, right } of definitions)
    scope[left.name] =
      left.type === "call"
        ? (...args) =>
            evaluateNode(right, {
              ...scope,
              ...Object.fromEntries(
                left.args.map((arg, index) => [arg.name, args[index]]),
              ),
            })
        : evaluateNode(right, scope);
  return evaluateNode(main, scope);
}

const choicesOf = (params) =>
  Object.fromEntries(
    Object.entries(params).filter(([, value]) => typeof value === "string"),
  );

// Each numeric parameter alone at 1, 0, negative and non-integer values and at its slider's
// ends, all at once at either end, and every choice; only sets the core accepts.
function parameterSets(fn) {
  const numeric = fn.parameters.filter((p) => p.choices.length === 0);
  const sets = [{}];
  for (const p of numeric)
    for (const value of [1, 0, -1, -0.5, 2.5, p.slider.min, p.slider.max])
      sets.push({ [p.name]: value });
  for (const end of ["min", "max"])
    sets.push(Object.fromEntries(numeric.map((p) => [p.name, p.slider[end]])));
  for (const p of fn.parameters)
    for (const choice of p.choices) sets.push({ [p.name]: choice });
  const distinct = new Map(sets.map((set) => [JSON.stringify(set), set]));
  return [...distinct.values()].filter((params) => {
    try {
      core.properties(fn.id, params);
      return true;
    } catch {
      return false;
    }
  });
}

const CASES = core.functions.flatMap((fn) =>
  parameterSets(fn).map((params) => [fn.id, params]),
);
const XS = [-3.2, -1, -0.5, -0.1, 0, 0.3, 1, 2.7];

test("ELU at α = 1 shows exp(x) − 1, not 1·(exp(x) − 1)", () => {
  expect(shownText("elu", {})).toBe(
    "f(x) = {x if x > 0; exp(x) − 1 otherwise}",
  );
});

test("softplus at β = 1 shows log(1 + exp(x)), not 1/1·log(1 + exp(1·x))", () => {
  expect(shownText("softplus", {})).toBe(
    "f(x) = {x if x > 20; log(1 + exp(x)) otherwise}",
  );
});

test.each([
  [
    "leaky_relu",
    { negative_slope: -0.5 },
    "f(x) = {x if x > 0; −0.5·x otherwise}",
  ],
  ["leaky_relu", { negative_slope: 0 }, "f(x) = {x if x > 0; 0 otherwise}"],
  ["elu", { alpha: 0 }, "f(x) = {x if x > 0; 0 otherwise}"],
  ["elu", { alpha: -0.5 }, "f(x) = {x if x > 0; −0.5·(exp(x) − 1) otherwise}"],
  ["celu", {}, "f(x) = max(0, x) + min(0, exp(x) − 1)"],
  ["celu", { alpha: 2.5 }, "f(x) = max(0, x) + min(0, 2.5·(exp(x/2.5) − 1))"],
  [
    "softplus",
    { beta: -1 },
    "f(x) = {x if −x > 20; −log(1 + exp(−x)) otherwise}",
  ],
  [
    "softplus",
    { beta: 2 },
    "f(x) = {x if 2·x > 20; 1/2·log(1 + exp(2·x)) otherwise}",
  ],
  ["swish", {}, "f(x) = x·σ(x)\nwhere σ(z) = 1/(1 + exp(−z))"],
  ["swish", { beta: -0.5 }, "f(x) = x·σ(−0.5·x)\nwhere σ(z) = 1/(1 + exp(−z))"],
  [
    "rrelu",
    { lower: -0.5, upper: 0.25 },
    "f(x) = {x if x > 0; (−0.5 + 0.25)/2·x otherwise}",
  ],
  ["rrelu", { lower: 0, upper: 0 }, "f(x) = {x if x > 0; 0 otherwise}"],
  [
    "softshrink",
    { lambd: 0.5 },
    "f(x) = {x − 0.5 if x > 0.5; x + 0.5 if x < −0.5; 0 otherwise}",
  ],
  ["softshrink", { lambd: 0 }, "f(x) = {x if x > 0; x if x < 0; 0 otherwise}"],
  [
    "threshold",
    { threshold: -0.5, value: -2 },
    "f(x) = {x if x > −0.5; −2 otherwise}",
  ],
  ["hardtanh", {}, "f(x) = {−1 if x < −1; 1 if x > 1; x otherwise}"],
  [
    "hardswish",
    {},
    "f(x) = {0 if x ≤ −3; x if x ≥ 3; (x·(x + 3))/6 otherwise}",
  ],
  ["logsigmoid", {}, "f(x) = −log(1 + exp(−x))"],
  [
    "gelu",
    { approximate: "tanh" },
    "f(x) = x/2·(1 + tanh(√(2/π)·(x + 0.044715·x^3)))",
  ],
  [
    "selu",
    {},
    "f(x) = λ·({x if x > 0; α·(exp(x) − 1) otherwise})\nwhere λ = 1.0507009873554805\nwhere α = 1.6732632423543772",
  ],
])("%s %j shows %s", (id, params, text) => {
  expect(shownText(id, params)).toBe(text);
});

const withoutGroups = (node) =>
  node.type === "group"
    ? withoutGroups(node.inner)
    : Object.fromEntries(
        Object.entries(node).map(([key, value]) => [
          key,
          Array.isArray(value)
            ? value.map(withoutGroups)
            : typeof value === "object"
              ? withoutGroups(value)
              : value,
        ]),
      );

// The rules on formulas outside the catalogue: a product with 0 stays unless the other factor is
// finite for every x, and signs combine.
test.each([
  ["0*exp(x) + 0*(x - 2)*sin(x)", "0"],
  ["0*log(x)", "0*log(x)"],
  ["0*(1/x)", "0*(1/x)"],
  ["0/x", "0/x"],
  ["0*f(x)", "0*f(x)"],
  ["-(-x)", "x"],
  ["-2*-x", "2*x"],
  ["x - -2*x", "x + 2*x"],
  ["-x/-2 + -3", "x/2 - 3"],
  ["(1*x)^1", "x^1"],
])("simplify(%s) is %s", (formula, expected) => {
  const [tree] = parseFormula(expected);
  expect(simplify(parseFormula(formula)[0])).toEqual(withoutGroups(tree));
});

test.each([
  ["x - (x + 1) - (x - 1)", "x − (x + 1) − (x − 1)"],
  ["(x + 1)*x - 1", "(x + 1)·x − 1"],
  ["-(x + a) + -x*a", "−(x + 2) − x·2"],
  ["(-x)^2 + -x^2 + (x^2)^3", "(−x)^2 − x^2 + (x^2)^3"],
  ["0 - x", "0 − x"],
])("%s is shown as %s", (formula, text) => {
  expect(renderedText(formula, { a: 2 })).toBe(`f(x) = ${text}`);
});

test.each(CASES)("%s %j shows no 1·a, a/1 or doubled signs", (id, params) => {
  const text = shownText(id, params);
  expect(text).not.toMatch(/(?<![\d.])1·|·1(?![\d.])|(?<![\d.])1\/1(?![\d.])/);
  expect(text).not.toMatch(/\/1(?![\d.])|(?<![\d.])0·|[+−] 0(?![\d.])/);
  expect(text).not.toMatch(/[+−] −|−−|− \+|\(−[\d.]+\)/);
});

test.each(CASES)(
  "%s %j: the shown formula is the catalogue's and the core's function",
  (id, params) => {
    const fn = core.functions.find((candidate) => candidate.id === id);
    const values = withDefaults(fn, params);
    const original = parseFormula(fn.formula).map((node) =>
      resolveChoices(node, choicesOf(values)),
    );
    const shown = shownFormula(fn.formula, values);
    const expected = core.evaluate(id, XS, params);
    XS.forEach((x, index) => {
      const before = evaluateStatements(original, x, values);
      const after = evaluateStatements(shown, x, {});
      expect(after).toBeCloseTo(before, 12);
      expect(after).toBeCloseTo(expected[index], 6);
    });
  },
);
