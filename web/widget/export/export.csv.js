// CSV of the plotted data: one row per x (the union of every curve's samples, kinks included),
// one column per curve, values computed by the core at exactly those x. Where a column jumps, its
// x has five rows, as in the widget's data: the left limit, an empty field (NaN, which breaks a
// plotted line), the value at x, an empty field, the right limit; the other columns repeat their
// value there.

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

const column = (values, jumps) => ({
  values,
  jumps: new Map(jumps.map((jump) => [jump.x, jump])),
});

// The five fields of a column at a jump, or its value five times.
function jumpFields({ values, jumps }, x, i) {
  const value = String(values[i]);
  const jump = jumps.get(x);
  return jump
    ? [String(jump.left), "", value, "", String(jump.right)]
    : Array(5).fill(value);
}

// curves: [{ id, params, x, jumps: { y, dy } }] (jumps as the core's curve gives them); returns
// the CSV text.
export function buildCsv(core, curves, derivative) {
  const xs = unionOfXs(curves);
  const header = ["x"];
  const columns = [];
  for (const { id, params, jumps } of curves) {
    header.push(`${id}(x${parameterText(params)})`);
    columns.push(column(core.evaluate(id, xs, params), jumps.y));
    if (derivative) {
      header.push(`d/dx ${id}(x${parameterText(params)})`);
      columns.push(column(core.derivative(id, xs, params), jumps.dy));
    }
  }
  const rows = [header.map(field).join(",")];
  xs.forEach((x, i) => {
    if (!columns.some(({ jumps }) => jumps.has(x))) {
      rows.push([x, ...columns.map(({ values }) => values[i])].join(","));
      return;
    }
    const fields = columns.map((c) => jumpFields(c, x, i));
    for (let row = 0; row < 5; row++)
      rows.push([x, ...fields.map((f) => f[row])].join(","));
  });
  return `${rows.join("\n")}\n`;
}
