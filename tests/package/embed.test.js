// The one-file embed dist/activation-plot.js as a page author uses it: copied next to a page and
// loaded with one <script src>, under a strict CSP, from file://, many times on a page, in a
// sandboxed iframe; and the packaged iframe page.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
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
  "embed",
);
const minutes = 60_000;
const strictCsp = "script-src 'self' 'wasm-unsafe-eval'";

let project;
let site;
let browser;
let server;
let packageServer;

beforeAll(async () => {
  project = await createScratchProject(referenceFiles);
  site = path.join(project.dir, "site");
  fs.mkdirSync(path.join(site, "vendor"), { recursive: true });
  fs.copyFileSync(
    path.join(project.packageDir, "dist", "activation-plot.js"),
    path.join(site, "vendor", "activation-plot.js"),
  );
  for (const page of fs.readdirSync(fixtures))
    fs.copyFileSync(path.join(fixtures, page), path.join(site, page));
  const headers = { "Content-Security-Policy": strictCsp };
  server = await serveDirectory(site, { headers });
  packageServer = await serveDirectory(path.join(project.packageDir, "dist"), {
    headers,
  });
  browser = await launchBrowser();
}, 10 * minutes);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await packageServer?.close();
  project?.remove();
});

function expectDrawn(plot) {
  expect(plot.pixels.painted / plot.pixels.total).toBeGreaterThan(0.01);
}

function expectDefaultFigure([plot]) {
  expect(
    plot.series.map(({ id, kind, params }) => ({ id, kind, params })),
  ).toEqual([
    { id: "leaky_relu", kind: "value", params: { negative_slope: 0.01 } },
  ]);
  const { x } = plot.series[0];
  expect([x[0], x.at(-1), x.includes(0)]).toEqual([-2, 2, true]);
}

function expectArticle(result) {
  expect(result.plots).toHaveLength(2);
  result.plots.forEach(expectDrawn);
  expectDefaultFigure(result.plots);
  const compared = result.plots[1].series.map(({ id, kind, params }) => ({
    id,
    kind,
    params,
  }));
  expect(compared).toEqual([
    { id: "relu", kind: "value", params: {} },
    { id: "relu", kind: "derivative", params: {} },
    { id: "leaky_relu", kind: "value", params: { negative_slope: 0.1 } },
    { id: "leaky_relu", kind: "derivative", params: { negative_slope: 0.1 } },
    { id: "elu", kind: "value", params: { alpha: 1 } },
    { id: "elu", kind: "derivative", params: { alpha: 1 } },
  ]);
  expect(result.wasmInstantiations).toBe(1);
  expectSeriesMatchCore(
    project,
    result.plots.flatMap((plot) => plot.series),
  );
}

// The plot article.js made with the global ActivationPlot.createActivationPlot.
async function expectPlotFromScript(page) {
  const series = await page.evaluate(async () => {
    document.getElementById("from-script").scrollIntoView();
    await window.plotFromScript.ready;
    return window.plotFromScript.data.series.map(
      ({ id, params, kind, x, y }) => ({
        id,
        params,
        kind,
        x: [...x],
        y: [...y],
      }),
    );
  });
  expect(series.map(({ id, params }) => [id, params])).toEqual([
    ["softshrink", { lambd: 1 }],
    ["hardshrink", { lambd: 1 }],
  ]);
  expect(series[0].x).toEqual(expect.arrayContaining([-1, 1]));
  expectSeriesMatchCore(project, series);
}

