// Sampling a function for plotting: evenly spaced points plus every kink in range, with f and f'
// at each, and which kinks are jumps of f or of f'.
#pragma once

#include <cstddef>
#include <string>

#include "catalogue.h"

namespace activation {

constexpr double kMaxCurvePoints = 1e7;

// Empty when the range is usable; otherwise a message saying what is wrong.
std::string validateRange(double xMin, double xMax, double points);

// What happens at a kink. f (or f') jumps there when it is discontinuous: the one-sided limits
// differ, or the value at the kink (PyTorch's convention) is not both of them (softshrink with
// lambd = 0 is x everywhere but has f'(0) = 0). -0 and +0 are the same value.
struct KinkKind {
  bool valueJump = false, derivativeJump = false;
};
KinkKind classifyKink(const Function& function, const Kink& kink, const double* params);

// Writes `points` evenly spaced x from xMin to xMax inclusive, plus the kinks strictly inside,
// strictly increasing, to `xs`, which has room for points + kinks.size(); returns how many. A
// kink equal to a sample is that sample. The range must be valid.
std::size_t curveXs(const Kinks& kinks, double xMin, double xMax, std::size_t points, double* xs);

// A kink inside a sampled curve: x[index] is kink.x.
struct CurveKink {
  Kink kink;
  std::size_t index = 0;
  KinkKind kind;
};

// A sampled curve: `length` x, then as many f(x), then as many f'(x), in one block from
// `allocate` (the caller frees it with std::free); its kinks inside the range, by x.
struct Curve {
  double* samples = nullptr;
  std::size_t length = 0;
  CurveKink kinks[kMaxKinks];
  std::size_t kinkCount = 0;
};

using Allocate = void* (*)(std::size_t bytes);

// Samples `function` into `curve`. The parameters and range must be valid. Empty on success; the
// one failure is memory: then a message naming `points`, and curve.samples is null.
std::string sampleCurve(const Function& function, const double* params, double xMin, double xMax,
                        std::size_t points, Curve& curve, Allocate allocate);

}  // namespace activation
