// Builds dist/, the content of the npm package (run by `prepack`, after the WebAssembly build):
//   dist/core/, dist/widget/, dist/generated/  the ES modules, laid out as in web/ so every
//                                             `new URL(..., import.meta.url)` still finds its file
//   dist/index.js                             the "." entry: widget + core
//   dist/activation-plot.js                   the one-file classic embed: Chart.js and the WASM inside
//   dist/embed.html, dist/embed-page.js       the page for iframe-only platforms, using the embed
//   dist/*.d.ts                               the type declarations, from web/types/ (and
//                                             dist/generated/catalogue.d.ts)
// `node .ci/package.js web` builds only the embed and the embed page's script, from web/ into
// web/generated/, for the demo page (.ci/serve.js serves them beside index.html and embed.html).
import * as esbuild from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureSizes, formatSizes } from "./package-sizes.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const web = path.join(root, "web");
const dist = path.join(root, "dist");
const builtCore = [
  "generated/activation-core.js",
  "generated/activation-core.wasm",
];
const moduleDirs = ["core", "widget"];
const { version } = JSON.parse(
  fs.readFileSync(path.join(root, "package.json"), "utf8"),
);

function requireBuiltCore() {
  const missing = builtCore.filter(
    (file) => !fs.existsSync(path.join(web, file)),
  );
  if (missing.length) {
    throw new Error(
      `web/${missing.join(", web/")} missing: build the WebAssembly core first (npm run build)`,
    );
  }
}

function copyModules(dir) {
  for (const entry of fs.readdirSync(path.join(web, dir), {
    withFileTypes: true,
  })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) copyModules(relative);
    else if (entry.name.endsWith(".js") && !entry.name.endsWith(".test.js"))
      copy(relative);
  }
}

function copy(relative, target = relative) {
  fs.mkdirSync(path.dirname(path.join(dist, target)), { recursive: true });
  fs.copyFileSync(path.join(web, relative), path.join(dist, target));
}

function writeEntry() {
  const entry = [
    "// activation-plot: the <activation-plot> element, createActivationPlot and the core.",
    "export * from './core/index.js';",
    "export * from './widget/index.js';",
    "",
  ];
  fs.writeFileSync(path.join(dist, "index.js"), entry.join("\n"));
}

// web/types/*.d.ts import the generated catalogue types from ../generated/; in dist/ they sit
// beside generated/.
function copyTypes() {
  for (const name of fs.readdirSync(path.join(web, "types"))) {
    if (!name.endsWith(".d.ts")) continue;
    const text = fs.readFileSync(path.join(web, "types", name), "utf8");
    fs.writeFileSync(
      path.join(dist, name),
      text.replaceAll('"../generated/', '"./generated/'),
    );
  }
  copy("generated/catalogue.d.ts", "generated/catalogue.d.ts");
}

// The classic script has no import.meta: the glue's and the loader's `new URL(..., import.meta.url)`
// get the script's own address instead, and the WASM comes inline, so nothing is ever fetched.
const embedScriptUrl = `
function scriptUrl() {
  var candidates = [document.currentScript && document.currentScript.src, document.baseURI];
  for (var i = 0; i < candidates.length; i++) {
    try { return new URL(candidates[i]).href; } catch (invalid) {}
  }
  return 'file:///activation-plot.js';
}
export const embedScriptUrl = scriptUrl();
`;

// Imported before the widget so that the first loadCore() call, which creates the one shared
// instance, is this one with the bytes. A failure here reaches the widgets waiting on the same
// promise, and each shows it; the catch only keeps it from also being an unhandled rejection.
const inlineWasm = `
import { loadCore } from './core/index.js';
import wasmBytes from 'activation-plot:wasm-bytes';
const wasmBinary = Uint8Array.from(wasmBytes, (c) => c.charCodeAt(0));
loadCore({ wasmBinary }).catch(() => {});
`;

// The .wasm as a string of char codes 0-255. esbuild prints it as an ASCII-only literal that
// keeps the bytes' repetitions visible to gzip: 20% smaller gzipped than base64.
function wasmBytesModule(sourceDir) {
  const bytes = fs.readFileSync(
    path.join(sourceDir, "generated", "activation-core.wasm"),
  );
  return `export default ${JSON.stringify(bytes.toString("latin1"))};`;
}

const embedEntry = `
import 'activation-plot:inline-wasm';
export { loadCore } from './core/index.js';
export { createActivationPlot } from './widget/index.js';
`;

function virtualModules(modules, resolveDir) {
  return {
    name: "virtual-modules",
    setup(build) {
      build.onResolve({ filter: /^activation-plot:/ }, ({ path: name }) => ({
        path: name,
        namespace: "virtual",
      }));
      build.onLoad(
        { filter: /.*/, namespace: "virtual" },
        ({ path: name }) => ({
          contents: modules[name],
          resolveDir,
          loader: "js",
        }),
      );
    },
  };
}

