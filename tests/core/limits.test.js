// The largest inputs: evaluate takes up to 2^24 values and curve up to 10^7 points; one more is a
// clear Error before anything is allocated, and memory the heap cannot give is an Error naming
// the argument, never an abort. (Each test file runs in its own worker, so the memory these take
// is returned when the file ends.)
import { readFileSync } from "node:fs";
import createActivationCore from "../../web/generated/activation-core.js";
import { createCore } from "../../web/core/core.js";
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();
const MAX_VALUES = 2 ** 24;
const MAX_POINTS = 1e7;
const SLOW = 60_000;

test(
  "evaluate: 2^24 values work, with the heap no larger",
  () => {
    const before = core.memoryBytes;
    const xs = new Float32Array(MAX_VALUES);
    for (let i = 0; i < MAX_VALUES; i += 4099) xs[i] = (i % 7) - 3;
    xs[MAX_VALUES - 1] = 5;
    const ys = core.evaluate("relu", xs);
    expect(ys).toBeInstanceOf(Float32Array);
    expect(ys.length).toBe(MAX_VALUES);
    for (let i = 0; i < MAX_VALUES; i += 4099)
      expect(ys[i]).toBe(Math.max(0, xs[i]));
    expect(ys[MAX_VALUES - 1]).toBe(5);
    // Values pass through the heap a chunk at a time.
    expect(core.memoryBytes).toBe(before);
  },
  SLOW,
);

test("evaluate: 2^24 + 1 values are an Error, with nothing allocated", () => {
  const before = core.memoryBytes;
  const message = `xs has ${MAX_VALUES + 1} elements; at most ${MAX_VALUES} fit in one call`;
  // Untouched: the engine does not commit the pages of a zero-filled buffer.
  expect(() => core.evaluate("relu", new Float64Array(MAX_VALUES + 1))).toThrow(
    message,
  );
  expect(() => core.derivative("relu", new Array(MAX_VALUES + 1))).toThrow(
    message,
  );
  expect(() => core.evaluate("relu", new Array(1e9))).toThrow(
    `xs has 1000000000 elements; at most ${MAX_VALUES} fit in one call`,
  );
  expect(core.memoryBytes).toBe(before);
});

test(
  "curve: 10^7 points work, after a rejected huge evaluate",
  () => {
    const before = core.memoryBytes;
    expect(() => core.evaluate("relu", new Array(1.2e8))).toThrow(
      /^xs has 120000000 elements/,
    );
    expect(core.memoryBytes).toBe(before);
    const { x, y, dy, jumps } = core.curve("relu", {
      xMin: -1,
      xMax: 1,
      points: MAX_POINTS,
    });
    expect(x.length).toBe(MAX_POINTS + 1); // 0 is not a sample: the kink is added
    expect([x[0], x[MAX_POINTS]]).toEqual([-1, 1]);
    expect(y[MAX_POINTS]).toBe(1);
    expect(dy[0]).toBe(0);
    expect(jumps.dy).toEqual([
      { x: 0, index: MAX_POINTS / 2, left: 0, right: 1 },
    ]);
  },
  SLOW,
);

test("curve: 10^7 + 1 points are an Error", () => {
  const before = core.memoryBytes;
  expect(() =>
    core.curve("relu", { xMin: -1, xMax: 1, points: MAX_POINTS + 1 }),
  ).toThrow("points must be an integer from 2 to 10000000, got 10000001");
  expect(core.memoryBytes).toBe(before);
});

test(
  "a curve the heap has no room for is an Error naming points, and the instance keeps working",
  async () => {
    const module = await createActivationCore({
      wasmBinary: readFileSync(
        new URL("../../web/generated/activation-core.wasm", import.meta.url),
      ),
    });
    const own = createCore(module);
    expect(own.curve("relu", { xMin: -1, xMax: 1, points: 4 }).x.length).toBe(
      5,
    );
    // Fill the heap (2 GiB at most) in 64 MiB blocks, so that a 10^7-point curve (240 MB) no
    // longer fits. The blocks are never written: the pages stay uncommitted.
    const blocks = [];
    for (;;) {
      const address = module._malloc(64 * 2 ** 20);
      if (!address) break;
      blocks.push(address);
    }
    expect(blocks.length).toBeGreaterThan(0);
    const options = { xMin: -1, xMax: 1, points: MAX_POINTS };
    expect(() => own.curve("relu", options)).toThrow(
      "points = 10000000: the curve needs 240000024 bytes (x, f(x), f'(x) as float64), which cannot be allocated",
    );
    // Small calls still fit.
    expect(Array.from(own.evaluate("relu", [-1, 2]))).toEqual([0, 2]);
    expect(own.curve("relu", { xMin: -1, xMax: 1, points: 3 }).y).toEqual(
      new Float64Array([0, 0, 1]),
    );
    for (const address of blocks) module._free(address);
    const points = 2_000_000;
    expect(own.curve("relu", { ...options, points }).x.length).toBe(points + 1);
  },
  SLOW,
);
