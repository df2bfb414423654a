// The JavaScript boundary, through Embind. Functions are named by their catalogue index, which
// JavaScript looks up after checking the id. Bulk data crosses as addresses of buffers in the
// heap, so a call costs the same however many values it carries. Errors come back as messages
// (empty on success): the module never throws, and memory it cannot allocate is such a message.
#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "catalogue.h"
#include "catalogue_json.h"
#include "curve.h"

namespace activation {
namespace {

// The latest curve, until the next sampleCurve or releaseCurve.
Curve latest;

// Its kinks for JavaScript, kKinkFields doubles each: x, index, f's limits left and right, f''s
// limits left and right, then 1 or 0 for a jump of f and of f'.
constexpr std::size_t kKinkFields = 8;
double kinkFields[kMaxKinks * kKinkFields];

void releaseCurve() {
  std::free(latest.samples);
  latest = Curve{};
}

template <typename T>
T* at(std::uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

// y[i] = f(x[i]) or f'(x[i]) for n float64 values.
std::string evaluateArray(std::size_t index, bool derivative, std::uintptr_t x, std::uintptr_t y,
                          std::size_t n, std::uintptr_t params, std::size_t count) {
  const Function* function;
  std::string error = resolveFunction(index, at<const double>(params), count, function);
  if (!error.empty()) return error;
  (derivative ? function->derivative : function->value)(at<const double>(x), at<double>(y), n,
                                                        at<const double>(params));
  return {};
}

// Samples the curve into curveSamples() and curveKinks(), valid until the next call. The previous
// curve is released first, so that a large curve reuses its memory instead of growing the heap.
std::string sampleLatestCurve(std::size_t index, std::uintptr_t paramsAddress, std::size_t count,
                              double xMin, double xMax, double points) {
  releaseCurve();
  const double* params = at<const double>(paramsAddress);
  const Function* function;
  std::string error = resolveFunction(index, params, count, function);
  if (error.empty()) error = validateRange(xMin, xMax, points);
  if (error.empty())
    error = sampleCurve(*function, params, xMin, xMax, static_cast<std::size_t>(points), latest,
                        std::malloc);
  if (!error.empty()) return error;
  for (std::size_t i = 0; i < latest.kinkCount; ++i) {
    const CurveKink& k = latest.kinks[i];
    double* fields = kinkFields + i * kKinkFields;
    fields[0] = k.kink.x;
    fields[1] = static_cast<double>(k.index);
    fields[2] = k.kink.valueLeft;
    fields[3] = k.kink.valueRight;
    fields[4] = k.kink.slopeLeft;
    fields[5] = k.kink.slopeRight;
    fields[6] = k.kind.valueJump;
    fields[7] = k.kind.derivativeJump;
  }
  return {};
}

std::uintptr_t curveSamples() { return reinterpret_cast<std::uintptr_t>(latest.samples); }

// The number of x values of the latest curve.
std::size_t curveLength() { return latest.length; }

std::uintptr_t curveKinks() { return reinterpret_cast<std::uintptr_t>(kinkFields); }
std::size_t curveKinkCount() { return latest.kinkCount; }

// The function's properties for the parameters as JSON (always an object, "{...}"), or an error
// message (never starting with "{").
std::string properties(std::size_t index, std::uintptr_t params, std::size_t count) {
  const Function* function;
  std::string error = resolveFunction(index, at<const double>(params), count, function);
  return error.empty() ? propertiesJson(*function, at<const double>(params)) : error;
}

}  // namespace

EMSCRIPTEN_BINDINGS(activation_core) {
  emscripten::function("catalogueJson", &catalogueJson);
  emscripten::function("evaluateArray", &evaluateArray);
  emscripten::function("sampleCurve", &sampleLatestCurve);
  emscripten::function("curveSamples", &curveSamples);
  emscripten::function("curveLength", &curveLength);
  emscripten::function("curveKinks", &curveKinks);
  emscripten::function("curveKinkCount", &curveKinkCount);
  emscripten::function("releaseCurve", &releaseCurve);
  emscripten::function("properties", &properties);
}

}  // namespace activation
