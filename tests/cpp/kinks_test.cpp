// Kinks and their one-sided limits against the kernels: each limit must be what f (or f') gives
// just beside the kink, and each kink's kind what the branch formulas say, parameter values where
// a jump vanishes included.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "catalogue.h"
#include "curve.h"

namespace activation {
namespace {

const Function& function(const std::string& id) {
  const Function* found = findFunction(id);
  EXPECT_NE(found, nullptr) << id;
  return *found;
}

std::vector<double> defaults(const Function& function) {
  std::vector<double> values;
  for (const Parameter& parameter : function.parameters) values.push_back(parameter.defaultValue);
  return values;
}

double at(Bulk kernel, double x, const std::vector<double>& params) {
  double y;
  kernel(&x, &y, 1, params.data());
  return y;
}

double ulp(double x) {
  const double magnitude = std::fabs(x);
  return std::nextafter(magnitude, kInfinity) - magnitude;
}

// Parameter sets to check the limits for: the defaults, slider ends and values where a jump
// vanishes or changes direction.
struct Case {
  std::string id;
  std::vector<double> params;
};

std::vector<Case> cases() {
  std::vector<Case> all;
  for (const Function& f : catalogue()) all.push_back({f.id, defaults(f)});
  const std::vector<Case> special = {
      {"leaky_relu", {1}},
      {"leaky_relu", {-0.5}},
      {"leaky_relu", {0}},
      {"prelu", {1}},
      {"rrelu", {1, 1}},
      {"rrelu", {0.5, 1.5}},
      {"rrelu", {-1, 1}},
      {"elu", {2}},
      {"elu", {0}},
      {"elu", {-1.5}},
      {"elu", {0.01}},
      {"celu", {0.01}},
      {"celu", {-2}},
      {"celu", {3}},
      {"softplus", {2, 20}},
      {"softplus", {0.3, 20}},
      {"softplus", {-1, 20}},
      {"softplus", {-0.7, 3}},
      {"softplus", {1, 50}},
      {"softplus", {5, 1}},
      {"softplus", {0.1, 1}},
      {"softplus", {1, 0}},
      {"softplus", {0.3, 0}},
      {"softplus", {1, -3}},
      {"softplus", {1e-3, 20}},
      {"softplus", {1e-300, 1e10}},
      {"hardtanh", {-0.3, 0.7}},
      {"hardtanh", {0.5, 0.5}},
      {"hardtanh", {-3, 0}},
      {"softshrink", {0}},
      {"softshrink", {3}},
      {"hardshrink", {0}},
      {"hardshrink", {-1}},
      {"hardshrink", {2.5}},
      {"threshold", {1, 1}},
      {"threshold", {-2, 3}},
      {"threshold", {0.5, -0.5}},
      {"heaviside", {0.5}},
      {"heaviside", {1}},
      {"heaviside", {-2}},
  };
  all.insert(all.end(), special.begin(), special.end());
  return all;
}

// |got - limit| within what the slope allows over the step to the neighbour, plus a few ULP.
void expectNear(double got, double limit, double slope, double step, const char* what,
                const std::string& where) {
  const double tolerance = 2 * std::fabs(slope) * step + 4 * ulp(limit);
  EXPECT_LE(std::fabs(got - limit), tolerance)
      << where << ": " << what << " = " << limit << ", beside it " << got;
}

TEST(Kinks, LimitsAreTheKernelsJustBesideEachKink) {
  for (const Case& c : cases()) {
    const Function& f = function(c.id);
    ASSERT_EQ(validateParameters(f, c.params.data(), c.params.size()), "") << c.id;
    const Kinks kinks = f.kinks(c.params.data());
    for (std::size_t i = 0; i < kinks.size(); ++i) {
      const Kink& k = kinks[i];
      std::string where = c.id + " (";
      for (double p : c.params) where += std::to_string(p) + " ";
      where += ") at x = " + std::to_string(k.x);
      ASSERT_TRUE(std::isfinite(k.x)) << where;
      if (i > 0) EXPECT_LT(kinks[i - 1].x, k.x) << where;
      const double below = std::nextafter(k.x, -kInfinity), above = std::nextafter(k.x, kInfinity);
      expectNear(at(f.value, below, c.params), k.valueLeft, k.slopeLeft, k.x - below,
                 "left limit of f", where);
      expectNear(at(f.value, above, c.params), k.valueRight, k.slopeRight, above - k.x,
                 "right limit of f", where);
      // f'' is at most 1/0.01 beside any kink of the catalogue (celu with alpha = 0.01).
      expectNear(at(f.derivative, below, c.params), k.slopeLeft, 100, k.x - below,
                 "left limit of f'", where);
      expectNear(at(f.derivative, above, c.params), k.slopeRight, 100, above - k.x,
                 "right limit of f'", where);
    }
  }
}

struct Expected {
  double x;
  bool valueJump, derivativeJump;
};

void expectKinds(const std::string& id, std::vector<double> params,
                 const std::vector<Expected>& expected) {
  const Function& f = function(id);
  const Kinks kinks = f.kinks(params.data());
  std::string where = id + " (";
  for (double p : params) where += std::to_string(p) + " ";
  where += ")";
  ASSERT_EQ(kinks.size(), expected.size()) << where;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const KinkKind kind = classifyKink(f, kinks[i], params.data());
    EXPECT_EQ(kinks[i].x, expected[i].x) << where;
    EXPECT_EQ(kind.valueJump, expected[i].valueJump) << where << " at " << expected[i].x;
    EXPECT_EQ(kind.derivativeJump, expected[i].derivativeJump) << where << " at " << expected[i].x;
  }
}

TEST(Kinks, PiecewiseLinearFunctions) {
  expectKinds("relu", {}, {{0, false, true}});
  expectKinds("leaky_relu", {0.01}, {{0, false, true}});
  expectKinds("leaky_relu", {0}, {{0, false, true}});
  expectKinds("leaky_relu", {1}, {});  // f(x) = x
  expectKinds("prelu", {0.25}, {{0, false, true}});
  expectKinds("prelu", {1}, {});
  expectKinds("rrelu", {1.0 / 8, 1.0 / 3}, {{0, false, true}});
  expectKinds("rrelu", {0.5, 1.5}, {});  // slope (0.5 + 1.5) / 2 = 1
  expectKinds("hardtanh", {-1, 1}, {{-1, false, true}, {1, false, true}});
  expectKinds("hardtanh", {0.5, 0.5}, {});  // the constant 0.5
  expectKinds("relu6", {}, {{0, false, true}, {6, false, true}});
  expectKinds("hardsigmoid", {}, {{-3, false, true}, {3, false, true}});
  // f' steps 0 -> -1/2 at -3 and 3/2 -> 1 at 3.
  expectKinds("hardswish", {}, {{-3, false, true}, {3, false, true}});
  expectKinds("softshrink", {0.5}, {{-0.5, false, true}, {0.5, false, true}});
  // x everywhere, but f'(0) = 0 between limits of 1.
  expectKinds("softshrink", {0}, {{0, false, true}});
  expectKinds("hardshrink", {0.5}, {{-0.5, true, true}, {0.5, true, true}});
  expectKinds("hardshrink", {0}, {{0, false, true}});
  expectKinds("hardshrink", {-1}, {});  // no |x| <= -1: f(x) = x
  expectKinds("threshold", {1, 0}, {{1, true, true}});
  expectKinds("threshold", {1, 1}, {{1, false, true}});  // value == threshold: continuous
  expectKinds("heaviside", {0}, {{0, true, false}});
  expectKinds("heaviside", {0.5}, {{0, true, false}});
  expectKinds("heaviside", {1}, {{0, true, false}});  // f(0) = 1 is still not f(0-) = 0
}

TEST(Kinks, SmoothBranchesMeeting) {
  expectKinds("elu", {1}, {{0, false, false}});  // f' continuous, f'' steps 1 -> 0
  expectKinds("elu", {2}, {{0, false, true}});
  expectKinds("elu", {0}, {{0, false, true}});
  expectKinds("celu", {1}, {{0, false, false}});
  expectKinds("celu", {-2}, {{0, false, false}});
  expectKinds("selu", {}, {{0, false, true}});
  expectKinds("softsign", {}, {{0, false, false}});  // f'' steps 2 -> -2
  for (const char* id : {"gelu", "silu", "swish", "mish", "sigmoid", "logsigmoid", "tanh",
                         "tanhshrink", "linear", "sine"}) {
    const Function& f = function(id);
    EXPECT_EQ(f.kinks(defaults(f).data()).size(), 0u) << id;
  }
}

TEST(Kinks, SoftplusSwitchesBranchesWithATinyJump) {
  // log(1 + e^20) = 20 + 2.06e-9 on the left, x on the right.
  expectKinds("softplus", {1, 20}, {{20, true, true}});
  const double beta1[] = {1, 20};
  const Kink k = function("softplus").kinks(beta1)[0];
  EXPECT_NEAR(k.valueLeft - k.valueRight, 2.061153622438558e-9, 4e-15);  // ulp(20) = 3.6e-15
  EXPECT_EQ(k.valueRight, 20);
  EXPECT_EQ(k.slopeRight, 1);
  EXPECT_NEAR(1 - k.slopeLeft, 2.061153618190204e-9, 2e-16);
  expectKinds("softplus", {2, 20}, {{10, true, true}});
  // beta < 0: x on the left of threshold / beta, the log branch on the right.
  expectKinds("softplus", {-1, 20}, {{-20, true, true}});
  // log(1 + e^50) rounds to 50 and sigma(50) to 1: the branches meet to double precision.
  expectKinds("softplus", {1, 50}, {{50, false, false}});
  // threshold / beta = 20 / 0.3 is not a double: the switch is where fl(0.3 x) passes 20.
  const double awkward[] = {0.3, 20};
  const Kink switchPoint = function("softplus").kinks(awkward)[0];
  EXPECT_LE(0.3 * switchPoint.x, 20);
  EXPECT_GT(0.3 * std::nextafter(switchPoint.x, kInfinity), 20);
  // threshold / beta beyond the largest double: no finite x switches.
  const double never[] = {1e-300, 1e10};
  EXPECT_EQ(function("softplus").kinks(never).size(), 0u);
}

}  // namespace
}  // namespace activation
