// The demo page: each example's embed snippet shown as text beneath it.
function showSnippet(after, text) {
  const pre = document.createElement("pre");
  pre.className = "snippet";
  pre.textContent = text;
  after.after(pre);
}

for (const example of document.querySelectorAll(".example")) {
  const widget = example.querySelector("activation-plot, iframe");
  const copy = widget.cloneNode(false);
  if (copy.localName === "iframe")
    copy.src = `${new URL(copy.getAttribute("src"), location.href)}`;
  showSnippet(widget, copy.outerHTML.replace(/=""/g, ""));
}
