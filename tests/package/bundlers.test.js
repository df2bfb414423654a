// Apps that import from 'activation-plot', built with Vite and with esbuild from the installed
// tarball (served under a strict CSP), in Vite's dev server, and unbundled through an import map,
// rendered in Chromium.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inspectPlots, launchBrowser, openPage } from "./helpers/browser.js";
import { cleanEnv, repoRoot } from "./helpers/pack.js";
import { expectSeriesMatchCore, referenceFiles } from "./helpers/reference.js";
import { createScratchProject } from "./helpers/scratch.js";
import { serveDirectory } from "./helpers/server.js";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures",
);
const minutes = 60_000;
const strictCsp = "script-src 'self' 'wasm-unsafe-eval'";
const bin = {
  vite: path.join(repoRoot, "node_modules", "vite", "bin", "vite.js"),
  esbuild: path.join(repoRoot, "node_modules", ".bin", "esbuild"),
};

const readApp = (name) =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(fixtures, name))
      .map((file) => [
        path.join(name, file),
        fs.readFileSync(path.join(fixtures, name, file), "utf8"),
      ]),
  );

const csp = { headers: { "Content-Security-Policy": strictCsp } };

// Runs a bundler with warnings on and everything else off; returns what it printed.
function build(command, args, cwd) {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: "utf8",
  });
  if (status !== 0)
    throw new Error(`${path.basename(command)} failed:\n${stdout}${stderr}`);
  return `${stdout}${stderr}`.trim();
}

// Each app as its author runs it: `{ server: { url, close() }, warnings, page }`; `warnings`
// is what its build printed, for apps that are built.
const apps = {
  "Vite (vite build)": async (project) => {
    const app = path.join(project.dir, "vite-app");
    const warnings = build(
      "node",
      [bin.vite, "build", "--logLevel", "warn"],
      app,
    );
    return {
      server: await serveDirectory(path.join(app, "dist"), csp),
      warnings,
    };
  },
  "Vite's dev server": async (project) => ({
    server: await viteDevServer(path.join(project.dir, "vite-app")),
  }),
  "no bundler (an import map)": async (project) => ({
    server: await serveDirectory(project.dir),
    page: "importmap-app/",
  }),
  esbuild: async (project) => {
    const app = path.join(project.dir, "esbuild-app");
    const out = path.join(app, "out");
    const warnings = build(
      bin.esbuild,
      [
        "main.js",
        "--bundle",
        "--minify",
        "--format=esm",
        "--loader:.wasm=file",
        "--log-level=warning",
        `--outdir=${out}`,
      ],
      app,
    );
    fs.copyFileSync(path.join(app, "index.html"), path.join(out, "index.html"));
    return { server: await serveDirectory(out, csp), warnings };
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function viteDevServer(root) {
  const port = await freePort();
  const child = spawn(
    "node",
    [bin.vite, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    {
      cwd: root,
      env: cleanEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const close = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + minutes;
  while (
    !(await fetch(url).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`vite dev server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, close };
}

let project;
let browser;
const servers = [];

beforeAll(async () => {
  project = await createScratchProject({
    ...referenceFiles,
    ...readApp("vite-app"),
    ...readApp("esbuild-app"),
    ...readApp("importmap-app"),
  });
  browser = await launchBrowser();
}, 10 * minutes);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  project?.remove();
});

describe.each(Object.keys(apps))("an app: %s", (app) => {
  let result;
  let fromJs;
  let problems;
  let buildWarnings;

  beforeAll(async () => {
    const { server, warnings, page = "" } = await apps[app](project);
    servers.push(server);
    buildWarnings = warnings;
    const opened = await openPage(browser, `${server.url}${page}`);
    try {
      result = await inspectPlots(opened.page);
      fromJs = await opened.page.evaluate(async () => {
        document.getElementById("from-js").scrollIntoView();
        await window.plotFromJs.ready;
        const { series } = window.plotFromJs.data;
        const canvas = window.plotFromJs.chart.canvas;
        return {
          series: series.map(({ id, params, kind, x, y }) => ({
            id,
            params,
            kind,
            x: [...x],
            y: [...y],
          })),
          width: canvas.width,
        };
      });
      problems = opened.problems;
    } finally {
      await opened.close();
    }
  }, 5 * minutes);

  if (!["Vite's dev server", "no bundler (an import map)"].includes(app)) {
    test("builds without warnings", () => {
      expect(buildWarnings).toBe("");
    });
  }

  test("loads with no console errors and one WebAssembly instantiation", () => {
    expect(problems).toEqual([]);
    expect(result.plots.filter((plot) => plot.error)).toEqual([]);
    expect(result.wasmInstantiations).toBe(1);
  });

  test("<activation-plot> draws the core's values", () => {
    const [plot] = result.plots;
    expect(plot.pixels.painted / plot.pixels.total).toBeGreaterThan(0.01);
    expect(plot.series.map(({ id, kind }) => `${id} ${kind}`)).toEqual([
      "gelu value",
      "gelu derivative",
      "silu value",
      "silu derivative",
    ]);
    expectSeriesMatchCore(project, plot.series);
  });

  test("createActivationPlot draws the core's values", () => {
    expect(fromJs.width).toBeGreaterThan(0);
    expect(fromJs.series.map(({ id, params }) => [id, params])).toEqual([
      ["mish", {}],
      ["softplus", { beta: 2, threshold: 20 }],
    ]);
    expect([fromJs.series[0].x[0], fromJs.series[0].x.at(-1)]).toEqual([-3, 3]);
    expectSeriesMatchCore(project, fromJs.series);
  });
});
