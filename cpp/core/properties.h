// The properties of each catalogue function as functions of its parameters: output range,
// monotonicity, continuity, smoothness, oddness. Derived by hand from the definitions (the
// reasoning is beside each function in properties.cpp and summarised in docs/properties.md) and
// checked against sampled curves for every function over its parameter sliders
// (tests/core/properties.test.js) and against mpmath for the irrational range ends
// (tests/cpp/properties_test.cpp).
#pragma once

#include <vector>

#include "catalogue.h"

namespace activation {

// Sorted, without empty intervals, and merged where intervals overlap or touch at a point one of
// them contains.
std::vector<Interval> normaliseRange(std::vector<Interval> intervals);

// "increasing", "non-decreasing", ...; nullptr for Monotonicity::None.
const char* monotonicityName(Monotonicity monotonicity);

// The minima of silu, x·σ(x), of mish and of gelu (approximate = none, tanh): each the double
// nearest the exact value (tests/cpp/properties_test.cpp compares with mpmath).
double siluMinimum();
double mishMinimum();
double geluMinimum(bool tanhApproximation);
// The limit of selu at −∞, −λα.
double seluLowerLimit();

namespace properties {

Properties relu(const double* params);
Properties leakyRelu(const double* params);
Properties rrelu(const double* params);
Properties elu(const double* params);
Properties celu(const double* params);
Properties selu(const double* params);
Properties gelu(const double* params);
Properties silu(const double* params);
Properties swish(const double* params);
Properties mish(const double* params);
Properties softplus(const double* params);
Properties sigmoid(const double* params);
Properties logsigmoid(const double* params);
Properties tanh(const double* params);
Properties hardtanh(const double* params);
Properties relu6(const double* params);
Properties hardsigmoid(const double* params);
Properties hardswish(const double* params);
Properties softsign(const double* params);
Properties tanhshrink(const double* params);
Properties softshrink(const double* params);
Properties hardshrink(const double* params);
Properties threshold(const double* params);
Properties heaviside(const double* params);
Properties linear(const double* params);
Properties sine(const double* params);

}  // namespace properties
}  // namespace activation
