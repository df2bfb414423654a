// A magnified inset of the negative side, for curves whose x < 0 part is too flat to read at the
// chart's scale (Leaky ReLU's 0.01 slope looks like ReLU), labelled with the slope when constant.
import { formatNumber, formatShort } from "../data/data.format.js";

// Curves are magnified when their x ≤ 0 part spans less than this share of the y axis.
const FLAT_SHARE = 0.05;

function negativeSide(line) {
  let end = 0;
  while (end < line.x.length && line.x[end] <= 0) end++;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < end; i++) {
    low = Math.min(low, line.y[i]);
    high = Math.max(high, line.y[i]);
  }
  return { end, low, high };
}

// The exact slope when f' is the same at every sampled x < 0, else null.
function constantSlope(line, end) {
  let last = end;
  while (last > 0 && line.x[last - 1] >= 0) last--;
  if (last === 0) return null;
  const slope = line.dy[0];
  for (let i = 1; i < last; i++) if (line.dy[i] !== slope) return null;
  return slope;
}

// What the inset shows, or null: { lines: [{ line, end, slope }], low, high }. `only`: a
// function id the author named, shown whatever its flatness; otherwise every curve whose x ≤ 0
// part is too flat to read, as long as one of them is not constant (ReLU's 0 is shown next to
// Leaky ReLU's 0.01 slope, which it hides in the chart).
export function computeInset(lines, yMin, yMax, only = null) {
  const span = yMax - yMin;
  const shown = [];
  let low = Infinity;
  let high = -Infinity;
  for (const line of lines) {
    if (line.x[0] >= 0 || (only !== null && line.id !== only)) continue;
    const side = negativeSide(line);
    if (only === null && !(side.high - side.low < FLAT_SHARE * span)) continue;
    shown.push({ line, end: side.end, slope: constantSlope(line, side.end) });
    low = Math.min(low, side.low);
    high = Math.max(high, side.high);
  }
  if (shown.length === 0 || (only === null && !(high > low))) return null;
  return { lines: shown, low, high };
}

// The inset's y range: the curves' with a margin, or around a constant.
function insetRange({ low, high }) {
  const half = (high - low) * 0.6 || (Math.abs(low) || 1) * 0.1;
  const middle = (low + high) / 2;
  return { yLow: middle - half, yHigh: middle + half };
}

