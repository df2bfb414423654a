// Loads activation-core.wasm, in place of Emscripten's generated glue: the module is built
// standalone, so instantiating it takes a few lines instead of a runtime. The same contract as the
// glue it replaces: createActivationCore({ wasmBinary, locateFile }) resolves to an object with
// the exports prefixed by "_" (_malloc, _free, _catalogue_json, ...) and views HEAPU8 and HEAPF64
// of the current memory (memory growth replaces the buffer, so they are fetched on each read).

const WASM_FILE = "activation-core.wasm";

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) {
    throw new Error(
      `failed to load the WebAssembly module at '${url}': HTTP ${response.status}`,
    );
  }
  return response.arrayBuffer();
}

export default async function createActivationCore({
  wasmBinary,
  locateFile,
} = {}) {
  const bytes =
    wasmBinary ??
    (await fetchBytes(
      locateFile ? locateFile(WASM_FILE) : new URL(WASM_FILE, import.meta.url),
    ));
  const imports = {
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: {
      proc_exit(code) {
        throw new Error(`the WebAssembly module aborted (exit code ${code})`);
      },
    },
  };
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  const { exports } = instance;
  exports._initialize();
  const module = {
    get HEAPU8() {
      return new Uint8Array(exports.memory.buffer);
    },
    get HEAPF64() {
      return new Float64Array(exports.memory.buffer);
    },
  };
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === "function") module[`_${name}`] = value;
  }
  return module;
}
