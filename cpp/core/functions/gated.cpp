#include "gated.h"

#include <cmath>

namespace activation {

namespace {

constexpr double kSqrtHalf = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;
constexpr double kSqrtTwoOverPi = 0.79788456080286535588;
constexpr double kTanhCubic = 0.044715;

double logistic(double x) {
  return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
}

double swishWith(double x, double beta) { return x * logistic(beta * x); }

double swishDerivativeWith(double x, double beta) {
  double s = logistic(beta * x);
  return s + beta * x * s * logistic(-beta * x);
}

double softplusOf(double x) { return x > 20 ? x : std::log1p(std::exp(x)); }

}  // namespace

double gelu(double x, const double* params) {
  if (params[0] == 0) return 0.5 * x * std::erfc(-x * kSqrtHalf);
  double z = kSqrtTwoOverPi * (x + kTanhCubic * x * x * x);
  return x * logistic(2 * z);
}

double geluDerivative(double x, const double* params) {
  if (params[0] == 0) {
    return 0.5 * std::erfc(-x * kSqrtHalf) + x * kInvSqrt2Pi * std::exp(-0.5 * x * x);
  }
  double z = kSqrtTwoOverPi * (x + kTanhCubic * x * x * x);
  double s = logistic(2 * z);
  double dz = kSqrtTwoOverPi * (1 + 3 * kTanhCubic * x * x);
  return s + 2 * x * s * logistic(-2 * z) * dz;
}

double silu(double x, const double*) { return swishWith(x, 1); }
double siluDerivative(double x, const double*) { return swishDerivativeWith(x, 1); }
double swish(double x, const double* params) { return swishWith(x, params[0]); }
double swishDerivative(double x, const double* params) { return swishDerivativeWith(x, params[0]); }

double mish(double x, const double*) { return x * std::tanh(softplusOf(x)); }

double mishDerivative(double x, const double*) {
  double t = std::tanh(softplusOf(x));
  return t + x * logistic(x) * (1 - t * t);
}

}  // namespace activation
