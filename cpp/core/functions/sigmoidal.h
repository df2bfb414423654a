// S-shaped functions and their relatives.
#pragma once

#include "../catalogue.h"

namespace activation {

double sigmoid(double x, const double* params);
double sigmoidDerivative(double x, const double* params);
double logsigmoid(double x, const double* params);
double logsigmoidDerivative(double x, const double* params);
double tanh(double x, const double* params);
double tanhDerivative(double x, const double* params);
double softsign(double x, const double* params);
double softsignDerivative(double x, const double* params);
// f and f' are continuous at 0 (f'(0) = 1 from both sides), but f'' steps from 2 to -2.
Kinks softsignKinks(const double* params);
double tanhshrink(double x, const double* params);
double tanhshrinkDerivative(double x, const double* params);
double sine(double x, const double* params);
double sineDerivative(double x, const double* params);

}  // namespace activation
