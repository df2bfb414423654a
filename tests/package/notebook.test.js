// A Jupyter notebook whose outputs embed the widget (as IPython.display.HTML writes them),
// exported with nbconvert and opened over http and from disk: the plots must render.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspectPlots, launchBrowser, openPage } from "./helpers/browser.js";
import { expectSeriesMatchCore, referenceFiles } from "./helpers/reference.js";
import { createScratchProject } from "./helpers/scratch.js";
import { serveDirectory } from "./helpers/server.js";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures",
  "notebook",
);
const minutes = 60_000;
const scriptTag = '<script src="activation-plot.js"></script>';

// Upstream nbconvert's page loads RequireJS and MathJax from a CDN (Debian's build points at
// local copies instead; we convert with the upstream addresses). The browser here is offline, so
// those requests are answered locally: an AMD loader whose global `define` is what breaks UMD
// bundles in exported notebooks, and an empty MathJax.
const requireJsUrl =
  "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js";
const mathJaxUrl =
  "https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js";
const amdLoader = `window.define = function define() {}; window.define.amd = { jQuery: true };
window.require = window.requirejs = function require() {}; window.requirejs.config = function () {};`;
const offline = (url) => ({
  status: 200,
  contentType: "text/javascript",
  body: url.startsWith(requireJsUrl) ? amdLoader : "",
});

let project;
let exported;
let browser;
let server;

// The same notebook with the embed pasted into the output: one self-contained HTML file.
function selfContained(notebook, embed) {
  for (const cell of notebook.cells) {
    for (const output of cell.outputs ?? []) {
      const html = [output.data["text/html"]].flat().join("");
      output.data["text/html"] = html.replace(
        scriptTag,
        () => `<script>${embed}</script>`,
      );
    }
  }
  return notebook;
}

function nbconvert(args) {
  try {
    return execFileSync("jupyter-nbconvert", args, {
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new Error(
        "jupyter-nbconvert not found: install Debian's jupyter-nbconvert (python3-nbconvert)",
      );
    }
    throw error;
  }
}

beforeAll(async () => {
  project = await createScratchProject(referenceFiles);
  const notebooks = path.join(project.dir, "notebooks");
  exported = path.join(notebooks, "html");
  fs.mkdirSync(exported, { recursive: true });
  const embedFile = path.join(project.packageDir, "dist", "activation-plot.js");
  const notebook = fs.readFileSync(
    path.join(fixtures, "explainer.ipynb"),
    "utf8",
  );
  fs.writeFileSync(path.join(notebooks, "explainer.ipynb"), notebook);
  const inlined = selfContained(
    JSON.parse(notebook),
    fs.readFileSync(embedFile, "utf8"),
  );
  fs.writeFileSync(
    path.join(notebooks, "self-contained.ipynb"),
    JSON.stringify(inlined),
  );
  nbconvert([
    "--to",
    "html",
    `--HTMLExporter.require_js_url=${requireJsUrl}`,
    `--HTMLExporter.mathjax_url=${mathJaxUrl}`,
    "--output-dir",
    exported,
    path.join(notebooks, "explainer.ipynb"),
    path.join(notebooks, "self-contained.ipynb"),
  ]);
  // What an author publishes: the exported page with the embed beside it.
  fs.copyFileSync(embedFile, path.join(exported, "activation-plot.js"));
  server = await serveDirectory(exported);
  browser = await launchBrowser();
}, 10 * minutes);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.remove();
});

async function expectNotebookPlots(url) {
  const { page, problems, close } = await openPage(browser, url, { offline });
  try {
    expect(await page.evaluate(() => typeof window.define?.amd)).toBe("object");
    const result = await inspectPlots(page, { minimum: 2 });
    expect(problems).toEqual([]);
    expect(result.plots.filter((plot) => plot.error)).toEqual([]);
    expect(result.wasmInstantiations).toBe(1);
    expect(result.plots).toHaveLength(2);
    for (const plot of result.plots) {
      expect(plot.pixels.painted / plot.pixels.total).toBeGreaterThan(0.01);
    }
    const [seed, saturation] = result.plots.map((plot) => plot.series);
    expect(seed.map(({ id, params }) => ({ id, params }))).toEqual([
      { id: "leaky_relu", params: { negative_slope: 0.01 } },
    ]);
    expect(seed[0].x.includes(0)).toBe(true);
    expect(saturation.map(({ id, kind }) => `${id} ${kind}`)).toEqual([
      "sigmoid value",
      "sigmoid derivative",
      "tanh value",
      "tanh derivative",
    ]);
    expect([saturation[0].x[0], saturation[0].x.at(-1)]).toEqual([-6, 6]);
    expectSeriesMatchCore(project, [...seed, ...saturation]);
  } finally {
    await close();
  }
}

describe.each([
  ["explainer", "the embed beside the page, included by every output"],
  ["self-contained", "the embed pasted into the output"],
])("notebook exported with nbconvert: %s (%s)", (name) => {
  test(
    "renders over http",
    () => expectNotebookPlots(`${server.url}${name}.html`),
    2 * minutes,
  );

  test(
    "renders opened from disk (file://)",
    () =>
      expectNotebookPlots(
        pathToFileURL(path.join(exported, `${name}.html`)).href,
      ),
    2 * minutes,
  );
});
