#include "curve.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "format.h"

namespace activation {
namespace {

// Evenly spaced, non-decreasing, within [xMin, xMax], with both endpoints exact. Each x is
// measured from the nearer endpoint, so a range symmetric about 0 gives symmetric samples. When
// xMax - xMin overflows (e.g. ±1e308) the arithmetic is done on halves, exact at that magnitude.
std::vector<double> evenlySpaced(double xMin, double xMax, std::size_t points) {
  const bool spanOverflows = !std::isfinite(xMax - xMin);
  const double scale = spanOverflows ? 0.5 : 1.0;
  const double low = xMin * scale;
  const double high = xMax * scale;
  const double span = high - low;
  const std::size_t last = points - 1;
  std::vector<double> xs(points);
  for (std::size_t i = 0; i < points; ++i) {
    const double x = 2 * i <= last ? low + span * (static_cast<double>(i) / last)
                                   : high - span * (static_cast<double>(last - i) / last);
    xs[i] = std::min(x / scale, xMax);
    // Rounding where the two halves meet could step back by an ulp.
    if (i > 0) xs[i] = std::max(xs[i], xs[i - 1]);
  }
  // The formulas give the endpoints, except for the sign of a zero (-0 + 0 is +0).
  xs.front() = xMin;
  xs.back() = xMax;
  return xs;
}

std::vector<double> kinksInside(const Function& function, const double* params, double xMin,
                                double xMax) {
  std::vector<double> inside;
  for (double kink : function.kinks(params)) {
    if (!(kink > xMin && kink < xMax)) continue;
    // Insertion in order: a function has only a few kinks (std::sort would add a kilobyte to the
    // WebAssembly module).
    auto position = inside.end();
    while (position != inside.begin() && *(position - 1) > kink) --position;
    inside.insert(position, kink);
  }
  return inside;
}

}  // namespace

std::string validateRange(double xMin, double xMax, double points) {
  const std::string range = "xMin = " + formatNumber(xMin) + ", xMax = " + formatNumber(xMax);
  if (!std::isfinite(xMin) || !std::isfinite(xMax))
    return "xMin and xMax must be finite numbers, got " + range;
  if (!(xMin < xMax)) return "xMin must be less than xMax, got " + range;
  if (!(points >= 2 && points <= kMaxCurvePoints && points == std::floor(points))) {
    return "points must be an integer from 2 to " +
           formatInteger(static_cast<std::uint64_t>(kMaxCurvePoints)) + ", got " +
           formatNumber(points);
  }
  return {};
}

std::vector<double> curveXs(const Function& function, const double* params, double xMin,
                            double xMax, std::size_t points) {
  const std::vector<double> even = evenlySpaced(xMin, xMax, points);
  const std::vector<double> kinks = kinksInside(function, params, xMin, xMax);
  std::vector<double> xs;
  xs.reserve(even.size() + kinks.size());
  std::merge(even.begin(), even.end(), kinks.begin(), kinks.end(), std::back_inserter(xs));
  // -0 and +0 compare equal, so a kink at 0 and a sample at -0 collapse into one point.
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  return xs;
}

}  // namespace activation
