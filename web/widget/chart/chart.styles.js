// How each line is stroked, shared by the chart and the HTML legend's swatches. Lines that
// coincide (relu′, leaky_relu′ and elu′ for x > 0) must all stay visible: Chart.js draws the last
// dataset first, so each later line is wider and shows as a rim under the earlier ones, and each
// derivative gets a dash pattern of its own.
const DASHES = [
  [6, 4],
  [12, 4],
  [3, 4],
  [12, 3, 3, 3],
  [18, 6],
  [8, 3, 2, 3],
];
const SOLID = [];
const MAX_EXTRA_WIDTH = 4.5;

function lineWidth(kind, index, count) {
  const base = kind === "derivative" ? 1.75 : 2;
  const step = count > 1 ? Math.min(1.25, MAX_EXTRA_WIDTH / (count - 1)) : 0;
  return base + step * index;
}

// The `index`-th of `count` lines: { width, dash } (dash: Chart.js's borderDash, [] when solid).
export function lineStyle({ kind, colorIndex }, index, count) {
  return {
    width: lineWidth(kind, index, count),
    dash: kind === "derivative" ? DASHES[colorIndex % DASHES.length] : SOLID,
  };
}
