// The Chart.js chart: only the pieces a line plot needs, registered once (tree-shakable).
// Datasets are reused across updates and their points mutated in place, so a slider step costs
// one pass over the data and one draw, with animation off.
import {
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Legend,
  Title,
} from "chart.js";
import { formatNumber } from "../data/data.format.js";
import { lineStyle } from "./chart.styles.js";
import { jumpsPlugin } from "./plugin.jumps.js";

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Title,
);

// A short family list: Chart.js sets ctx.font on every layout, and long lists cost time there.
const FONT = { family: "system-ui, sans-serif" };

function backgroundPlugin(getTheme) {
  return {
    id: "activationPlotBackground",
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = getTheme().background;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

function axis() {
  return {
    type: "linear",
    title: { display: true, font: FONT },
    grid: {},
    border: {},
    ticks: { font: FONT, callback: (value) => formatNumber(value) },
  };
}

// Sets only what changed, so Chart.js keeps its resolved options and scales between updates.
function assign(target, values) {
  for (const [key, value] of Object.entries(values))
    if (target[key] !== value) target[key] = value;
}

function styleAxis(scale, title, theme) {
  assign(scale.title, { text: title, color: theme.text });
  assign(scale.grid, { color: theme.grid });
  assign(scale.border, { color: theme.axis });
  assign(scale.ticks, { color: theme.muted });
}

function styleDataset(dataset, line, index, count, theme) {
  const style = lineStyle(line, index, count);
  const color = theme.palette[line.colorIndex % theme.palette.length];
  assign(dataset, {
    label: line.label,
    borderColor: color,
    backgroundColor: color,
    borderWidth: style.width,
    hidden: line.hidden,
  });
  if (dataset.borderDash !== style.dash) dataset.borderDash = style.dash;
}

function fillPoints(points, x, y) {
  if (points.length !== x.length) points.length = x.length;
  for (let i = 0; i < x.length; i++) {
    const point = points[i];
    if (point) {
      point.x = x[i];
      point.y = y[i];
    } else {
      points[i] = { x: x[i], y: y[i] };
    }
  }
  return points;
}

function visibleRange(lines) {
  let min = Infinity;
  let max = -Infinity;
  for (const { y, hidden } of lines) {
    if (hidden) continue;
    for (let i = 0; i < y.length; i++) {
      if (y[i] < min) min = y[i];
      if (y[i] > max) max = y[i];
    }
  }
  return { min, max };
}

// The author's bounds when set. While the reader drags a slider the range only grows, so curves
// can be compared step by step; otherwise Chart.js fits it to the data.
function yBounds(chart, view) {
  if (view.yMin !== null || view.yMax !== null)
    return { min: view.yMin ?? undefined, max: view.yMax ?? undefined };
  const shown = chart.scales?.y;
  if (!view.holdY || !shown) return { min: undefined, max: undefined };
  const data = visibleRange(view.lines);
  return {
    min: Math.min(shown.min, data.min),
    max: Math.max(shown.max, data.max),
  };
}

// The y array each dataset's points were last filled from: unchanged curves are not refilled.
const plotted = new WeakMap();

function applyView(chart, view) {
  const { options } = chart;
  const { theme } = view;
  assign(options.plugins.title, { text: view.title, color: theme.text });
  // The page shows an HTML legend; the canvas draws its own only for image exports.
  assign(options.plugins.legend, { display: false });
  assign(options.plugins.legend.labels, { color: theme.text });
  options.scales.x ??= axis();
  options.scales.y ??= axis();
  assign(options.scales.x, { min: view.xMin, max: view.xMax });
  styleAxis(options.scales.x, "x", theme);
  styleAxis(options.scales.y, view.derivative ? "f(x), f′(x)" : "f(x)", theme);
  assign(options.scales.y, yBounds(chart, view));
  const datasets = chart.data.datasets;
  datasets.length = view.lines.length;
  view.lines.forEach((line, index) => {
    const dataset = (datasets[index] ??= {
      data: [],
      pointRadius: 0,
      pointHitRadius: 0,
      tension: 0,
    });
    styleDataset(dataset, line, index, view.lines.length, theme);
    if (plotted.get(dataset) !== line.y)
      fillPoints(dataset.data, line.x, line.y);
    plotted.set(dataset, line.y);
  });
}

// getView() returns { title, theme, xMin, xMax, yMin, yMax, holdY, derivative,
// lines: [{ label, kind, colorIndex, x, y, jumps, hidden }] }.
export function createChart(canvas, getView, plugins) {
  const config = {
    data: { datasets: [] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      parsing: false,
      normalized: true,
      plugins: {
        title: { display: true, font: { ...FONT, size: 15, weight: "normal" } },
        legend: { labels: { font: FONT, boxHeight: 2 } },
      },
      scales: {},
    },
  };
  applyView(config, getView());
  return new Chart(canvas, {
    type: "line",
    ...config,
    plugins: [
      backgroundPlugin(() => getView().theme),
      jumpsPlugin(getView),
      ...plugins,
    ],
  });
}

export function updateChart(chart, view, animate) {
  applyView(chart, view);
  if (animate || chart.options.animation !== false)
    chart.options.animation = animate ? { duration: 250 } : false;
  chart.update(animate ? undefined : "none");
}

// A PNG of the chart with its legend drawn in, for exports.
export function chartImage(chart, view) {
  if (view.lines.length < 2) return chart.toBase64Image("image/png");
  chart.options.plugins.legend.display = true;
  chart.update("none");
  const image = chart.toBase64Image("image/png");
  chart.options.plugins.legend.display = false;
  chart.update("none");
  return image;
}
