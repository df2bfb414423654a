// core.properties(id, params): the reported bugs (issue 7), then a sweep that checks every claim
// of every function against its sampled curve over the parameter sliders and beyond.
import { loadCore } from "../../web/core/index.js";

const core = await loadCore();

describe("properties follow the parameters (issue 7 reproducers)", () => {
  test("leaky_relu with a negative slope is not monotonic", () => {
    const p = core.properties("leaky_relu", { negative_slope: -0.5 });
    expect(p.monotonic).toBe(false);
    expect(p.range).toEqual([
      { min: 0, max: Infinity, minClosed: true, maxClosed: false },
    ]);
    expect(core.properties("leaky_relu", { alpha: 0.2 }).monotonic).toBe(
      "increasing",
    );
  });

  test("threshold with value above the threshold is not monotonic", () => {
    const p = core.properties("threshold", { value: 2 });
    expect(p.monotonic).toBe(false);
    expect(p.continuous).toBe(false);
    expect(p.range).toEqual([
      { min: 1, max: Infinity, minClosed: false, maxClosed: false },
    ]);
  });

  test("softplus jumps where beta·x passes the threshold", () => {
    const p = core.properties("softplus", { beta: 5, threshold: 1 });
    expect(p).toMatchObject({
      monotonic: false,
      continuous: false,
      smooth: false,
    });
    const [below, above] = core.evaluate("softplus", [0.2, 0.2000001], {
      beta: 5,
      threshold: 1,
    });
    expect(below).toBeCloseTo(0.2627, 4);
    expect(above).toBeCloseTo(0.2, 6);
  });

  test("hardshrink's range is (−∞, −λ) ∪ {0} ∪ (λ, ∞)", () => {
    expect(core.properties("hardshrink").range).toEqual([
      { min: -Infinity, max: -0.5, minClosed: false, maxClosed: false },
      { min: 0, max: 0, minClosed: true, maxClosed: true },
      { min: 0.5, max: Infinity, minClosed: false, maxClosed: false },
    ]);
    expect(core.evaluate("hardshrink", [0.5])[0]).toBe(0);
  });

  test.each([
    ["silu", {}, -1.2784645427610738],
    ["gelu", { approximate: "tanh" }, -0.7524614220710163],
    ["gelu", {}, -0.7517915246935645],
    ["mish", {}, -1.1924312145154952],
  ])(
    "%s %j: the closed minimum is the value at the minimiser",
    (id, params, x0) => {
      const [{ min, minClosed }] = core.properties(id, params).range;
      expect(minClosed).toBe(true);
      const [atRoot] = core.evaluate(id, [x0], params);
      expect(Math.abs(atRoot - min)).toBeLessThanOrEqual(2 * ulp(min));
    },
  );

  test("elu with a negative alpha ranges over [0, ∞) and is not monotonic", () => {
    const p = core.properties("elu", { alpha: -0.5 });
    expect(p.range).toEqual([
      { min: 0, max: Infinity, minClosed: true, maxClosed: false },
    ]);
    expect(p.monotonic).toBe(false);
  });

  test("parameters resolve as for evaluate: aliases, choices, errors", () => {
    expect(core.properties("leaky_relu", { alpha: -1 })).toEqual(
      core.properties("leaky_relu", { negative_slope: -1 }),
    );
    expect(core.properties("gelu", { approximate: 1 })).toEqual(
      core.properties("gelu", { approximate: "tanh" }),
    );
    expect(() => core.properties("relu6x")).toThrow(/unknown function/);
    expect(() => core.properties("elu", { alhpa: 1 })).toThrow(
      /unknown parameter 'alhpa'/,
    );
    expect(() =>
      core.properties("hardtanh", { min_val: 1, max_val: 0 }),
    ).toThrow(/min_val must be less than or equal to max_val/);
    expect(() => core.properties("celu", { alpha: 0 })).toThrow(/not 0/);
    expect(Object.isFrozen(core.properties("relu").range[0])).toBe(true);
  });

  test("the catalogue's properties are those at the defaults", () => {
    for (const fn of core.functions)
      expect(fn.properties).toEqual(core.properties(fn.id));
  });
});

