// The JavaScript boundary: plain C functions over the WebAssembly heap (no Embind, whose glue
// would be most of the module's JavaScript). Functions are named by their catalogue index, which
// JavaScript looks up after checking the id. Bulk data crosses as addresses of buffers in the
// heap, so a call costs the same however many values it carries. Errors come back as messages
// (empty on success): the module never throws, and aborts only if it runs out of memory.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <string>
#include <vector>

#include "catalogue.h"
#include "catalogue_json.h"
#include "curve.h"
#include "format.h"

namespace activation {
namespace {

// The latest message, kept until the next call (JavaScript decodes it at once).
const char* message(std::string text) {
  static std::string latest;
  latest = std::move(text);
  return latest.c_str();
}

// Finds the function and checks its parameters; `function` is set when the result is empty.
std::string resolve(std::size_t index, const double* params, std::size_t count,
                    const Function*& function) {
  if (index >= catalogue().size()) return "no function at catalogue index " + formatInteger(index);
  function = &catalogue()[index];
  return validateParameters(*function, params, count);
}

// The latest curve: `length` x values, then as many f(x), then as many f'(x).
std::vector<double> samples;

}  // namespace
}  // namespace activation

using namespace activation;

extern "C" {

// The catalogue as JSON (see catalogue_json.h), NUL-terminated UTF-8, valid while the module lives.
EMSCRIPTEN_KEEPALIVE const char* catalogue_json() {
  static const std::string json = catalogueJson();
  return json.c_str();
}

// y[i] = f(x[i]) or f'(x[i]) for n float64 values.
EMSCRIPTEN_KEEPALIVE const char* evaluate_array(std::size_t index, bool derivative, const double* x,
                                                double* y, std::size_t n, const double* params,
                                                std::size_t count) {
  const Function* function;
  std::string error = resolve(index, params, count, function);
  if (!error.empty()) return message(error);
  (derivative ? function->derivative : function->value)(x, y, n, params);
  return message({});
}

// Samples the curve into curve_samples(), valid until the next call. The previous curve is
// released first, so that a large curve reuses its memory instead of growing the heap.
EMSCRIPTEN_KEEPALIVE const char* sample_curve(std::size_t index, const double* params,
                                              std::size_t count, double xMin, double xMax,
                                              double points) {
  samples = {};
  const Function* function;
  std::string error = resolve(index, params, count, function);
  if (error.empty()) error = validateRange(xMin, xMax, points);
  if (!error.empty()) return message(error);
  samples = curveXs(*function, params, xMin, xMax, static_cast<std::size_t>(points));
  const std::size_t n = samples.size();
  samples.resize(3 * n);
  function->value(samples.data(), samples.data() + n, n, params);
  function->derivative(samples.data(), samples.data() + 2 * n, n, params);
  return message({});
}

EMSCRIPTEN_KEEPALIVE const double* curve_samples() { return samples.data(); }

// The number of x values of the latest curve.
EMSCRIPTEN_KEEPALIVE std::size_t curve_length() { return samples.size() / 3; }
}
