#!/usr/bin/python3
"""Writes tests/reference/vectors/<id>.txt: correctly rounded values and derivatives.

Each function below is written from its definition in docs/semantics.md, independently of the
C++ kernels. x and the parameters are taken as exact doubles and the exact real result is
rounded once to the nearest double:
- rational functions are evaluated exactly with fractions.Fraction;
- the others with mpmath at 256 bits and again at 512 bits; a result is accepted only when the
  rounding to the nearest double is certain within twice their difference (Ziv's
  strategy); otherwise the precision doubles. Inputs near 0 get extra bits so that
  cancellation (x - tanh(x)) cannot hide.
±∞ is evaluated at ±2^1100, beyond the double range, where every function is at its limit far
below double resolution (sine has no limit: NaN).

Run with /usr/bin/python3 (it has mpmath); the output is deterministic.
"""

import math
import random
from fractions import Fraction
from pathlib import Path

import mpmath
from mpmath import mp, mpf

BASE_PRECISION = 256  # bits, 77 digits
FAR = 2**1100  # stands for infinity: past DBL_MAX, every function has converged
SELU_LAMBDA = float("1.0507009873554804934193349852946")
SELU_ALPHA = float("1.6732632423543772848170429916717")
EXP_UNDERFLOW = -745.1332191019412  # exp(x) rounds to 0 below this
EXP_SUBNORMAL = -708.3964185322641  # exp(x) is subnormal below this
EXP_OVERFLOW = 709.782712893384  # exp(x) overflows above this

FUNCTIONS = {}


class Spec:
    def __init__(self, id, formula, parameter_names, parameter_sets, exact, kinks, extra, limits):
        self.id, self.formula = id, formula
        self.parameter_names, self.parameter_sets = parameter_names, parameter_sets
        self.exact, self.kinks, self.extra, self.limits = exact, kinks, extra, limits


def no_points(*params):
    return []


def reference(
    id, parameters=(), sets=((),), exact=False, kinks=no_points, extra=no_points, limits=True
):
    """Registers f(x, *params) -> (value, derivative) for finite x (or ±FAR).

    exact: f is rational, evaluate it with Fractions.
    kinks(*params): where f or f' is not smooth; sampled with their neighbouring doubles.
    extra(*params): other points worth testing (roots of f', underflow thresholds).
    limits: whether f and f' have limits at ±∞ (NaN there otherwise)."""

    def register(formula):
        FUNCTIONS[id] = Spec(id, formula, parameters, sets, exact, kinks, extra, limits)
        return formula

    return register


# ---- rounding ---------------------------------------------------------------------------


def to_double(v):
    """The double nearest to the exact number v (Fraction, int or mpf), ties to even."""
    if isinstance(v, mpf):
        if v == 0:
            return 0.0
        sign, mantissa, exponent, bits = v._mpf_
        # Decide far-out magnitudes here: 2^(huge exponent) cannot be built as a Fraction.
        if exponent + bits < -1076:
            return -0.0 if sign else 0.0
        if exponent + bits > 1025:
            return -math.inf if sign else math.inf
        scale = Fraction(2) ** exponent
        v = (-1 if sign else 1) * mantissa * scale
    v = Fraction(v)
    if v == 0:
        return 0.0
    try:
        return float(v)  # CPython divides the integers correctly rounded, subnormals included
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def check_rounding():
    tiny = Fraction(1, 2**1074)
    assert to_double(tiny / 2) == 0.0 and to_double(tiny * 3 / 4) == 5e-324
    assert to_double(-tiny / 2 - Fraction(1, 2**1200)) == -5e-324
    assert to_double(tiny * 5 / 2) == 1e-323  # tie goes to the even multiple
    assert to_double(Fraction(2**1024 - 2**970)) == math.inf
    assert to_double(Fraction(2**1024 - 2**970 - 1)) == 1.7976931348623157e308
    assert to_double(-mpf(2) ** -1100) == 0.0 and math.copysign(1, to_double(-mpf(2) ** -1100)) < 0
    assert to_double(mpf(1) / 3) == 1 / 3


