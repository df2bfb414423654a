// Renders a catalogue formula as MathML (built node by node, text only), with the parameters
// replaced by their current values and simplified.
import { BINARY, NEGATION_PRECEDENCE, caseRows } from "../data/data.formula.js";
import { shownFormula } from "../data/data.simplify.js";

const MATHML = "http://www.w3.org/1998/Math/MathML";
const GREEK = {
  alpha: "α",
  beta: "β",
  lambda: "λ",
  sigma: "σ",
  pi: "π",
  Phi: "Φ",
};
const RELATIONS = {
  "<": "<",
  ">": ">",
  "<=": "≤",
  ">=": "≥",
  "==": "=",
  "=": "=",
};
const APPLY_FUNCTION = "\u2061";

function element(name, ...children) {
  const node = document.createElementNS(MATHML, name);
  for (const child of children) node.append(child);
  return node;
}

const text = (name, content) => {
  const node = element(name);
  node.textContent = content;
  return node;
};

const operator = (symbol) => text("mo", symbol);
const parenthesised = (...children) =>
  element("mrow", operator("("), ...children, operator(")"));

// Fraction bars delimit their parts; only atoms are bases of a power; a negation keeps products
// (−a·b reads the same either way).
function needsParentheses(parent, side) {
  const inner = precedence(parent[side]);
  if (parent.type === "negate") return inner < BINARY["*"].precedence;
  const { op } = parent;
  if (op === "^") return inner !== Infinity;
  const outer = BINARY[op].precedence;
  if (side === "left") return inner < outer;
  return inner < outer || (op === "-" && inner === outer);
}

function precedence(node) {
  if (node.type === "binary") return BINARY[node.op].precedence;
  if (node.type === "negate") return NEGATION_PRECEDENCE;
  return node.type === "cases" ? 0 : Infinity;
}

function operand(parent, side) {
  const built = mathNode(parent[side]);
  return needsParentheses(parent, side) ? parenthesised(built) : built;
}

function mathNode(node) {
  switch (node.type) {
    case "number":
      return text("mn", node.text);
    case "name":
      return text("mi", GREEK[node.name] ?? node.name);
    case "negate":
      return element("mrow", operator("−"), operand(node, "operand"));
    case "call":
      return call(node);
    case "cases":
      return cases(node);
    default:
      return binary(node);
  }
}

function call({ name, args }) {
  if (name === "sqrt") return element("msqrt", mathNode(args[0]));
  if (name === "abs")
    return element("mrow", operator("|"), mathNode(args[0]), operator("|"));
  const list = [];
  args.forEach((arg, index) => {
    if (index > 0) list.push(operator(","));
    list.push(mathNode(arg));
  });
  return element(
    "mrow",
    text("mi", GREEK[name] ?? name),
    operator(APPLY_FUNCTION),
    parenthesised(...list),
  );
}

function cases(node) {
  const table = element("mtable");
  table.setAttribute("columnalign", "left");
  for (const { condition, value } of caseRows(node)) {
    const when = condition
      ? element("mrow", text("mtext", "if\u00a0"), mathNode(condition))
      : text("mtext", "otherwise");
    table.append(
      element("mtr", element("mtd", mathNode(value)), element("mtd", when)),
    );
  }
  const brace = operator("{");
  brace.setAttribute("stretchy", "true");
  return element("mrow", brace, table);
}

function binary(node) {
  const { op, left, right } = node;
  if (op === "/") return element("mfrac", mathNode(left), mathNode(right));
  if (op === "^")
    return element("msup", operand(node, "left"), mathNode(right));
  const symbol = RELATIONS[op] ?? { "+": "+", "-": "−", "*": "·" }[op];
  return element(
    "mrow",
    operand(node, "left"),
    operator(symbol),
    operand(node, "right"),
  );
}

// One <math> element per line: f(x) = …, then each definition ("where σ(x) = …").
export function renderFormula(formula, parameterValues) {
  const [main, ...definitions] = shownFormula(formula, parameterValues);
  const lines = [
    element(
      "math",
      element(
        "mrow",
        text("mi", "f"),
        operator(APPLY_FUNCTION),
        parenthesised(text("mi", "x")),
        operator("="),
        mathNode(main),
      ),
    ),
  ];
  for (const definition of definitions)
    lines.push(
      element(
        "math",
        element("mrow", text("mtext", "where\u00a0"), mathNode(definition)),
      ),
    );
  for (const line of lines) line.setAttribute("display", "block");
  return lines;
}