// ---------------------------------------------------------------------------------------------
// The sweep.

const view = new DataView(new ArrayBuffer(8));
function nextUp(x) {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + (x > 0 ? 1n : -1n));
  return view.getFloat64(0);
}
const nextDown = (x) => -nextUp(-x);
function ulp(x) {
  const a = Math.abs(x);
  return Number.isFinite(a) ? nextUp(a) - a : 0;
}

// Slider ends and a grid inside, plus values in the domain the sliders leave out (0, negative
// slopes and alphas, ...).
function parameterValues(parameter) {
  if (parameter.choices.length) return parameter.choices;
  const { slider, domain } = parameter;
  const values = [0, 1, 2, 3, 4].map(
    (i) => slider.min + ((slider.max - slider.min) * i) / 4,
  );
  values.push(0, 1, -0.5, -1.5);
  return [...new Set(values)].filter(
    (v) => v >= domain.min && v <= domain.max && !(domain.nonZero && v === 0),
  );
}

function parameterSets(fn) {
  let sets = [{}];
  for (const parameter of fn.parameters)
    sets = sets.flatMap((set) =>
      parameterValues(parameter).map((v) => ({ ...set, [parameter.name]: v })),
    );
  return sets;
}

// The kinks for these parameters: a 2-point curve is its ends plus every kink inside.
const kinksOf = (id, params) =>
  Array.from(
    core.curve(id, { xMin: -1e6, xMax: 1e6, points: 2, params }).x,
  ).slice(1, -1);

function sample(id, params, kinks) {
  const xs = [];
  for (const [xMin, xMax, points] of [
    [-1000, 1000, 2001],
    [-30, 30, 6001],
  ])
    xs.push(...core.curve(id, { xMin, xMax, points, params }).x);
  xs.push(-1e12, -1e6, 1e6, 1e12);
  for (const k of kinks) {
    xs.push(k, nextUp(k), nextDown(k));
    for (const d of [1e-12, 1e-9, 1e-6, 1e-3]) {
      const delta = d * Math.max(1, Math.abs(k));
      xs.push(k - delta, k + delta);
    }
  }
  const x = Float64Array.from(new Set(xs)).sort();
  return {
    x,
    y: core.evaluate(id, x, params),
    dy: core.derivative(id, x, params),
  };
}

const FINE_STEP = 0.01;
// Open ends may be reached by rounding where f saturates (sigmoid(40) is 1 in float64), that is
// where f' is negligible; elsewhere an open end is never a value.
const saturated = (dy) => Math.abs(dy) <= 1e-12;
const closeTo = (a, b) => Math.abs(a - b) <= 4 * ulp(b) + 1e-300;

// Within rounding of an open end.
const nearOpenEnd = (range, y) =>
  range.some(
    ({ min, max, minClosed, maxClosed }) =>
      (!minClosed && closeTo(y, min)) || (!maxClosed && closeTo(y, max)),
  );

function inRange(range, y, strict) {
  // Overflow: f is finite, but beyond the doubles.
  if (y === -Infinity) return range[0].min === -Infinity;
  if (y === Infinity) return range.at(-1).max === Infinity;
  return range.some(({ min, max, minClosed, maxClosed }) => {
    const lowOk =
      y > min ||
      (y === min && (minClosed || !strict)) ||
      (minClosed && closeTo(y, min));
    const highOk =
      y < max ||
      (y === max && (maxClosed || !strict)) ||
      (maxClosed && closeTo(y, max));
    return lowOk && highOk;
  });
}

