// libFuzzer target over what the bindings call: resolveFunction (index and parameters),
// validateRange, the value and derivative kernels, sampleCurve, the kinks and the properties.
// Any broken invariant traps, which the fuzzer reports as a crash.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "catalogue.h"
#include "catalogue_json.h"
#include "curve.h"
#include "properties.h"

namespace activation {
namespace {

// Large enough for every boundary case of the spacing, small enough for many runs a second.
constexpr std::size_t kMaxFuzzPoints = 4096;
constexpr std::size_t kMaxXs = 64;
constexpr std::size_t kParamSlots = 4;

// A macro, so that the report names the broken invariant.
#define REQUIRE(condition)                                                         \
  do {                                                                             \
    if (!(condition)) {                                                            \
      std::fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, #condition); \
      __builtin_trap();                                                            \
    }                                                                              \
  } while (false)

double fromBits(std::uint64_t bits) {
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// Mostly small values on a grid of quarters (the interesting points of the catalogue), sometimes
// a special value, sometimes any bit pattern.
double consumeDouble(FuzzedDataProvider& data) {
  static constexpr double kSpecial[] = {0.0,
                                        -0.0,
                                        kInfinity,
                                        -kInfinity,
                                        std::numeric_limits<double>::quiet_NaN(),
                                        std::numeric_limits<double>::max(),
                                        std::numeric_limits<double>::lowest(),
                                        std::numeric_limits<double>::min(),
                                        std::numeric_limits<double>::denorm_min(),
                                        -std::numeric_limits<double>::denorm_min(),
                                        kMaxCurvePoints};
  switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
      return data.ConsumeIntegralInRange<int>(-64, 64) / 4.0;
    case 1:
      return data.PickValueInArray(kSpecial);
    default:
      return fromBits(data.ConsumeIntegral<std::uint64_t>());
  }
}

std::size_t consumeIndex(FuzzedDataProvider& data) {
  const std::size_t size = catalogue().size();
  if (data.ConsumeBool()) return data.ConsumeIntegral<std::size_t>();
  return data.ConsumeIntegralInRange<std::size_t>(0, size);
}

// Mostly the right count for the function at `index`, sometimes any small count.
std::size_t consumeCount(FuzzedDataProvider& data, std::size_t index) {
  const bool right = index < catalogue().size() && data.ConsumeBool();
  return right ? catalogue()[index].parameters.size()
               : data.ConsumeIntegralInRange<std::size_t>(0, kParamSlots);
}

bool sameDouble(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

// Rounding may land a computed value an ulp or so outside an exact range end.
bool withinEnd(double y, double end, bool below) {
  if (std::isinf(end)) return true;
  const double slack = 1e-12 * std::fmax(1.0, std::fabs(end));
  return below ? y >= end - slack : y <= end + slack;
}

bool inRange(const Properties& properties, double y) {
  if (std::isnan(y)) return false;
  for (const Interval& interval : properties.range) {
    if (withinEnd(y, interval.min, true) && withinEnd(y, interval.max, false)) return true;
  }
  return false;
}

void checkRangeNormalised(const std::vector<Interval>& range) {
  REQUIRE(!range.empty());
  for (std::size_t i = 0; i < range.size(); ++i) {
    REQUIRE(range[i].min <= range[i].max);
    if (i > 0) REQUIRE(range[i - 1].max <= range[i].min);
  }
}

void checkPropertiesJson(const Function& function, const double* params) {
  const std::string json = propertiesJson(function, params);
  REQUIRE(json.size() >= 2 && json.front() == '{' && json.back() == '}');
  REQUIRE(json.find("nan") == std::string::npos && json.find("inf") == std::string::npos);
}

// Finite x gives f(x) in the function's range and a number for f'(x).
void checkEvaluation(const Function& function, const double* params, const Properties& properties,
                     const std::vector<double>& xs) {
  std::vector<double> ys(xs.size()), slopes(xs.size());
  function.value(xs.data(), ys.data(), xs.size(), params);
  function.derivative(xs.data(), slopes.data(), xs.size(), params);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (!std::isfinite(xs[i])) continue;
    REQUIRE(inRange(properties, ys[i]));
    REQUIRE(!std::isnan(slopes[i]));
  }
}

void checkKinks(const Function& function, const double* params, const Properties& properties) {
  const Kinks kinks = function.kinks(params);
  for (std::size_t i = 0; i < kinks.size(); ++i) {
    const Kink& kink = kinks[i];
    if (i > 0) REQUIRE(kinks[i - 1].x < kink.x);
    REQUIRE(std::isfinite(kink.x));
    REQUIRE(inRange(properties, kink.valueLeft) && inRange(properties, kink.valueRight));
    if (properties.continuous) REQUIRE(!classifyKink(function, kink, params).valueJump);
    // Only the limits: f'(x) at a kink is PyTorch's convention (hardshrink with lambd = 0 is x
    // everywhere, with f'(0) = 0).
    if (properties.smooth) REQUIRE(kink.slopeLeft == kink.slopeRight);
  }
}

std::size_t kinksInside(const Kinks& kinks, double xMin, double xMax) {
  std::size_t count = 0;
  for (const Kink& kink : kinks) count += kink.x > xMin && kink.x < xMax;
  return count;
}

// x strictly increasing from xMin to xMax, with every kink inside at its index, and f and f' as
// the kernels give them for each x.
void checkCurve(const Function& function, const double* params, double xMin, double xMax,
                std::size_t points, const Curve& curve) {
  const Kinks kinks = function.kinks(params);
  const std::size_t n = curve.length;
  const double* xs = curve.samples;
  REQUIRE(xs != nullptr && n >= 2 && n <= points + kinks.size());
  REQUIRE(sameDouble(xs[0], xMin) && sameDouble(xs[n - 1], xMax));
  for (std::size_t i = 1; i < n; ++i) REQUIRE(xs[i - 1] < xs[i]);
  REQUIRE(curve.kinkCount == kinksInside(kinks, xMin, xMax));
  for (std::size_t i = 0; i < curve.kinkCount; ++i) {
    const CurveKink& k = curve.kinks[i];
    REQUIRE(k.index < n && xs[k.index] == k.kink.x);
    if (i > 0) REQUIRE(curve.kinks[i - 1].index < k.index);
  }
  for (std::size_t i = 0; i < n; ++i) {
    double y, slope;
    function.value(xs + i, &y, 1, params);
    function.derivative(xs + i, &slope, 1, params);
    REQUIRE(sameDouble(xs[n + i], y) && sameDouble(xs[2 * n + i], slope));
  }
}

void* failingAllocate(std::size_t) { return nullptr; }

void checkSampling(FuzzedDataProvider& data, const Function& function, const double* params) {
  const double xMin = consumeDouble(data);
  const double xMax = consumeDouble(data);
  const double points = data.ConsumeBool()
                            ? static_cast<double>(data.ConsumeIntegralInRange<int>(0, 1100))
                            : consumeDouble(data);
  const std::string error = validateRange(xMin, xMax, points);
  const bool usable = std::isfinite(xMin) && std::isfinite(xMax) && xMin < xMax && points >= 2 &&
                      points <= kMaxCurvePoints && points == std::floor(points);
  REQUIRE(error.empty() == usable);
  if (!usable || points > kMaxFuzzPoints) return;
  const bool failing = data.ConsumeIntegralInRange<int>(0, 15) == 0;
  Curve curve;
  const std::string sampleError =
      sampleCurve(function, params, xMin, xMax, static_cast<std::size_t>(points), curve,
                  failing ? failingAllocate : std::malloc);
  if (failing) {
    REQUIRE(!sampleError.empty() && curve.samples == nullptr);
    return;
  }
  REQUIRE(sampleError.empty());
  checkCurve(function, params, xMin, xMax, static_cast<std::size_t>(points), curve);
  std::free(curve.samples);
}

// The parameters resolveFunction must reject whatever the function: a wrong count, or a value
// that is not a finite number.
bool obviouslyInvalid(const Function* function, const double* params, std::size_t count) {
  if (!function || count != function->parameters.size()) return true;
  for (std::size_t i = 0; i < count; ++i)
    if (!std::isfinite(params[i])) return true;
  return false;
}

void fuzzOne(FuzzedDataProvider& data) {
  const std::size_t index = consumeIndex(data);
  const std::size_t count = consumeCount(data, index);
  double params[kParamSlots];
  for (double& param : params) param = consumeDouble(data);
  const Function* function = nullptr;
  const std::string error = resolveFunction(index, params, count, function);
  // The properties binding tells an error from JSON by its first character.
  if (!error.empty()) {
    REQUIRE(error.front() != '{');
    return;
  }
  REQUIRE(!obviouslyInvalid(function, params, count));
  const Properties properties = function->properties(params);
  checkRangeNormalised(properties.range);
  checkPropertiesJson(*function, params);
  checkKinks(*function, params, properties);
  checkSampling(data, *function, params);
  std::vector<double> xs;
  while (xs.size() < kMaxXs && data.remaining_bytes() > 0) xs.push_back(consumeDouble(data));
  checkEvaluation(*function, params, properties, xs);
}

}  // namespace
}  // namespace activation

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  FuzzedDataProvider data(bytes, size);
  activation::fuzzOne(data);
  return 0;
}
