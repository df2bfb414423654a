// The export buttons' actions: PNG and CSV downloads; Python, embed snippet and link shown in the
// widget's output box and copied to the clipboard when the page allows it.
import { optionsToAttributes } from "../options/options.attributes.js";
import { buildCsv } from "./export.csv.js";
import { embedSnippet } from "./export.embed.js";
import { downloadPng, downloadText } from "./export.png.js";
import { numpyCode, torchCode } from "./export.python.js";
import { curveLine, sampledKinks } from "../data/data.series.js";
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

function pythonPlot({ curves, options, title }) {
  const kinks = [
    ...new Set(curves.flatMap(({ x }) => sampledKinks(x, options))),
  ].sort((a, b) => a - b);
  const { xMin, xMax, points, derivative } = options;
  return {
    plot: { title, xMin, xMax, points, kinks, derivative },
    curves: curves.map((curve) => ({
      fn: curve.fn,
      params: curve.params,
      label: curve.fn.name,
      jumps: {
        value: curveLine(curve, "value").jumps,
        derivative: curveLine(curve, "derivative").jumps,
      },
    })),
  };
}

// The actions behind the export buttons. `output`: the output box's parts { output, outputText,
// outputStatus }. `source`: { core, catalogue, current() → { options, curves, title } as drawn,
// image() → the chart as a PNG data URL, shareKey(), run(action) → runs it, turning an exception
// into the widget's message }.
export function createExporters(
  output,
  { core, catalogue, current, image, shareKey, run },
) {
  const action = (perform) => () => run(perform);
  const show = (text, label) => showOutput(output, text, label);
  return {
    png: action(() => downloadPng(image(), current().options)),
    csv: action(() => {
      const { options, curves } = current();
      const series = curves.map(({ fn, params, x, jumps }) => ({
        id: fn.id,
        params,
        x,
        jumps,
      }));
      const csv = buildCsv(core, series, options.derivative);
      show(csv, "CSV");
      downloadText(csv, `${options.functions.join("-")}.csv`, "text/csv");
    }),
    numpy: action(() => {
      const { plot, curves } = pythonPlot(current());
      show(numpyCode(plot, curves), "Python (NumPy + matplotlib)");
    }),
    torch: action(() => {
      const { plot, curves } = pythonPlot(current());
      show(torchCode(plot, curves), "Python (PyTorch)");
    }),
    embed: action(() =>
      show(embedSnippet(current().options, catalogue), "Embed snippet"),
    ),
    link: action(() => {
      const url = shareUrl(
        shareKey(),
        optionsToAttributes(current().options, catalogue),
      );
      history.replaceState(history.state, "", url);
      show(url, "Link");
    }),
  };
}
