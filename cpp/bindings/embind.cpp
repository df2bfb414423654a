// The JavaScript boundary, through Embind. Functions are named by their catalogue index, which
// JavaScript looks up after checking the id. Bulk data crosses as addresses of buffers in the
// heap, so a call costs the same however many values it carries. Errors come back as messages
// (empty on success): the module never throws, and aborts only if it runs out of memory.
#include <emscripten/bind.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "catalogue.h"
#include "catalogue_json.h"
#include "curve.h"
#include "format.h"

namespace activation {
namespace {

// Finds the function and checks its parameters; `function` is set when the result is empty.
std::string resolve(std::size_t index, const double* params, std::size_t count,
                    const Function*& function) {
  if (index >= catalogue().size()) return "no function at catalogue index " + formatInteger(index);
  function = &catalogue()[index];
  return validateParameters(*function, params, count);
}

// The latest curve: `length` x values, then as many f(x), then as many f'(x).
std::vector<double> samples;

template <typename T>
T* at(std::uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

// y[i] = f(x[i]) or f'(x[i]) for n float64 values.
std::string evaluateArray(std::size_t index, bool derivative, std::uintptr_t x, std::uintptr_t y,
                          std::size_t n, std::uintptr_t params, std::size_t count) {
  const Function* function;
  std::string error = resolve(index, at<const double>(params), count, function);
  if (!error.empty()) return error;
  (derivative ? function->derivative : function->value)(at<const double>(x), at<double>(y), n,
                                                        at<const double>(params));
  return {};
}

// Samples the curve into curveSamples(), valid until the next call. The previous curve is
// released first, so that a large curve reuses its memory instead of growing the heap.
std::string sampleCurve(std::size_t index, std::uintptr_t paramsAddress, std::size_t count,
                        double xMin, double xMax, double points) {
  samples = {};
  const double* params = at<const double>(paramsAddress);
  const Function* function;
  std::string error = resolve(index, params, count, function);
  if (error.empty()) error = validateRange(xMin, xMax, points);
  if (!error.empty()) return error;
  samples = curveXs(*function, params, xMin, xMax, static_cast<std::size_t>(points));
  const std::size_t n = samples.size();
  samples.resize(3 * n);
  function->value(samples.data(), samples.data() + n, n, params);
  function->derivative(samples.data(), samples.data() + 2 * n, n, params);
  return {};
}

std::uintptr_t curveSamples() { return reinterpret_cast<std::uintptr_t>(samples.data()); }

// The number of x values of the latest curve.
std::size_t curveLength() { return samples.size() / 3; }

// The function's properties for the parameters as JSON (always an object, "{...}"), or an error
// message (never starting with "{").
std::string properties(std::size_t index, std::uintptr_t params, std::size_t count) {
  const Function* function;
  std::string error = resolve(index, at<const double>(params), count, function);
  return error.empty() ? propertiesJson(*function, at<const double>(params)) : error;
}

}  // namespace

EMSCRIPTEN_BINDINGS(activation_core) {
  emscripten::function("catalogueJson", &catalogueJson);
  emscripten::function("evaluateArray", &evaluateArray);
  emscripten::function("sampleCurve", &sampleCurve);
  emscripten::function("curveSamples", &curveSamples);
  emscripten::function("curveLength", &curveLength);
  emscripten::function("properties", &properties);
}

}  // namespace activation
