// Renders a catalogue formula as MathML (built node by node, text only), with the parameters
// replaced by their current values.
import {
  caseRows,
  parseFormula,
  resolveChoices,
} from "../data/data.formula.js";
import { formatNumber } from "../data/data.format.js";

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

class MathBuilder {
  constructor(values) {
    this.values = values;
  }

  // `signed` says a leading minus sign needs no parentheses at this position.
  node(node, signed = true) {
    switch (node.type) {
      case "number":
        return text("mn", node.text);
      case "name":
        return this.name(node.name, signed);
      case "group":
        return parenthesised(this.node(node.inner));
      case "negate":
        return element("mrow", operator("−"), this.node(node.operand, false));
      case "call":
        return this.call(node);
      case "cases":
        return this.cases(node);
      default:
        return this.binary(node);
    }
  }

  name(name, signed) {
    if (name in this.values) {
      const value = this.values[name];
      if (typeof value === "string") return text("mi", value);
      const number = text("mn", formatNumber(value));
      return value < 0 && !signed ? parenthesised(number) : number;
    }
    return text("mi", GREEK[name] ?? name);
  }

  call({ name, args }) {
    if (name === "sqrt") return element("msqrt", this.node(args[0]));
    if (name === "abs")
      return element("mrow", operator("|"), this.node(args[0]), operator("|"));
    const list = [];
    args.forEach((arg, index) => {
      if (index > 0) list.push(operator(","));
      list.push(this.node(arg));
    });
    return element(
      "mrow",
      text("mi", GREEK[name] ?? name),
      operator(APPLY_FUNCTION),
      parenthesised(...list),
    );
  }

  cases(node) {
    const table = element("mtable");
    table.setAttribute("columnalign", "left");
    for (const { condition, value } of caseRows(node)) {
      const when = condition
        ? element("mrow", text("mtext", "if\u00a0"), this.node(condition))
        : text("mtext", "otherwise");
      table.append(
        element("mtr", element("mtd", this.node(value)), element("mtd", when)),
      );
    }
    const brace = operator("{");
    brace.setAttribute("stretchy", "true");
    return element("mrow", brace, table);
  }

  binary({ op, left, right }) {
    const unwrap = (node) => (node.type === "group" ? node.inner : node);
    if (op === "/")
      return element(
        "mfrac",
        this.node(unwrap(left)),
        this.node(unwrap(right)),
      );
    if (op === "^")
      return element("msup", this.node(left, false), this.node(unwrap(right)));
    const symbol = RELATIONS[op] ?? { "+": "+", "-": "−", "*": "·" }[op];
    const leftSigned = op !== "*";
    return element(
      "mrow",
      this.node(left, leftSigned),
      operator(symbol),
      this.node(right, op in RELATIONS),
    );
  }
}

// One <math> element per line: f(x) = …, then each definition ("where σ(x) = …").
export function renderFormula(formula, parameterValues) {
  const choices = Object.fromEntries(
    Object.entries(parameterValues).filter(
      ([, value]) => typeof value === "string",
    ),
  );
  const [main, ...definitions] = parseFormula(formula).map((node) =>
    resolveChoices(node, choices),
  );
  const builder = new MathBuilder(parameterValues);
  const lines = [
    element(
      "math",
      element(
        "mrow",
        text("mi", "f"),
        operator(APPLY_FUNCTION),
        parenthesised(text("mi", "x")),
        operator("="),
        builder.node(main),
      ),
    ),
  ];
  for (const definition of definitions)
    lines.push(
      element(
        "math",
        element("mrow", text("mtext", "where\u00a0"), builder.node(definition)),
      ),
    );
  for (const line of lines) line.setAttribute("display", "block");
  return lines;
}
