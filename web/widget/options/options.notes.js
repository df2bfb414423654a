// Notes on options that are valid but may not mean what the author expects: a shared parameter
// name ("alpha") that sets the parameters of several listed functions at once.
import { decidingKey } from "./options.js";

const listed = (items) =>
  items.length < 3
    ? items.join(" and ")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

// [{ fn, parameter }] of the listed functions whose parameter `key` decides.
function reached(key, options, catalogue) {
  return options.functions.flatMap((id) => {
    const fn = catalogue.find((candidate) => candidate.id === id);
    return (fn?.parameters ?? [])
      .filter((parameter) => decidingKey(fn, parameter, options.params) === key)
      .map((parameter) => ({ fn, parameter }));
  });
}

// One sentence per shared name that reaches more than one listed function.
export function sharedParameterNotes(options, catalogue) {
  return Object.keys(options.params)
    .filter((key) => !key.includes("."))
    .map((key) => [key, reached(key, options, catalogue)])
    .filter(([, targets]) => targets.length > 1)
    .map(([key, [first, second, ...rest]]) => {
      const names = [first, second, ...rest].map(
        ({ fn, parameter }) => `${fn.name} (${parameter.name})`,
      );
      const value = options.params[key];
      return `${key} applies to ${listed(names)}; write ${first.fn.id}(${first.parameter.name}=${value}) or ${second.fn.id}.${second.parameter.name}="${value}" to set one`;
    });
}
