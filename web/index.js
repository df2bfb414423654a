// The demo page: the widget, plus each example's embed snippet shown as text beneath it.
import "./widget/index.js";

const LOADER = `<script type="importmap">{ "imports": { "chart.js": "./node_modules/chart.js/dist/chart.js", "@kurkle/color": "./node_modules/@kurkle/color/dist/color.esm.js" } }</script>
<script type="module" src="./widget/index.js"></script>`;

function showSnippet(after, text) {
  const pre = document.createElement("pre");
  pre.className = "snippet";
  pre.textContent = text;
  after.after(pre);
}

document.getElementById("loader").textContent = LOADER;
for (const example of document.querySelectorAll(".example")) {
  const widget = example.querySelector("activation-plot, iframe");
  const copy = widget.cloneNode(false);
  if (copy.localName === "iframe")
    copy.src = `${new URL(copy.getAttribute("src"), location.href)}`;
  showSnippet(widget, copy.outerHTML.replace(/=""/g, ""));
}
