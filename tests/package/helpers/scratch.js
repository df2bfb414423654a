// A throw-away project in a temporary folder that installs the packed tarball the way a user would.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cleanEnv, packedTarball } from "./pack.js";

/**
 * Creates a scratch project, installs the packed `activation-plot` into it and returns
 * `{ dir, packageDir, run(command, args), remove() }`.
 */
export async function createScratchProject(files = {}) {
  const tarball = await packedTarball();
  const dir = fs.mkdtempSync(
    path.join(os.tmpdir(), "activation-plot-consumer-"),
  );
  const manifest = { name: "scratch-consumer", private: true, type: "module" };
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(manifest, null, 2),
  );
  writeFiles(dir, files);
  const run = (command, args, options = {}) =>
    execFileSync(command, args, {
      cwd: dir,
      env: cleanEnv(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      ...options,
    });
  // The registry is only a fallback: `npm ci` in the repository already cached chart.js.
  run("npm", [
    "install",
    "--prefer-offline",
    "--no-audit",
    "--no-fund",
    "--no-package-lock",
    tarball,
  ]);
  return {
    dir,
    packageDir: path.join(dir, "node_modules", "activation-plot"),
    run,
    write: (more) => writeFiles(dir, more),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function writeFiles(dir, files) {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}
