#include <cmath>
#include <string>

#include "catalogue.h"
#include "format.h"

namespace activation {
namespace {

std::string describeDomain(const Parameter& parameter) {
  if (!parameter.choices.empty()) {
    std::string text = "one of ";
    for (std::size_t i = 0; i < parameter.choices.size(); ++i) {
      if (i > 0) text += ", ";
      text += "'" + std::string(parameter.choices[i]) + "'";
    }
    return text;
  }
  std::string text = "a finite number";
  if (parameter.lowest > -kInfinity) text += " >= " + shortestNumber(parameter.lowest);
  if (parameter.highest < kInfinity) text += " <= " + shortestNumber(parameter.highest);
  if (parameter.nonZero) text += ", not 0";
  return text;
}

bool inDomain(const Parameter& parameter, double value) {
  if (!parameter.choices.empty())
    return value >= 0 && value < static_cast<double>(parameter.choices.size()) &&
           value == std::floor(value);
  return std::isfinite(value) && value >= parameter.lowest && value <= parameter.highest &&
         !(parameter.nonZero && value == 0);
}

}  // namespace

std::string validateParameters(const Function& function, const double* params, std::size_t count) {
  if (count != function.parameters.size()) {
    return std::string(function.id) + " takes " + formatInteger(function.parameters.size()) +
           " parameters, got " + formatInteger(count);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Parameter& parameter = function.parameters[i];
    if (!inDomain(parameter, params[i])) {
      return std::string(function.id) + ": parameter '" + parameter.name + "' must be " +
             describeDomain(parameter) + ", got " + shortestNumber(params[i]);
    }
  }
  return function.check(params);
}

std::string resolveFunction(std::size_t index, const double* params, std::size_t count,
                            const Function*& function) {
  if (index >= catalogue().size()) return "no function at catalogue index " + formatInteger(index);
  function = &catalogue()[index];
  return validateParameters(*function, params, count);
}

}  // namespace activation
