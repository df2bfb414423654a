#include "sigmoidal.h"

#include <cmath>
#include <cstdint>

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
// 2^-57); x - tanh x itself cancels badly there. The constant term 1/3 is split in two.
double tanhshrinkSeries(double y) {
  constexpr double kCoefficients[] = {
      -0x1.11111111110b9p-3,  0x1.ba1ba1ba1453ep-5,  -0x1.664f4880d2a47p-6,  0x1.226e3519865dfp-7,
      -0x1.d6d3c538d0bbep-9,  0x1.7da2bdc3daa27p-10, -0x1.3551ae34bdfffp-11, 0x1.f5211730ee038p-13,
      -0x1.94981e5bdbe6fp-14, 0x1.42090e21d3d28p-15, -0x1.ea19b73b128d8p-17, 0x1.4eb911dcd9788p-18,
      -0x1.7238a0a7e22b6p-20, 0x1.1ab979c0ab58cp-22, -0x1.b028f6cb72ebfp-26,
  };
  constexpr double kThirdHi = 0x1.5555555555555p-2, kThirdLo = 0x1.5555555555555p-56;
  double sum = 0;
  for (int i = 14; i >= 0; --i) sum = sum * y + kCoefficients[i];
  return kThirdHi + (sum * y + kThirdLo);
}

// (tanh x - x) / x^3 as a polynomial in y = x^2 on [0, 0.55^2] (Chebyshev fit, relative error
// 2^-56; the term it feeds is at most a tenth of tanh x).
double tanhSeries(double y) {
  constexpr double kCoefficients[] = {
      -0x1.5555555555555p-2,  0x1.1111111111032p-3,  -0x1.ba1ba1b9fec84p-5,  0x1.664f487713373p-6,
      -0x1.226e32f00cf0cp-7,  0x1.d6d339333f329p-9,  -0x1.7d97cfd138c28p-10, 0x1.34c5a8a996cd4p-11,
      -0x1.ec1091436eb2ap-13, 0x1.64fd88e9900a4p-14, -0x1.59a834187ce22p-16,
  };
  double sum = 0;
  for (int i = 10; i >= 0; --i) sum = sum * y + kCoefficients[i];
  return sum;
}

// x - tanh x for |x| < 1, as x^3 times the series, with x^2 kept exact (one rounding fewer).
double tanhshrinkOfSmall(double x) {
  const precise::Expansion square = precise::twoProduct(x, x);
  const double partial = x * tanhshrinkSeries(square.hi);
  return partial * square.hi + partial * square.lo;
}

// 2/pi = sum over k of kTwoOverPi[k] * 2^(-64 (k + 1)): enough bits to reduce any double.
constexpr std::uint64_t kTwoOverPi[] = {
    0xa2f9836e4e441529, 0xfc2757d1f534ddc0, 0xdb6295993c439041, 0xfe5163abdebbc561,
    0xb7246e3a424dd2e0, 0x06492eea09d1921c, 0xfe1deb1cb129a73e, 0xe88235f52ebb4484,
    0xe99c7026b45f7e41, 0x3991d639835339f4, 0x9c845f8bbdf9283b, 0x1ff897ffde05980f,
    0xef2f118b5a0a6d1f, 0x6d367ecf27cb09b7, 0x4f463f669e5fea2d, 0x7527bac7ebe5f17b,
    0x3d0739f78a5292ea, 0x6bfb5fb11f8d5d08, 0x56033046fc7b6bab, 0xf0cfbc209af4361d,
};

// The 64 bits of 2/pi from bit `first` on (bit 1 weighs 1/2; bits before bit 1 are 0).
std::uint64_t twoOverPiBits(int first) {
  if (first <= -63) return 0;
  if (first < 1) return kTwoOverPi[0] >> (1 - first);
  const int index = (first - 1) / 64, shift = (first - 1) % 64;
  const std::uint64_t high = kTwoOverPi[index] << shift;
  return shift == 0 ? high : high | kTwoOverPi[index + 1] >> (64 - shift);
}

// x = quadrant * pi/2 + angle modulo 2 pi, with |angle| <= pi/4 as an unevaluated sum.
struct Reduced {
  int quadrant;
  precise::Expansion angle;
};

