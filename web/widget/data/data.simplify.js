// The formula as the widget shows it: the parameters replaced by their values and the result
// simplified by exact rules only (1·a → a, a/1 → a, signs out of products and into sums), so that
// the shown formula is the same function. The tree comes back without groups: the view adds the
// parentheses the layout needs.
import { formatNumber } from "./data.format.js";
import { parseFormula, resolveChoices } from "./data.formula.js";

const number = (value) => ({
  type: "number",
  value,
  text: formatNumber(value),
});
const negate = (operand) => ({ type: "negate", operand });
const binary = (op, left, right) => ({ type: "binary", op, left, right });
const isNumber = (node, value) =>
  node.type === "number" && node.value === value;
const isNegated = (node) => node.type === "negate";
const magnitude = (node) => (isNegated(node) ? node.operand : node);

function mapChildren(node, transform) {
  const copy = { ...node };
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) copy[key] = value.map(transform);
    else if (value && typeof value === "object") copy[key] = transform(value);
  }
  return copy;
}

// A negative value becomes a negated number, so that the rules see its sign.
function substitute(node, values) {
  if (node.type !== "name" || !Object.hasOwn(values, node.name))
    return mapChildren(node, (child) => substitute(child, values));
  const value = values[node.name];
  if (typeof value === "string") return { type: "name", name: value };
  return value < 0 ? negate(number(-value)) : number(value);
}

const FINITE_FUNCTIONS = new Set([
  "exp",
  "tanh",
  "sin",
  "erf",
  "abs",
  "max",
  "min",
]);

// Whether `node` is finite for every real x, so that 0·node is 0. Other names (definitions,
// their arguments) and quotients, logarithms and powers may be infinite or undefined.
function alwaysFinite(node) {
  switch (node.type) {
    case "number":
      return Number.isFinite(node.value);
    case "name":
      return node.name === "x";
    case "negate":
      return alwaysFinite(node.operand);
    case "call":
      return FINITE_FUNCTIONS.has(node.name) && node.args.every(alwaysFinite);
    case "binary":
      return (
        ["+", "-", "*"].includes(node.op) &&
        alwaysFinite(node.left) &&
        alwaysFinite(node.right)
      );
    default:
      return false;
  }
}

function negation(operand) {
  if (isNegated(operand)) return operand.operand;
  return isNumber(operand, 0) ? operand : negate(operand);
}

function product(left, right) {
  if (isNumber(left, 1)) return right;
  if (isNumber(right, 1)) return left;
  if (isNumber(left, 0) && alwaysFinite(right)) return left;
  if (isNumber(right, 0) && alwaysFinite(left)) return right;
  return binary("*", left, right);
}

function quotient(left, right) {
  if (isNumber(right, 1)) return left;
  const nonZeroNumber = right.type === "number" && right.value !== 0;
  return isNumber(left, 0) && nonZeroNumber ? left : binary("/", left, right);
}

// (−a)·b and a·(−b) are −(a·b); so are the quotients.
function withSign(left, right, combine) {
  const result = combine(magnitude(left), magnitude(right));
  return isNegated(left) !== isNegated(right) ? negation(result) : result;
}

const RULES = {
  "+": (left, right) => {
    if (isNumber(left, 0)) return right;
    if (isNumber(right, 0)) return left;
    return isNegated(right)
      ? binary("-", left, right.operand)
      : binary("+", left, right);
  },
  "-": (left, right) => {
    if (isNumber(right, 0)) return left;
    return isNegated(right)
      ? binary("+", left, right.operand)
      : binary("-", left, right);
  },
  "*": (left, right) => withSign(left, right, product),
  "/": (left, right) => withSign(left, right, quotient),
};

// Simplifies bottom-up, dropping the groups.
export function simplify(node) {
  switch (node.type) {
    case "group":
      return simplify(node.inner);
    case "negate":
      return negation(simplify(node.operand));
    case "binary": {
      const left = simplify(node.left);
      const right = simplify(node.right);
      const rule = RULES[node.op];
      return rule ? rule(left, right) : binary(node.op, left, right);
    }
    default:
      return mapChildren(node, simplify);
  }
}

// The formula's statements (f(x), then the definitions) as shown for `parameterValues`.
export function shownFormula(formula, parameterValues) {
  const choices = Object.fromEntries(
    Object.entries(parameterValues).filter(
      ([, value]) => typeof value === "string",
    ),
  );
  return parseFormula(formula).map((statement) =>
    simplify(substitute(resolveChoices(statement, choices), parameterValues)),
  );
}
