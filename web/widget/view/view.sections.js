// One section per curve under the chart: its name, formula and property badges. A section is
// built only when its own curve's function or parameters change; the others stay in place.
import { h } from "./view.dom.js";
import { propertyBadges } from "./view.badges.js";
import { renderFormula } from "./view.formula.js";

export function createFormulaSections(container) {
  let sections = [];
  return {
    // curves: [{ fn, params }] (badges from core.properties); `shown` false empties the container.
    update(core, curves, shown) {
      const previous = new Map(
        sections.map((section) => [section.key, section]),
      );
      sections = shown
        ? curves.map(({ fn, params }) => {
            const key = JSON.stringify([fn.id, params]);
            return (
              previous.get(key) ?? {
                key,
                node: h(
                  "section",
                  { className: "formula" },
                  h("h3", {}, fn.name),
                  renderFormula(fn.formula, params),
                  propertyBadges(core, fn, params),
                ),
              }
            );
          })
        : [];
      const nodes = sections.map(({ node }) => node);
      const children = container.children;
      if (
        nodes.length !== children.length ||
        nodes.some((node, index) => children[index] !== node)
      )
        container.replaceChildren(...nodes);
    },
  };
}
