// embed.html: one <activation-plot> whose attributes come from the query string, for platforms
// that only allow iframes. Only the widget's own attribute names are copied onto the element.
import { loadCore } from "./core/index.js";
import { isWidgetAttribute } from "./widget/options/options.attributes.js";
import "./widget/index.js";

const core = await loadCore();
const widget = document.createElement("activation-plot");
const ignored = [];
for (const [name, value] of new URLSearchParams(location.search)) {
  if (isWidgetAttribute(name, core.functions)) widget.setAttribute(name, value);
  else ignored.push(name);
}
if (ignored.length) {
  const note = document.createElement("p");
  note.className = "unknown";
  note.textContent = `Ignored unknown option${ignored.length > 1 ? "s" : ""}: ${ignored.join(", ")}`;
  document.body.append(note);
}
document.body.append(widget);
