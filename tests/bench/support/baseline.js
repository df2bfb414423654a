// The one-file embed as built from an earlier commit, for benchmarks that compare against it in
// the same run: the sources are exported with `git archive` into build/, built there once.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export function baselineEmbed(commit) {
  const dir = join(ROOT, "build", "bench-baseline", commit);
  const embed = join(dir, "web", "generated", "activation-plot.js");
  if (!existsSync(embed)) {
    console.log(`bench: building the embed of ${commit} in ${dir}`);
    mkdirSync(dir, { recursive: true });
    execFileSync("bash", ["-c", `git archive ${commit} | tar -x -C "${dir}"`], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (!existsSync(join(dir, "node_modules")))
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    execFileSync("bash", [".ci/build.sh"], { cwd: dir, stdio: "inherit" });
  }
  return readFileSync(embed);
}