// The sample nearest `target` in value, then refined on finer grids around it.
function nearestValue(id, params, s, target) {
  let best = 0;
  for (let i = 1; i < s.y.length; i++)
    if (Math.abs(s.y[i] - target) < Math.abs(s.y[best] - target)) best = i;
  let value = s.y[best];
  let lo = s.x[Math.max(0, best - 1)];
  let hi = s.x[Math.min(s.x.length - 1, best + 1)];
  for (let round = 0; round < 4 && value !== target; round++) {
    const xs = Float64Array.from(
      { length: 201 },
      (_, i) => lo + ((hi - lo) * i) / 200,
    );
    const ys = core.evaluate(id, xs, params);
    let j = 0;
    for (let i = 1; i < ys.length; i++)
      if (Math.abs(ys[i] - target) < Math.abs(ys[j] - target)) j = i;
    if (Math.abs(ys[j] - target) < Math.abs(value - target)) value = ys[j];
    [lo, hi] = [xs[Math.max(0, j - 1)], xs[Math.min(200, j + 1)]];
  }
  return value;
}

// softplus jumps by log(1 + e^−threshold)/|β| at threshold/β, which float64 cannot show once it is
// below the spacing of doubles there (threshold ≳ 36): no evidence to look for then.
function jumpResolvable(id, params) {
  if (id !== "softplus") return true;
  const { beta, threshold } = params;
  return (
    Math.log1p(Math.exp(-threshold)) / Math.abs(beta) >
    2 * ulp(threshold / beta)
  );
}

function jumpAt(s, k) {
  const i = s.x.indexOf(k);
  // f(k) against its neighbouring doubles, and 1e-12·|k| either side of k.
  const around = [-1, 1].flatMap((side) => [i + side, i + 2 * side]);
  return around.some((j) => {
    const lipschitz =
      Math.max(Math.abs(s.dy[i]), Math.abs(s.dy[j]), 1) *
      Math.abs(s.x[j] - s.x[i]);
    return (
      Math.abs(s.y[j] - s.y[i]) >
      4 * lipschitz + 8 * ulp(Math.max(Math.abs(s.y[i]), Math.abs(s.y[j])))
    );
  });
}

function slopeStepAt(s, k) {
  const delta = 1e-9 * Math.max(1, Math.abs(k));
  const left = s.dy[s.x.indexOf(k - delta)];
  const right = s.dy[s.x.indexOf(k + delta)];
  return Math.abs(right - left) > 1e-6 * Math.max(1, Math.abs(left));
}

