// Self-gated functions x·g(x), accurate to a few ULP for every double (docs/semantics.md):
// - rounded arguments (β·x, −x/√2, the GELU-tanh cubic) are carried as exact sums hi + lo and
//   their low parts applied as first-order corrections, since the gates amplify argument
//   errors in the tails (σ(y) ≈ e^y there);
// - x·e^y is never formed through a subnormal e^y (precise::scaledExp);
// - near the interior root of each derivative, where the formulas cancel, the derivative is
//   (x − root)·P(x − center) with P fitted offline (gated_roots.h,
//   tests/reference/fit_gated_roots.py).
#include "gated.h"

#include <cmath>
#include <cstddef>

#include "gated_roots.h"
#include "precise.h"

namespace activation {
namespace {

using precise::Expansion;

constexpr double kNegativeZero = -0.0;
constexpr Expansion kInvSqrt2 = {0x1.6a09e667f3bcdp-1, -0x1.bdd3413b26456p-55};
constexpr Expansion kInvSqrt2Pi = {0x1.9884533d43651p-2, -0x1.cbc0d30ebfd15p-56};
constexpr double kTwoOverSqrtPi = 0x1.20dd750429b6dp+0;
// GELU-tanh: σ(u) with u = 2√(2/π)·(x + 0.044715·x³) = kTanhLinear·x + kTanhCubic·x³.
constexpr Expansion kTanhLinear = {0x1.9884533d43651p+0, -0x1.cbc0d30ebfd15p-54};
constexpr Expansion kTanhCubic = {0x1.2444f2a4d8b4bp-4, -0x1.6c843a29d1c70p-61};

// The helpers marked always_inline run per element in bulk loops, where the catalogue's flattening
// reaches only the kernel itself: as calls they pass Expansions through memory (in WASM), which
// costs more than their arithmetic.

// a·b as hi + lo. Dekker's split needs moderate exponents, so extreme factors are rescaled by
// powers of two. lo is dropped when the product is tiny (σ ≈ 1/2 there) or huge (σ is 0 or 1).
[[gnu::always_inline]] inline Expansion exactProduct(double a, double b) {
  const double product = a * b;
  const double size = std::fabs(product);
  if (!(size > 0x1p-900 && size < 0x1p1000)) return {product, 0};
  const auto moderate = [](double v) { return std::fabs(v) > 0x1p-400 && std::fabs(v) < 0x1p400; };
  if (moderate(a) && moderate(b)) return precise::twoProduct(a, b);
  const int ea = std::ilogb(a), eb = std::ilogb(b);
  const Expansion p = precise::twoProduct(std::scalbn(a, -ea), std::scalbn(b, -eb));
  return {product, std::scalbn(p.lo, ea + eb)};
}

// c·φ(x) = c·e^(−x²/2)/√(2π), with x² carried exactly; needs |x| < 2^500.
double timesNormalDensity(double c, double x) {
  const Expansion square = precise::twoProduct(x, x);
  const Expansion scaled = precise::twoProduct(c, kInvSqrt2Pi.hi);
  const double scale =
      scaled.hi + (scaled.lo + c * (kInvSqrt2Pi.lo - 0.5 * square.lo * kInvSqrt2Pi.hi));
  return precise::scaledExp(scale, -0.5 * square.hi);
}

// The fitted piece around the derivative's root that contains x, if any.
template <std::size_t count>
const gated_roots::RootFactor* fittedPiece(const gated_roots::RootFactor (&pieces)[count],
                                           double x) {
  for (const gated_roots::RootFactor& piece : pieces)
    if (x > piece.from && x < piece.to) return &piece;
  return nullptr;
}

// f'(x) = (x − root)·P(x − center) (·e^(−x²/2)) near the root. x − root[0] is exact there
// (Sterbenz); x.lo (swish: the low part of β·x) can bring x within 2^-106 of the root, hence
// three parts.
double rootFactor(const gated_roots::RootFactor& r, Expansion x) {
  const double t = x.hi - r.center;
  double p = r.coefficients[r.count - 1];
  for (int i = r.count - 2; i > 0; --i) p = p * t + r.coefficients[i];
  p = (p * t + r.constantLow) + r.coefficients[0];
  const Expansion low = precise::twoSum(x.lo, -r.root[1]);
  const double near = (x.hi - r.root[0]) + low.hi;
  if (!r.timesDensity) return (near + (low.lo - r.root[2])) * p;
  // e^(−x²/2) = e^(−square.hi/2)·(1 − square.lo/2), the correction folded into the distance.
  const Expansion square = precise::twoProduct(x.hi, x.hi);
  const double distance = near + (low.lo - r.root[2] - near * (0.5 * square.lo));
  return precise::scaledExp(distance * p, -0.5 * square.hi);
}

// (s.hi + s.lo)² = hi·(1 + relativeError): denominators like (1 + e^x)² are squared exactly, so
// that only the division by hi rounds.
struct RoundedSquare {
  double hi, relativeError;
};

RoundedSquare square(Expansion s) {
  const Expansion p = precise::twoProduct(s.hi, s.hi);
  return {p.hi, (p.lo + 2 * s.hi * s.lo) / p.hi};
}

// x·σ(u) for |u| > 700 or NaN, where σ(u) is 1 or e^u (rounded).
double timesSigmoidTail(double x, Expansion u) {
  if (!(u.hi < 0)) return std::isnan(u.hi) ? u.hi : x;
  if (u.hi < -1500) return std::copysign(0.0, x);  // x·e^u < 2^-1075 for every double x
  return precise::scaledExp(x + x * u.lo, u.hi);
}

// x·σ(u) for u = u.hi + u.lo, using σ(u.hi + u.lo) ≈ σ(u.hi)·(1 + σ(−u.hi)·u.lo). With
// e = e^−|u|, σ(u) is 1/(1 + e) for u >= 0 and e/(1 + e) below: both signs share one formula and
// end in a select, since a sign branch is unpredictable in bulk loops over mixed signs (SiLU in
// WASM measured 8–18% faster without it).
[[gnu::always_inline]] inline double timesSigmoid(double x, Expansion u) {
  if (!(std::fabs(u.hi) <= 700)) return timesSigmoidTail(x, u);
  const double e = std::exp(-std::fabs(u.hi)), d = 1 + e;
  const bool positive = u.hi >= 0;
  double gated = x / d;
  // With dLow the rounding error of d, 1/(d + dLow) = (1 − dLow/d)/d. That correction pays only
  // together with u.lo's (with u exact, as in SiLU, it just moves a rounding); σ(−u)·d is e or 1.
  if (u.lo != 0) gated += gated * ((u.lo * (positive ? e : 1) - (e - (d - 1))) / d);
  return positive ? gated : gated * e;
}

// σ(u)·(1 + v·σ(−u)): the slope of x·σ(u(x)) when v = x·u'(x), with first-order corrections for
// the low parts (∂/∂u = σ(u)σ(−u)·(1 + v·(σ(−u) − σ(u))), ∂/∂v = σ(u)σ(−u)). Callers handle
// the root of 1 + v·σ(−u), where this cancels.
[[gnu::always_inline]] inline double sigmoidGateSlope(Expansion u, Expansion v) {
  if (u.hi > 700) return 1;
  if (u.hi >= 0) {
    // With f = e^−u: σ(u) = 1/d, σ(−u) = f/d; d = 1 + f is rounded, dLow corrects 1/d.
    const double f = std::exp(-u.hi), d = 1 + f, dLow = f - (d - 1);
    double t = v.hi;
    if (u.lo != 0 || v.lo != 0) t += v.lo + u.lo * (1 + v.hi * (f - 1) / d);
    return (1 + (f / d * t - dLow / d)) / d;
  }
  if (u.hi < -800) return kNegativeZero;  // e^u·(1 + v) underflows
  // With e = e^u: σ(u) = e/d, σ(−u) = 1/d, so the slope is e·((1 + v) + e)/d². The small terms
  // are summed first so that the numerator is rounded once.
  const double e = std::exp(u.hi), d = 1 + e;
  const RoundedSquare dd = square({d, e - (d - 1)});
  const double base = 1 + v.hi;  // exact when |v| >= 1
  double small = -(base + e) * dd.relativeError;
  if (u.lo != 0 || v.lo != 0) small += v.lo + u.lo * (1 + v.hi * (1 - e) / d);
  const double scale = (base + (e + small)) / dd.hi;
  return u.hi > -700 ? scale * e : precise::scaledExp(scale, u.hi);
}

// 2Φ(x) = erfc(w) as erfc(w.hi) + correction, with w = −x/√2 = w.hi + w.lo and
// erfc(w.hi + w.lo) ≈ erfc(w.hi) − 2/√π·e^(−w.hi²)·w.lo (rounding w alone would cost about x² ULP
// in the tail). For −36 <= x <= 40.
Expansion twiceNormalCdf(double x) {
  Expansion w = precise::twoProduct(-x, kInvSqrt2.hi);
  w.lo -= x * kInvSqrt2.lo;
  return {std::erfc(w.hi), -kTwoOverSqrtPi * std::exp(-w.hi * w.hi) * w.lo};
}

// Φ(x)/φ(x)·|x| for x < −36: the asymptotic series Σ (−1)^k (2k−1)!!/x^(2k), to 2^-60.
double millsSeries(double x) {
  const double r = 1 / (x * x);
  constexpr double kTerms[] = {1, -1, 3, -15, 105, -945, 10395, -135135};
  double sum = kTerms[7];
  for (int k = 6; k >= 0; --k) sum = sum * r + kTerms[k];
  return sum;
}

double geluExact(double x) {
  if (x > 40) return x;               // Φ(x) rounds to 1
  if (x < -39) return kNegativeZero;  // |x·Φ(x)| < 2^-1075
  // Below −36 erfc approaches the subnormal range: x·Φ(x) = −φ(x)·series.
  if (x < -36) return timesNormalDensity(-millsSeries(x), x);
  const Expansion cdf = twiceNormalCdf(x);
  if (!(x < 0)) return x * (0.5 * (cdf.hi + cdf.lo));  // erfc is accurate here; keeps −0 and NaN
  // x·erfc is formed exactly, so that erfc's own error in the tail (up to 2.4 ULP in glibc and
  // musl) meets a single rounding.
  const Expansion product = precise::twoProduct(x, cdf.hi);
  return 0.5 * (product.hi + (product.lo + x * cdf.lo));
}

double geluExactDerivative(double x) {
  if (x > 40) return 1;
  if (x < -40) return kNegativeZero;
  if (const auto* piece = fittedPiece(gated_roots::kGelu, x)) return rootFactor(*piece, {x, 0});
  // Φ(x) + x·φ(x) = φ(x)·(x + Φ(x)/φ(x)).
  if (x < -36) return timesNormalDensity(x - millsSeries(x) / x, x);
  const Expansion cdf = twiceNormalCdf(x);
  return 0.5 * (cdf.hi + cdf.lo) + timesNormalDensity(x, x);
}

// The GELU-tanh gate σ(u): u = a·x + b·x³ = 2√(2/π)·(x + 0.044715·x³) and v = x·u'(x) = a·x +
// 3b·x³, both as hi + lo; for |x| <= 30.
struct TanhGate {
  Expansion u, v;
};

TanhGate tanhGate(double x) {
  const Expansion square = precise::twoProduct(x, x);
  Expansion cube = precise::twoProduct(x, square.hi);
  cube.lo += x * square.lo;
  Expansion cubic = precise::twoProduct(kTanhCubic.hi, cube.hi);
  cubic.lo += kTanhCubic.hi * cube.lo + kTanhCubic.lo * cube.hi;
  Expansion linear = precise::twoProduct(kTanhLinear.hi, x);
  linear.lo += kTanhLinear.lo * x;
  const Expansion u = precise::twoSum(linear.hi, cubic.hi);
  const Expansion tripled = precise::twoSum(2 * cubic.hi, cubic.hi);
  const Expansion v = precise::twoSum(linear.hi, tripled.hi);
  return {{u.hi, u.lo + (linear.lo + cubic.lo)},
          {v.hi, v.lo + (tripled.lo + linear.lo + 3 * cubic.lo)}};
}

// x/2·(1 + tanh(u/2)) = x·σ(u).
double geluTanh(double x) {
  if (x > 10) return x;               // σ(u) rounds to 1
  if (x < -23) return kNegativeZero;  // |x·e^u| < 2^-1075
  return timesSigmoid(x, tanhGate(x).u);
}

double geluTanhDerivative(double x) {
  if (x > 10) return 1;
  if (x < -23) return kNegativeZero;
  if (const auto* piece = fittedPiece(gated_roots::kGeluTanh, x)) return rootFactor(*piece, {x, 0});
  const TanhGate gate = tanhGate(x);
  return sigmoidGateSlope(gate.u, gate.v);
}

// swish'(x) = silu'(β·x), with y = β·x exact as hi + lo.
double siluSlope(Expansion y) {
  if (const auto* piece = fittedPiece(gated_roots::kSilu, y.hi)) return rootFactor(*piece, y);
  return sigmoidGateSlope(y, y);
}

}  // namespace

double gelu(double x, const double* params) { return params[0] == 0 ? geluExact(x) : geluTanh(x); }

double geluDerivative(double x, const double* params) {
  return params[0] == 0 ? geluExactDerivative(x) : geluTanhDerivative(x);
}

double silu(double x, const double*) { return timesSigmoid(x, {x, 0}); }

double siluDerivative(double x, const double*) { return siluSlope({x, 0}); }

double swish(double x, const double* params) {
  const double beta = params[0];
  if (beta == 0) return 0.5 * x;  // also for x = ±∞, where β·x would be NaN
  return timesSigmoid(x, exactProduct(beta, x));
}

double swishDerivative(double x, const double* params) {
  const double beta = params[0];
  if (beta == 0) return 0.5;
  return siluSlope(exactProduct(beta, x));
}

// tanh(softplus(x)) = k/(1 + k) with k = e^x·(1 + e^x/2), and for x >= 0, in terms of f = e^−x,
// 1 − 2f²/(1 + 2f + 2f²): forms with few roundings and no overflow.
double mish(double x, const double*) {
  if (x >= 0) {
    const double f = std::exp(-x), twiceSquare = 2 * f * f;
    return x * (1 - twiceSquare / ((1 + 2 * f) + twiceSquare));
  }
  if (x < -800) return kNegativeZero;
  if (x < -40) return precise::scaledExp(x, x);  // tanh(softplus(x)) = e^x·(1 + O(e^x))
  const double e = std::exp(x), k = e + e * (0.5 * e);
  return x * k / (1 + k);
}

// mish'(x) = e·B/Q² with e = e^x, Q = e² + 2e + 2 and B = 4(1 + x) + e·(6 + 4x + e·(4 + e));
// for x >= 0 numerator and denominator are divided by e⁴.
double mishDerivative(double x, const double*) {
  if (x > 40) return 1;
  if (x < -800) return kNegativeZero;
  if (const auto* piece = fittedPiece(gated_roots::kMish, x)) return rootFactor(*piece, {x, 0});
  if (x >= 0) {
    const double f = std::exp(-x), t = 2 * f * (1 + f);
    const RoundedSquare qq = square(precise::twoSum(1, t));
    const double rest = f * (4 + f * ((6 + 4 * x) + f * (4 * (1 + x))));
    return (1 + (rest - (1 + rest) * qq.relativeError)) / qq.hi;
  }
  if (x < -40) return precise::scaledExp(1 + x, x);
  const double e = std::exp(x), t = e * (2 + e), q = 2 + t;
  const RoundedSquare qq = square({q, t - (q - 2)});
  const double base = 4 * (1 + x), rest = e * ((6 + 4 * x) + e * (4 + e));
  return e * ((base + (rest - (base + rest) * qq.relativeError)) / qq.hi);
}

}  // namespace activation
