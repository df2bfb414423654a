// Building DOM from data: strings always become text nodes, never HTML.

// h("label", { for: "a", className: "b" }, "text", child) → element.
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat())
    if (child !== null && child !== undefined && child !== false)
      node.append(child);
  return node;
}

let counter = 0;
// An id unique within the page's widgets, for label/for and aria references.
export const uniqueId = (prefix) => `${prefix}-${++counter}`;
