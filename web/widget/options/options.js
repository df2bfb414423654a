// The widget's options: defaults, parsing from attributes or JavaScript values, merging, and the
// checks that give each bad value a message naming its attribute and what is allowed.
import { describe, readArgument, shorten } from "../../core/describe.js";
import { parseFunctionCalls } from "./options.functions.js";

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
    this.problem = problem;
  }
}

// User text in messages: quoted and shortened; other values described.
const quoted = (value) =>
  typeof value === "string"
    ? JSON.stringify(shorten(value))
    : typeof value === "number"
      ? String(value)
      : describe(value);
const exponent = (number) => number.toExponential().replace("e+", "e");
// Decimal notation only, as HTML number inputs take it: no 0x10, 0b101, Infinity.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

// A string option's text; a number or boolean is taken as its text.
function textOf(attribute, value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  throw new OptionError(attribute, `expected text, got ${describe(value)}`);
}

function parseFiniteNumber(attribute, value, limit = Infinity) {
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && DECIMAL.test(value.trim())
        ? Number(value)
        : NaN;
  if (!Number.isFinite(number))
    throw new OptionError(
      attribute,
      `${quoted(value)} is not a number; expected a finite decimal number such as 0.1 or -2.5e-3`,
    );
  if (Math.abs(number) > limit)
    throw new OptionError(
      attribute,
      `${quoted(value)} is too large to draw; expected a number from ${exponent(-limit)} to ${exponent(limit)}`,
    );
  return number;
}

const parameterNames = (fn) =>
  fn.parameters.length === 0
    ? `${fn.id} takes none`
    : `${fn.id} takes ${fn.parameters
        .map(({ name, aliases }) =>
          aliases.length ? `${name} (alias ${aliases.join(", ")})` : name,
        )
        .join(", ")}`;

// A call's values ("leaky_relu(alpha=0.1)") added to `params` as scoped, canonical keys.
function addCallParameters({ id, args }, catalogue, params) {
  if (args.length === 0) return;
  const fn = catalogue.find((candidate) => candidate.id === id);
  if (!fn)
    throw new OptionError(
      "functions",
      `unknown function ${quoted(id)}; allowed: ${catalogue.map((f) => f.id).join(", ")}`,
    );
  for (const { name, value } of args) {
    const parameter = fn.parameters.find(
      (p) => p.name === name || p.aliases.includes(name),
    );
    if (!parameter)
      throw new OptionError(
        "functions",
        `${id} has no parameter ${quoted(name)}; ${parameterNames(fn)}`,
      );
    const key = `${id}.${parameter.name}`;
    if (key in params)
      throw new OptionError(
        "functions",
        `${id}'s ${parameter.name} is given twice (as ${name} the second time)`,
      );
    try {
      params[key] = parameterValue("functions", parameter, value);
    } catch (error) {
      throw new OptionError("functions", `${id}(${name}=…): ${error.problem}`);
    }
  }
}

// Function ids, each optionally with parameter values: { functions, params }.
function parseFunctions(value, catalogue) {
  let calls;
  try {
    calls = (Array.isArray(value) ? value : [value])
      .map((item) => textOf("functions", item))
      .flatMap(parseFunctionCalls);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new OptionError("functions", error.message);
  }
  if (calls.length === 0)
    throw new OptionError(
      "functions",
      "expected one or more function ids separated by commas, e.g. relu,leaky_relu",
    );
  // An id listed twice is drawn once.
  const functions = [...new Set(calls.map(({ id }) => id))];
  if (functions.length > MAX_FUNCTIONS)
    throw new OptionError(
      "functions",
      `at most ${MAX_FUNCTIONS} different functions (got ${functions.length})`,
    );
  const params = {};
  for (const call of calls) addCallParameters(call, catalogue, params);
  return { functions, params };
}

// The `functions` option into `patch`, with the parameters its calls set.
export function addFunctions(patch, value, catalogue) {
  const { functions, params } = parseFunctions(value, catalogue);
  patch.functions = functions;
  if (Object.keys(params).length) patch.params = { ...patch.params, ...params };
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
  typeof value === "string"
    ? value.trim().toLowerCase() !== "false"
    : value !== false && value !== null && value !== undefined;

function parseChoice(key, value) {
  const text = textOf(ATTRIBUTE_OF[key], value).trim().toLowerCase();
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
      return value === null || value === undefined
        ? ""
        : textOf(ATTRIBUTE_OF[key], value);
    default:
      if (key in CHOICES) return parseChoice(key, value);
      throw new OptionError(
        key,
        `unknown option; options are ${Object.keys(DEFAULTS).join(", ")}`,
      );
  }
}

// Parameter keys are a parameter name or alias ("alpha", shared by every listed function that
// has it) or scoped to one function ("elu.alpha"): [{ fn, parameter }] over the whole catalogue.
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

