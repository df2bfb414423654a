// The catalogue: the one list of activation functions, their parameters, kinks and properties.
// JavaScript reads it through the bindings (as JSON); nothing else keeps a list of functions.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace activation {

// f(x) or f'(x) for one x; `params` holds the function's parameters in catalogue order.
using Scalar = double (*)(double x, const double* params);

// y[i] = f(x[i]) for a whole float64 array. (Float32 arrays are converted by JavaScript, so the
// module holds one loop per function.)
using Bulk = void (*)(const double* x, double* y, std::size_t n, const double* params);

// Flattened, so that F is inlined into the loop even where this is compiled for size (WASM).
template <Scalar F>
[[gnu::flatten]] void mapArray(const double* x, double* y, std::size_t n, const double* params) {
  for (std::size_t i = 0; i < n; ++i) y[i] = F(x[i], params);
}

template <Scalar F>
constexpr Bulk bulk() {
  return &mapArray<F>;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A short list of at most N items, written as a braced list: constant data, no allocation.
template <typename T, std::size_t N>
class List {
 public:
  template <typename... Items>
  constexpr List(Items... items) : items_{items...}, size_(sizeof...(Items)) {
    static_assert(sizeof...(Items) <= N, "too many items for this list");
  }
  constexpr const T* begin() const { return items_; }
  constexpr const T* end() const { return items_ + size_; }
  constexpr std::size_t size() const { return size_; }
  constexpr bool empty() const { return size_ == 0; }
  constexpr const T& operator[](std::size_t i) const { return items_[i]; }

 private:
  T items_[N == 0 ? 1 : N] = {};
  std::size_t size_;
};

using Names = List<const char*, 2>;

struct Parameter {
  const char* name = "";
  double defaultValue = 0;
  double sliderMin = 0, sliderMax = 1, sliderStep = 0.01;
  // Domain: finite values in [lowest, highest]; `nonZero` excludes 0.
  double lowest = -kInfinity, highest = kInfinity;
  bool nonZero = false;
  Names aliases = {};
  // A parameter with choices takes one of these names; its numeric value is the index.
  Names choices = {};
};

// One interval of an output range; a point is a closed interval with min == max. Infinite ends
// are open.
struct Interval {
  double min, max;
  bool minClosed, maxClosed;
};

enum class Monotonicity { None, Increasing, NonDecreasing, Decreasing, NonIncreasing, Constant };

// What f does over all real x, for one set of parameters (see cpp/core/properties.h).
struct Properties {
  // The set of values f takes: disjoint intervals in increasing order, merged where they touch.
  std::vector<Interval> range;
  Monotonicity monotonic;
  bool continuous;
  bool smooth;       // continuously differentiable everywhere (C¹)
  bool zeroCentred;  // odd: f(−x) = −f(x) for every x
};

// A point where f or f' is not smooth, with the one-sided limits there: valueLeft is the limit of
// f(t) as t -> x from below, valueRight from above, and slopeLeft, slopeRight those of f'(t). They
// are exact: each is a branch's formula at x. f(x) and f'(x) themselves are what the kernels give
// (PyTorch's convention), which may be either limit or neither.
struct Kink {
  double x = 0;
  double valueLeft = 0, valueRight = 0;
  double slopeLeft = 0, slopeRight = 0;
};

// A function has at most this many kinks (hardtanh, relu6, the shrinks, hardsigmoid, hardswish).
constexpr std::size_t kMaxKinks = 2;
using Kinks = List<Kink, kMaxKinks>;

struct Function {
  const char* id;
  const char* name;
  List<Parameter, 2> parameters;
  Bulk value;
  Bulk derivative;
  // Points where f or f' is not smooth, for the given parameters, increasing. A kink that
  // vanishes for some parameters (leaky_relu's with slope 1) is left out for them.
  Kinks (*kinks)(const double* params);
  // Cross-parameter rule (e.g. min_val <= max_val): an error message, or empty when valid.
  std::string (*check)(const double* params);
  // The properties for the given (valid) parameters.
  Properties (*properties)(const double* params);
  // f(x) in a small infix notation the widget renders as MathML: + - * / ^, comparisons,
  // `c ? a : b` for cases, calls like exp(x), parameter names (replaced by their values),
  // Greek letters spelled out (alpha, sigma, pi), and `; name = ...` definitions after f(x).
  const char* formula;
};

// A view of constant data: the catalogue's functions.
template <typename T>
class Span {
 public:
  template <std::size_t N>
  constexpr Span(const T (&items)[N]) : begin_(items), size_(N) {}
  constexpr const T* begin() const { return begin_; }
  constexpr const T* end() const { return begin_ + size_; }
  constexpr std::size_t size() const { return size_; }
  constexpr const T& front() const { return *begin_; }
  constexpr const T& operator[](std::size_t i) const { return begin_[i]; }

 private:
  const T* begin_;
  std::size_t size_;
};

// Every function, in catalogue order.
Span<Function> catalogue();

// nullptr when there is no function with that id.
const Function* findFunction(const std::string& id);

// Empty when `params` (count values, catalogue order) are valid for `function`; otherwise a
// message naming the parameter and what is allowed.
std::string validateParameters(const Function& function, const double* params, std::size_t count);

// The function at catalogue `index` with its parameters checked, as JavaScript names it: empty
// when the index and parameters are valid, and then `function` is set.
std::string resolveFunction(std::size_t index, const double* params, std::size_t count,
                            const Function*& function);

Kinks noKinks(const double* params);
std::string noCheck(const double* params);

}  // namespace activation
