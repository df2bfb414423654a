// Options as attribute name/value pairs, the one textual form shared by the element's attributes,
// embed.html's query string, the shareable URL hash and the embed snippet.
import {
  DEFAULTS,
  OPTION_ATTRIBUTES,
  OptionError,
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

// A scoped parameter ("elu.alpha") is written unscoped when no other listed function has it.
function parameterAttribute(key, options, catalogue) {
  if (!key.includes(".")) return key;
  const [, name] = key.split(".", 2);
  const listed = catalogue.filter((fn) => options.functions.includes(fn.id));
  const holders = listed.filter((fn) =>
    fn.parameters.some((p) => p.name === name || p.aliases.includes(name)),
  );
  return holders.length === 1 && !(name in options.params) ? name : key;
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
  for (const [key, value] of Object.entries(options.params))
    entries.push([
      parameterAttribute(key, options, catalogue),
      attributeValue(key, value),
    ]);
  return entries;
}

export function isWidgetAttribute(name, catalogue) {
  return name in OPTION_ATTRIBUTES || isParameterKey(name, catalogue);
}

// Parses attributes into an option patch. `entries` pairs a name with a value, or null for an
// attribute that was removed (the option returns to its default). Names that are not widget
// attributes (class, id, style, ...) are ignored. Returns { patch, problems }.
export function attributesToPatch(entries, catalogue) {
  const patch = {};
  const problems = [];
  for (const [name, value] of entries) {
    try {
      if (name in OPTION_ATTRIBUTES) {
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
        patch.params = {
          ...patch.params,
          [name]:
            value === null || value === undefined
              ? null
              : parseParameter(name, value, catalogue),
        };
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
