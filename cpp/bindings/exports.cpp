// The JavaScript boundary. Bulk data crosses as addresses of buffers in the WebAssembly heap, so
// a call costs the same however many values it carries. Errors come back as messages (empty on
// success): the module never throws, and aborts only if it runs out of memory.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>
#include <vector>

#include "catalogue.h"
#include "catalogue_json.h"
#include "curve.h"

namespace activation {
namespace {

template <typename T>
T* at(std::uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

std::string unknownFunction(const std::string& id) {
  std::string text = "unknown function '" + id + "'; valid ids: ";
  for (const Function& function : catalogue()) {
    if (&function != &catalogue().front()) text += ", ";
    text += "'" + function.id + "'";
  }
  return text;
}

// Finds the function and checks its parameters; `function` is set when the result is empty.
std::string resolve(const std::string& id, std::uintptr_t params, std::size_t count,
                    const Function*& function) {
  function = findFunction(id);
  if (!function) return unknownFunction(id);
  return validateParameters(*function, at<const double>(params), count);
}

// y[i] = f(x[i]) or f'(x[i]) for n float64 values.
std::string evaluateArray(const std::string& id, bool derivative, std::uintptr_t x,
                          std::uintptr_t y, std::size_t n, std::uintptr_t params,
                          std::size_t count) {
  const Function* function;
  std::string error = resolve(id, params, count, function);
  if (!error.empty()) return error;
  const Bulk bulk = derivative ? function->derivative : function->value;
  bulk(at<const double>(x), at<double>(y), n, at<const double>(params));
  return {};
}

struct CurveResult {
  std::string error;
  // `length` x values, then as many f(x), then as many f'(x); valid until the next curve call.
  std::uintptr_t address = 0;
  std::size_t length = 0;
};

CurveResult curve(const std::string& id, std::uintptr_t params, std::size_t count, double xMin,
                  double xMax, double points) {
  // The latest result, kept until the next call (JavaScript copies it out at once). It is
  // released before sampling, so that a large curve reuses its memory instead of growing the heap.
  static std::vector<double> samples;
  samples = {};
  const Function* function;
  CurveResult result;
  result.error = resolve(id, params, count, function);
  if (result.error.empty()) result.error = validateRange(xMin, xMax, points);
  if (!result.error.empty()) return result;
  const double* p = at<const double>(params);
  samples = curveXs(*function, p, xMin, xMax, static_cast<std::size_t>(points));
  const std::size_t n = samples.size();
  samples.resize(3 * n);
  function->value(samples.data(), samples.data() + n, n, p);
  function->derivative(samples.data(), samples.data() + 2 * n, n, p);
  result.address = reinterpret_cast<std::uintptr_t>(samples.data());
  result.length = n;
  return result;
}

}  // namespace
}  // namespace activation

EMSCRIPTEN_BINDINGS(activation_core) {
  using namespace emscripten;
  value_object<activation::CurveResult>("CurveResult")
      .field("error", &activation::CurveResult::error)
      .field("address", &activation::CurveResult::address)
      .field("length", &activation::CurveResult::length);
  function("catalogueJson", &activation::catalogueJson);
  function("evaluateArray", &activation::evaluateArray);
  function("curve", &activation::curve);
}
