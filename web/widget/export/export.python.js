// "Copy as Python": code that reproduces the current plot, in the style of the tutorial it
// improves on (NumPy + matplotlib), or with PyTorch's own functions and autograd derivatives.
// Function bodies are translated from the catalogue's formulas, so there is no second list.
import {
  caseRows,
  parseFormula,
  resolveChoices,
} from "../data/data.formula.js";

const PYTHON_KEYWORDS = new Set([
  "lambda",
  "def",
  "return",
  "class",
  "from",
  "import",
  "in",
  "is",
  "not",
  "and",
  "or",
]);
const pythonName = (name) => (PYTHON_KEYWORDS.has(name) ? `${name}_` : name);
const literal = (value) =>
  typeof value === "string"
    ? `'${value}'`
    : Number.isInteger(value)
      ? `${value}.0`
      : String(value);

// PyTorch facts: these ids are not in torch.nn.functional (their formula is used instead), these
// are deprecated there in favour of torch.*, and prelu takes its weight as a tensor.
const NOT_IN_TORCH_FUNCTIONAL = new Set([
  "swish",
  "heaviside",
  "linear",
  "sine",
]);
const TORCH_TOP_LEVEL = new Set(["sigmoid", "tanh"]);
const TENSOR_PARAMETERS = { prelu: "weight" };

const DIALECTS = {
  numpy: {
    call: (name) =>
      ({ max: "np.maximum", min: "np.minimum", erf: "erf" })[name] ??
      `np.${name}`,
    where: "np.where",
    pi: "np.pi",
  },
  torch: {
    call: (name) =>
      ({
        max: "torch.maximum",
        min: "torch.minimum",
        erf: "torch.special.erf",
      })[name] ?? `torch.${name}`,
    where: "torch.where",
    pi: "math.pi",
  },
};

class Translator {
  constructor(dialect, localFunctions) {
    this.dialect = dialect;
    this.localFunctions = localFunctions;
  }

  expression(node) {
    switch (node.type) {
      case "number":
        return node.text;
      case "name":
        return node.name === "pi" ? this.dialect.pi : pythonName(node.name);
      case "group":
        return `(${this.expression(node.inner)})`;
      case "negate":
        return `-${this.expression(node.operand)}`;
      case "call":
        return this.call(node);
      case "cases":
        return this.cases(node);
      default:
        return `${this.expression(node.left)} ${node.op === "^" ? "**" : node.op} ${this.expression(node.right)}`;
    }
  }

  call({ name, args }) {
    const callee = this.localFunctions.has(name)
      ? name
      : this.dialect.call(name);
    return `${callee}(${args.map((arg) => this.expression(arg)).join(", ")})`;
  }

  cases(node) {
    const rows = caseRows(node);
    let text = this.expression(rows.at(-1).value);
    for (const { condition, value } of rows.slice(0, -1).reverse())
      text = `${this.dialect.where}(${this.expression(condition)}, ${this.expression(value)}, ${text})`;
    return text;
  }
}

// The function's body lines (definitions, then return) translated from its formula.
function formulaBody(fn, params, dialect) {
  const choices = Object.fromEntries(
    Object.entries(params).filter(([, value]) => typeof value === "string"),
  );
  const [main, ...definitions] = parseFormula(fn.formula).map((node) =>
    resolveChoices(node, choices),
  );
  const localFunctions = new Set(
    definitions.filter((d) => d.left.type === "call").map((d) => d.left.name),
  );
  const translator = new Translator(DIALECTS[dialect], localFunctions);
  const lines = [];
  for (const { left, right } of definitions) {
    if (left.type === "call") {
      lines.push(
        `def ${left.name}(${left.args.map((arg) => translator.expression(arg)).join(", ")}):`,
      );
      lines.push(`    return ${translator.expression(right)}`);
    } else {
      lines.push(`${pythonName(left.name)} = ${translator.expression(right)}`);
    }
  }
  lines.push(`return ${translator.expression(main)}`);
  return lines;
}

