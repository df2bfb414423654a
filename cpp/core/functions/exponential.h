// Functions built on exp: the ELU family and softplus.
#pragma once

#include "../catalogue.h"

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
// The last x for which the kernel takes the log branch, going towards its identity branch (up for
// beta > 0, down for beta < 0): the last finite double that way when there is no identity branch,
// the infinity the other way when it is all identity.
double softplusSwitch(const double* params);

// Kinks with their one-sided limits (see Kink), for the same params as the kernels.
Kinks eluKinks(const double* params);
Kinks celuKinks(const double* params);
Kinks seluKinks(const double* params);
// Where the kernel switches between log(1 + e^(beta x))/beta and x: at the last double (beta > 0)
// or first double (beta < 0) for which fl(beta x) <= threshold. None when no finite x switches.
Kinks softplusKinks(const double* params);

}  // namespace activation