def exponent_of(x):
    return math.frexp(x)[1] if x != 0 and math.isfinite(x) else 0


def settle(low, high, precision):
    """The double both results certainly round to, or None when more precision is needed."""
    if low == high:  # exact at both precisions, e.g. x itself or a product of doubles
        return to_double(high)
    with mp.workprec(4 * precision):
        # `high` has twice the bits of `low`; its error is taken as at most twice their gap.
        error = 2 * abs(low - high) + abs(high) * mpf(2) ** (32 - precision)
        below, above = to_double(high - error), to_double(high + error)
    return below if below == above else None


def correctly_rounded(formula, x, params):
    precision = BASE_PRECISION + 3 * max(0, -exponent_of(x))
    while precision <= 2**17:
        results = []
        for bits in (precision, 2 * precision):
            with mp.workprec(bits):
                results.append(formula(as_exact(x, mpf), *map(mpf, params)))
        settled = [settle(low, high, precision) for low, high in zip(*results)]
        if None not in settled:
            return tuple(settled)
        precision *= 2
    raise ArithmeticError(f"cannot round {formula.__name__}({x}, {params})")


def as_exact(x, kind):
    """x as an exact number of `kind` (Fraction or mpf), ±FAR standing for ±inf."""
    if math.isinf(x):
        return kind(FAR) if x > 0 else -kind(FAR)
    return kind(x)


def evaluate(spec, params, x):
    if math.isnan(x) or (math.isinf(x) and not spec.limits):
        return math.nan, math.nan
    if spec.exact:
        values = spec.formula(as_exact(x, Fraction), *map(Fraction, params))
        return tuple(to_double(v) for v in values)
    return correctly_rounded(spec.formula, x, params)


def double_product(a, b):
    """fl(a * b) for exact doubles a and b (±FAR standing for ±inf)."""
    return to_double(a) * to_double(b)


# ---- mpmath helpers ---------------------------------------------------------------------


def sigmoid_of(z):
    return 1 / (1 + mpmath.exp(-z))


def erfc(z):
    # mpmath's erfc fails past |z| ~ 1e150; there the asymptotic leading term is exact to
    # a relative 1/(2z^2) < 1e-200.
    if abs(z) < mpf("1e100"):
        return mpmath.erfc(z)
    tail = mpmath.exp(-z * z) / (abs(z) * mpmath.sqrt(mpmath.pi))
    return tail if z > 0 else 2 - tail


# ---- functions --------------------------------------------------------------------------


def kink_at_zero(*params):
    return [0.0]


@reference("relu", exact=True, kinks=kink_at_zero)
def relu(x):
    return (x, 1) if x > 0 else (0, 0)


def leaky(x, slope):
    return (x, 1) if x > 0 else (slope * x, slope)


@reference(
    "leaky_relu", ["negative_slope"], [(0.01,), (0.2,), (-0.5,)], exact=True, kinks=kink_at_zero
)
def leaky_relu(x, negative_slope):
    return leaky(x, negative_slope)


@reference("prelu", ["weight"], [(0.25,), (0.1,)], exact=True, kinks=kink_at_zero)
def prelu(x, weight):
    return leaky(x, weight)


@reference(
    "rrelu", ["lower", "upper"], [(1 / 8, 1 / 3), (0.1, 0.3)], exact=True, kinks=kink_at_zero
)
def rrelu(x, lower, upper):
    return leaky(x, (lower + upper) / 2)


def exp_tails(scale):
    limits = (EXP_UNDERFLOW, EXP_SUBNORMAL, EXP_OVERFLOW)
    return [p for c in limits for p in neighbours(scale * c, 2)]


@reference("elu", ["alpha"], [(1.0,), (0.5,), (2.0,)], kinks=kink_at_zero)
def elu(x, alpha):
    return (x, 1) if x > 0 else (alpha * mpmath.expm1(x), alpha * mpmath.exp(x))


