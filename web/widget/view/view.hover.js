// The hover crosshair: which x the pointer or a key selects, the exact values there, and the
// read-out that shows them.
import { formatExact } from "../data/data.format.js";
import { seriesLabel } from "../data/data.series.js";

const clamp = (x, { xMin, xMax }) => Math.min(xMax, Math.max(xMin, x));

function hoverAtPixel(chart, pixel, options) {
  return clamp(chart.scales.x.getValueForPixel(pixel), options);
}

// The x a key moves the crosshair to (one sample, ten with Shift, Home/End), null for Escape,
// undefined for keys it ignores. The first key press starts at x = 0 or the middle.
function hoverForKey(event, current, options) {
  const { xMin, xMax, points } = options;
  if (event.key === "Escape") return null;
  const step = ((xMax - xMin) / (points - 1)) * (event.shiftKey ? 10 : 1);
  const start = xMin < 0 && xMax > 0 ? 0 : (xMin + xMax) / 2;
  const moves = { ArrowLeft: -step, ArrowRight: step };
  if (event.key === "Home") return xMin;
  if (event.key === "End") return xMax;
  if (!(event.key in moves)) return undefined;
  return current === undefined
    ? start
    : clamp(current + moves[event.key], options);
}

// f(x) and f'(x) of every curve at exactly x: the crosshair's dots and the read-out text.
function readAt(core, curves, x, derivative) {
  const xs = Float64Array.of(x);
  const values = curves.map(({ fn, params }) => ({
    fn,
    y: core.evaluate(fn.id, xs, params)[0],
    dy: core.derivative(fn.id, xs, params)[0],
  }));
  const points = values.flatMap(({ fn, y, dy }, index) => [
    { y, colorIndex: index, label: seriesLabel(fn, "value") },
    ...(derivative
      ? [{ y: dy, colorIndex: index, label: seriesLabel(fn, "derivative") }]
      : []),
  ]);
  const text = values.map(
    ({ fn, y, dy }) =>
      `${fn.name}: f(x) = ${formatExact(y)}, f′(x) = ${formatExact(dy)}`,
  );
  return { points, text: `x = ${formatExact(x)} · ${text.join(" · ")}` };
}

// Wires the canvas's pointer and keys to the read-out. `current()` returns { chart, core, curves,
// options } as drawn; `run(action)` turns an exception into the widget's message. Returns
// { point } (the hovered { x, points } or null, for the crosshair plugin) and refresh(), which
// reads the hovered x again after a change.
export function createHover({ canvas, readout }, signal, { current, run }) {
  let point = null;
  const set = (x) => {
    const { chart, core, curves, options } = current();
    const reading =
      x === null ? null : readAt(core, curves, x, options.derivative);
    point = reading && { x, points: reading.points };
    readout.textContent = reading?.text ?? "";
    chart.draw();
  };
  const listen = (type, listener) =>
    canvas.addEventListener(type, (event) => run(() => listener(event)), {
      signal,
    });
  listen("pointermove", (event) => {
    const { chart, options } = current();
    set(hoverAtPixel(chart, event.offsetX, options));
  });
  listen("pointerleave", () => set(null));
  listen("blur", () => set(null));
  listen("keydown", (event) => {
    const x = hoverForKey(event, point?.x, current().options);
    if (x === undefined) return;
    set(x);
    event.preventDefault();
  });
  return {
    get point() {
      return point;
    },
    refresh() {
      if (point) set(clamp(point.x, current().options));
    },
  };
}
