// What the package costs a page, gzip level 9 (brotli for reference): the one-file embed, and the compute core as a
// bundler ships it (the './core' entry with the Emscripten glue, minified, plus the .wasm).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export const budgets = { embed: 100 * 1024, core: 30 * 1024 };

const gzipBytes = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const brotliBytes = (bytes) =>
  zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipBytes(bytes),
  brotli: brotliBytes(bytes),
});

async function minifiedCoreModules(dist) {
  const result = await esbuild.build({
    entryPoints: [path.join(dist, "core", "index.js")],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    external: ["node:*"],
    outdir: path.join(dist, ".sizes"),
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
  return result.outputFiles.find((file) => file.path.endsWith(".js")).contents;
}

/** Sizes in bytes: { embed, coreJs, wasm, core }, each { raw, gzip, brotli }; core = coreJs + wasm. */
export async function measureSizes(dist) {
  const embed = measure(fs.readFileSync(path.join(dist, "activation-plot.js")));
  const coreJs = measure(await minifiedCoreModules(dist));
  const wasm = measure(
    fs.readFileSync(path.join(dist, "generated", "activation-core.wasm")),
  );
  const core = {
    raw: coreJs.raw + wasm.raw,
    gzip: coreJs.gzip + wasm.gzip,
    brotli: coreJs.brotli + wasm.brotli,
  };
  return { embed, coreJs, wasm, core };
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A Markdown table of the sizes against the budgets. */
export function formatSizes(sizes) {
  const rows = [
    ["one-file embed `dist/activation-plot.js`", sizes.embed, budgets.embed],
    ["core JS (`activation-plot/core` + glue, minified)", sizes.coreJs],
    ["core WebAssembly `activation-core.wasm`", sizes.wasm],
    ["core total (JS + WASM)", sizes.core, budgets.core],
  ];
  const lines = [
    "| what | raw | gzip -9 | brotli -q 11 | target (gzip) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(([name, { raw, gzip, brotli }, budget]) => {
      const target = budget
        ? `≤ ${kilobytes(budget)} ${gzip <= budget ? "✓" : "✗"}`
        : "";
      return `| ${name} | ${kilobytes(raw)} | ${kilobytes(gzip)} | ${kilobytes(brotli)} | ${target} |`;
    }),
  ];
  return lines.join("\n");
}