function checkClaims(id, params) {
  const p = core.properties(id, params);
  const { range } = p;
  const kinks = kinksOf(id, params);
  const s = sample(id, params, kinks);
  const n = s.x.length;
  const problems = [];
  const claim = (ok, text) => ok || problems.push(text);

  // Range: every sample inside; finite ends attained (closed) or approached (open); infinite
  // ends approached by growth.
  for (let i = 0; i < n; i++) {
    const strict = !saturated(s.dy[i]);
    if (!inRange(range, s.y[i], strict))
      problems.push(`f(${s.x[i]}) = ${s.y[i]} outside the range`);
  }
  let low = Infinity;
  let high = -Infinity;
  for (const y of s.y) [low, high] = [Math.min(low, y), Math.max(high, y)];
  for (const { min, max, minClosed, maxClosed } of range) {
    for (const [end, closed] of [
      [min, minClosed],
      [max, maxClosed],
    ]) {
      if (!Number.isFinite(end)) continue;
      const nearest = nearestValue(id, params, s, end);
      if (closed)
        claim(
          Math.abs(nearest - end) <= 4 * ulp(end),
          `closed end ${end} not attained (nearest ${nearest})`,
        );
      else
        claim(
          Math.abs(nearest - end) <= 1e-9 * Math.max(1, Math.abs(end)),
          `open end ${end} not approached (nearest ${nearest})`,
        );
    }
  }
  claim(
    p.bounded.below === Number.isFinite(range[0].min) &&
      p.bounded.above === Number.isFinite(range.at(-1).max),
    "bounded disagrees with the range",
  );
  if (!p.bounded.below) claim(low <= -1e6, `unbounded below, but min ${low}`);
  if (!p.bounded.above) claim(high >= 1e6, `unbounded above, but max ${high}`);

  // Monotonicity over the sorted samples; strictness on the fine grid inside [−8, 8] (beyond,
  // sigmoid and tanh saturate).
  let rises = false;
  let falls = false;
  let flat = false;
  for (let i = 0; i + 1 < n; i++) {
    const [a, b] = [s.y[i], s.y[i + 1]];
    if (b > a) rises = true;
    if (b < a) falls = true;
    // A plateau, unless f saturates towards an open end of its range (celu with a small alpha).
    if (
      b === a &&
      !nearOpenEnd(range, a) &&
      s.x[i + 1] - s.x[i] >= FINE_STEP / 2 &&
      Math.abs(s.x[i]) <= 8 &&
      Math.abs(s.x[i + 1]) <= 8
    )
      flat = true;
  }
  const expected = {
    increasing: rises && !falls && !flat,
    "non-decreasing": !falls && flat,
    decreasing: falls && !rises && !flat,
    "non-increasing": !rises && flat,
    constant: !rises && !falls,
  };
  if (p.monotonic) claim(expected[p.monotonic], `not ${p.monotonic}`);
  else if (jumpResolvable(id, params))
    claim(rises && falls, "claimed not monotonic, yet the samples are");

  // Continuity: no jump at any kink or between samples; a discontinuity shows at some kink.
  const jumps = kinks.some((k) => jumpAt(s, k));
  if (p.continuous) {
    claim(!jumps, "claimed continuous, jumps at a kink");
    let k = 0;
    for (let i = 0; i + 1 < n; i++) {
      while (k < kinks.length && kinks[k] < s.x[i]) k++;
      if (k < kinks.length && kinks[k] <= s.x[i + 1]) continue;
      const dx = s.x[i + 1] - s.x[i];
      const bound =
        1.5 * Math.max(Math.abs(s.dy[i]), Math.abs(s.dy[i + 1])) * dx +
        dx * dx +
        1e-12 * (1 + Math.abs(s.y[i]));
      if (Math.abs(s.y[i + 1] - s.y[i]) > bound) {
        problems.push(
          `claimed continuous, jumps between ${s.x[i]} and ${s.x[i + 1]}`,
        );
        break;
      }
    }
  } else if (jumpResolvable(id, params)) {
    claim(jumps, "claimed discontinuous, no jump found");
  }

  // Smoothness (C¹): f' continuous across every kink.
  const steps = kinks.some((k) => slopeStepAt(s, k));
  if (p.smooth)
    claim(p.continuous && !steps, "claimed smooth, f' steps at a kink");
  else claim(!p.continuous || steps, "claimed not smooth, f' continuous");

  // Zero-centred: odd.
  const yNeg = core.evaluate(
    id,
    s.x.map((x) => -x),
    params,
  );
  let odd = true;
  let clearlyNotOdd = false;
  for (let i = 0; i < n; i++) {
    const sum = Math.abs(s.y[i] + yNeg[i]);
    if (Number.isNaN(sum) || sum > 4 * ulp(s.y[i]) + 1e-300) odd = false;
    if (!(sum <= 1e-9 * (1 + Math.abs(s.y[i])))) clearlyNotOdd = true;
  }
  if (p.zeroCentred) claim(odd, "claimed odd, f(−x) ≠ −f(x)");
  else claim(clearlyNotOdd, "claimed not odd, yet f(−x) = −f(x)");

  return problems.slice(0, 5);
}

describe.each(core.functions.map((fn) => [fn.id, fn]))(
  "%s: every claimed property holds on the samples",
  (id, fn) => {
    const cases = parameterSets(fn).filter((params) => {
      try {
        core.properties(id, params);
        return true;
      } catch {
        // Rejected parameters (lower > upper, ...) are rejected by curve too.
        expect(() =>
          core.curve(id, { xMin: -1, xMax: 1, points: 2, params }),
        ).toThrow();
        return false;
      }
    });
    test(`over ${cases.length} parameter sets`, () => {
      const failures = cases.flatMap((params) =>
        checkClaims(id, params).map(
          (problem) => `${JSON.stringify(params)}: ${problem}`,
        ),
      );
      expect(failures).toEqual([]);
    });
  },
);
