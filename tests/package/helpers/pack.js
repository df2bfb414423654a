// Packs the repository once with `npm pack` (prepack builds dist/) and reuses the tarball while the
// sources it was packed from are unchanged, so every consumer test installs the same artifact.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);
const packDir = path.join(repoRoot, "build", "package-test");
const lockFile = path.join(packDir, "lock");
const packedInputs = [
  "package.json",
  "README.md",
  "LICENSE",
  ".ci",
  "web",
  "cpp",
  "CMakeLists.txt",
];

function* filesUnder(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort())
    yield* filesUnder(path.join(entry, name));
}

function sourcesHash() {
  const hash = createHash("sha256");
  for (const input of packedInputs) {
    for (const file of filesUnder(path.join(repoRoot, input))) {
      hash
        .update(path.relative(repoRoot, file))
        .update("\0")
        .update(fs.readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

// A lock file holding the packing process's id; one left by a killed run is taken over.
function lockHolderIsGone() {
  let pid;
  try {
    pid = Number(fs.readFileSync(lockFile, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return false; // released meanwhile: try again
    throw error;
  }
  if (!pid) return false; // being written
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

async function withLock(action) {
  fs.mkdirSync(packDir, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST" || Date.now() > deadline) throw error;
      if (lockHolderIsGone()) fs.rmSync(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return action();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/** Environment for nested npm/node commands, without the variables `npm test` sets for this repo. */
export function cleanEnv(extra = {}) {
  const keep = new Set([
    "npm_config_cache",
    "npm_config_registry",
    "npm_config_userconfig",
  ]);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_/i.test(name) || keep.has(name),
    ),
  );
  delete env.INIT_CWD;
  delete env.NODE_OPTIONS;
  delete env.NODE_ENV; // Jest sets it to "test"; Vite then builds differently than for a user

  return { ...env, ...extra };
}

/** Absolute path of the packed tarball, packing first when the sources changed since the last pack. */
export async function packedTarball() {
  return withLock(() => {
    const stampFile = path.join(packDir, "stamp.json");
    const stamp = fs.existsSync(stampFile)
      ? JSON.parse(fs.readFileSync(stampFile, "utf8"))
      : {};
    const hash = sourcesHash();
    if (stamp.hash === hash && fs.existsSync(stamp.tarball))
      return stamp.tarball;
    for (const old of fs
      .readdirSync(packDir)
      .filter((name) => name.endsWith(".tgz"))) {
      fs.rmSync(path.join(packDir, old));
    }
    execFileSync("npm", ["pack", "--pack-destination", packDir], {
      cwd: repoRoot,
      env: cleanEnv(),
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    const [name] = fs
      .readdirSync(packDir)
      .filter((file) => file.endsWith(".tgz"));
    const tarball = path.join(packDir, name);
    fs.writeFileSync(
      stampFile,
      JSON.stringify({ hash: sourcesHash(), tarball }),
    );
    return tarball;
  });
}
