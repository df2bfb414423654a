// loadCore() shares one instance however often, and however concurrently, it is called.
import { readFileSync } from "node:fs";
import { loadCore } from "../../web/core/index.js";

test("concurrent and later calls resolve to the same instance", async () => {
  const wasmBinary = readFileSync(
    new URL("../../web/generated/activation-core.wasm", import.meta.url),
  );
  const [first, second, third] = await Promise.all([
    loadCore(),
    loadCore({ wasmBinary }),
    loadCore(),
  ]);
  expect(second).toBe(first);
  expect(third).toBe(first);
  expect(await loadCore()).toBe(first);
});

test("the core has the documented shape and cannot be modified", async () => {
  const core = await loadCore();
  expect(Object.keys(core).sort()).toEqual(
    [
      "curve",
      "derivative",
      "evaluate",
      "functions",
      "memoryBytes",
      "properties",
    ].sort(),
  );
  expect(Object.isFrozen(core)).toBe(true);
});
