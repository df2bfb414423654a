// The hover crosshair's logic: which x the pointer or a key selects, and the exact values there.
import { formatExact } from "../data/data.format.js";

const clamp = (x, { xMin, xMax }) => Math.min(xMax, Math.max(xMin, x));

export function bindPointer(canvas, signal, { atPixel, leave, key }) {
  canvas.addEventListener("pointermove", (event) => atPixel(event.offsetX), {
    signal,
  });
  canvas.addEventListener("pointerleave", leave, { signal });
  canvas.addEventListener("blur", leave, { signal });
  canvas.addEventListener("keydown", key, { signal });
}

export function hoverAtPixel(chart, pixel, options) {
  return clamp(chart.scales.x.getValueForPixel(pixel), options);
}

// The x a key moves the crosshair to (one sample, ten with Shift, Home/End), null for Escape,
// undefined for keys it ignores. The first key press starts at x = 0 or the middle.
export function hoverForKey(event, current, options) {
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
export function readAt(core, curves, x, derivative) {
  const xs = Float64Array.of(x);
  const values = curves.map(({ fn, params }) => ({
    fn,
    y: core.evaluate(fn.id, xs, params)[0],
    dy: core.derivative(fn.id, xs, params)[0],
  }));
  const points = values.flatMap(({ y, dy }, index) => [
    { y, colorIndex: index },
    ...(derivative ? [{ y: dy, colorIndex: index }] : []),
  ]);
  const text = values.map(
    ({ fn, y, dy }) =>
      `${fn.name}: f(x) = ${formatExact(y)}, f′(x) = ${formatExact(dy)}`,
  );
  return { points, text: `x = ${formatExact(x)} · ${text.join(" · ")}` };
}