@reference(
    "celu",
    ["alpha"],
    [(1.0,), (0.5,), (3.0,), (-1.5,)],
    kinks=kink_at_zero,
    extra=lambda alpha: exp_tails(alpha) + exp_tails(-alpha),
)
def celu(x, alpha):
    # max(0, x) + min(0, alpha * expm1(x / alpha)): for either sign of alpha only one term lives.
    if x > 0:
        return x, 1
    return alpha * mpmath.expm1(x / alpha), mpmath.exp(x / alpha)


@reference("selu", kinks=kink_at_zero)
def selu(x):
    scale, alpha = mpf(SELU_LAMBDA), mpf(SELU_ALPHA)
    if x > 0:
        return scale * x, scale
    return scale * alpha * mpmath.expm1(x), scale * alpha * mpmath.exp(x)


def gelu_points(approximate):
    root = derivative_root(lambda t: gelu(t, approximate)[1], -0.75)
    # x·Φ(x) leaves the normal range near -37.6 and underflows near -38.5; the tanh form
    # underflows near -21.6.
    return neighbours(root, 50) + [-38.5, -37.6, -21.8, -21.5]


@reference("gelu", ["approximate"], [(0.0,), (1.0,)], extra=gelu_points)
def gelu(x, approximate):
    if approximate == 0:
        cdf = erfc(-x / mpmath.sqrt(2)) / 2
        density = mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
        return x * cdf, cdf + x * density
    # x/2 * (1 + tanh(u)) = x * sigmoid(2u), free of cancellation for u -> -inf.
    c, k = mpmath.sqrt(2 / mpmath.pi), mpf("0.044715")
    u = c * (x + k * x**3)
    gate = sigmoid_of(2 * u)
    return x * gate, gate + 2 * x * gate * sigmoid_of(-2 * u) * c * (1 + 3 * k * x * x)


def swish_derivative(x, beta):
    gate = sigmoid_of(beta * x)
    return gate * (1 + beta * x * sigmoid_of(-beta * x))


def swish_points(beta):
    root = derivative_root(lambda t: swish_derivative(t, beta), -1.28 / beta)
    return neighbours(root, 50) + [c / beta for c in (EXP_UNDERFLOW, -40, 37.5)]


@reference("silu", extra=lambda: swish_points(1.0))
def silu(x):
    return x * sigmoid_of(x), swish_derivative(x, 1)


@reference("swish", ["beta"], [(1.0,), (0.7,), (3.0,)], extra=swish_points)
def swish(x, beta):
    return x * sigmoid_of(beta * x), swish_derivative(x, beta)


def mish_points():
    return neighbours(derivative_root(lambda t: mish(t)[1], -1.19), 50)


@reference("mish", extra=mish_points)
def mish(x):
    # tanh(log(1 + e^x)) = n(n + 2) / (n^2 + 2n + 2) with n = e^x, and
    # 1 - tanh^2 = 4(n + 1)^2 / (n^2 + 2n + 2)^2: no cancellation at either end.
    n = mpmath.exp(x)
    denominator = n * n + 2 * n + 2
    gate = n * (n + 2) / denominator
    sech2 = 4 * (n + 1) ** 2 / denominator**2
    return x * gate, gate + x * sigmoid_of(x) * sech2


def softplus_tails(beta, threshold):
    return [p for c in (EXP_UNDERFLOW, EXP_SUBNORMAL, -37, 37) for p in neighbours(c / beta, 2)]


@reference(
    "softplus",
    ["beta", "threshold"],
    [(1.0, 20.0), (2.0, 20.0), (0.5, 5.0)],
    kinks=lambda beta, threshold: [threshold / beta],
    extra=softplus_tails,
)
def softplus(x, beta, threshold):
    if double_product(beta, x) > threshold:
        return x, 1
    return mpmath.log1p(mpmath.exp(beta * x)) / beta, sigmoid_of(beta * x)


def rounds_to_one(gap_rate):
    """Around where 1 - e^(-gap_rate·x) rounds to 1: gap 2^-53 and 2^-54."""
    return [p for bits in (53, 54) for p in neighbours(bits * math.log(2) / gap_rate, 2)]


