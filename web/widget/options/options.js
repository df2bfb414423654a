// The widget's options: defaults, parsing from attributes or JavaScript values, merging, and the
// checks that give each bad value a message naming its attribute and what is allowed.

export const DEFAULTS = Object.freeze({
  functions: Object.freeze(["leaky_relu"]),
  params: Object.freeze({}),
  xMin: -2,
  xMax: 2,
  yMin: null,
  yMax: null,
  points: 100,
  derivative: false,
  heading: "",
  title: "",
  controls: "compact",
  theme: "auto",
  inset: "auto",
  loading: "lazy",
});

export const MAX_POINTS = 10000;
export const MAX_FUNCTIONS = 12;
// The widget draws what Chart.js can lay out ticks for: wider values would hang tick generation.
export const X_LIMIT = 1e6;
export const PARAMETER_LIMIT = 1e6;
export const Y_LIMIT = 1e15;

// Attribute name → option key, for every option that is not a parameter.
export const OPTION_ATTRIBUTES = Object.freeze({
  functions: "functions",
  "x-min": "xMin",
  "x-max": "xMax",
  "y-min": "yMin",
  "y-max": "yMax",
  points: "points",
  derivative: "derivative",
  heading: "heading",
  title: "title",
  controls: "controls",
  theme: "theme",
  inset: "inset",
  loading: "loading",
});

const ATTRIBUTE_OF = Object.fromEntries(
  Object.entries(OPTION_ATTRIBUTES).map(([attribute, key]) => [key, attribute]),
);
const CHOICES = {
  controls: ["full", "compact", "none"],
  theme: ["auto", "light", "dark"],
  loading: ["lazy", "eager"],
};

export class OptionError extends Error {
  constructor(attribute, problem) {
    super(`${attribute}: ${problem}`);
    this.attribute = attribute;
  }
}

const quoted = (value) => JSON.stringify(String(value));
const exponent = (number) => number.toExponential().replace("e+", "e");

function parseFiniteNumber(attribute, value, limit = Infinity) {
  const number =
    typeof value === "number"
      ? value
      : String(value).trim() === ""
        ? NaN
        : Number(value);
  if (!Number.isFinite(number))
    throw new OptionError(
      attribute,
      `${quoted(value)} is not a number; expected a finite number such as 0.1`,
    );
  if (Math.abs(number) > limit)
    throw new OptionError(
      attribute,
      `${quoted(value)} is too large to draw; expected a number from ${exponent(-limit)} to ${exponent(limit)}`,
    );
  return number;
}

function parseFunctions(value) {
  const ids = Array.isArray(value)
    ? value.map(String)
    : String(value).split(",");
  const list = ids.map((id) => id.trim()).filter(Boolean);
  if (list.length === 0)
    throw new OptionError(
      "functions",
      "expected one or more function ids separated by commas, e.g. relu,leaky_relu",
    );
  if (list.length > MAX_FUNCTIONS)
    throw new OptionError(
      "functions",
      `at most ${MAX_FUNCTIONS} functions (got ${list.length})`,
    );
  return [...new Set(list)];
}

function parsePoints(value) {
  const points = parseFiniteNumber("points", value);
  if (!Number.isInteger(points) || points < 2 || points > MAX_POINTS)
    throw new OptionError(
      "points",
      `expected a whole number from 2 to ${MAX_POINTS} (got ${quoted(value)})`,
    );
  return points;
}

const parseBoolean = (value) =>
  value !== false &&
  value !== null &&
  value !== undefined &&
  String(value).toLowerCase() !== "false";

function parseChoice(key, value) {
  const text = String(value).trim().toLowerCase();
  if (!CHOICES[key].includes(text))
    throw new OptionError(
      ATTRIBUTE_OF[key],
      `expected one of ${CHOICES[key].join(", ")} (got ${quoted(value)})`,
    );
  return text;
}

// "auto", "off" or a function id, which checkOptions requires to be listed.
const parseInset = (value) => {
  const text = String(value).trim();
  return ["auto", "off"].includes(text.toLowerCase())
    ? text.toLowerCase()
    : text;
};

// One option from an attribute string or a JavaScript value; throws OptionError.
export function parseOption(key, value) {
  switch (key) {
    case "functions":
      return parseFunctions(value);
    case "xMin":
    case "xMax":
      return parseFiniteNumber(ATTRIBUTE_OF[key], value, X_LIMIT);
    case "yMin":
    case "yMax":
      return value === null
        ? null
        : parseFiniteNumber(ATTRIBUTE_OF[key], value, Y_LIMIT);
    case "inset":
      return parseInset(value);
    case "points":
      return parsePoints(value);
    case "derivative":
      return parseBoolean(value);
    case "heading":
    case "title":
      return String(value ?? "");
    default:
      if (key in CHOICES) return parseChoice(key, value);
      throw new OptionError(
        key,
        `unknown option; options are ${Object.keys(DEFAULTS).join(", ")}`,
      );
  }
}

