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
import { formatNumber } from "./format.js";

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Title,
);

const FONT = {
  family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};

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

function axis(title, theme) {
  return {
    type: "linear",
    title: { display: true, text: title, color: theme.text, font: FONT },
    grid: { color: theme.grid },
    border: { color: theme.axis },
    ticks: {
      color: theme.muted,
      font: FONT,
      callback: (value) => formatNumber(value),
    },
  };
}

function styleDataset(dataset, line, theme) {
  const color = theme.palette[line.colorIndex % theme.palette.length];
  dataset.label = line.label;
  dataset.borderColor = color;
  dataset.backgroundColor = color;
  dataset.borderWidth = line.kind === "derivative" ? 1.75 : 2;
  dataset.borderDash = line.kind === "derivative" ? [6, 4] : [];
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

function applyView(chart, view) {
  const { options } = chart;
  const { theme } = view;
  options.plugins.title.text = view.title;
  options.plugins.title.color = theme.text;
  options.plugins.legend.display = view.lines.length > 1;
  options.plugins.legend.labels.color = theme.text;
  options.scales.x = { ...axis("x", theme), min: view.xMin, max: view.xMax };
  options.scales.y = axis(view.derivative ? "f(x), f′(x)" : "f(x)", theme);
  const datasets = chart.data.datasets;
  datasets.length = view.lines.length;
  view.lines.forEach((line, index) => {
    const dataset = (datasets[index] ??= {
      data: [],
      pointRadius: 0,
      pointHitRadius: 0,
      tension: 0,
    });
    styleDataset(dataset, line, theme);
    fillPoints(dataset.data, line.x, line.y);
  });
}

// getView() returns { title, theme, xMin, xMax, derivative, lines: [{ label, kind, colorIndex, x, y }] }.
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
    plugins: [backgroundPlugin(() => getView().theme), ...plugins],
  });
}

export function updateChart(chart, view, animate) {
  applyView(chart, view);
  chart.options.animation = animate ? { duration: 250 } : false;
  chart.update(animate ? undefined : "none");
}
