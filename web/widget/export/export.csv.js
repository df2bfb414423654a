// CSV of the plotted data: one row per x (the union of every curve's samples, kinks included),
// one column per curve, values computed by the core at exactly those x.

const field = (text) =>
  /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

function parameterText(params) {
  const entries = Object.entries(params);
  return entries.length
    ? `; ${entries.map(([name, value]) => `${name}=${value}`).join("; ")}`
    : "";
}

function unionOfXs(curves) {
  const all = new Float64Array(
    curves.reduce((count, curve) => count + curve.x.length, 0),
  );
  let offset = 0;
  for (const curve of curves) {
    all.set(curve.x, offset);
    offset += curve.x.length;
  }
  all.sort();
  return all.filter((x, index) => index === 0 || x !== all[index - 1]);
}

// curves: [{ id, params, x }]; returns the CSV text.
export function buildCsv(core, curves, derivative) {
  const xs = unionOfXs(curves);
  const header = ["x"];
  const columns = [xs];
  for (const { id, params } of curves) {
    header.push(`${id}(x${parameterText(params)})`);
    columns.push(core.evaluate(id, xs, params));
    if (derivative) {
      header.push(`d/dx ${id}(x${parameterText(params)})`);
      columns.push(core.derivative(id, xs, params));
    }
  }
  const rows = [header.map(field).join(",")];
  for (let i = 0; i < xs.length; i++)
    rows.push(columns.map((column) => String(column[i])).join(","));
  return `${rows.join("\n")}\n`;
}
