#include "properties.h"

#include <algorithm>
#include <cmath>

#include "functions/exponential.h"
#include "functions/gated_roots.h"
#include "functions/piecewise.h"

namespace activation {

std::vector<Interval> normaliseRange(std::vector<Interval> intervals) {
  intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                                 [](const Interval& i) {
                                   return i.min > i.max ||
                                          (i.min == i.max && !(i.minClosed && i.maxClosed));
                                 }),
                  intervals.end());
  // By lower end; at the same lower end the closed one first, so that it decides the bracket.
  std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
    return a.min < b.min || (a.min == b.min && a.minClosed && !b.minClosed);
  });
  std::vector<Interval> merged;
  for (const Interval& next : intervals) {
    if (!merged.empty()) {
      Interval& last = merged.back();
      if (next.min < last.max || (next.min == last.max && (last.maxClosed || next.minClosed))) {
        if (next.max > last.max) {
          last.max = next.max;
          last.maxClosed = next.maxClosed;
        } else if (next.max == last.max) {
          last.maxClosed = last.maxClosed || next.maxClosed;
        }
        continue;
      }
    }
    merged.push_back(next);
  }
  // Infinite ends are never attained.
  for (Interval& i : merged) {
    if (std::isinf(i.min)) i.minClosed = false;
    if (std::isinf(i.max)) i.maxClosed = false;
  }
  return merged;
}

const char* monotonicityName(Monotonicity monotonicity) {
  switch (monotonicity) {
    case Monotonicity::Increasing:
      return "increasing";
    case Monotonicity::NonDecreasing:
      return "non-decreasing";
    case Monotonicity::Decreasing:
      return "decreasing";
    case Monotonicity::NonIncreasing:
      return "non-increasing";
    case Monotonicity::Constant:
      return "constant";
    case Monotonicity::None:
      break;
  }
  return nullptr;
}

// At its minimum x0, silu'(x0) = 0 gives σ(x0) = −1/x0·(1/(1 − σ(x0))) and so silu(x0) = x0 + 1:
// exact from the root's leading double-doubles (x0 + 1 is exact, Sterbenz).
double siluMinimum() {
  const double* root = gated_roots::kSilu[0].root;
  return (root[0] + 1) + root[1];
}

// The doubles nearest the exact minima, from mpmath (the tests check them against 25-digit
// values and against the kernels at the roots of f', gated_roots.h).
double mishMinimum() { return -0x1.3c417299f9f85p-2; }
double geluMinimum(bool tanhApproximation) {
  return tanhApproximation ? -0x1.5c3e533586d1ap-3 : -0x1.5c19dd4b1a3fbp-3;
}

// selu = λα(eˣ − 1) for x <= 0 with λ, α the doubles PyTorch uses; λα rounded to a double (the
// kernel's double-double λα, 0x1.c212cc640f030p+0 + 0x1.092dbf6372048p-54, rounds to its head).
double seluLowerLimit() { return -0x1.c212cc640f030p+0; }

namespace {

constexpr double kInf = kInfinity;

Interval open(double min, double max) { return {min, max, false, false}; }
Interval closed(double min, double max) { return {min, max, true, true}; }
Interval closedOpen(double min, double max) { return {min, max, true, false}; }
Interval openClosed(double min, double max) { return {min, max, false, true}; }
Interval point(double value) { return {value, value, true, true}; }

Properties make(std::vector<Interval> range, Monotonicity monotonic, bool continuous, bool smooth,
                bool odd) {
  return {normaliseRange(std::move(range)), monotonic, continuous, smooth, odd};
}

const Properties kIdentity = make({open(-kInf, kInf)}, Monotonicity::Increasing, true, true, true);

// x for x > 0, slope·x otherwise (leaky_relu, prelu, rrelu with the mean slope).
Properties withSlope(double slope) {
  if (slope == 1) return kIdentity;
  // slope·x for x < 0 is negative and unbounded when slope > 0; 0 when slope = 0; positive
  // (falling towards 0) when slope < 0.
  if (slope > 0) return make({open(-kInf, kInf)}, Monotonicity::Increasing, true, false, false);
  return make({closedOpen(0, kInf)}, slope == 0 ? Monotonicity::NonDecreasing : Monotonicity::None,
              true, false, false);
}

// A minimum m at one point, decreasing before it and increasing after: [m, ∞).
Properties dipThenRise(double minimum, bool smooth) {
  return make({closedOpen(minimum, kInf)}, Monotonicity::None, true, smooth, false);
}

}  // namespace

