// The catalogue as JSON, the form in which JavaScript reads it.
#pragma once

#include <string>

namespace activation {

// An array with one object per function, in catalogue order:
//   {"id", "name", "parameters": [...], "kinks": [{"x", "valueJump", "derivativeJump"}] at the
//   defaults, "formula",
//    "properties": the properties at the defaults, as propertiesJson}
// A parameter is {"name", "default", "aliases": [...], "choices": [...]}; a numeric one also has
// "slider": {"min", "max", "step"} and "domain": {"min", "max", "nonZero"} (null for an unbounded
// side); a parameter with choices has the default choice's name as "default".
std::string catalogueJson();

struct Function;

// The function's properties for `params` (valid, catalogue order):
//   {"range": [{"min", "max", "minClosed", "maxClosed"}, ...] (null for an infinite end),
//    "monotonic": "increasing" | "non-decreasing" | "decreasing" | "non-increasing" |
//                 "constant" | false,
//    "continuous", "smooth", "zeroCentred", "bounded": {"below", "above"}}
std::string propertiesJson(const Function& function, const double* params);

}  // namespace activation
