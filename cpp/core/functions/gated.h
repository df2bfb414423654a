// Self-gated functions x * g(x): GELU, SiLU, swish, mish.
#pragma once

namespace activation {

// params: {approximate}: 0 for the exact erf form, 1 for the tanh approximation.
double gelu(double x, const double* params);
double geluDerivative(double x, const double* params);
double silu(double x, const double* params);
double siluDerivative(double x, const double* params);
// params: {beta}: x * sigmoid(beta * x)
double swish(double x, const double* params);
double swishDerivative(double x, const double* params);
double mish(double x, const double* params);
double mishDerivative(double x, const double* params);

}  // namespace activation
