#include "curve.h"

#include <algorithm>
#include <cmath>

#include "format.h"

namespace activation {
namespace {

// Appends evenly spaced, non-decreasing values within [xMin, xMax], with both endpoints exact.
// Each x is measured from the nearer endpoint, so a range symmetric about 0 gives symmetric
// samples. When xMax - xMin overflows (e.g. ±1e308) the arithmetic is done on halves, exact at
// that magnitude.
void appendEvenlySpaced(std::vector<double>& xs, double xMin, double xMax, std::size_t points) {
  const bool spanOverflows = !std::isfinite(xMax - xMin);
  const double scale = spanOverflows ? 0.5 : 1.0;
  const double low = xMin * scale;
  const double high = xMax * scale;
  const double span = high - low;
  const std::size_t last = points - 1;
  // The formulas give the endpoints, except for the sign of a zero (-0 + 0 is +0).
  xs.push_back(xMin);
  for (std::size_t i = 1; i < last; ++i) {
    const double x = 2 * i <= last ? low + span * (static_cast<double>(i) / last)
                                   : high - span * (static_cast<double>(last - i) / last);
    // Rounding where the two halves meet could step back by an ulp.
    xs.push_back(std::max(std::min(x / scale, xMax), xs.back()));
  }
  xs.push_back(xMax);
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
  const std::vector<double> kinks = function.kinks(params);
  std::vector<double> xs;
  xs.reserve(points + kinks.size());
  appendEvenlySpaced(xs, xMin, xMax, points);
  // Each kink inside goes in after any equal sample (a function has only a few kinks).
  for (double kink : kinks)
    if (kink > xMin && kink < xMax) xs.insert(std::upper_bound(xs.begin(), xs.end(), kink), kink);
  // Equal neighbours collapse into the first; -0 and +0 compare equal, so a kink at 0 and a
  // sample at -0 become the sample.
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  return xs;
}

}  // namespace activation
