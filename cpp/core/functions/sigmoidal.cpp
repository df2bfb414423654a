#include "sigmoidal.h"

#include <cmath>

#include "precise.h"

namespace activation {
namespace {

// numerator / (1 + e)^2 for 0 <= e <= 1, with (1 + e)^2 formed exactly before its one rounding.
double overOnePlusSquared(double numerator, double e) {
  const precise::Expansion sum = precise::twoSum(1, e);
  const precise::Expansion square = precise::twoProduct(sum.hi, sum.hi);
  return numerator / (square.hi + (square.lo + 2 * sum.hi * sum.lo));
}

// (x - tanh x) / x^3 as a polynomial in y = x^2 on [0, 1] (Chebyshev fit, relative error
// 2^-57); x - tanh x itself cancels badly there.
double tanhshrinkSeries(double y) {
  constexpr double kCoefficients[] = {
      0x1.5555555555555p-2,  -0x1.11111111110b9p-3,  0x1.ba1ba1ba1453ep-5,  -0x1.664f4880d2a47p-6,
      0x1.226e3519865dfp-7,  -0x1.d6d3c538d0bbep-9,  0x1.7da2bdc3daa27p-10, -0x1.3551ae34bdfffp-11,
      0x1.f5211730ee038p-13, -0x1.94981e5bdbe6fp-14, 0x1.42090e21d3d28p-15, -0x1.ea19b73b128d8p-17,
      0x1.4eb911dcd9788p-18, -0x1.7238a0a7e22b6p-20, 0x1.1ab979c0ab58cp-22, -0x1.b028f6cb72ebfp-26,
  };
  double sum = 0;
  for (int i = 15; i >= 0; --i) sum = sum * y + kCoefficients[i];
  return sum;
}

}  // namespace

double sigmoid(double x, const double*) { return precise::sigmoid(x); }

// sigma(x) (1 - sigma(x)) = e / (1 + e)^2 with e = exp(-|x|): no 1 - s cancellation.
double sigmoidDerivative(double x, const double*) {
  const double e = std::exp(-std::fabs(x));
  return overOnePlusSquared(e, e);
}

// -log(1 + e^-x); for x < 0 written x - log(1 + e^x), so exp never overflows.
double logsigmoid(double x, const double*) {
  if (x >= 0) return -std::log1p(std::exp(-x));
  return x - std::log1p(std::exp(x));
}
double logsigmoidDerivative(double x, const double*) { return precise::sigmoid(-x); }

double tanh(double x, const double*) { return std::tanh(x); }

// 1 - tanh^2 = 4e / (1 + e)^2 with e = exp(-2|x|); 4e is formed without subnormal rounding.
double tanhDerivative(double x, const double*) {
  const double twiceMagnitude = 2 * std::fabs(x);
  return overOnePlusSquared(precise::scaledExp(4, -twiceMagnitude), std::exp(-twiceMagnitude));
}

double softsign(double x, const double*) {
  if (std::isinf(x)) return std::copysign(1.0, x);
  return x / (1 + std::fabs(x));
}

// 1 / (1 + |x|)^2; for huge |x| (where (1 + |x|)^2 overflows) 1 + |x| rounds to |x| anyway.
double softsignDerivative(double x, const double*) {
  const double magnitude = std::fabs(x);
  if (magnitude > 0x1p500) return 1 / magnitude / magnitude;
  const precise::Expansion sum = precise::twoSum(1, magnitude);
  const precise::Expansion square = precise::twoProduct(sum.hi, sum.hi);
  return 1 / (square.hi + (square.lo + 2 * sum.hi * sum.lo));
}

// Below |x| = 1 a polynomial; above, x - tanh x = (x - 1) + 2e / (1 + e) with e = exp(-2x),
// a sum of two non-negative terms.
double tanhshrink(double x, const double*) {
  const double magnitude = std::fabs(x);
  if (magnitude < 1) return x * (x * x * tanhshrinkSeries(x * x));
  const double e = std::exp(-2 * magnitude);
  return std::copysign((magnitude - 1) + 2 * e / (1 + e), x);
}
double tanhshrinkDerivative(double x, const double*) {
  const double t = std::tanh(x);
  return t * t;
}

double sine(double x, const double*) { return std::sin(x); }
double sineDerivative(double x, const double*) { return std::cos(x); }

}  // namespace activation