const targetKey = ({ fn, parameter }) => `${fn.id}.${parameter.name}`;

// A choice name for choice parameters, otherwise a finite number.
function parameterValue(attribute, parameter, value) {
  if (parameter.choices.length === 0)
    return parseFiniteNumber(attribute, value, PARAMETER_LIMIT);
  const choice = textOf(attribute, value).trim();
  if (!parameter.choices.includes(choice))
    throw new OptionError(
      attribute,
      `expected one of ${parameter.choices.join(", ")} (got ${quoted(value)})`,
    );
  return choice;
}

// A parameter as stored: [key, value or null to remove]. Scoped keys take the parameter's name
// ("leaky_relu.alpha" → "leaky_relu.negative_slope"); a shared name stays as written, since it
// stands for a parameter of each function that has it under that name or alias.
export function parseParameter(key, value, catalogue) {
  const targets = parameterTargets(key, catalogue);
  if (targets.length === 0)
    throw new OptionError(shorten(key), "not a parameter of any function");
  const stored = key.includes(".") ? targetKey(targets[0]) : key;
  if (value === null || value === undefined) return [stored, null];
  return [stored, parameterValue(key, targets[0].parameter, value)];
}

// Drops shared names that no longer decide any parameter: every parameter they reach has a
// scoped value or a later shared one.
function withoutShadowed(params, catalogue) {
  const decided = new Set(Object.keys(params).filter((k) => k.includes(".")));
  const kept = Object.entries(params)
    .reverse()
    .filter(([key]) => {
      if (key.includes(".")) return true;
      const reached = parameterTargets(key, catalogue).map(targetKey);
      const decides = reached.some((target) => !decided.has(target));
      reached.forEach((target) => decided.add(target));
      return decides;
    });
  return Object.fromEntries(kept.reverse());
}

// A patch applied to options: top-level keys replace, `params` merges key by key (null removes),
// so the last value written for a parameter wins, whichever of its names it came under: a shared
// name drops earlier per-function values it reaches and comes after earlier shared names.
export function mergeOptions(options, patch, catalogue) {
  const written = Object.entries(patch.params ?? {});
  const replaced = new Set(
    written.flatMap(([key]) =>
      key.includes(".")
        ? [key]
        : [key, ...parameterTargets(key, catalogue).map(targetKey)],
    ),
  );
  const params = Object.fromEntries(
    Object.entries(options.params).filter(([key]) => !replaced.has(key)),
  );
  for (const [key, value] of written)
    if (value !== null && value !== undefined) params[key] = value;
  return {
    ...options,
    ...patch,
    params: withoutShadowed(params, catalogue),
  };
}

// JavaScript options (createActivationPlot, update) parsed into a patch; throws OptionError.
export function parseOptions(input, catalogue) {
  const patch = {};
  for (const [key, value] of entriesOf("options", input)) {
    if (key === "params") {
      patch.params = {
        ...patch.params,
        ...Object.fromEntries(
          entriesOf("params", value).map(([name, raw]) =>
            parseParameter(name, raw, catalogue),
          ),
        ),
      };
    } else if (key === "functions") {
      addFunctions(patch, value, catalogue);
    } else if (key in DEFAULTS) {
      patch[key] = parseOption(key, value);
    } else if (isParameterKey(key, catalogue)) {
      const [name, parsed] = parseParameter(key, value, catalogue);
      patch.params = { ...patch.params, [name]: parsed };
    } else {
      throw new OptionError(
        shorten(key),
        `unknown option; options are ${Object.keys(DEFAULTS).join(", ")} or a parameter name`,
      );
    }
  }
  return patch;
}

// An options object's own entries, each read once; getters that throw are named.
function entriesOf(what, value) {
  if (value === null || value === undefined) return [];
  const isObject = readArgument(
    what,
    () => typeof value === "object" && !Array.isArray(value),
  );
  if (!isObject)
    throw new OptionError(what, `expected an object, got ${describe(value)}`);
  const keys = readArgument(what, () => Object.keys(value));
  return keys.map((key) => [
    key,
    readArgument(`${what}.${shorten(key)}`, () => value[key]),
  ]);
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

// The key of `params` that decides a listed function's parameter: its scoped value, else the last
// shared name or alias written; undefined for the catalogue default.
export function decidingKey(fn, parameter, params) {
  const scoped = `${fn.id}.${parameter.name}`;
  if (scoped in params) return scoped;
  const names = [parameter.name, ...parameter.aliases];
  return Object.keys(params)
    .filter((key) => names.includes(key))
    .at(-1);
}

// The parameter values a listed function uses, by name.
export function functionParameters(fn, params) {
  const values = {};
  for (const parameter of fn.parameters) {
    const key = decidingKey(fn, parameter, params);
    values[parameter.name] =
      key === undefined ? parameter.default : params[key];
  }
  return values;
}
