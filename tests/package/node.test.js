// The packed tarball: what it holds, and a Node user's compute-only import of it.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { packedTarball, repoRoot } from "./helpers/pack.js";
import { createScratchProject } from "./helpers/scratch.js";

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures",
);
const fixture = (name) => fs.readFileSync(path.join(fixtures, name), "utf8");
const minutes = 60_000;

let project;

beforeAll(async () => {
  project = await createScratchProject({
    "consumer.mjs": fixture("node-consumer.mjs"),
    "consumer.ts": fixture("consumer.ts"),
    "embed-consumer.ts": fixture("embed-consumer.ts"),
  });
}, 10 * minutes);

afterAll(() => project?.remove());

describe("npm pack", () => {
  let files;
  beforeAll(async () => {
    const listing = execFileSync("tar", ["-tzf", await packedTarball()], {
      encoding: "utf8",
    });
    files = listing
      .trim()
      .split("\n")
      .map((file) => file.replace(/^package\//, ""));
  }, 10 * minutes);

  test("holds the built modules, the .wasm, the embed, the declarations and the licence", () => {
    const required = [
      "package.json",
      "LICENSE",
      "dist/index.js",
      "dist/core/index.js",
      "dist/widget/index.js",
      "dist/generated/activation-core.js",
      "dist/generated/activation-core.wasm",
      "dist/activation-plot.js",
      "dist/embed.html",
      "dist/index.d.ts",
      "dist/core.d.ts",
      "dist/embed.d.ts",
    ];
    if (fs.existsSync(path.join(repoRoot, "README.md")))
      required.push("README.md");
    expect(files).toEqual(expect.arrayContaining(required));
  });

  test("holds nothing else: no sources, tests, build trees or maps", () => {
    const extra = files.filter(
      (file) =>
        !file.startsWith("dist/") &&
        !["package.json", "README.md", "LICENSE"].includes(file),
    );
    expect(extra).toEqual([]);
    expect(
      files.filter((file) => /\.test\.js$|\.map$|\/\.|\.cpp$|\.h$/.test(file)),
    ).toEqual([]);
  });

  test("every file that package.json names is in it", () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(project.packageDir, "package.json"), "utf8"),
    );
    const named = [
      manifest.main,
      manifest.module,
      manifest.types,
      manifest.unpkg,
    ];
    for (const target of Object.values(manifest.exports)) {
      named.push(
        ...(typeof target === "string" ? [target] : Object.values(target)),
      );
    }
    expect(
      named
        .map((file) => file.replace(/^\.\//, ""))
        .filter((file) => !files.includes(file)),
    ).toEqual([]);
  });
});

describe("Node: import { loadCore } from 'activation-plot/core'", () => {
  let report;
  beforeAll(() => {
    // The compute-only entry must not need Chart.js: hide it while the consumer runs.
    const chartJs = path.join(project.dir, "node_modules", "chart.js");
    fs.renameSync(chartJs, `${chartJs}.hidden`);
    try {
      report = JSON.parse(project.run("node", ["consumer.mjs"]));
    } finally {
      fs.renameSync(`${chartJs}.hidden`, chartJs);
    }
  }, 2 * minutes);

  test("loads one shared instance without a DOM or Chart.js", () => {
    expect(report.shared).toBe(true);
    expect(report.hasDocument).toBe(false);
    expect(report.ids).toEqual(
      expect.arrayContaining(["relu", "leaky_relu", "gelu", "swish"]),
    );
  });

  test("computes values, derivatives and curves", () => {
    expect(report.relu).toEqual([0, 0, 2.5]);
    expect(report.reluDerivativeAtZero).toBe(0);
    expect(report.float32).toBe("Float32Array");
    expect(report.leakyAtMinusTwo).toBe(-0.2);
    expect(report.curve).toEqual({ length: 101, hasZero: true, yAtZero: 0 });
  });

  test("reports an unknown id with the valid ones, and keeps working", () => {
    expect(report.unknownId).toMatch(/'lrelu'.*'leaky_relu'/);
    expect(report.worksAfterError).toBe(0);
  });
});

describe("TypeScript", () => {
  const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const compile = (moduleResolution, module) => {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module,
        moduleResolution,
        lib: ["es2022", "dom"],
        types: [],
      },
      files: ["consumer.ts", "embed-consumer.ts"],
    };
    project.write({
      [`tsconfig.${moduleResolution}.json`]: JSON.stringify(config),
    });
    try {
      project.run("node", [tsc, "-p", `tsconfig.${moduleResolution}.json`]);
      return "";
    } catch (error) {
      return error.stdout || error.message; // tsc reports errors on stdout
    }
  };

  test.each([
    ["nodenext", "nodenext"],
    ["bundler", "esnext"],
  ])(
    "consumers of the package and of the embed's global compile (moduleResolution %s)",
    (resolution, module) => {
      expect(compile(resolution, module)).toBe("");
    },
    2 * minutes,
  );
});
