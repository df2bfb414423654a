#include "curve.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "format.h"

namespace activation {
namespace {

// Writes evenly spaced, non-decreasing values within [xMin, xMax] to xs, with both endpoints
// exact. Each x is measured from the nearer endpoint, so a range symmetric about 0 gives symmetric
// samples. When xMax - xMin overflows (e.g. ±1e308) the arithmetic is done on halves, exact at
// that magnitude.
void writeEvenlySpaced(double* xs, double xMin, double xMax, std::size_t points) {
  const bool spanOverflows = !std::isfinite(xMax - xMin);
  const double scale = spanOverflows ? 0.5 : 1.0;
  const double low = xMin * scale;
  const double high = xMax * scale;
  const double span = high - low;
  const std::size_t last = points - 1;
  // The formulas give the endpoints, except for the sign of a zero (-0 + 0 is +0).
  xs[0] = xMin;
  for (std::size_t i = 1; i < last; ++i) {
    const double x = 2 * i <= last ? low + span * (static_cast<double>(i) / last)
                                   : high - span * (static_cast<double>(last - i) / last);
    // Rounding where the two halves meet could step back by an ulp.
    xs[i] = std::max(std::min(x / scale, xMax), xs[i - 1]);
  }
  xs[last] = xMax;
}

bool discontinuous(double left, double at, double right) { return !(left == at && at == right); }

bool inside(double x, double xMin, double xMax) { return x > xMin && x < xMax; }

}  // namespace

std::string validateRange(double xMin, double xMax, double points) {
  const std::string range = "xMin = " + shortestNumber(xMin) + ", xMax = " + shortestNumber(xMax);
  if (!std::isfinite(xMin) || !std::isfinite(xMax))
    return "xMin and xMax must be finite numbers, got " + range;
  if (!(xMin < xMax)) return "xMin must be less than xMax, got " + range;
  if (!(points >= 2 && points <= kMaxCurvePoints && points == std::floor(points))) {
    return "points must be an integer from 2 to " +
           formatInteger(static_cast<std::uint64_t>(kMaxCurvePoints)) + ", got " +
           shortestNumber(points);
  }
  return {};
}

KinkKind classifyKink(const Function& function, const Kink& kink, const double* params) {
  double value, slope;
  function.value(&kink.x, &value, 1, params);
  function.derivative(&kink.x, &slope, 1, params);
  return {discontinuous(kink.valueLeft, value, kink.valueRight),
          discontinuous(kink.slopeLeft, slope, kink.slopeRight)};
}

std::size_t curveXs(const Kinks& kinks, double xMin, double xMax, std::size_t points, double* xs) {
  writeEvenlySpaced(xs, xMin, xMax, points);
  std::size_t n = points;
  // Each kink inside goes in after any equal sample (a function has only a few kinks).
  for (const Kink& kink : kinks) {
    if (!inside(kink.x, xMin, xMax)) continue;
    double* at = std::upper_bound(xs, xs + n, kink.x);
    std::copy_backward(at, xs + n, xs + n + 1);
    *at = kink.x;
    ++n;
  }
  // Equal neighbours collapse into the first; -0 and +0 compare equal, so a kink at 0 and a
  // sample at -0 become the sample.
  return static_cast<std::size_t>(std::unique(xs, xs + n) - xs);
}

std::string sampleCurve(const Function& function, const double* params, double xMin, double xMax,
                        std::size_t points, Curve& curve, Allocate allocate) {
  curve = Curve{};
  const Kinks kinks = function.kinks(params);
  // At most 3 (1e7 + 2) doubles: no overflow.
  const std::size_t capacity = points + kinks.size();
  const std::size_t bytes = 3 * capacity * sizeof(double);
  void* block = allocate(bytes);
  if (!block) {
    return "points = " + shortestNumber(static_cast<double>(points)) + ": the curve needs " +
           formatInteger(bytes) + " bytes (x, f(x), f'(x) as float64), which cannot be allocated";
  }
  double* const xs = static_cast<double*>(block);
  const std::size_t n = curveXs(kinks, xMin, xMax, points, xs);
  // f(x) and f'(x) follow x directly (n <= capacity).
  function.value(xs, xs + n, n, params);
  function.derivative(xs, xs + 2 * n, n, params);
  curve.samples = xs;
  curve.length = n;
  for (const Kink& kink : kinks) {
    if (!inside(kink.x, xMin, xMax)) continue;
    const std::size_t index = static_cast<std::size_t>(std::lower_bound(xs, xs + n, kink.x) - xs);
    curve.kinks[curve.kinkCount++] = {kink, index, classifyKink(function, kink, params)};
  }
  return {};
}

}  // namespace activation
