// Options as attribute name/value pairs, the one textual form shared by the element's attributes,
// embed.html's query string, the shareable URL hash and the embed snippet. Parameters are written
// per function, as scoped attributes (elu.alpha="0.5"), so each reads back to the same curve.
import {
  DEFAULTS,
  OPTION_ATTRIBUTES,
  OptionError,
  addFunctions,
  decidingKey,
  isParameterKey,
  parseOption,
  parseParameter,
} from "./options.js";
import { formatExact } from "../data/data.format.js";

const plain = (value) =>
  formatExact(value).replace("−", "-").replace("e−", "e-");

function attributeValue(key, value) {
  if (key === "functions") return value.join(",");
  if (typeof value === "number") return plain(value);
  return String(value);
}

// Each parameter `options` sets for a listed function, scoped to it, with the value it uses;
// then the values kept for functions not listed. Shared names reaching none are left out.
function parameterEntries(options, catalogue) {
  const entries = [];
  for (const id of options.functions) {
    const fn = catalogue.find((candidate) => candidate.id === id);
    for (const parameter of fn.parameters) {
      const key = decidingKey(fn, parameter, options.params);
      if (key !== undefined)
        entries.push([`${fn.id}.${parameter.name}`, options.params[key]]);
    }
  }
  for (const [key, value] of Object.entries(options.params))
    if (key.includes(".") && !options.functions.includes(key.split(".")[0]))
      entries.push([key, value]);
  return entries;
}

// The attributes that reproduce `options`, leaving out defaults: [[name, value], ...].
export function optionsToAttributes(options, catalogue) {
  const entries = [];
  for (const [attribute, key] of Object.entries(OPTION_ATTRIBUTES)) {
    const value = options[key];
    const isDefault =
      key === "functions"
        ? value.join(",") === DEFAULTS.functions.join(",")
        : value === DEFAULTS[key];
    if (isDefault) continue;
    if (key === "derivative") entries.push([attribute, ""]);
    else entries.push([attribute, attributeValue(key, value)]);
  }
  for (const [key, value] of parameterEntries(options, catalogue))
    entries.push([key, attributeValue(key, value)]);
  return entries;
}

export function isWidgetAttribute(name, catalogue) {
  return name in OPTION_ATTRIBUTES || isParameterKey(name, catalogue);
}

// A changed `functions` attribute takes back the values its previous calls set and its new ones
// do not: "elu(alpha=2)" → "elu" returns ELU's alpha to its default.
function dropPreviousCalls(patch, previous, catalogue) {
  const before = {};
  try {
    addFunctions(before, previous, catalogue);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    return;
  }
  for (const key of Object.keys(before.params ?? {}))
    if (!(key in (patch.params ?? {})))
      patch.params = { ...patch.params, [key]: null };
}

// Parses attributes into an option patch. `entries` pairs a name with a value, or null for an
// attribute that was removed (the option returns to its default), and for a change optionally
// with the previous value. Names that are not widget attributes (class, id, style, ...) are
// ignored. Returns { patch, problems }.
export function attributesToPatch(entries, catalogue) {
  const patch = {};
  const problems = [];
  for (const [name, value, previous] of entries) {
    try {
      if (name === "functions") {
        if (value === null || value === undefined)
          patch.functions = DEFAULTS.functions;
        else addFunctions(patch, value, catalogue);
        if (previous !== null && previous !== undefined)
          dropPreviousCalls(patch, previous, catalogue);
      } else if (name in OPTION_ATTRIBUTES) {
        const key = OPTION_ATTRIBUTES[name];
        if (key === "derivative")
          patch[key] =
            value !== null && value !== undefined && parseOption(key, value);
        else
          patch[key] =
            value === null || value === undefined
              ? DEFAULTS[key]
              : parseOption(key, value);
      } else if (isParameterKey(name, catalogue)) {
        const [key, parsed] = parseParameter(name, value, catalogue);
        patch.params = { ...patch.params, [key]: parsed };
      }
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      problems.push(error);
    }
  }
  return { patch, problems };
}

export function toQuery(entries) {
  return new URLSearchParams(entries).toString();
}
