// The data-table fallback: f(x) (and f'(x)) of each curve at a few round x values plus every kink
// in range, computed by the core at exactly those x.
import { h } from "./view.dom.js";
import { formatExact } from "../data/data.format.js";
import { sampledKinks } from "../data/data.series.js";

const ROWS = 11;

function tableXs(curves, { xMin, xMax, points }) {
  const xs = new Set();
  for (let i = 0; i < ROWS; i++)
    xs.add(Number((xMin + ((xMax - xMin) * i) / (ROWS - 1)).toPrecision(12)));
  for (const curve of curves)
    for (const kink of sampledKinks(curve.x, { xMin, xMax, points }))
      xs.add(kink);
  return Float64Array.from([...xs].sort((a, b) => a - b));
}

export function dataTable(core, curves, options) {
  const xs = tableXs(curves, options);
  const { derivative } = options;
  const header = [h("th", { scope: "col" }, "x")];
  const columns = [];
  for (const { fn, params } of curves) {
    header.push(h("th", { scope: "col" }, `${fn.name} f(x)`));
    columns.push(core.evaluate(fn.id, xs, params));
    if (derivative) {
      header.push(h("th", { scope: "col" }, `${fn.name} f′(x)`));
      columns.push(core.derivative(fn.id, xs, params));
    }
  }
  const rows = Array.from(xs, (x, i) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, formatExact(x)),
      columns.map((column) => h("td", {}, formatExact(column[i]))),
    ),
  );
  return h(
    "table",
    {},
    h("caption", {}, "Values computed by the core"),
    h("thead", {}, h("tr", {}, header)),
    h("tbody", {}, rows),
  );
}
