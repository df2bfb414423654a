#include "catalogue.h"

#include <cmath>

#include "functions/exponential.h"
#include "functions/gated.h"
#include "functions/piecewise.h"
#include "functions/sigmoidal.h"
#include "properties.h"

namespace activation {

Kinks noKinks(const double*) { return {}; }
std::string noCheck(const double*) { return {}; }

namespace {

constexpr Parameter slope(const char* name, double defaultValue) {
  return {name, defaultValue, -1, 1, 0.001};
}

constexpr Parameter alpha(bool nonZero) {
  Parameter a{"alpha", 1.0, 0.01, 3, 0.01};
  a.nonZero = nonZero;
  return a;
}

constexpr Parameter lambd() {
  Parameter l{"lambd", 0.5, 0, 3, 0.01};
  l.lowest = 0;
  return l;
}

constexpr Parameter beta() { return {"beta", 1.0, 0.1, 5, 0.01}; }

constexpr Parameter negativeSlope() {
  Parameter p = slope("negative_slope", 0.01);
  p.aliases = {"alpha"};
  return p;
}

constexpr Parameter softplusBeta() {
  Parameter p = beta();
  p.nonZero = true;
  return p;
}

constexpr Parameter approximate() {
  Parameter p{"approximate", 0, 0, 1, 1};
  p.choices = {"none", "tanh"};
  return p;
}

constexpr Function kFunctions[] = {
    {"relu",
     "ReLU",
     {},
     bulk<relu>(),
     bulk<reluDerivative>(),
     reluKinks,
     noCheck,
     properties::relu,
     "max(0, x)"},
    {"leaky_relu",
     "Leaky ReLU",
     {negativeSlope()},
     bulk<leakyRelu>(),
     bulk<leakyReluDerivative>(),
     leakyReluKinks,
     noCheck,
     properties::leakyRelu,
     "x > 0 ? x : negative_slope*x"},
    {"prelu",
     "PReLU",
     {slope("weight", 0.25)},
     bulk<leakyRelu>(),
     bulk<leakyReluDerivative>(),
     leakyReluKinks,
     noCheck,
     properties::leakyRelu,
     "x > 0 ? x : weight*x"},
    {"rrelu",
     "RReLU (eval)",
     {slope("lower", 1.0 / 8), slope("upper", 1.0 / 3)},
     bulk<rrelu>(),
     bulk<rreluDerivative>(),
     rreluKinks,
     [](const double* p) {
       return p[0] <= p[1] ? std::string() : "rrelu: lower must be less than or equal to upper";
     },
     properties::rrelu,
     "x > 0 ? x : (lower + upper)/2*x"},
    {"elu",
     "ELU",
     {alpha(false)},
     bulk<elu>(),
     bulk<eluDerivative>(),
     eluKinks,
     noCheck,
     properties::elu,
     "x > 0 ? x : alpha*(exp(x) - 1)"},
    {"celu",
     "CELU",
     {alpha(true)},
     bulk<celu>(),
     bulk<celuDerivative>(),
     celuKinks,
     noCheck,
     properties::celu,
     "max(0, x) + min(0, alpha*(exp(x/alpha) - 1))"},
    {"selu",
     "SELU",
     {},
     bulk<selu>(),
     bulk<seluDerivative>(),
     seluKinks,
     noCheck,
     properties::selu,
     "lambda*(x > 0 ? x : alpha*(exp(x) - 1)); lambda = 1.0507009873554805; alpha = "
     "1.6732632423543772"},
    {"gelu",
     "GELU",
     {approximate()},
     bulk<gelu>(),
     bulk<geluDerivative>(),
     noKinks,
     noCheck,
     properties::gelu,
     "approximate == tanh ? x/2*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3))) : x/2*(1 + "
     "erf(x/sqrt(2)))"},
    {"silu",
     "SiLU",
     {},
     bulk<silu>(),
     bulk<siluDerivative>(),
     noKinks,
     noCheck,
     properties::silu,
     "x*sigma(x); sigma(x) = 1/(1 + exp(-x))"},
    {"swish",
     "Swish",
     {beta()},
     bulk<swish>(),
     bulk<swishDerivative>(),
     noKinks,
     noCheck,
     properties::swish,
     "x*sigma(beta*x); sigma(z) = 1/(1 + exp(-z))"},
    {"mish",
     "Mish",
     {},
     bulk<mish>(),
     bulk<mishDerivative>(),
     noKinks,
     noCheck,
     properties::mish,
     "x*tanh(softplus(x)); softplus(x) = log(1 + exp(x))"},
    {"softplus",
     "Softplus",
     {softplusBeta(), Parameter{"threshold", 20, 1, 50, 1}},
     bulk<softplus>(),
     bulk<softplusDerivative>(),
     softplusKinks,
     noCheck,
     properties::softplus,
     "beta*x > threshold ? x : 1/beta*log(1 + exp(beta*x))"},
    {"sigmoid",
     "Sigmoid",
     {},
     bulk<sigmoid>(),
     bulk<sigmoidDerivative>(),
     noKinks,
     noCheck,
     properties::sigmoid,
     "1/(1 + exp(-x))"},
    {"logsigmoid",
     "LogSigmoid",
     {},
     bulk<logsigmoid>(),
     bulk<logsigmoidDerivative>(),
     noKinks,
     noCheck,
     properties::logsigmoid,
     "-log(1 + exp(-x))"},
    {"tanh",
     "Tanh",
     {},
     bulk<tanh>(),
     bulk<tanhDerivative>(),
     noKinks,
     noCheck,
     properties::tanh,
     "(exp(x) - exp(-x))/(exp(x) + exp(-x))"},
    {"hardtanh",
     "Hardtanh",
     {Parameter{"min_val", -1, -3, 0, 0.01}, Parameter{"max_val", 1, 0, 3, 0.01}},
     bulk<hardtanh>(),
     bulk<hardtanhDerivative>(),
     hardtanhKinks,
     [](const double* p) {
       return p[0] <= p[1] ? std::string()
                           : "hardtanh: min_val must be less than or equal to max_val";
     },
     properties::hardtanh,
     "x < min_val ? min_val : x > max_val ? max_val : x"},
    {"relu6",
     "ReLU6",
     {},
     bulk<relu6>(),
     bulk<relu6Derivative>(),
     relu6Kinks,
     noCheck,
     properties::relu6,
     "min(max(0, x), 6)"},
    {"hardsigmoid",
     "Hardsigmoid",
     {},
     bulk<hardsigmoid>(),
     bulk<hardsigmoidDerivative>(),
     hardsigmoidKinks,
     noCheck,
     properties::hardsigmoid,
     "x <= -3 ? 0 : x >= 3 ? 1 : x/6 + 1/2"},
    {"hardswish",
     "Hardswish",
     {},
     bulk<hardswish>(),
     bulk<hardswishDerivative>(),
     hardswishKinks,
     noCheck,
     properties::hardswish,
     "x <= -3 ? 0 : x >= 3 ? x : x*(x + 3)/6"},
    {"softsign",
     "Softsign",
     {},
     bulk<softsign>(),
     bulk<softsignDerivative>(),
     softsignKinks,
     noCheck,
     properties::softsign,
     "x/(1 + abs(x))"},
    {"tanhshrink",
     "Tanhshrink",
     {},
     bulk<tanhshrink>(),
     bulk<tanhshrinkDerivative>(),
     noKinks,
     noCheck,
     properties::tanhshrink,
     "x - tanh(x)"},
    {"softshrink",
     "Softshrink",
     {lambd()},
     bulk<softshrink>(),
     bulk<softshrinkDerivative>(),
     softshrinkKinks,
     noCheck,
     properties::softshrink,
     "x > lambd ? x - lambd : x < -lambd ? x + lambd : 0"},
    {"hardshrink",
     "Hardshrink",
     {Parameter{"lambd", 0.5, 0, 3, 0.01}},
     bulk<hardshrink>(),
     bulk<hardshrinkDerivative>(),
     hardshrinkKinks,
     noCheck,
     properties::hardshrink,
     "abs(x) > lambd ? x : 0"},
    {"threshold",
     "Threshold",
     {Parameter{"threshold", 1, -3, 3, 0.01}, Parameter{"value", 0, -3, 3, 0.01}},
     bulk<threshold>(),
     bulk<thresholdDerivative>(),
     thresholdKinks,
     noCheck,
     properties::threshold,
     "x > threshold ? x : value"},
    {"heaviside",
     "Heaviside step",
     {Parameter{"values", 0, 0, 1, 0.5}},
     bulk<heaviside>(),
     bulk<heavisideDerivative>(),
     heavisideKinks,
     noCheck,
     properties::heaviside,
     "x > 0 ? 1 : x < 0 ? 0 : values"},
    {"linear",
     "Linear (identity)",
     {},
     bulk<linear>(),
     bulk<linearDerivative>(),
     noKinks,
     noCheck,
     properties::linear,
     "x"},
    {"sine",
     "Sine",
     {},
     bulk<sine>(),
     bulk<sineDerivative>(),
     noKinks,
     noCheck,
     properties::sine,
     "sin(x)"},
};

}  // namespace

Span<Function> catalogue() { return kFunctions; }

const Function* findFunction(const std::string& id) {
  for (const Function& function : catalogue())
    if (id == function.id) return &function;
  return nullptr;
}

}  // namespace activation
