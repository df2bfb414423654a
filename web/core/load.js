// Loading the WebAssembly module once, in browsers, workers and Node.
import createActivationCore from "../generated/activation-core.js";
import { createCore } from "./core.js";

const DEFAULT_WASM_URL = new URL(
  "../generated/activation-core.wasm",
  import.meta.url,
);

let shared;

function isNode() {
  return (
    typeof process === "object" && typeof process.versions?.node === "string"
  );
}

async function readInNode(wasmUrl) {
  // A computed specifier keeps bundlers for the browser from trying to resolve it; Vite sees
  // through it and warns on every build unless told to leave the import alone.
  const fsModule = "node:fs/promises";
  const { readFile } = await import(/* @vite-ignore */ fsModule);
  const location = String(wasmUrl).startsWith("file:")
    ? new URL(wasmUrl)
    : wasmUrl;
  return readFile(location);
}

async function moduleOptions({ wasmUrl = DEFAULT_WASM_URL, wasmBinary } = {}) {
  if (wasmBinary) return { wasmBinary };
  if (isNode()) return { wasmBinary: await readInNode(wasmUrl) };
  return { locateFile: () => String(wasmUrl) };
}

async function instantiate(options) {
  const module = await createActivationCore(await moduleOptions(options));
  return createCore(module);
}

/**
 * Resolves to the core: { functions, evaluate, derivative, curve }. Every call shares one
 * instance; `options` only matter for the call that creates it:
 * - wasmBinary: the .wasm's bytes (ArrayBuffer or Uint8Array), used as they are;
 * - wasmUrl: where the .wasm is (default: ../generated/activation-core.wasm next to this file);
 *   browsers fetch it, Node reads it (a file: URL, or a path relative to the working directory).
 * A load that fails is not cached, so it can be retried.
 */
export function loadCore(options) {
  shared ??= instantiate(options).catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
