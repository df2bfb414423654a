// The catalogue of functions as the C++ core describes it (see cpp/core/catalogue_json.h).
import { describe, quoteList, shorten } from "./describe.js";

function deepFreeze(value) {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// JSON has no infinity: an unbounded side of a domain comes as null.
function withInfiniteBounds(parameter) {
  if (!parameter.domain) return parameter;
  const { min, max } = parameter.domain;
  return {
    ...parameter,
    domain: {
      ...parameter.domain,
      min: min ?? -Infinity,
      max: max ?? Infinity,
    },
  };
}

// Properties as the core writes them (cpp/core/catalogue_json.h), with infinite range ends
// (null in JSON) restored; frozen.
export function parseProperties(properties) {
  return deepFreeze({
    ...properties,
    range: properties.range.map((interval) => ({
      ...interval,
      min: interval.min ?? -Infinity,
      max: interval.max ?? Infinity,
    })),
  });
}

export function parseCatalogue(json) {
  const functions = JSON.parse(json).map((fn) => ({
    ...fn,
    parameters: fn.parameters.map(withInfiniteBounds),
    properties: parseProperties(fn.properties),
  }));
  return deepFreeze(functions);
}

export function catalogueIndex(functions) {
  const byId = new Map(functions.map((fn) => [fn.id, fn]));
  const valid = `valid ids: ${quoteList([...byId.keys()])}`;
  return function findFunction(id) {
    if (typeof id !== "string")
      throw new Error(
        `id must be a function id (a string such as 'relu'), got ${describe(id)}; ${valid}`,
      );
    const fn = byId.get(id);
    if (!fn) throw new Error(`unknown function '${shorten(id)}'; ${valid}`);
    return fn;
  };
}
