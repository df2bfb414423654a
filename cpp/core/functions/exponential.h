// Functions built on exp: the ELU family and softplus.
#pragma once

namespace activation {

// params: {alpha}
double elu(double x, const double* params);
double eluDerivative(double x, const double* params);
// params: {alpha}, alpha != 0
double celu(double x, const double* params);
double celuDerivative(double x, const double* params);
double selu(double x, const double* params);
double seluDerivative(double x, const double* params);
// params: {beta, threshold}; x itself where beta * x > threshold, as PyTorch.
double softplus(double x, const double* params);
double softplusDerivative(double x, const double* params);

}  // namespace activation
