#include <cmath>
#include <sstream>

#include "catalogue.h"

namespace activation {
namespace {

std::string describeDomain(const Parameter& parameter) {
  std::ostringstream text;
  if (!parameter.choices.empty()) {
    text << "one of";
    for (const std::string& choice : parameter.choices) text << " '" << choice << "'";
    return text.str();
  }
  text << "a finite number";
  if (parameter.lowest > -kInfinity) text << " >= " << parameter.lowest;
  if (parameter.highest < kInfinity) text << " <= " << parameter.highest;
  if (parameter.nonZero) text << ", not 0";
  return text.str();
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
    std::ostringstream text;
    text << function.id << " takes " << function.parameters.size() << " parameters, got " << count;
    return text.str();
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Parameter& parameter = function.parameters[i];
    if (!inDomain(parameter, params[i])) {
      std::ostringstream text;
      text << function.id << ": parameter '" << parameter.name << "' must be "
           << describeDomain(parameter) << ", got " << params[i];
      return text.str();
    }
  }
  return function.check(params);
}

}  // namespace activation
