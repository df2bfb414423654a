// Piecewise-linear functions and their derivatives, with PyTorch's autograd value at each kink.
#pragma once

#include "../catalogue.h"

namespace activation {

double relu(double x, const double* params);
double reluDerivative(double x, const double* params);
// params: {negative_slope}; also PReLU (params: {weight}).
double leakyRelu(double x, const double* params);
double leakyReluDerivative(double x, const double* params);
// Eval mode, params: {lower, upper}: leaky ReLU with slope rreluSlope.
// The slope: the double PyTorch computes, (lower + upper) / 2, except where the sum overflows
// (PyTorch's slope is then infinite, and f(0) = ∞·0 is NaN): then the mean of the halves.
double rreluSlope(const double* params);
double rrelu(double x, const double* params);
double rreluDerivative(double x, const double* params);
// params: {min_val, max_val}
double hardtanh(double x, const double* params);
double hardtanhDerivative(double x, const double* params);
double relu6(double x, const double* params);
double relu6Derivative(double x, const double* params);
double hardsigmoid(double x, const double* params);
double hardsigmoidDerivative(double x, const double* params);
double hardswish(double x, const double* params);
double hardswishDerivative(double x, const double* params);
// params: {lambd}
double softshrink(double x, const double* params);
double softshrinkDerivative(double x, const double* params);
double hardshrink(double x, const double* params);
double hardshrinkDerivative(double x, const double* params);
// params: {threshold, value}
double threshold(double x, const double* params);
double thresholdDerivative(double x, const double* params);
// params: {values}: the value at 0, as torch.heaviside.
double heaviside(double x, const double* params);
double heavisideDerivative(double x, const double* params);
double linear(double x, const double* params);
double linearDerivative(double x, const double* params);

// Kinks with their one-sided limits (see Kink), for the same params as the kernels.
Kinks reluKinks(const double* params);
// One slope s for x < 0 (leaky_relu, prelu: params[0]; rrelu: the mean of its bounds).
Kinks leakyReluKinks(const double* params);
Kinks rreluKinks(const double* params);
Kinks hardtanhKinks(const double* params);
Kinks relu6Kinks(const double* params);
Kinks hardsigmoidKinks(const double* params);
Kinks hardswishKinks(const double* params);
Kinks softshrinkKinks(const double* params);
Kinks hardshrinkKinks(const double* params);
Kinks thresholdKinks(const double* params);
Kinks heavisideKinks(const double* params);

}  // namespace activation