function numpyFunction(fn, params) {
  const numeric = Object.entries(params).filter(
    ([, value]) => typeof value !== "string",
  );
  const signature = [
    "x",
    ...numeric.map(([name, value]) => `${name}=${literal(value)}`),
  ].join(", ");
  const comment = Object.entries(params)
    .filter(([, value]) => typeof value === "string")
    .map(([name, value]) => `    # ${name}='${value}'`);
  return [
    `def ${fn.id}(${signature}):`,
    ...comment,
    ...formulaBody(fn, params, "numpy").map((line) => `    ${line}`),
  ].join("\n");
}

function torchCall(fn, params) {
  if (NOT_IN_TORCH_FUNCTIONAL.has(fn.id)) return null;
  const args = Object.entries(params).map(([name, value]) =>
    TENSOR_PARAMETERS[fn.id] === name
      ? `${name}=torch.tensor([${literal(value)}], dtype=x.dtype)`
      : `${name}=${literal(value)}`,
  );
  const callee = TORCH_TOP_LEVEL.has(fn.id) ? `torch.${fn.id}` : `F.${fn.id}`;
  return `${callee}(${["x", ...args].join(", ")})`;
}

function torchFunction(fn, params) {
  const lines = formulaBody(fn, params, "torch");
  const signature = [
    "x",
    ...Object.entries(params).map(
      ([name, value]) => `${name}=${literal(value)}`,
    ),
  ].join(", ");
  return [
    `def ${fn.id}(${signature}):`,
    ...lines.map((line) => `    ${line}`),
  ].join("\n");
}

const quote = (text) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function samplingLines(plot, module) {
  const { xMin, xMax, points, kinks } = plot;
  const lines = [
    `x = ${module}.linspace(${xMin}, ${xMax}, ${points}${module === "torch" ? ", dtype=torch.float64" : ""})`,
  ];
  if (kinks.length) {
    const list = kinks.map(literal).join(", ");
    const comment = `  # the kink${kinks.length > 1 ? "s" : ""} at x = ${kinks.join(", ")}, sampled exactly`;
    lines.push(
      module === "torch"
        ? `x = torch.cat([x, torch.tensor([${list}], dtype=x.dtype)]).unique()${comment}`
        : `x = np.union1d(x, [${list}])${comment}`,
    );
  }
  return lines;
}

// Matplotlib would draw a jump as a steep ramp: this breaks the line there instead, as the widget
// and its data do (five entries at the jump: left limit, NaN, f(a), NaN, right limit).
const PLOT_WITH_JUMPS = `def plot_with_jumps(x, y, jumps, *style, **kwargs):
    # At each jump (a, left, right, value) the line goes to the left limit, breaks and resumes
    # from the right limit; a filled dot marks the value f takes at a, an open dot the other limit.
    x, y = x.tolist(), y.tolist()
    for a, left, right, value in reversed(jumps):
        i = min(range(len(x)), key=lambda k: abs(x[k] - a))
        x[i:i + 1] = [a] * 5
        y[i:i + 1] = [left, float('nan'), value, float('nan'), right]
    (line,) = plt.plot(x, y, *style, **kwargs)
    for a, left, right, value in jumps:
        others = [limit for limit in (left, right) if limit != value]
        plt.plot([a] * len(others), others, 'o', color=line.get_color(), markerfacecolor='white')
        plt.plot([a], [value], 'o', color=line.get_color())`;

const hasJumps = (curves, derivative) =>
  curves.some(
    ({ jumps }) =>
      jumps.value.length || (derivative && jumps.derivative.length),
  );

const jumpList = (jumps) =>
  `[${jumps.map(({ x, left, right, value }) => `(${[x, left, right, value].map(literal).join(", ")})`).join(", ")}]`;

function plotCall(xName, yName, jumps, style) {
  return jumps.length
    ? `plot_with_jumps(${xName}, ${yName}, ${jumpList(jumps)}${style})`
    : `plt.plot(${xName}, ${yName}${style})`;
}

