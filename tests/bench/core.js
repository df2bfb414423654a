// core.evaluate over 1M float64 values (copies in and out included) against a plain JavaScript
// loop computing the same function, at the default parameters.
import { loadCore } from "../../web/core/index.js";

const N = 1_000_000;
const REPETITIONS = 15;
// Lets V8 finish optimising both the WebAssembly and the JavaScript code first.
const WARM_UP = 3;
// Speed-up targets (JS time / WASM time): at least 1 for these, at least 0.5 for piecewise-linear.
const AT_LEAST_AS_FAST = ["tanh", "sigmoid", "silu", "elu"];
const PIECEWISE_LINEAR = [
  "relu",
  "leaky_relu",
  "prelu",
  "rrelu",
  "hardtanh",
  "relu6",
  "hardsigmoid",
  "hardswish",
  "softshrink",
  "hardshrink",
  "threshold",
  "heaviside",
  "linear",
];

const SELU_SCALE = 1.0507009873554804934193349852946;
const SELU_ALPHA = 1.6732632423543772848170429916717;
const RRELU_SLOPE = (1 / 8 + 1 / 3) / 2;

// Abramowitz & Stegun 7.1.26 (error 1.5e-7): JavaScript has no erf, and this is the usual
// stand-in in JavaScript code.
function erfc(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 +
      t *
        (-0.284496736 +
          t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const tail = poly * Math.exp(-z * z);
  return x >= 0 ? tail : 2 - tail;
}

// One loop per function, so that V8 optimises each on its own.
/* prettier-ignore */
const javascript = {
  relu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? x : 0; } },
  leaky_relu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? x : 0.01 * x; } },
  prelu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? x : 0.25 * x; } },
  rrelu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? x : RRELU_SLOPE * x; } },
  elu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? x : Math.expm1(x); } },
  celu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = Math.max(0, x) + Math.min(0, Math.expm1(x)); } },
  selu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)); } },
  gelu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = 0.5 * x * erfc(-x * Math.SQRT1_2); } },
  silu: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x / (1 + Math.exp(-x)); } },
  swish: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x / (1 + Math.exp(-x)); } },
  mish: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x * Math.tanh(x > 20 ? x : Math.log1p(Math.exp(x))); } },
  softplus: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 20 ? x : Math.log1p(Math.exp(x)); } },
  sigmoid: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = 1 / (1 + Math.exp(-x)); } },
  logsigmoid: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x)); } },
  tanh: (xs, y) => { for (let i = 0; i < xs.length; i++) y[i] = Math.tanh(xs[i]); },
  hardtanh: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x < -1 ? -1 : x > 1 ? 1 : x; } },
  relu6: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x < 0 ? 0 : x > 6 ? 6 : x; } },
  hardsigmoid: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x <= -3 ? 0 : x >= 3 ? 1 : x / 6 + 0.5; } },
  hardswish: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6; } },
  softsign: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x / (1 + Math.abs(x)); } },
  tanhshrink: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x - Math.tanh(x); } },
  softshrink: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0.5 ? x - 0.5 : x < -0.5 ? x + 0.5 : 0; } },
  hardshrink: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = Math.abs(x) <= 0.5 ? 0 : x; } },
  threshold: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 1 ? x : 0; } },
  heaviside: (xs, y) => { for (let i = 0; i < xs.length; i++) { const x = xs[i]; y[i] = x > 0 ? 1 : 0; } },
  linear: (xs, y) => { for (let i = 0; i < xs.length; i++) y[i] = xs[i]; },
  sine: (xs, y) => { for (let i = 0; i < xs.length; i++) y[i] = Math.sin(xs[i]); },
};

// Uniform in [-10, 10], the usual plotting range, from a fixed seed.
function inputs() {
  let state = 0x9e3779b9;
  return Float64Array.from({ length: N }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 20 - 10;
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Both are timed alternately so that drifts in machine speed affect both alike.
function measure(core, id, xs) {
  const loop = javascript[id];
  const wasmTimes = [];
  const jsTimes = [];
  let wasmResult;
  let jsResult;
  for (let i = 0; i < WARM_UP + REPETITIONS; i++) {
    const wasm = timeMs(() => (wasmResult = core.evaluate(id, xs)));
    const js = timeMs(() => loop(xs, (jsResult = new Float64Array(xs.length))));
    if (i >= WARM_UP) {
      wasmTimes.push(wasm);
      jsTimes.push(js);
    }
  }
  return {
    wasm: median(wasmTimes),
    js: median(jsTimes),
    difference: largestDifference(wasmResult, jsResult),
  };
}

// Guards against comparing with a wrong JavaScript formula.
function largestDifference(a, b) {
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    largest = Math.max(
      largest,
      Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])),
    );
  }
  return largest;
}

function target(id) {
  if (AT_LEAST_AS_FAST.includes(id)) return 1;
  if (PIECEWISE_LINEAR.includes(id)) return 0.5;
  return undefined;
}

function row(id, { wasm, js, difference }) {
  const ratio = js / wasm;
  const goal = target(id);
  const verdict =
    goal === undefined
      ? "–"
      : ratio >= goal
        ? `≥ ${goal}: met`
        : `≥ ${goal}: **missed**`;
  return `| ${id} | ${wasm.toFixed(2)} | ${js.toFixed(2)} | ${ratio.toFixed(2)} | ${verdict} | ${difference.toExponential(1)} |`;
}

async function run() {
  const core = await loadCore();
  const missing = core.functions
    .filter(({ id }) => !javascript[id])
    .map(({ id }) => id);
  if (missing.length)
    throw new Error(`no JavaScript loop for: ${missing.join(", ")}`);
  const xs = inputs();
  const rows = core.functions.map(({ id }) => {
    process.stdout.write(`  ${id}\n`);
    return row(id, measure(core, id, xs));
  });
  return `core.evaluate(id, xs) on ${N.toLocaleString("en")} float64 values uniform in [−10, 10], default
parameters, copies into and out of the WebAssembly heap included, against a plain JavaScript
loop over the same Float64Array writing a new Float64Array. Median of ${REPETITIONS} alternating
runs after ${WARM_UP} warm-up rounds. Speed-up = JS time / WASM time (above 1: WASM faster). Targets: ≥ 1 for
${AT_LEAST_AS_FAST.join(", ")}; ≥ 0.5 for piecewise-linear functions. The last column is the
largest difference between the two results (relative, or absolute below 1): it only guards
against a wrong JavaScript formula (the JavaScript gelu uses a 1.5e-7 erfc approximation).

| function | WASM ms | JS ms | speed-up | target | largest difference |
| --- | ---: | ---: | ---: | --- | ---: |
${rows.join("\n")}`;
}

export default { title: "Core: evaluate vs a plain JavaScript loop", run };
