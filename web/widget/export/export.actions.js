// The export buttons' actions: PNG and CSV downloads; Python, embed snippet and link shown in the
// widget's output box and copied to the clipboard when the page allows it.
import { optionsToAttributes } from "../options/options.attributes.js";
import { buildCsv } from "./export.csv.js";
import { embedSnippet } from "./export.embed.js";
import { downloadPng, downloadText } from "./export.png.js";
import { numpyCode, torchCode } from "./export.python.js";
import { sampledKinks } from "../data/data.series.js";
import { shareUrl } from "../options/options.hash.js";

function showOutput({ output, outputText, outputStatus }, text, label) {
  output.hidden = false;
  outputText.value = text;
  outputText.setAttribute("aria-label", label);
  outputStatus.textContent = `${label}: copying…`;
  const copied =
    globalThis.navigator?.clipboard?.writeText(text) ??
    Promise.reject(new Error("no clipboard"));
  copied.then(
    () => (outputStatus.textContent = `${label}: copied to the clipboard.`),
    () =>
      (outputStatus.textContent = `${label}: select the text above and copy it.`),
  );
}

function pythonPlot({ curves, options, view }) {
  const kinks = [
    ...new Set(curves.flatMap(({ x }) => sampledKinks(x, options))),
  ].sort((a, b) => a - b);
  const { xMin, xMax, points, derivative } = options;
  return {
    plot: { title: view.title, xMin, xMax, points, kinks, derivative },
    curves: curves.map(({ fn, params }) => ({ fn, params, label: fn.name })),
  };
}

// `plot` is the widget: { chart, charts (the chart module), view, options, curves, core,
// catalogue, parts, hooks, guard }.
export function createExporters(plot) {
  const run = (action) => () => plot.guard(action);
  const show = (text, label) => showOutput(plot.parts, text, label);
  return {
    png: run(() =>
      downloadPng(plot.charts.chartImage(plot.chart, plot.view), plot.options),
    ),
    csv: run(() => {
      const curves = plot.curves.map(({ fn, params, x }) => ({
        id: fn.id,
        params,
        x,
      }));
      const csv = buildCsv(plot.core, curves, plot.options.derivative);
      show(csv, "CSV");
      downloadText(csv, `${plot.options.functions.join("-")}.csv`, "text/csv");
    }),
    numpy: run(() => {
      const { plot: figure, curves } = pythonPlot(plot);
      show(numpyCode(figure, curves), "Python (NumPy + matplotlib)");
    }),
    torch: run(() => {
      const { plot: figure, curves } = pythonPlot(plot);
      show(torchCode(figure, curves), "Python (PyTorch)");
    }),
    embed: run(() =>
      show(embedSnippet(plot.options, plot.catalogue), "Embed snippet"),
    ),
    link: run(() => {
      const key = plot.hooks.shareKey?.() ?? "activation-plot";
      const url = shareUrl(
        key,
        optionsToAttributes(plot.options, plot.catalogue),
      );
      history.replaceState(history.state, "", url);
      show(url, "Link");
    }),
  };
}
