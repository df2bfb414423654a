// Parses the catalogue's formula notation into a small syntax tree shared by the MathML view and
// the Python export. Notation: numbers, names, calls f(a, b), + - * / ^, comparisons, `c ? a : b`
// (right-associative, for cases), parentheses, and `; name = expr` definitions after the formula.

const TOKEN =
  /\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z_][A-Za-z_0-9]*|<=|>=|==|[-+*/^(),?:<>=;])/y;

function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match)
      throw new Error(`formula: unexpected character at ${at} in "${text}"`);
    tokens.push(match[1]);
  }
  return tokens;
}

// Operator precedence, shared with the MathML view's parentheses.
export const BINARY = {
  "=": { precedence: 1 },
  "<": { precedence: 3 },
  ">": { precedence: 3 },
  "<=": { precedence: 3 },
  ">=": { precedence: 3 },
  "==": { precedence: 3 },
  "+": { precedence: 4 },
  "-": { precedence: 4 },
  "*": { precedence: 5 },
  "/": { precedence: 5 },
  "^": { precedence: 7, right: true },
};
export const NEGATION_PRECEDENCE = 6;

class Parser {
  constructor(text) {
    this.text = text;
    this.tokens = tokenize(text);
    this.position = 0;
  }

  peek() {
    return this.tokens[this.position];
  }

  next() {
    return this.tokens[this.position++];
  }

  expect(token) {
    const found = this.next();
    if (found !== token)
      throw new Error(
        `formula: expected "${token}" but found "${found ?? "end"}" in "${this.text}"`,
      );
  }

  statements() {
    const list = [this.expression()];
    while (this.peek() === ";") {
      this.next();
      list.push(this.expression());
    }
    if (this.position < this.tokens.length)
      throw new Error(`formula: unexpected "${this.peek()}" in "${this.text}"`);
    return list;
  }

  expression() {
    const condition = this.binary(1);
    if (this.peek() !== "?") return condition;
    this.next();
    const then = this.expression();
    this.expect(":");
    return { type: "cases", condition, then, otherwise: this.expression() };
  }

  binary(minimum) {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      const info = BINARY[op];
      if (!info || info.precedence < minimum) return left;
      this.next();
      const right = this.binary(
        info.right ? info.precedence : info.precedence + 1,
      );
      left = { type: "binary", op, left, right };
    }
  }

  unary() {
    if (this.peek() === "-") {
      this.next();
      return {
        type: "negate",
        operand: this.binary(NEGATION_PRECEDENCE),
      };
    }
    return this.primary();
  }

  primary() {
    const token = this.next();
    if (token === undefined)
      throw new Error(`formula: unexpected end of "${this.text}"`);
    if (token === "(") {
      const inner = this.expression();
      this.expect(")");
      return { type: "group", inner };
    }
    if (/^\d/.test(token))
      return { type: "number", value: Number(token), text: token };
    if (!/^[A-Za-z_]/.test(token))
      throw new Error(`formula: unexpected "${token}" in "${this.text}"`);
    if (this.peek() !== "(") return { type: "name", name: token };
    this.next();
    const args = [this.expression()];
    while (this.peek() === ",") {
      this.next();
      args.push(this.expression());
    }
    this.expect(")");
    return { type: "call", name: token, args };
  }
}

// The formula and its definitions: [{ type, ... }, ...], the first being f(x).
export function parseFormula(text) {
  return new Parser(text).statements();
}

// Replaces a `choice == name` condition on a choice parameter by the branch it selects, since
// the parameter's value is known when the formula is shown.
export function resolveChoices(node, choiceValues) {
  if (!node || typeof node !== "object") return node;
  if (node.type === "cases") {
    const { condition } = node;
    if (
      condition.type === "binary" &&
      condition.op === "==" &&
      condition.left.type === "name" &&
      condition.left.name in choiceValues
    ) {
      const selected =
        choiceValues[condition.left.name] === condition.right.name
          ? node.then
          : node.otherwise;
      return resolveChoices(selected, choiceValues);
    }
  }
  const copy = { ...node };
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value))
      copy[key] = value.map((item) => resolveChoices(item, choiceValues));
    else if (value && typeof value === "object")
      copy[key] = resolveChoices(value, choiceValues);
  }
  return copy;
}

// The rows of a chain of cases: [{ condition, value }], the last with condition null.
export function caseRows(node) {
  const rows = [];
  let current = node;
  while (current.type === "cases") {
    rows.push({ condition: current.condition, value: current.then });
    current = current.otherwise;
  }
  rows.push({ condition: null, value: current });
  return rows;
}