// Whether the segment from (x1, y1) to (x2, y2) meets `box` (Liang–Barsky clipping).
function segmentMeets(x1, y1, x2, y2, box) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges = [
    [-dx, x1 - box.left],
    [dx, box.left + box.width - x1],
    [-dy, y1 - box.top],
    [dy, box.top + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

// Whether any drawn line or dot of the chart (at its pixel positions) meets `box`.
export function coversData(chart, box) {
  const margin = 6;
  const area = {
    left: box.left - margin,
    top: box.top - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
  for (let index = 0; index < chart.data.datasets.length; index++) {
    if (!chart.isDatasetVisible(index)) continue;
    const points = chart.getDatasetMeta(index).data;
    let previous = null;
    for (const point of points) {
      if (point.skip || !Number.isFinite(point.y)) {
        previous = null;
        continue;
      }
      const from = previous ?? point;
      if (segmentMeets(from.x, from.y, point.x, point.y, area)) return true;
      previous = point;
    }
  }
  return false;
}

const SIZES = [1, 0.75, 0.55];
const MARGIN = 8;

// Boxes to try, largest first: the plot area's corners, then the middle of its sides.
function candidateBoxes(area) {
  const boxes = [];
  for (const size of SIZES) {
    const width = area.width * 0.44 * size;
    const height = area.height * 0.4 * size;
    const lefts = [area.left + MARGIN, area.right - MARGIN - width];
    const tops = [
      area.top + MARGIN,
      area.bottom - MARGIN - height,
      (area.top + area.bottom - height) / 2,
    ];
    for (const top of tops)
      for (const left of lefts) boxes.push({ left, top, width, height });
  }
  return boxes;
}

// Where the curves go inside `box`, below the label rows, or null when too small.
function plotBox(box, slopeRows) {
  const plot = {
    left: box.left + 44,
    top: box.top + 24 + slopeRows * 14,
    width: box.width - 56,
  };
  plot.height = box.top + box.height - 18 - plot.top;
  return plot.height >= 20 && plot.width >= 40 ? plot : null;
}

// The inset to draw on `chart`, or null: the first candidate box that covers no drawn data, with
// { box, plot, yLow, yHigh } and the true magnification, the ratio of the inset's pixels per
// y unit to the chart's.
export function insetLayout(chart, lines, only) {
  const area = chart.chartArea;
  const { min, max } = chart.scales.y;
  const inset = computeInset(lines, min, max, only);
  if (!inset) return null;
  const slopeRows = inset.lines.filter(({ slope }) => slope !== null).length;
  const { yLow, yHigh } = insetRange(inset);
  for (const box of candidateBoxes(area)) {
    const plot = plotBox(box, slopeRows);
    if (!plot || coversData(chart, box)) continue;
    const magnification =
      plot.height / (yHigh - yLow) / (area.height / (max - min));
    return { ...inset, box, plot, yLow, yHigh, magnification };
  }
  return null;
}

function drawFrame(ctx, box, theme) {
  ctx.fillStyle = theme.inset;
  ctx.strokeStyle = theme.axis;
  ctx.lineWidth = 1;
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1);
}

function drawCurves(ctx, inset, theme) {
  const { plot, yLow, yHigh } = inset;
  const xLow = inset.lines[0].line.x[0];
  const px = (x) => plot.left + ((x - xLow) / (0 - xLow)) * plot.width;
  const py = (y) =>
    plot.top + plot.height - ((y - yLow) / (yHigh - yLow)) * plot.height;
  for (const { line, end } of inset.lines) {
    ctx.strokeStyle = theme.palette[line.colorIndex % theme.palette.length];
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let i = 0; i < end; i++)
      ctx[i === 0 ? "moveTo" : "lineTo"](
        px(Math.max(line.x[i], xLow)),
        py(line.y[i]),
      );
    ctx.stroke();
  }
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.fillText(formatShort(inset.high), plot.left - 4, py(inset.high));
  if (inset.low !== inset.high)
    ctx.fillText(formatShort(inset.low), plot.left - 4, py(inset.low));
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.fillText(formatNumber(xLow), plot.left, plot.top + plot.height + 3);
  ctx.fillText("0", plot.left + plot.width, plot.top + plot.height + 3);
}

// The factor as read: whole numbers from 10 up, else two significant digits.
export const magnificationText = (factor) =>
  factor >= 10
    ? String(Math.round(factor))
    : formatShort(Number(factor.toPrecision(2)));

function drawLabels(ctx, inset, theme) {
  const { box } = inset;
  ctx.fillStyle = theme.text;
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.fillText(
    `x < 0, y magnified ×${magnificationText(inset.magnification)}`,
    box.left + 6,
    box.top + 5,
  );
  const slopes = inset.lines.filter(({ slope }) => slope !== null);
  slopes.forEach(({ line, slope }, index) => {
    ctx.fillStyle = theme.palette[line.colorIndex % theme.palette.length];
    const prefix = inset.lines.length > 1 ? `${line.label}: ` : "";
    ctx.fillText(
      `${prefix}slope ${formatNumber(slope)}`,
      box.left + 6,
      box.top + 20 + index * 14,
    );
  });
}

// getView() supplies { theme, inset: "auto" | "off" | a function id,
// insetLines: [{ id, label, colorIndex, x, y, dy }] }. The layout is kept while neither the view
// nor the chart's geometry changes, so hovering does not search for a place again.
export function insetPlugin(getView) {
  let kept = { key: null, layout: null };
  return {
    id: "activationPlotInset",
    afterDatasetsDraw(chart) {
      const view = getView();
      const area = chart.chartArea;
      if (view.inset === "off" || !area || !chart.scales.y || area.width < 240)
        return;
      const { min, max } = chart.scales.y;
      const key = [view, area.width, area.height, min, max];
      if (!kept.key?.every((part, index) => part === key[index]))
        kept = {
          key,
          layout: insetLayout(
            chart,
            view.insetLines,
            view.inset === "auto" ? null : view.inset,
          ),
        };
      const inset = kept.layout;
      if (!inset) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = `11px system-ui, sans-serif`;
      drawFrame(ctx, inset.box, view.theme);
      drawCurves(ctx, inset, view.theme);
      drawLabels(ctx, inset, view.theme);
      ctx.restore();
    },
  };
}
