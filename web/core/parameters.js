// Turns a { name: value } object into the parameter values in catalogue order, as the C++ core
// takes them. Values themselves are checked by the core (validateParameters); this only maps
// names, aliases and choice names.
import { describe, quoteList } from "./describe.js";

function parameterNames(fn) {
  return fn.parameters.map(({ name, aliases }) =>
    aliases.length ? `'${name}' (alias ${quoteList(aliases)})` : `'${name}'`,
  );
}

function unknownParameter(fn, key) {
  const valid = fn.parameters.length
    ? `valid parameters: ${parameterNames(fn).join(", ")}`
    : "it takes no parameters";
  return new Error(`${fn.id}: unknown parameter '${key}'; ${valid}`);
}

function numericValue(fn, parameter, value) {
  if (parameter.choices.length) {
    if (typeof value === "string" && parameter.choices.includes(value)) {
      return parameter.choices.indexOf(value);
    }
    if (typeof value !== "number") {
      throw new Error(
        `${fn.id}: parameter '${parameter.name}' must be one of ${quoteList(parameter.choices)}, ` +
          `got ${describe(value)}`,
      );
    }
    return value;
  }
  if (typeof value !== "number") {
    throw new Error(
      `${fn.id}: parameter '${parameter.name}' must be a number, got ${describe(value)}`,
    );
  }
  return value;
}

function defaultValue(parameter) {
  return parameter.choices.length
    ? parameter.choices.indexOf(parameter.default)
    : parameter.default;
}

// Parameters left out, or given as undefined, take their defaults.
export function resolveParameters(fn, params) {
  if (params === undefined || params === null) params = {};
  if (typeof params !== "object" || Array.isArray(params)) {
    throw new Error(
      `${fn.id}: params must be an object of parameter values by name, got ${describe(params)}`,
    );
  }
  const values = Float64Array.from(fn.parameters, defaultValue);
  const givenAs = new Map();
  for (const [key, value] of Object.entries(params)) {
    const index = fn.parameters.findIndex(
      ({ name, aliases }) => name === key || aliases.includes(key),
    );
    if (index < 0) throw unknownParameter(fn, key);
    if (value === undefined) continue;
    if (givenAs.has(index)) {
      throw new Error(
        `${fn.id}: parameter '${fn.parameters[index].name}' given twice, as ` +
          `'${givenAs.get(index)}' and '${key}'; give one of them`,
      );
    }
    givenAs.set(index, key);
    values[index] = numericValue(fn, fn.parameters[index], value);
  }
  return values;
}
