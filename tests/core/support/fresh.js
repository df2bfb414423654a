// Whether built files are older than what they are built from: tests must never load a stale
// module or embed (run bash .ci/build.sh).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

// The WebAssembly core, from the C++ sources and the build definition.
export const CORE_BUILD = {
  built: [
    "web/generated/activation-core.js",
    "web/generated/activation-core.wasm",
  ],
  sources: ["cpp", "CMakeLists.txt"],
};

// The one-file embed and the embed page's script, bundled from web/ and the core.
export const EMBED_BUILD = {
  built: ["web/generated/activation-plot.js", "web/generated/embed-page.js"],
  sources: [
    "web/core",
    "web/widget",
    "web/embed.js",
    "web/generated/activation-core.js",
    "web/generated/activation-core.wasm",
  ],
};

// The newest file at or under `file` (a path relative to `root`): { file, time }.
function newestFile(root, file) {
  const info = statSync(join(root, file));
  if (!info.isDirectory()) return { file, time: info.mtimeMs };
  return readdirSync(join(root, file))
    .map((name) => newestFile(root, `${file}/${name}`))
    .reduce((a, b) => (a.time >= b.time ? a : b), { file, time: 0 });
}

// A message naming the first built file that is missing or older than one of its sources, or
// null when every build is fresh.
export function staleBuild(builds, root = ROOT) {
  for (const { built, sources } of builds) {
    const newest = sources
      .map((source) => newestFile(root, source))
      .reduce((a, b) => (a.time >= b.time ? a : b));
    for (const file of built) {
      const info = statSync(join(root, file), { throwIfNoEntry: false });
      if (!info || info.mtimeMs < newest.time)
        return `${file} is ${info ? `older than ${newest.file}` : "missing"}: run bash .ci/build.sh`;
    }
  }
  return null;
}
