// The declarations in web/types (with the catalogue types .ci/catalogue-types.js generates) reject
// misspelt function ids, parameter names and choices under `strict`, and accept correct calls.
// (tests/package compiles consumers against the packed package.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
const fixtures = path.join(root, "tests", "types", "fixtures");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const minutes = 60 * 1000;

// Compiles `files` (in a scratch directory) with "activation-plot" resolved to web/types;
// returns tsc's report, empty when it compiles.
function compile(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "activation-plot-types-"));
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), text);
  const types = path.join(root, "web", "types");
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: "esnext",
        moduleResolution: "bundler",
        lib: ["es2022", "dom"],
        types: [],
        paths: {
          "activation-plot": [path.join(types, "index.d.ts")],
          "activation-plot/core": [path.join(types, "core.d.ts")],
        },
      },
      files: Object.keys(files),
    }),
  );
  try {
    execFileSync("node", [tsc, "-p", "tsconfig.json"], {
      cwd: dir,
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    return error.stdout || error.message;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fixture = (name) => fs.readFileSync(path.join(fixtures, name), "utf8");
const directives = (text) => text.match(/^\s*\/\/ @ts-expect-error/gm).length;

test(
  "correct calls compile and every expected error occurs",
  () => {
    expect(compile({ "fixture.ts": fixture("catalogue-types.ts") })).toBe("");
  },
  2 * minutes,
);

test(
  "without the directives, each typo line is an error",
  () => {
    const text = fixture("catalogue-types.ts");
    const report = compile({
      "fixture.ts": text.replaceAll(/\/\/ @ts-expect-error.*\n/g, "\n"),
    });
    const lines = new Set(
      [...report.matchAll(/fixture\.ts\((\d+),\d+\): error/g)].map((m) => m[1]),
    );
    expect(lines.size).toBe(directives(text));
  },
  2 * minutes,
);

test(
  "an unused @ts-expect-error fails the compilation",
  () => {
    expect(
      compile({ "fixture.ts": fixture("unused-expect-error.ts") }),
    ).toMatch(/TS2578/);
  },
  2 * minutes,
);
