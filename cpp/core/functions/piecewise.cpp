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

// The slope is the double PyTorch computes, (lower + upper) / 2.
double rrelu(double x, const double* params) {
  return leakyReluWithSlope(x, (params[0] + params[1]) / 2);
}
double rreluDerivative(double x, const double* params) {
  return leakyReluDerivativeWithSlope(x, (params[0] + params[1]) / 2);
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

}  // namespace activation