describe("one <script src> with the tags", () => {
  test(
    `over http under Content-Security-Policy: ${strictCsp}`,
    async () => {
      const { page, problems, requests, close } = await openPage(
        browser,
        `${server.url}article.html`,
      );
      try {
        const result = await inspectPlots(page, { minimum: 2 });
        expect(problems).toEqual([]);
        expect(result.plots.filter((plot) => plot.error)).toEqual([]);
        expectArticle(result);
        await expectPlotFromScript(page);
        expect(
          requests.filter(
            (url) => !url.endsWith(".html") && !url.endsWith(".js"),
          ),
        ).toEqual([]);
        // The policy was in force: an inline script is refused.
        const inlineScript = await page.evaluate(
          () =>
            new Promise((resolve) => {
              document.addEventListener("securitypolicyviolation", (event) =>
                resolve(event.effectiveDirective),
              );
              const script = document.createElement("script");
              script.textContent = "window.inlineScriptRan = true";
              document.head.append(script);
              setTimeout(
                () =>
                  resolve(
                    window.inlineScriptRan ? "ran" : "no violation reported",
                  ),
                2000,
              );
            }),
        );
        expect(inlineScript).toMatch(/^script-src/);
      } finally {
        await close();
      }
    },
    2 * minutes,
  );

  test(
    "opened straight from disk (file://)",
    async () => {
      const url = pathToFileURL(path.join(site, "article.html")).href;
      const { page, problems, close } = await openPage(browser, url);
      try {
        const result = await inspectPlots(page, { minimum: 2 });
        expect(problems).toEqual([]);
        expect(result.plots.filter((plot) => plot.error)).toEqual([]);
        expectArticle(result);
        await expectPlotFromScript(page);
      } finally {
        await close();
      }
    },
    2 * minutes,
  );

  test(
    "twelve widgets on a page share one WebAssembly instantiation",
    async () => {
      const { page, problems, close } = await openPage(
        browser,
        `${server.url}many.html`,
      );
      try {
        const result = await inspectPlots(page, { minimum: 12 });
        expect(problems).toEqual([]);
        expect(result.plots.filter((plot) => plot.error)).toEqual([]);
        expect(result.plots).toHaveLength(12);
        result.plots.forEach(expectDrawn);
        expect(result.wasmInstantiations).toBe(1);
        expectSeriesMatchCore(
          project,
          result.plots.flatMap((plot) => plot.series),
        );
      } finally {
        await close();
      }
    },
    2 * minutes,
  );
});

describe("in iframes", () => {
  test(
    "the page dist/embed.html renders the plot its query string describes, cross-origin",
    async () => {
      const query =
        "functions=leaky_relu,elu&leaky_relu.negative_slope=0.1&x-min=-3&derivative";
      const host = `<!doctype html><meta charset="utf-8"><title>host</title>
        <iframe src="${packageServer.url}embed.html?${query}" width="760" height="620" title="plot"></iframe>`;
      fs.writeFileSync(path.join(site, "host.html"), host);
      const { page, problems, close } = await openPage(
        browser,
        `${server.url}host.html`,
      );
      try {
        const frame = await (
          await page.waitForSelector("iframe")
        ).contentFrame();
        await frame.waitForLoadState();
        const result = await inspectPlots(frame);
        expect(problems).toEqual([]);
        expect(result.plots.filter((plot) => plot.error)).toEqual([]);
        expect(result.plots).toHaveLength(1);
        expectDrawn(result.plots[0]);
        const series = result.plots[0].series;
        expect(series.map(({ id, kind }) => `${id} ${kind}`)).toEqual([
          "leaky_relu value",
          "leaky_relu derivative",
          "elu value",
          "elu derivative",
        ]);
        expect(series[0].x[0]).toBe(-3);
        expect(series[0].params).toEqual({ negative_slope: 0.1 });
        expect(series[2].params).toEqual({ alpha: 1 });
        expectSeriesMatchCore(project, series);
      } finally {
        await close();
      }
    },
    2 * minutes,
  );

  test(
    "the embed renders inside a sandboxed srcdoc <iframe>, as hosts that isolate outputs show it",
    async () => {
      const output = `<script src="${packageServer.url}activation-plot.js"></script><activation-plot functions="selu"></activation-plot>`;
      const escaped = output.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
      const host = `<!doctype html><meta charset="utf-8"><title>host</title>
        <iframe sandbox="allow-scripts" srcdoc="${escaped}" width="760" height="620" title="output"></iframe>`;
      fs.writeFileSync(path.join(site, "sandbox-host.html"), host);
      const plainServer = await serveDirectory(site);
      const { page, problems, close } = await openPage(
        browser,
        `${plainServer.url}sandbox-host.html`,
      );
      try {
        const frame = await (
          await page.waitForSelector("iframe")
        ).contentFrame();
        const result = await inspectPlots(frame);
        expect(problems).toEqual([]);
        expect(result.plots.filter((plot) => plot.error)).toEqual([]);
        expectDrawn(result.plots[0]);
        expect(result.plots[0].series.map(({ id }) => id)).toEqual(["selu"]);
        expectSeriesMatchCore(project, result.plots[0].series);
      } finally {
        await close();
        await plainServer.close();
      }
    },
    2 * minutes,
  );
});
