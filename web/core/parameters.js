// Turns a { name: value } object into the parameter values in catalogue order, as the C++ core
// takes them. Values themselves are checked by the core (validateParameters); this only maps
// names, aliases and choice names.
import { describe, quoteList, readArgument, shorten } from "./describe.js";

function parameterNames(fn) {
  return fn.parameters.map(({ name, aliases }) =>
    aliases.length ? `'${name}' (alias ${quoteList(aliases)})` : `'${name}'`,
  );
}

function unknownParameter(fn, key) {
  const valid = fn.parameters.length
    ? `valid parameters: ${parameterNames(fn).join(", ")}`
    : "it takes no parameters";
  return new Error(`${fn.id}: unknown parameter '${shorten(key)}'; ${valid}`);
}

function numericValue(fn, parameter, key, value) {
  if (parameter.choices.length) {
    if (typeof value === "string" && parameter.choices.includes(value)) {
      return parameter.choices.indexOf(value);
    }
    if (typeof value !== "number") {
      throw new Error(
        `${fn.id}: parameter ${named(parameter, key)} must be one of ${quoteList(parameter.choices)}, ` +
          `got ${describe(value)}`,
      );
    }
    return value;
  }
  if (typeof value !== "number") {
    throw new Error(
      `${fn.id}: parameter ${named(parameter, key)} must be a number, got ${describe(value)}`,
    );
  }
  return value;
}

// A parameter as the caller named it: its name, or the alias and the name.
const named = (parameter, key) =>
  key === parameter.name ? `'${key}'` : `'${key}' (${parameter.name})`;

function defaultValue(parameter) {
  return parameter.choices.length
    ? parameter.choices.indexOf(parameter.default)
    : parameter.default;
}

// The params object's own enumerable entries, each read once; a getter or a Proxy trap that throws
// is reported as the parameter being read.
function readEntries(fn, params) {
  const isPlainObject = readArgument(
    `${fn.id}: params`,
    () => typeof params === "object" && !Array.isArray(params),
  );
  if (!isPlainObject) {
    throw new Error(
      `${fn.id}: params must be an object of parameter values by name, got ${describe(params)}`,
    );
  }
  const keys = readArgument(`${fn.id}: params`, () => Object.keys(params));
  return keys.map((key) => [
    key,
    readArgument(`${fn.id}: parameter '${shorten(key)}'`, () => params[key]),
  ]);
}

// { values, inCallersNames }: the parameter values in catalogue order (left out, or given as
// undefined, they take their defaults), and a function that rewrites a message of the core, which
// names parameters canonically, with the alias the caller used ("'alpha' (negative_slope)").
export function resolveParameters(fn, params) {
  const entries =
    params === undefined || params === null ? [] : readEntries(fn, params);
  const values = Float64Array.from(fn.parameters, defaultValue);
  const givenAs = new Map();
  for (const [key, value] of entries) {
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
    values[index] = numericValue(fn, fn.parameters[index], key, value);
  }
  const inCallersNames = (message) =>
    [...givenAs].reduce((text, [index, key]) => {
      const parameter = fn.parameters[index];
      return text.replaceAll(
        `parameter '${parameter.name}'`,
        `parameter ${named(parameter, key)}`,
      );
    }, message);
  return { values, inCallersNames };
}