// Parameter keys are a parameter name or alias ("alpha", shared by every listed function that
// has it) or scoped to one function ("elu.alpha").
function parameterTargets(key, catalogue) {
  const [scope, name] = key.includes(".") ? key.split(".", 2) : [null, key];
  const targets = [];
  for (const fn of catalogue) {
    if (scope !== null && fn.id !== scope) continue;
    for (const parameter of fn.parameters)
      if (parameter.name === name || parameter.aliases.includes(name))
        targets.push({ fn, parameter });
  }
  return targets;
}

export const isParameterKey = (key, catalogue) =>
  parameterTargets(key, catalogue).length > 0;

// A parameter value: a choice name for choice parameters, otherwise a finite number.
export function parseParameter(key, value, catalogue) {
  const targets = parameterTargets(key, catalogue);
  if (targets.length === 0)
    throw new OptionError(key, "not a parameter of any function");
  const { parameter } = targets[0];
  if (parameter.choices.length === 0)
    return parseFiniteNumber(key, value, PARAMETER_LIMIT);
  const choice = String(value).trim();
  if (!parameter.choices.includes(choice))
    throw new OptionError(
      key,
      `expected one of ${parameter.choices.join(", ")} (got ${quoted(value)})`,
    );
  return choice;
}

// A patch applied to options: top-level keys replace, `params` merges key by key (null removes),
// and a shared parameter drops earlier per-function values of the same parameter.
export function mergeOptions(options, patch, catalogue) {
  const merged = { ...options, ...patch, params: { ...options.params } };
  for (const [key, value] of Object.entries(patch.params ?? {})) {
    if (!key.includes("."))
      for (const { fn, parameter } of parameterTargets(key, catalogue))
        delete merged.params[`${fn.id}.${parameter.name}`];
    if (value === null || value === undefined) delete merged.params[key];
    else merged.params[key] = value;
  }
  return merged;
}

// JavaScript options (createActivationPlot, update) parsed into a patch; throws OptionError.
export function parseOptions(input, catalogue) {
  const patch = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (key === "params") {
      patch.params = {};
      for (const [name, raw] of Object.entries(value ?? {}))
        patch.params[name] =
          raw === null || raw === undefined
            ? null
            : parseParameter(name, raw, catalogue);
    } else if (key in DEFAULTS) {
      patch[key] = parseOption(key, value);
    } else if (isParameterKey(key, catalogue)) {
      patch.params = {
        ...patch.params,
        [key]: parseParameter(key, value, catalogue),
      };
    } else {
      throw new OptionError(
        key,
        `unknown option; options are ${Object.keys(DEFAULTS).join(", ")} or a parameter name`,
      );
    }
  }
  return patch;
}

// Checks that involve several options or the catalogue; returns the problems found.
export function checkOptions(options, catalogue) {
  const problems = [];
  const ids = new Set(catalogue.map((fn) => fn.id));
  for (const id of options.functions)
    if (!ids.has(id))
      problems.push(
        new OptionError(
          "functions",
          `unknown function ${quoted(id)}; allowed: ${[...ids].join(", ")}`,
        ),
      );
  if (!(options.xMin < options.xMax))
    problems.push(
      new OptionError(
        "x-min",
        `must be less than x-max (got x-min ${options.xMin}, x-max ${options.xMax})`,
      ),
    );
  if (
    options.yMin !== null &&
    options.yMax !== null &&
    !(options.yMin < options.yMax)
  )
    problems.push(
      new OptionError(
        "y-min",
        `must be less than y-max (got y-min ${options.yMin}, y-max ${options.yMax})`,
      ),
    );
  if (!["auto", "off", ...options.functions].includes(options.inset))
    problems.push(
      new OptionError(
        "inset",
        `expected one of ${["auto", "off", ...options.functions].join(", ")} (got ${quoted(options.inset)})`,
      ),
    );
  return problems;
}

// The parameter values a listed function uses: its own scoped values, then shared ones, then the
// catalogue default; for each name or alias in that order.
export function functionParameters(fn, params) {
  const values = {};
  for (const parameter of fn.parameters) {
    const names = [parameter.name, ...parameter.aliases];
    const key = [...names.map((name) => `${fn.id}.${name}`), ...names].find(
      (candidate) => candidate in params,
    );
    values[parameter.name] =
      key === undefined ? parameter.default : params[key];
  }
  return values;
}
