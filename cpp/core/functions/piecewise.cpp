#include "piecewise.h"

#include <cmath>

namespace activation {
namespace {

// Comparisons with NaN are false, so every kernel below would silently map NaN to one branch;
// the rule is NaN in, NaN out.
bool isNaN(double x) { return x != x; }

double leakyReluWithSlope(double x, double slope) { return x > 0 ? x : slope * x; }

double leakyReluDerivativeWithSlope(double x, double slope) {
  if (isNaN(x)) return x;
  return x > 0 ? 1 : slope;
}

double clamp(double x, double low, double high) { return x < low ? low : x > high ? high : x; }

// PyTorch's autograd gives 0 at both bounds.
double clampDerivative(double x, double low, double high) {
  if (isNaN(x)) return x;
  return x > low && x < high ? 1 : 0;
}

}  // namespace

double relu(double x, const double*) { return isNaN(x) || x > 0 ? x : 0; }
double reluDerivative(double x, const double*) { return isNaN(x) ? x : x > 0 ? 1 : 0; }

double leakyRelu(double x, const double* params) { return leakyReluWithSlope(x, params[0]); }
double leakyReluDerivative(double x, const double* params) {
  return leakyReluDerivativeWithSlope(x, params[0]);
}

double rreluSlope(const double* params) {
  const double sum = params[0] + params[1];
  return std::isfinite(sum) ? sum / 2 : params[0] / 2 + params[1] / 2;
}

double rrelu(double x, const double* params) { return leakyReluWithSlope(x, rreluSlope(params)); }
double rreluDerivative(double x, const double* params) {
  return leakyReluDerivativeWithSlope(x, rreluSlope(params));
}

double hardtanh(double x, const double* params) { return clamp(x, params[0], params[1]); }
double hardtanhDerivative(double x, const double* params) {
  return clampDerivative(x, params[0], params[1]);
}

double relu6(double x, const double*) { return clamp(x, 0, 6); }
double relu6Derivative(double x, const double*) { return clampDerivative(x, 0, 6); }

// (x + 3) / 6 rounds twice (x + 3 is exact near -3, where the result is small); x / 6 + 1 / 2
// would round three times.
double hardsigmoid(double x, const double*) {
  if (isNaN(x)) return x;
  return x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6;
}
double hardsigmoidDerivative(double x, const double*) {
  if (isNaN(x)) return x;
  return x > -3 && x < 3 ? 1.0 / 6 : 0;
}

double hardswish(double x, const double*) {
  if (isNaN(x)) return x;
  return x <= -3 ? 0 : x >= 3 ? x : x * (x + 3) / 6;
}
// 2x + 3 is exact where it is small (Sterbenz), so the zero at -1.5 keeps full precision.
double hardswishDerivative(double x, const double*) {
  if (isNaN(x)) return x;
  return x <= -3 ? 0 : x < 3 ? (2 * x + 3) / 6 : 1;
}

double softshrink(double x, const double* params) {
  const double lambd = params[0];
  if (isNaN(x)) return x;
  return x > lambd ? x - lambd : x < -lambd ? x + lambd : 0;
}
double softshrinkDerivative(double x, const double* params) {
  if (isNaN(x)) return x;
  return std::fabs(x) <= params[0] ? 0 : 1;
}

double hardshrink(double x, const double* params) { return std::fabs(x) <= params[0] ? 0 : x; }
double hardshrinkDerivative(double x, const double* params) {
  if (isNaN(x)) return x;
  return std::fabs(x) <= params[0] ? 0 : 1;
}

double threshold(double x, const double* params) {
  if (isNaN(x)) return x;
  return x > params[0] ? x : params[1];
}
double thresholdDerivative(double x, const double* params) {
  if (isNaN(x)) return x;
  return x > params[0] ? 1 : 0;
}

double heaviside(double x, const double* params) {
  if (isNaN(x)) return x;
  return x > 0 ? 1 : x < 0 ? 0 : params[0];
}
double heavisideDerivative(double x, const double*) { return isNaN(x) ? x : 0; }

double linear(double x, const double*) { return x; }
double linearDerivative(double x, const double*) { return isNaN(x) ? x : 1; }

// Each limit below is the formula of the branch on that side, at the kink; the pieces are linear
// (or, for hardswish, polynomial), so these are exact.

Kinks reluKinks(const double*) { return {Kink{0, 0, 0, 0, 1}}; }

namespace {

// s·x to the left of 0 and x to the right: no kink at all when s = 1.
Kinks leakyKinksWithSlope(double slope) {
  if (slope == 1) return {};
  return {Kink{0, 0, 0, slope, 1}};
}

// clamp(x, low, high): f is continuous, f' steps 0 -> 1 at low and 1 -> 0 at high; a constant
// (no kinks) when low == high.
Kinks clampKinks(double low, double high) {
  if (low == high) return {};
  return {Kink{low, low, low, 0, 1}, Kink{high, high, high, 1, 0}};
}

}  // namespace

Kinks leakyReluKinks(const double* params) { return leakyKinksWithSlope(params[0]); }
Kinks rreluKinks(const double* params) { return leakyKinksWithSlope(rreluSlope(params)); }
Kinks hardtanhKinks(const double* params) { return clampKinks(params[0], params[1]); }
Kinks relu6Kinks(const double*) { return clampKinks(0, 6); }

// (x + 3)/6 between the flat pieces 0 and 1.
Kinks hardsigmoidKinks(const double*) {
  return {Kink{-3, 0, (-3.0 + 3) / 6, 0, 1.0 / 6}, Kink{3, (3.0 + 3) / 6, 1, 1.0 / 6, 0}};
}

// x(x + 3)/6 between 0 and x: continuous, but f' steps 0 -> -1/2 at -3 and 3/2 -> 1 at 3.
Kinks hardswishKinks(const double*) {
  const auto middle = [](double x) { return x * (x + 3) / 6; };
  const auto middleSlope = [](double x) { return (2 * x + 3) / 6; };
  return {Kink{-3, 0, middle(-3), 0, middleSlope(-3)}, Kink{3, middle(3), 3, middleSlope(3), 1}};
}

// x + λ, 0, x - λ: continuous, f' 1 -> 0 -> 1. With λ = 0, f(x) = x but f'(0) = 0 (|0| <= λ):
// one point where f' is 0 between limits of 1.
Kinks softshrinkKinks(const double* params) {
  const double lambd = params[0];
  if (lambd == 0) return {Kink{0, 0, 0, 1, 1}};
  return {Kink{-lambd, -lambd + lambd, 0, 1, 0}, Kink{lambd, 0, lambd - lambd, 0, 1}};
}

// x, 0, x: f jumps by λ at ±λ (and is 0 at ±λ). λ = 0 leaves f(x) = x with f'(0) = 0; for λ < 0
// no x has |x| <= λ, so f(x) = x everywhere and there is no kink.
Kinks hardshrinkKinks(const double* params) {
  const double lambd = params[0];
  if (lambd < 0) return {};
  if (lambd == 0) return {Kink{0, 0, 0, 1, 1}};
  return {Kink{-lambd, -lambd, 0, 1, 0}, Kink{lambd, 0, lambd, 0, 1}};
}

// value, then x: f jumps from value to threshold unless they are equal; f' steps 0 -> 1.
Kinks thresholdKinks(const double* params) { return {Kink{params[0], params[1], params[0], 0, 1}}; }

// 0, then 1 (and `values` at 0); f' is 0 everywhere, PyTorch's convention.
Kinks heavisideKinks(const double*) { return {Kink{0, 0, 1, 0, 0}}; }

}  // namespace activation