function plotLines(plot, curves, xName, valueName, derivativeName) {
  const lines = [];
  curves.forEach((curve, index) => {
    const label =
      curves.length > 1 || plot.derivative
        ? `, label=${quote(curve.label)}`
        : "";
    lines.push(plotCall(xName, valueName(index), curve.jumps.value, label));
    if (plot.derivative)
      lines.push(
        plotCall(
          xName,
          derivativeName(index),
          curve.jumps.derivative,
          `, '--', label=${quote(`${curve.label}′`)}`,
        ),
      );
  });
  lines.push(
    `plt.title(${quote(plot.title)})`,
    "plt.xlabel('x')",
    `plt.ylabel(${quote(plot.derivative ? "f(x), f′(x)" : "f(x)")})`,
  );
  if (curves.length > 1 || plot.derivative) lines.push("plt.legend()");
  lines.push("plt.show()");
  return lines;
}

// plot: { title, xMin, xMax, points, kinks, derivative }; curves: [{ fn, params, label,
// jumps: { value, derivative } }], each jump { x, left, right, value }.
export function numpyCode(plot, curves) {
  const usesErf = curves.some(({ fn }) => /\berf\(/.test(fn.formula));
  const header = ["import matplotlib.pyplot as plt", "import numpy as np"];
  if (usesErf) header.unshift("import math");
  const definitions = curves.map(({ fn, params }) => numpyFunction(fn, params));
  if (usesErf) definitions.unshift("erf = np.vectorize(math.erf)");
  if (hasJumps(curves, plot.derivative)) definitions.push(PLOT_WITH_JUMPS);
  const body = [...samplingLines(plot, "np")];
  curves.forEach(({ fn }, index) => {
    body.push(`y${index} = ${fn.id}(x)`);
    if (plot.derivative)
      body.push(
        `dy${index} = np.gradient(y${index}, x)  # numerical; the PyTorch variant uses autograd`,
      );
  });
  const plotting = plotLines(
    plot,
    curves,
    "x",
    (i) => `y${i}`,
    (i) => `dy${i}`,
  );
  return `${header.join("\n")}\n\n${definitions.join("\n\n")}\n\n${body.join("\n")}\n\n${plotting.join("\n")}\n`;
}

export function torchCode(plot, curves) {
  const helpers = curves.filter(
    ({ fn, params }) => torchCall(fn, params) === null,
  );
  const header = [
    ...(helpers.some(({ fn }) => /\bpi\b/.test(fn.formula))
      ? ["import math"]
      : []),
    "import matplotlib.pyplot as plt",
    "import torch",
    "import torch.nn.functional as F",
  ];
  const definitions = helpers.map(({ fn, params }) =>
    torchFunction(fn, params),
  );
  if (hasJumps(curves, plot.derivative)) definitions.push(PLOT_WITH_JUMPS);
  const body = [...samplingLines(plot, "torch"), "x.requires_grad_()"];
  curves.forEach(({ fn, params }, index) => {
    const call = torchCall(fn, params);
    body.push(`y${index} = ${call ?? `${fn.id}(x)`}`);
    if (!plot.derivative) return;
    // A translated formula may not depend on x at all (a step): its derivative is then zero.
    const gradient = `torch.autograd.grad(y${index}.sum(), x)`;
    body.push(
      call
        ? `(dy${index},) = ${gradient}`
        : `dy${index} = ${gradient}[0] if y${index}.requires_grad else torch.zeros_like(x)`,
    );
  });
  const plotting = plotLines(
    plot,
    curves,
    "x.detach()",
    (i) => `y${i}.detach()`,
    (i) => `dy${i}`,
  );
  const parts = [
    header.join("\n"),
    ...(definitions.length ? [definitions.join("\n\n")] : []),
    body.join("\n"),
    plotting.join("\n"),
  ];
  return `${parts.join("\n\n")}\n`;
}
