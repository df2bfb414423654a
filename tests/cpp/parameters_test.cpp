#include <gtest/gtest.h>

#include <limits>
#include <vector>

#include "catalogue.h"

namespace activation {
namespace {

std::string validate(const std::string& id, std::vector<double> params) {
  const Function* function = findFunction(id);
  EXPECT_NE(function, nullptr) << id;
  return validateParameters(*function, params.data(), params.size());
}

std::vector<double> defaults(const Function& function) {
  std::vector<double> values;
  for (const Parameter& parameter : function.parameters) values.push_back(parameter.defaultValue);
  return values;
}

TEST(ValidateParameters, DefaultsAreValidForEveryFunction) {
  for (const Function& function : catalogue()) {
    const std::vector<double> params = defaults(function);
    EXPECT_EQ(validateParameters(function, params.data(), params.size()), "") << function.id;
  }
}

TEST(ValidateParameters, SliderEndsAreValidWhereTheyMeetCrossChecks) {
  for (const Function& function : catalogue()) {
    for (std::size_t i = 0; i < function.parameters.size(); ++i) {
      for (double end : {function.parameters[i].sliderMin, function.parameters[i].sliderMax}) {
        std::vector<double> params = defaults(function);
        params[i] = end;
        if (function.check(params.data()).empty() &&
            !(function.parameters[i].nonZero && end == 0)) {
          EXPECT_EQ(validateParameters(function, params.data(), params.size()), "")
              << function.id << " " << function.parameters[i].name << " = " << end;
        }
      }
    }
  }
}

TEST(ValidateParameters, CountMustMatch) {
  EXPECT_EQ(validate("relu", {1}), "relu takes 0 parameters, got 1");
  EXPECT_EQ(validate("hardtanh", {-1}), "hardtanh takes 2 parameters, got 1");
}

TEST(ValidateParameters, NonFiniteValuesAreRejected) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(validate("leaky_relu", {nan}),
            "leaky_relu: parameter 'negative_slope' must be a finite number, got NaN");
  EXPECT_EQ(validate("elu", {kInfinity}),
            "elu: parameter 'alpha' must be a finite number, got Infinity");
  EXPECT_EQ(validate("softplus", {1, -kInfinity}),
            "softplus: parameter 'threshold' must be a finite number, got -Infinity");
}

TEST(ValidateParameters, DomainBoundsAreEnforced) {
  EXPECT_EQ(validate("softshrink", {-0.5}),
            "softshrink: parameter 'lambd' must be a finite number >= 0, got -0.5");
  EXPECT_EQ(validate("softshrink", {0}), "");
  EXPECT_EQ(validate("celu", {0}), "celu: parameter 'alpha' must be a finite number, not 0, got 0");
  EXPECT_EQ(validate("softplus", {0, 20}),
            "softplus: parameter 'beta' must be a finite number, not 0, got 0");
  EXPECT_EQ(validate("softplus", {-2, 20}), "");
  EXPECT_EQ(validate("elu", {0}), "");
}

// A value just outside the domain is shown in full: rounded, it would look inside.
TEST(ValidateParameters, RejectedValuesAreShownExactly) {
  EXPECT_EQ(validate("softshrink", {-1e-7}),
            "softshrink: parameter 'lambd' must be a finite number >= 0, got -1e-7");
  EXPECT_EQ(validate("softshrink", {-0.0000012345678}),
            "softshrink: parameter 'lambd' must be a finite number >= 0, got -0.0000012345678");
}

TEST(ValidateParameters, ChoicesAreIndices) {
  EXPECT_EQ(validate("gelu", {0}), "");
  EXPECT_EQ(validate("gelu", {1}), "");
  const std::string allowed = "gelu: parameter 'approximate' must be one of 'none', 'tanh', got ";
  EXPECT_EQ(validate("gelu", {2}), allowed + "2");
  EXPECT_EQ(validate("gelu", {-1}), allowed + "-1");
  EXPECT_EQ(validate("gelu", {0.5}), allowed + "0.5");
  EXPECT_EQ(validate("gelu", {std::numeric_limits<double>::quiet_NaN()}), allowed + "NaN");
}

TEST(ValidateParameters, CrossParameterRules) {
  EXPECT_EQ(validate("hardtanh", {1, -1}),
            "hardtanh: min_val must be less than or equal to max_val");
  EXPECT_EQ(validate("hardtanh", {0.5, 0.5}), "");
  EXPECT_EQ(validate("rrelu", {0.4, 0.1}), "rrelu: lower must be less than or equal to upper");
  EXPECT_EQ(validate("rrelu", {0.1, 0.4}), "");
}

TEST(ValidateParameters, DomainIsCheckedBeforeCrossRules) {
  EXPECT_EQ(validate("hardtanh", {std::numeric_limits<double>::quiet_NaN(), 1}),
            "hardtanh: parameter 'min_val' must be a finite number, got NaN");
}

}  // namespace
}  // namespace activation
