#include "exponential.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "precise.h"

namespace activation {
namespace {

// The exact a * b - fl(a * b), for 2^-60 <= |a * b| <= 2^60: scales the larger factor down (and
// the other up) by 2^300 first, so Dekker's product neither overflows nor underflows.
double productError(double a, double b) {
  constexpr double kLarge = 0x1p900;
  if (std::fabs(a) > kLarge) {
    a *= 0x1p-300;
    b *= 0x1p300;
  } else if (std::fabs(b) > kLarge) {
    b *= 0x1p-300;
    a *= 0x1p300;
  }
  return precise::twoProduct(a, b).lo;
}

// x / divisor as the rounded quotient q plus the small correction x / divisor - q. exp(q) is as
// sensitive to q's rounding as |q| is large, hence the correction.
struct Quotient {
  double q, correction;
};

Quotient divide(double x, double divisor) {
  const double q = x / divisor;
  const double magnitude = std::fabs(q);
  if (!(magnitude >= 0x1p-30 && magnitude <= 0x1p11)) return {q, 0};  // saturated or negligible
  // Scale by a power of two (exact) so the divisor is near 1 and Dekker's product cannot underflow.
  const double divisorMagnitude = std::fabs(divisor);
  const double scale = divisorMagnitude > 0x1p500    ? 0x1p-600
                       : divisorMagnitude < 0x1p-500 ? 0x1p600
                                                     : 1;
  const double scaledX = x * scale, scaledDivisor = divisor * scale;
  const precise::Expansion product = precise::twoProduct(q, scaledDivisor);
  const double remainder = (scaledX - product.hi) - product.lo;  // exact
  return {q, remainder / scaledDivisor};
}

// SELU's lambda, and lambda * alpha as an unevaluated sum (exact to 2^-107) so it rounds once.
constexpr double kSeluLambda = 0x1.0cfabd6a91132p+0;
constexpr double kSeluScaleHi = 0x1.c212cc640f030p+0, kSeluScaleLo = 0x1.092dbf6372048p-54;

double seluScaleTimes(double y) { return kSeluScaleHi * y + kSeluScaleLo * y; }

// expm1(x) for x <= 0. Below -ln 2, exp(x) - 1 is exact but for the rounding of exp(x) (at most
// a quarter ULP of the result) and much faster than musl's expm1 in WebAssembly.
double expm1OfNonPositive(double x) {
  return x < -0.6931471805599453 ? std::exp(x) - 1 : std::expm1(x);
}

}  // namespace

double elu(double x, const double* params) { return x > 0 ? x : params[0] * expm1OfNonPositive(x); }
double eluDerivative(double x, const double* params) {
  return x > 0 ? 1 : precise::scaledExp(params[0], x);
}

// For x <= 0, alpha * expm1(x / alpha) whatever alpha's sign (for x > 0 the min() term is 0).
double celu(double x, const double* params) {
  const double alpha = params[0];
  if (x > 0) return x;
  const Quotient quotient = divide(x, alpha);
  const double q = quotient.q;
  // Series near 0: alpha * q rounds, x does not.
  if (std::fabs(q) < 0x1p-20) return x + x * (q * (0.5 + q / 6));
  // Only for alpha < 0: expm1(q) = exp(q) there, and alpha * exp(q) may be finite when exp(q) is
  // not.
  if (q > 700) return precise::scaledExp(alpha + alpha * quotient.correction, q);
  // expm1(q + c) = expm1(q) + exp(q) c, to first order.
  const double expm1q = q < 0 ? expm1OfNonPositive(q) : std::expm1(q);
  return alpha * (expm1q + (expm1q + 1) * quotient.correction);
}
double celuDerivative(double x, const double* params) {
  if (x > 0) return 1;
  const Quotient quotient = divide(x, params[0]);
  const double e = std::exp(quotient.q);
  return e < kInfinity ? e + e * quotient.correction : e;
}

double selu(double x, const double*) {
  return x > 0 ? kSeluLambda * x : seluScaleTimes(expm1OfNonPositive(x));
}
double seluDerivative(double x, const double*) {
  if (x > 0) return kSeluLambda;
  return x >= -708 ? seluScaleTimes(std::exp(x)) : precise::scaledExp(kSeluScaleHi, x);
}

// u = fl(beta x) decides the threshold, as PyTorch; the value uses beta x exactly, via the
// rounding error of u: log1p(e^u) is as sensitive to u as |u| when u << 0.
double softplus(double x, const double* params) {
  const double beta = params[0], u = beta * x;
  if (u > params[1]) return x;
  // log(1 + e^u) / beta = x + log(1 + e^-u) / beta: no rounding of u in the large term.
  if (u > 0) return x + std::log1p(std::exp(-u)) / beta;
  if (!(u >= -0x1p11)) return u != u ? u : 0 / beta;
  const double error = std::fabs(u) >= 0x1p-30 ? productError(beta, x) : 0;
  // Here log1p(e^u) = e^u to double precision; beta may be tiny, so divide before scaling.
  if (u < -40) return precise::scaledExp((1 + error) / beta, u);
  const double e = std::exp(u);
  return (std::log1p(e) + error * (e / (1 + e))) / beta;
}
double softplusDerivative(double x, const double* params) {
  const double beta = params[0], u = beta * x;
  if (u > params[1]) return 1;
  if (u > 0) return precise::sigmoid(u);
  const double error = std::fabs(u) >= 0x1p-30 && u >= -0x1p11 ? productError(beta, x) : 0;
  const double s = precise::sigmoid(u);
  return s + s * ((1 - s) * error);
}

// In each of these x = 0 belongs to the left branch (x > 0 is false there), so the kernels at 0
// are the left branch's formulas at 0: its exact limits. The right branch is x (f' = 1), or
// lambda x for selu.

// f' steps from alpha to 1, unless alpha = 1; then f'' still steps (from 1 to 0).
Kinks eluKinks(const double* params) {
  return {Kink{0, elu(0, params), 0, eluDerivative(0, params), 1}};
}

// f' is 1 on both sides (exp(0/alpha)); f'' steps from 1/alpha to 0.
Kinks celuKinks(const double* params) {
  return {Kink{0, celu(0, params), 0, celuDerivative(0, params), 1}};
}

// f' steps from lambda alpha to lambda.
Kinks seluKinks(const double* params) {
  return {Kink{0, selu(0, params), 0, seluDerivative(0, params), kSeluLambda}};
}

namespace {

// Doubles in increasing order as unsigned integers, and back.
std::uint64_t key(double x) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  constexpr std::uint64_t kSign = std::uint64_t{1} << 63;
  return bits & kSign ? ~bits : bits | kSign;
}

double fromKey(std::uint64_t key) {
  constexpr std::uint64_t kSign = std::uint64_t{1} << 63;
  const std::uint64_t bits = key & kSign ? key & ~kSign : ~key;
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

bool identityBranch(double x, const double* params) { return params[0] * x > params[1]; }

}  // namespace

// The kernel takes the identity branch where fl(beta x) > threshold, a condition monotonic in x;
// the switch is found by bisection over all finite doubles (at most 64 steps), so it is exact
// whatever rounding fl(beta x) does near it (with a subnormal beta, fl(beta x) is constant over
// ranges of 2^52 doubles).
double softplusSwitch(const double* params) {
  const double max = 0x1.fffffffffffffp+1023;
  // Going from `low` to `high`, the kernel goes from the log branch to the identity branch.
  double low = -max, high = max;
  if (params[0] < 0) std::swap(low, high);
  if (identityBranch(low, params)) return std::copysign(kInfinity, low);
  if (!identityBranch(high, params)) return high;
  std::uint64_t from = key(low), to = key(high);  // the log branch at `from`, identity at `to`
  for (;;) {
    const std::uint64_t distance = from < to ? to - from : from - to;
    if (distance <= 1) break;
    const std::uint64_t middle = from < to ? from + distance / 2 : from - distance / 2;
    (identityBranch(fromKey(middle), params) ? to : from) = middle;
  }
  return fromKey(from);
}

// x0 is the last x of the log branch in the direction of the identity branch, so f(x0) is the log
// branch's value: the kernels at x0 are its exact limit on that side, and x0 itself that of the
// identity branch.
Kinks softplusKinks(const double* params) {
  const double x0 = softplusSwitch(params);
  // Without a switch, x0 or the next double towards the identity branch is infinite.
  if (!std::isfinite(x0) || !std::isfinite(std::nextafter(x0, params[0] * kInfinity))) return {};
  const double value = softplus(x0, params), slope = softplusDerivative(x0, params);
  if (params[0] > 0) return {Kink{x0, value, x0, slope, 1}};
  return {Kink{x0, x0, value, 1, slope}};
}

}  // namespace activation
