// The HTML a page author pastes to get the current plot, attribute values escaped.
import { optionsToAttributes } from "../options/options.attributes.js";

const escapeAttribute = (value) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function embedSnippet(options, catalogue) {
  const attributes = optionsToAttributes(options, catalogue).map(
    ([name, value]) =>
      value === "" ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<activation-plot${attributes.join("")}></activation-plot>`;
}
