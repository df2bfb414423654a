// Reference values from the installed package's compute-only entry, run by Node in the scratch
// project, and the check that what a page shows is exactly what the core computes.
import { expect } from "@jest/globals";

const referenceScript = `
import { loadCore } from 'activation-plot/core';
const encode = (v) => (Object.is(v, -0) ? '-0' : Number.isFinite(v) ? v : String(v));
const decode = (v) => (typeof v === 'string' ? Number(v) : v);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const core = await loadCore();
const answers = JSON.parse(input).map(({ id, params, kind, x }) => {
  const compute = kind === 'derivative' ? core.derivative : core.evaluate;
  return Array.from(compute.call(core, id, x.map(decode), params), encode);
});
process.stdout.write(JSON.stringify(answers));
`;

export const referenceFiles = { "reference.mjs": referenceScript };

const encode = (v) =>
  Object.is(v, -0) ? "-0" : Number.isFinite(v) ? v : String(v);
const decode = (v) => (typeof v === "string" ? Number(v) : v);

/** For each series `{ id, params, kind, x }`, the core's values computed by Node. */
export function coreValues(project, series) {
  const request = series.map(({ id, params, kind, x }) => ({
    id,
    params,
    kind,
    x: x.map(encode),
  }));
  const output = project.run("node", ["reference.mjs"], {
    input: JSON.stringify(request),
    stdio: "pipe",
  });
  return JSON.parse(output).map((values) => values.map(decode));
}

// A series is broken at each jump by five entries at the same x: left limit, NaN, f(x), NaN,
// right limit. f(x) is the core's value there; the limits are one-sided (finite, not f at x).
function withBreaks({ x, y }, values) {
  const expected = [...values];
  for (let k = 0; k + 4 < x.length; k++) {
    if (x[k] !== x[k + 1]) continue;
    expect(x.slice(k, k + 5)).toEqual(Array(5).fill(x[k]));
    expect([y[k], y[k + 4]].every(Number.isFinite)).toBe(true);
    expected.splice(k, 5, y[k], NaN, values[k + 2], NaN, y[k + 4]);
    k += 4;
  }
  return expected;
}

/**
 * Every plotted series equals, bit for bit, what the core computes for the same x, but for the
 * one-sided limits at the breaks of its jumps.
 */
export function expectSeriesMatchCore(project, series) {
  expect(series.length).toBeGreaterThan(0);
  const expected = coreValues(project, series);
  series.forEach((one, index) => {
    expect({ id: one.id, kind: one.kind, y: one.y }).toEqual({
      id: one.id,
      kind: one.kind,
      y: withBreaks(one, expected[index]),
    });
  });
}
