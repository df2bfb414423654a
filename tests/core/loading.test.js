// Where loadCore finds the .wasm in Node, and a failed load that is retried. (Each test file has
// its own module registry, so this file starts without a shared instance.)
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCore } from "../../web/core/index.js";

const WASM = new URL(
  "../../web/generated/activation-core.wasm",
  import.meta.url,
);

test("a missing .wasm rejects, and a later call can still succeed", async () => {
  const missing = new URL(
    "./no-such-dir/activation-core.wasm",
    import.meta.url,
  );
  await expect(loadCore({ wasmUrl: missing })).rejects.toThrow(/no-such-dir/);

  const path = relative(process.cwd(), fileURLToPath(WASM));
  const core = await loadCore({ wasmUrl: path });
  expect(Array.from(core.evaluate("relu", [-1, 1]))).toEqual([0, 1]);
  expect(await loadCore()).toBe(core);
});