@reference("sigmoid", extra=lambda: rounds_to_one(1))
def sigmoid(x):
    return sigmoid_of(x), sigmoid_of(x) * sigmoid_of(-x)


@reference("logsigmoid", extra=lambda: rounds_to_one(1) + exp_tails(-1))
def logsigmoid(x):
    return -mpmath.log1p(mpmath.exp(-x)), sigmoid_of(-x)


# tanh' = 4 e^(-2|x|) (1 + ...) turns subnormal near |x| = 354.9.
@reference("tanh", extra=lambda: symmetric(rounds_to_one(2) + [354.9]))
def tanh(x):
    return mpmath.tanh(x), mpmath.sech(x) ** 2


@reference(
    "hardtanh",
    ["min_val", "max_val"],
    [(-1.0, 1.0), (-2.0, 0.5)],
    exact=True,
    kinks=lambda low, high: [low, high],
)
def hardtanh(x, min_val, max_val):
    if x <= min_val or x >= max_val:
        return min(max(x, min_val), max_val), 0
    return x, 1


@reference("relu6", exact=True, kinks=lambda: [0.0, 6.0])
def relu6(x):
    return hardtanh(x, 0, 6)


@reference("hardsigmoid", exact=True, kinks=lambda: [-3.0, 3.0])
def hardsigmoid(x):
    if x <= -3:
        return 0, 0
    if x >= 3:
        return 1, 0
    return x / 6 + Fraction(1, 2), Fraction(1, 6)


@reference("hardswish", exact=True, kinks=lambda: [-3.0, 3.0], extra=lambda: neighbours(-1.5, 3))
def hardswish(x):
    if x <= -3:
        return 0, 0
    if x >= 3:
        return x, 1
    return x * (x + 3) / 6, (2 * x + 3) / 6


@reference("softsign", exact=True)
def softsign(x):
    return x / (1 + abs(x)), 1 / (1 + abs(x)) ** 2


def tanhshrink_points():
    # x - tanh(x) ~ x^3/3 cancels for small |x|.
    small = [p for e in range(-80, 1) for p in neighbours(10 ** (e / 4), 1)]
    small += [i / 1000 for i in range(1, 41)]
    return neighbours(0.0, 25) + symmetric(small)


@reference("tanhshrink", extra=tanhshrink_points)
def tanhshrink(x):
    return x - mpmath.tanh(x), mpmath.tanh(x) ** 2


def plus_minus(lambd):
    return [-lambd, lambd]


@reference("softshrink", ["lambd"], [(0.5,), (1.0,), (0.0,)], exact=True, kinks=plus_minus)
def softshrink(x, lambd):
    if x > lambd:
        return x - lambd, 1
    if x < -lambd:
        return x + lambd, 1
    return 0, 0


@reference("hardshrink", ["lambd"], [(0.5,), (0.3,)], exact=True, kinks=plus_minus)
def hardshrink(x, lambd):
    return (0, 0) if abs(x) <= lambd else (x, 1)


@reference(
    "threshold",
    ["threshold", "value"],
    [(1.0, 0.0), (-0.5, 2.0)],
    exact=True,
    kinks=lambda threshold, value: [threshold],
)
def threshold(x, threshold, value):
    return (x, 1) if x > threshold else (value, 0)


@reference("heaviside", ["values"], [(0.0,), (0.5,), (1.0,)], exact=True, kinks=kink_at_zero)
def heaviside(x, values):
    if x == 0:
        return values, 0
    return (1 if x > 0 else 0), 0


@reference("linear", exact=True)
def linear(x):
    return x, 1


def sine_points():
    with mp.workprec(BASE_PRECISION):
        multiples_of_half_pi = [to_double(k * mpmath.pi / 2) for k in range(-4, 9) if k != 0]
    hard_reduction = 6381956970095103 * 2.0**797  # nearly a multiple of pi/2
    hard = [1e22, 2.0**1023] + neighbours(hard_reduction, 2)
    return [p for m in multiples_of_half_pi for p in neighbours(m, 2)] + symmetric(hard)


