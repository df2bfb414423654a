// Accurate-arithmetic helpers shared by the kernels: error-free transformations and compositions
// that avoid cancellation and intermediate underflow. Plain double operations only: WebAssembly
// has no hardware fma, and std::fma there is a slow software routine.
#pragma once

#include <cmath>

namespace activation {
namespace precise {

// An unevaluated sum hi + lo with |lo| <= ulp(hi) / 2.
struct Expansion {
  double hi, lo;
};

// hi + lo == a + b exactly (Knuth), for any finite a, b without overflow.
inline Expansion twoSum(double a, double b) {
  const double sum = a + b;
  const double bPart = sum - a;
  const double aPart = sum - bPart;
  return {sum, (a - aPart) + (b - bPart)};
}

// Veltkamp split into two halves of at most 26 significant bits each; exact for |a| < 2^996.
inline Expansion split(double a) {
  constexpr double kSplitter = 134217729.0;  // 2^27 + 1
  const double scaled = kSplitter * a;
  const double hi = scaled - (scaled - a);
  return {hi, a - hi};
}

// hi + lo == a * b exactly (Dekker), provided |a|, |b| < 2^996 and no partial product underflows
// (true whenever |a * b| >= 2^-960 and neither factor is subnormal).
inline Expansion twoProduct(double a, double b) {
  const double product = a * b;
  const Expansion as = split(a), bs = split(b);
  const double error = ((as.hi * bs.hi - product) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
  return {product, error};
}

// scale * exp(u) without rounding exp(u) into the subnormal range or past overflow first (which
// loses bits, or everything, when scale is far from 1). Beyond |u| = 708 it reduces
// u = k ln2 + r (ln2 split so k * kLn2Hi is exact) and rounds once in ldexp.
inline double scaledExp(double scale, double u) {
  const double magnitude = std::fabs(u);
  if (!(magnitude > 708)) return scale * std::exp(u);
  // Past 2300 the result is 0 or infinite for every finite scale (0 stays 0).
  if (magnitude > 2300) return u < 0 || scale == 0 ? scale * 0 : scale * HUGE_VAL;
  constexpr double kLn2Hi = 0x1.62e42feep-1, kLn2Lo = 0x1.a39ef35793c76p-33;
  const double k = std::nearbyint(u * 0x1.71547652b82fep0);  // u / ln2
  const double r = (u - k * kLn2Hi) - k * kLn2Lo;
  int scaleExponent = 0;
  const double mantissa = std::frexp(scale, &scaleExponent);  // keeps the product finite
  return std::ldexp(mantissa * std::exp(r), static_cast<int>(k) + scaleExponent);
}

// 1 / (1 + e^-x), never forming e^+|x| (no overflow, no inf/inf); NaN stays NaN.
inline double sigmoid(double x) {
  if (x >= 0) return 1 / (1 + std::exp(-x));
  const double e = std::exp(x);
  return e / (1 + e);
}

}  // namespace precise
}  // namespace activation
