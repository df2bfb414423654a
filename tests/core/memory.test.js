// Scratch buffers are reused; a call that makes the WebAssembly memory grow leaves the instance
// working (heap views are re-read after growth).
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

function mixedCalls(i) {
  const xs = new Float64Array(1000 + (i % 7)).fill(i / 1000);
  core.evaluate("tanh", xs);
  core.derivative("leaky_relu", new Float32Array(500), { alpha: 0.1 });
  core.curve("hardtanh", { xMin: -3, xMax: 3, points: 2000 });
  try {
    core.evaluate("elu", [1], { alpha: NaN });
  } catch {
    // the error path must not leak either
  }
}

// Generous limits: these do real work, and CI machines may be busy.
const SLOW = 60_000;

test(
  "1,000 calls do not grow the heap",
  () => {
    for (let i = 0; i < 10; i++) mixedCalls(i);
    const before = core.memoryBytes;
    for (let i = 0; i < 1000; i++) mixedCalls(i);
    expect(core.memoryBytes).toBe(before);
  },
  SLOW,
);

test("evaluate passes large inputs through the heap in chunks: it does not grow", () => {
  const before = core.memoryBytes;
  const n = Math.ceil(before / 8) + 1;
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = (i % 1000) - 500;
  const ys = core.evaluate("relu", xs);
  expect(core.memoryBytes).toBe(before);
  expect(ys.length).toBe(n);
  expect(ys[n - 1]).toBe(Math.max(0, xs[n - 1]));
  expect(ys[123456]).toBe(Math.max(0, xs[123456]));
  const again = core.derivative("relu", Array.from(xs));
  expect(again[n - 1]).toBe(xs[n - 1] > 0 ? 1 : 0);
  expect(core.memoryBytes).toBe(before);
});

test("a curve big enough to grow memory, then more calls, all correct", () => {
  const before = core.memoryBytes;
  const points = Math.ceil(before / 8);
  const grown = core.curve("linear", { xMin: -1, xMax: 1, points });
  expect(core.memoryBytes).toBeGreaterThan(before);
  expect(grown.y).toEqual(grown.x);

  expect(Array.from(core.evaluate("relu", [-1, 3]))).toEqual([0, 3]);
  const { x, y } = core.curve("relu", { xMin: -1, xMax: 1, points: 3 });
  expect(Array.from(x)).toEqual([-1, 0, 1]);
  expect(Array.from(y)).toEqual([0, 0, 1]);
  const big = core.curve("linear", { xMin: 0, xMax: 1, points: 2_000_000 });
  expect(big.y).toEqual(big.x);
  expect(
    Array.from(core.derivative("relu", new Float32Array([-1, 3]))),
  ).toEqual([0, 1]);
});