@reference("sine", extra=sine_points, limits=False)
def sine(x):
    return mpmath.sin(x), mpmath.cos(x)


# ---- sample points ----------------------------------------------------------------------


def neighbours(x, count):
    """x and `count` consecutive doubles on each side of it."""
    points, below, above = [x], x, x
    for _ in range(count):
        below, above = math.nextafter(below, -math.inf), math.nextafter(above, math.inf)
        points += [below, above]
    return points


def derivative_root(derivative, start):
    with mp.workdps(80):
        return to_double(mpmath.findroot(derivative, mpf(start)))


def symmetric(values):
    return [s * v for v in values for s in (1, -1)]


def common_points():
    grid = [i / 20 for i in range(-200, 201)]
    rng = random.Random(20261127)
    random_magnitudes = [rng.choice((-1, 1)) * 10 ** rng.uniform(-8, 3) for _ in range(400)]
    smallest_normal = 2.2250738585072014e-308
    subnormals = [5e-324, 1e-323, 1.5e-323, 2.0**-1060, 1e-320, 1e-315, 1e-310]
    subnormals += neighbours(smallest_normal, 2)
    small = [1e-300, 1e-200, 1e-160, 1.5e-154, 1e-100, 1e-50, 1e-20, 2.0**-53, 1e-16, 1e-12]
    huge = [1e20, 1e50, 1e100, 1e102, 5.6e102, 1e103, 1e154, 1.35e154, 1e155, 1e160, 1e200]
    huge += [1e300, 1.7976931348623157e308]
    tails = [-760 + 2 * i for i in range(31)] + [-45 + i / 2 for i in range(61)]
    tails += [15 + i for i in range(31)] + [100, 200, 400, 700]
    tails += [p for c in (EXP_UNDERFLOW, EXP_SUBNORMAL, EXP_OVERFLOW) for p in neighbours(c, 2)]
    return (
        grid
        + random_magnitudes
        + [0.0, -0.0, math.inf, -math.inf, math.nan]
        + symmetric(subnormals + small + huge)
        + tails
    )


def sample_points(spec, params):
    kinks = [p for k in spec.kinks(*params) for p in neighbours(float(k), 3)]
    points = common_points() + kinks + spec.extra(*params)
    unique = {float.hex(float(x)): float(x) for x in points}
    return sorted(unique.values(), key=increasing_nan_last)


def increasing_nan_last(x):
    return (math.isnan(x), 0 if math.isnan(x) else x, math.copysign(1, x))


# ---- output -----------------------------------------------------------------------------


def number(x):
    return "nan" if math.isnan(x) else float.hex(x)


def write_vectors(spec, directory):
    names = ",".join(spec.parameter_names) or "(none)"
    lines = [
        f"# Reference vectors for '{spec.id}' from tests/reference/generate.py: do not edit.",
        "# Value and derivative of the definition in docs/semantics.md with x and the parameters",
        "# as exact doubles, rounded once to the nearest double (exact rationals, or mpmath at",
        "# >= 256 bits with a Ziv rounding test). ±inf means the limit. The sign of a 0 is not",
        "# significant.",
        f"# Columns: params<TAB>x<TAB>value<TAB>derivative; params (comma-separated): {names}",
        "# Numbers are Python float.hex(), nan, inf or -inf.",
    ]
    for params in spec.parameter_sets:
        field = ",".join(number(p) for p in params)
        for x in sample_points(spec, params):
            value, derivative = evaluate(spec, params, x)
            lines.append(f"{field}\t{number(x)}\t{number(value)}\t{number(derivative)}")
    (directory / f"{spec.id}.txt").write_text("\n".join(lines) + "\n")
    return len(lines)


def main():
    check_rounding()
    directory = Path(__file__).resolve().parent / "vectors"
    directory.mkdir(exist_ok=True)
    for spec in FUNCTIONS.values():
        count = write_vectors(spec, directory)
        print(f"{spec.id}: {count} lines")


if __name__ == "__main__":
    main()