namespace properties {

Properties relu(const double*) { return withSlope(0); }
Properties leakyRelu(const double* p) { return withSlope(p[0]); }
// The kernel's slope, rounded as it rounds it.
Properties rrelu(const double* p) { return withSlope(rreluSlope(p)); }

// α(eˣ − 1) for x <= 0 runs over (−α, 0] (α > 0, rising), is 0 (α = 0) or runs over [0, −α)
// falling (α < 0); f' jumps from α to 1 at 0 unless α = 1.
Properties elu(const double* p) {
  const double alpha = p[0];
  if (alpha > 0)
    return make({open(-alpha, kInf)}, Monotonicity::Increasing, true, alpha == 1, false);
  return make({closedOpen(0, kInf)}, alpha == 0 ? Monotonicity::NonDecreasing : Monotonicity::None,
              true, false, false);
}

// α(e^(x/α) − 1) for x <= 0: f' = e^(x/α) > 0 is 1 at 0 whatever α; the limit at −∞ is −α for
// α > 0 and −∞ for α < 0.
Properties celu(const double* p) {
  const double alpha = p[0];
  return make({open(alpha > 0 ? -alpha : -kInf, kInf)}, Monotonicity::Increasing, true, true,
              false);
}

// λα(eˣ − 1) for x <= 0, λx above: f' jumps from λα to λ at 0.
Properties selu(const double*) {
  return make({open(seluLowerLimit(), kInf)}, Monotonicity::Increasing, true, false, false);
}

Properties gelu(const double* p) { return dipThenRise(geluMinimum(p[0] == 1), true); }
Properties silu(const double*) { return dipThenRise(siluMinimum(), true); }
Properties mish(const double*) { return dipThenRise(mishMinimum(), true); }

// x·σ(βx) = silu(βx)/β: for β > 0 its minimum is m/β (m = silu's minimum); for β < 0 it is
// −swish_|β|(−x), so m/β is its maximum; for β = 0 it is x/2.
Properties swish(const double* p) {
  const double beta = p[0];
  if (beta == 0) return kIdentity;
  const double extreme = siluMinimum() / beta;
  if (!std::isfinite(extreme))  // |β| so small that the extreme is beyond the doubles
    return make({open(-kInf, kInf)}, Monotonicity::None, true, true, false);
  return make({beta > 0 ? closedOpen(extreme, kInf) : openClosed(-kInf, extreme)},
              Monotonicity::None, true, true, false);
}

// PyTorch's softplus is x where βx > threshold and g(x) = log(1 + e^(βx))/β elsewhere. g is
// increasing (g' = σ(βx)) and exceeds x by log(1 + e^(−βx))/β when β > 0 (falls short of it by
// as much when β < 0), so at x0 = threshold/β f jumps down by log(1 + e^(−threshold))/|β| > 0,
// whatever the parameters: discontinuous and not monotonic. (The jump is 2.06e-9 at the defaults,
// and below float64 resolution once threshold > 36 or so.)
//  β > 0: (0, g(x0)] from g on x <= x0, (x0, ∞) from x on x > x0; g(x0) > x0, so the union is
//         (min(0, x0), ∞).
//  β < 0: (−∞, x0) from x on x < x0, [g(x0), 0) from g on x >= x0; g(x0) < x0: (−∞, max(0, x0)).
// x0 is taken as the kernel takes it: the last double on the g side, where fl(βx) <= threshold
// (t/β rounded can be on either side), so that every value f takes in float64 is in the range.
Properties softplus(const double* p) {
  const double x0 = softplusSwitch(p);
  const Interval range = p[0] > 0 ? open(std::min(0.0, x0), kInf) : open(-kInf, std::max(0.0, x0));
  return make({range}, Monotonicity::None, false, false, false);
}

Properties sigmoid(const double*) {
  return make({open(0, 1)}, Monotonicity::Increasing, true, true, false);
}
Properties logsigmoid(const double*) {
  return make({open(-kInf, 0)}, Monotonicity::Increasing, true, true, false);
}
Properties tanh(const double*) {
  return make({open(-1, 1)}, Monotonicity::Increasing, true, true, true);
}
Properties softsign(const double*) { return tanh(nullptr); }
// f' = tanh²(x) >= 0, zero only at 0: increasing.
Properties tanhshrink(const double*) { return kIdentity; }
Properties linear(const double*) { return kIdentity; }
Properties sine(const double*) {
  return make({closed(-1, 1)}, Monotonicity::None, true, true, true);
}

// Clamped to [min_val, max_val] (min_val <= max_val, the catalogue's check); constant when equal.
Properties hardtanh(const double* p) {
  const double low = p[0], high = p[1];
  if (low == high) return make({point(low)}, Monotonicity::Constant, true, true, low == 0);
  return make({closed(low, high)}, Monotonicity::NonDecreasing, true, false, low == -high);
}
Properties relu6(const double*) {
  return make({closed(0, 6)}, Monotonicity::NonDecreasing, true, false, false);
}
Properties hardsigmoid(const double*) {
  return make({closed(0, 1)}, Monotonicity::NonDecreasing, true, false, false);
}
// x(x + 3)/6 on (−3, 3) has its minimum −3/8 at x = −3/2; f' jumps at ±3.
Properties hardswish(const double*) { return dipThenRise(-0.375, false); }

// 0 on [−λ, λ], x ∓ λ outside; the identity for λ = 0 (λ >= 0 by the domain).
Properties softshrink(const double* p) {
  if (p[0] == 0) return kIdentity;
  return make({open(-kInf, kInf)}, Monotonicity::NonDecreasing, true, false, true);
}

// 0 on [−λ, λ], x outside: jumps up at ±λ, so non-decreasing but not continuous. The identity
// for λ <= 0.
Properties hardshrink(const double* p) {
  const double lambd = p[0];
  if (lambd <= 0) return kIdentity;
  return make({open(-kInf, -lambd), point(0), open(lambd, kInf)}, Monotonicity::NonDecreasing,
              false, false, true);
}

// x for x > threshold, value otherwise: {value} ∪ (threshold, ∞). Continuous only when value =
// threshold; non-decreasing when value <= threshold; f' jumps from 0 to 1 at the threshold.
Properties threshold(const double* p) {
  const double at = p[0], value = p[1];
  return make({point(value), open(at, kInf)},
              value <= at ? Monotonicity::NonDecreasing : Monotonicity::None, value == at, false,
              false);
}

// 0 for x < 0, `values` at 0, 1 for x > 0.
Properties heaviside(const double* p) {
  const double value = p[0];
  return make({point(0), point(value), point(1)},
              value >= 0 && value <= 1 ? Monotonicity::NonDecreasing : Monotonicity::None, false,
              false, false);
}

}  // namespace properties
}  // namespace activation
