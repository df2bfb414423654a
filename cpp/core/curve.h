// Sampling a function's x axis for plotting: evenly spaced points plus every kink in range.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "catalogue.h"

namespace activation {

constexpr double kMaxCurvePoints = 1e7;

// Empty when the range is usable; otherwise a message saying what is wrong.
std::string validateRange(double xMin, double xMax, double points);

// `points` evenly spaced x from xMin to xMax inclusive, plus the function's kinks strictly inside,
// strictly increasing. The range and parameters must be valid.
std::vector<double> curveXs(const Function& function, const double* params, double xMin,
                            double xMax, std::size_t points);

}  // namespace activation