// Payne-Hanek reduction of a large finite x > 0. libm's own reduction (glibc's at least) loses
// relative accuracy where x is within 2^-60 of a multiple of pi/2 and sin or cos is that small.
// With x = m 2^e (m a 53-bit integer), bits of 2/pi before bit e - 1 only add multiples of 4 to
// x 2/pi; the next 192 bits give x 2/pi mod 4 to 2^-137, and no double comes closer than 2^-62
// to a multiple of pi/2.
Reduced reduceLarge(double x) {
  int exponent = 0;
  const double mantissa = std::frexp(x, &exponent);
  const auto m = static_cast<std::uint64_t>(std::ldexp(mantissa, 53));
  const int first = exponent - 53 - 1;
  // m * (2/pi window), modulo 2^192: x 2/pi mod 4 in fixed point with 190 fraction bits.
  __extension__ typedef unsigned __int128 Wide;  // GCC and Clang, WebAssembly included
  Wide partial = static_cast<Wide>(m) * twoOverPiBits(first + 128);
  const auto bottom = static_cast<std::uint64_t>(partial);
  partial = static_cast<Wide>(m) * twoOverPiBits(first + 64) + (partial >> 64);
  const auto middle = static_cast<std::uint64_t>(partial);
  const std::uint64_t top = m * twoOverPiBits(first) + static_cast<std::uint64_t>(partial >> 64);
  int quadrant = static_cast<int>(top >> 62);
  // The fraction f in [0, 1) as 128 bits; from 1/2 on, use f - 1 and the next quadrant.
  std::uint64_t high = top << 2 | middle >> 62, rest = middle << 2 | bottom >> 62;
  const bool negative = high >> 63;
  if (negative) {
    high = ~high + (rest == 0);
    rest = ~rest + 1;
    quadrant = (quadrant + 1) & 3;
  }
  // Normalise to a 53-bit head and a tail, then multiply by pi/2 as an unevaluated sum.
  int scale = -64;
  if (high == 0) {
    high = rest;
    rest = 0;
    scale -= 64;
  }
  const int shift = __builtin_clzll(high);
  if (shift != 0) {
    high = high << shift | rest >> (64 - shift);
    rest <<= shift;
  }
  scale -= shift;
  const double head = std::ldexp(static_cast<double>(high & ~std::uint64_t{0x7ff}), scale);
  const double tail =
      std::ldexp(static_cast<double>(high & 0x7ff) + static_cast<double>(rest) * 0x1p-64, scale);
  constexpr double kHalfPiHi = 0x1.921fb54442d18p+0, kHalfPiLo = 0x1.1a62633145c07p-54;
  const precise::Expansion product = precise::twoProduct(head, kHalfPiHi);
  const double correction = product.lo + (head * kHalfPiLo + tail * kHalfPiHi);
  const precise::Expansion angle = precise::twoSum(product.hi, correction);
  return {quadrant, negative ? precise::Expansion{-angle.hi, -angle.lo} : angle};
}

// Below 2^20 the library's reduction is exact enough.
constexpr double kLargeAngle = 0x1p20;

// sin or cos (of the reduced angle) selected by quadrant: sin(x + k pi/2) cycles through
// sin, cos, -sin, -cos.
double sinOfReduced(const Reduced& reduced, int quarterTurns) {
  const double hi = reduced.angle.hi, lo = reduced.angle.lo;
  switch ((reduced.quadrant + quarterTurns) & 3) {
    case 0:
      return std::sin(hi) + std::cos(hi) * lo;
    case 1:
      return std::cos(hi) - std::sin(hi) * lo;
    case 2:
      return -(std::sin(hi) + std::cos(hi) * lo);
    default:
      return -(std::cos(hi) - std::sin(hi) * lo);
  }
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

// Not std::tanh: in WebAssembly, musl's is built on expm1 and is twice as slow as this.
// Below tanh x = 1/2 a polynomial; above, 1 - 2e / (1 + e) with e = exp(-2|x|), which is accurate
// because the subtracted term is at most 1/2.
double tanh(double x, const double*) {
  const double magnitude = std::fabs(x);
  if (magnitude < 0.55) {
    const double y = x * x;
    return x + x * (y * tanhSeries(y));
  }
  const double e = std::exp(-2 * magnitude);
  return std::copysign(1 - 2 * e / (1 + e), x);
}

// 1 - tanh^2 = 4e / (1 + e)^2 with e = exp(-2|x|); where e is subnormal, 4e is formed without
// rounding e first.
double tanhDerivative(double x, const double*) {
  const double twiceMagnitude = 2 * std::fabs(x);
  const double e = std::exp(-twiceMagnitude);
  const double numerator = twiceMagnitude > 708 ? precise::scaledExp(4, -twiceMagnitude) : 4 * e;
  return overOnePlusSquared(numerator, e);
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

Kinks softsignKinks(const double*) { return {Kink{0, 0, 0, 1, 1}}; }

// Below |x| = 1 a polynomial; above, x - tanh x = (x - 1) + 2e / (1 + e) with e = exp(-2x),
// a sum of two non-negative terms.
double tanhshrink(double x, const double*) {
  const double magnitude = std::fabs(x);
  if (magnitude < 1) return tanhshrinkOfSmall(x);
  const double e = std::exp(-2 * magnitude);
  return std::copysign((magnitude - 1) + 2 * e / (1 + e), x);
}
// tanh^2: below |x| = 1 from tanh x = x - (x - tanh x) held exactly as a sum, squared with one
// rounding (squaring a rounded tanh doubles its error); above, 1 - 4e / (1 + e)^2 cancels little.
double tanhshrinkDerivative(double x, const double* params) {
  const double magnitude = std::fabs(x);
  if (magnitude < 0x1p-30) return x * x;
  if (!(magnitude < 1)) return 1 - tanhDerivative(x, params);
  const precise::Expansion t = precise::twoSum(x, -tanhshrinkOfSmall(x));
  const precise::Expansion square = precise::twoProduct(t.hi, t.hi);
  return square.hi + (square.lo + 2 * t.hi * t.lo);
}

double sine(double x, const double*) {
  if (!(std::fabs(x) >= kLargeAngle && std::isfinite(x))) return std::sin(x);
  const double ofMagnitude = sinOfReduced(reduceLarge(std::fabs(x)), 0);
  return x < 0 ? -ofMagnitude : ofMagnitude;
}
double sineDerivative(double x, const double*) {
  if (!(std::fabs(x) >= kLargeAngle && std::isfinite(x))) return std::cos(x);
  return sinOfReduced(reduceLarge(std::fabs(x)), 1);
}

}  // namespace activation
