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

// What the inset shows, or null: { lines: [{ line, end, slope }], low, high, magnification }.
export function computeInset(lines, yMin, yMax) {
  const span = yMax - yMin;
  const flat = [];
  let low = Infinity;
  let high = -Infinity;
  for (const line of lines) {
    if (line.x[0] >= 0) continue;
    const side = negativeSide(line);
    const extent = side.high - side.low;
    if (!(extent > 0 && extent < FLAT_SHARE * span)) continue;
    flat.push({ line, end: side.end, slope: constantSlope(line, side.end) });
    low = Math.min(low, side.low);
    high = Math.max(high, side.high);
  }
  if (flat.length === 0) return null;
  return {
    lines: flat,
    low,
    high,
    magnification: Math.round(span / (high - low)),
  };
}

function drawFrame(ctx, box, theme) {
  ctx.fillStyle = theme.inset;
  ctx.strokeStyle = theme.axis;
  ctx.lineWidth = 1;
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.width - 1, box.height - 1);
}

function drawCurves(ctx, inset, plot, theme) {
  const xLow = inset.lines[0].line.x[0];
  const pad = (inset.high - inset.low) * 0.1;
  const yLow = inset.low - pad;
  const yHigh = inset.high + pad;
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
  ctx.fillText(formatShort(inset.low), plot.left - 4, py(inset.low));
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.fillText(formatNumber(xLow), plot.left, plot.top + plot.height + 3);
  ctx.fillText("0", plot.left + plot.width, plot.top + plot.height + 3);
}

function drawLabels(ctx, inset, box, theme) {
  ctx.fillStyle = theme.text;
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.fillText(
    `x < 0, y magnified ×${inset.magnification}`,
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

// getView() supplies { theme, inset: "auto" | "off", insetLines: [{ label, colorIndex, x, y, dy }] }.
export function insetPlugin(getView) {
  return {
    id: "activationPlotInset",
    afterDatasetsDraw(chart) {
      const view = getView();
      const area = chart.chartArea;
      if (view.inset === "off" || !area || !chart.scales.y || area.width < 240)
        return;
      const inset = computeInset(
        view.insetLines,
        chart.scales.y.min,
        chart.scales.y.max,
      );
      if (!inset) return;
      const box = {
        left: area.left + 8,
        top: area.top + 8,
        width: area.width * 0.44,
        height: area.height * 0.4,
      };
      const slopeRows = inset.lines.filter(
        ({ slope }) => slope !== null,
      ).length;
      const plot = {
        left: box.left + 44,
        top: box.top + 24 + slopeRows * 14,
        width: box.width - 56,
        height: 0,
      };
      plot.height = box.top + box.height - 18 - plot.top;
      if (plot.height < 20) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = `11px system-ui, sans-serif`;
      drawFrame(ctx, box, view.theme);
      drawCurves(ctx, inset, plot, view.theme);
      drawLabels(ctx, inset, box, view.theme);
      ctx.restore();
    },
  };
}