// The one-file embed of the modules in sourceDir (dist/ or web/), written to outfile.
async function buildEmbed(sourceDir, outfile) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "activation-plot-"));
  const injected = path.join(scratch, "embed-script-url.js");
  fs.writeFileSync(injected, embedScriptUrl);
  try {
    await esbuild.build({
      stdin: {
        contents: embedEntry,
        resolveDir: sourceDir,
        sourcefile: "activation-plot-embed.js",
      },
      outfile,
      bundle: true,
      format: "iife",
      globalName: "ActivationPlot",
      platform: "browser",
      target: "es2020",
      minify: true,
      legalComments: "eof",
      charset: "ascii",
      inject: [injected],
      // A page that loads the script twice (a notebook whose every cell includes it) keeps the
      // first copy: one element definition, one WebAssembly instance.
      banner: {
        js: `/*! activation-plot ${version} | MIT License */
if (!(typeof customElements != "undefined" && customElements.get("activation-plot"))) {`,
      },
      footer: { js: "}" },
      define: { "import.meta.url": "embedScriptUrl" },
      plugins: [
        virtualModules(
          {
            "activation-plot:inline-wasm": inlineWasm,
            "activation-plot:wasm-bytes": wasmBytesModule(sourceDir),
          },
          sourceDir,
        ),
      ],
      logLevel: "warning",
    });
  } finally {
    fs.rmSync(scratch, { recursive: true });
  }
  checkInlinable(outfile, fs.readFileSync(outfile, "utf8"));
}

// Authors may paste the embed into an inline <script> (a self-contained notebook output): these
// sequences would end the script early or change how HTML parses it, and HTML turns CR into LF
// and NUL into U+FFFD, which would corrupt the WASM's string literal.
function checkInlinable(file, code) {
  const unsafe = code.match(/<\/script|<!--|<script|\r|\0/i);
  if (unsafe)
    throw new Error(
      `${path.relative(root, file)} contains ${JSON.stringify(unsafe[0])}: it cannot be inlined in HTML`,
    );
}

// embed.html loads the one-file embed and embed-page.js: web/embed.js bundled with its core and
// widget imports answered by the embed's global.
const embedPageShims = {
  "core/index.js": "export const { loadCore } = globalThis.ActivationPlot;",
  "widget/index.js": "",
};

async function buildEmbedPage(outDir) {
  const shimmed = new Map(
    Object.entries(embedPageShims).map(([file, code]) => [
      path.join(web, file),
      code,
    ]),
  );
  await esbuild.build({
    entryPoints: [path.join(web, "embed.js")],
    outfile: path.join(outDir, "embed-page.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    plugins: [
      {
        name: "embed-globals",
        setup(build) {
          build.onResolve(
            { filter: /index\.js$/ },
            ({ path: file, resolveDir }) => {
              const resolved = path.join(resolveDir, file);
              return shimmed.has(resolved)
                ? { path: resolved, namespace: "embed-global" }
                : undefined;
            },
          );
          build.onLoad(
            { filter: /.*/, namespace: "embed-global" },
            ({ path: file }) => ({
              contents: shimmed.get(file),
              loader: "js",
            }),
          );
        },
      },
    ],
    logLevel: "warning",
  });
}

// Fails the build when an ES module imports a file that was not copied.
async function checkModuleGraph() {
  await esbuild.build({
    entryPoints: [
      path.join(dist, "index.js"),
      path.join(dist, "core", "index.js"),
    ],
    bundle: true,
    write: false,
    outdir: path.join(dist, ".check"),
    format: "esm",
    platform: "neutral",
    external: ["chart.js", "node:*"],
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
}

export async function buildPackage() {
  requireBuiltCore();
  fs.rmSync(dist, { recursive: true, force: true });
  moduleDirs.forEach(copyModules);
  builtCore.forEach((file) => copy(file));
  writeEntry();
  copyTypes();
  await checkModuleGraph();
  await buildEmbed(dist, path.join(dist, "activation-plot.js"));
  await buildEmbedPage(dist);
  copy("embed.html");
  return measureSizes(dist);
}

export async function buildDemoEmbed() {
  requireBuiltCore();
  const generated = path.join(web, "generated");
  await buildEmbed(web, path.join(generated, "activation-plot.js"));
  await buildEmbedPage(generated);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "web") {
    await buildDemoEmbed();
  } else {
    const sizes = await buildPackage();
    console.log(`dist/ built\n${formatSizes(sizes)}`);
  }
}
