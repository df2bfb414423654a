// Properties as functions of the parameters: range normalisation, the exact range ends (against
// mpmath), and the cases the sampled sweep (tests/core/properties.test.js) can only approximate.
#include "properties.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

#include "catalogue.h"
#include "catalogue_json.h"
#include "functions/exponential.h"
#include "functions/gated.h"
#include "functions/gated_roots.h"

namespace activation {
namespace {

constexpr double kInf = kInfinity;

Properties of(const std::string& id, std::vector<double> params) {
  const Function* function = findFunction(id);
  EXPECT_NE(function, nullptr) << id;
  EXPECT_EQ(validateParameters(*function, params.data(), params.size()), "") << id;
  return function->properties(params.data());
}

std::string text(const std::vector<Interval>& range) {
  std::string out;
  for (const Interval& i : range) {
    if (!out.empty()) out += " u ";
    out += (i.minClosed ? "[" : "(") + std::to_string(i.min) + ", " + std::to_string(i.max) +
           (i.maxClosed ? "]" : ")");
  }
  return out;
}

double ulp(double x) { return std::nextafter(std::fabs(x), kInf) - std::fabs(x); }

TEST(NormaliseRange, MergesTouchingIntervalsAndPoints) {
  // {1} ∪ (1, ∞) = [1, ∞); {2} inside (1, ∞) disappears; (−∞, 0) ∪ (0, 1) stays apart.
  EXPECT_EQ(text(normaliseRange({{1, kInf, false, false}, {1, 1, true, true}})),
            text({{1, kInf, true, false}}));
  EXPECT_EQ(text(normaliseRange({{2, 2, true, true}, {1, kInf, false, false}})),
            text({{1, kInf, false, false}}));
  EXPECT_EQ(text(normaliseRange({{0, 1, false, false}, {-kInf, 0, false, false}})),
            text({{-kInf, 0, false, false}, {0, 1, false, false}}));
  // Empty intervals go; duplicate points merge; infinite ends are open.
  EXPECT_EQ(text(normaliseRange({{1, 0, true, true},
                                 {3, 3, true, false},
                                 {0, 0, true, true},
                                 {0, 0, true, true},
                                 {-kInf, -5, true, false}})),
            text({{-kInf, -5, false, false}, {0, 0, true, true}}));
  // Overlaps take the wider end and its bracket.
  EXPECT_EQ(text(normaliseRange({{0, 2, true, false}, {1, 2, false, true}, {-1, 0, false, false}})),
            text({{-1, 2, false, true}}));
}

// mpmath (mp.dps = 50): x0 = findroot(diff(f), ...), then f(x0), printed with 25 digits.
TEST(RangeEnds, MinimaAreTheDoublesNearestMpmath) {
  EXPECT_EQ(siluMinimum(), std::strtod("-0.2784645427610737951093587", nullptr));
  EXPECT_EQ(mishMinimum(), std::strtod("-0.3088434130172504066287602", nullptr));
  EXPECT_EQ(geluMinimum(false), std::strtod("-0.1699712074799036616938685", nullptr));
  EXPECT_EQ(geluMinimum(true), std::strtod("-0.1700407505712540506390674", nullptr));
  // mpf(λ) * mpf(α) for the doubles λ = 1.0507009873554805, α = 1.6732632423543772 the kernel
  // (and PyTorch) use: 1.758099340847376681243558.
  EXPECT_EQ(seluLowerLimit(), -std::strtod("1.758099340847376681243558", nullptr));
}

// The kernels agree: at the root of f' (from gated_roots.h) they give the minimum to within their
// rounding, and nowhere near it do they go below by more than that.
TEST(RangeEnds, KernelsAttainTheMinimaAtTheRootsOfTheirDerivatives) {
  const double exact[] = {0}, tanhApproximation[] = {1}, beta[] = {1};
  struct Case {
    const char* name;
    double (*f)(double, const double*);
    const double* params;
    double root, minimum;
  } cases[] = {
      {"silu", silu, exact, gated_roots::kSilu[0].root[0], siluMinimum()},
      {"swish", swish, beta, gated_roots::kSilu[0].root[0], siluMinimum()},
      {"mish", mish, exact, gated_roots::kMish[0].root[0], mishMinimum()},
      {"gelu", gelu, exact, gated_roots::kGelu[0].root[0], geluMinimum(false)},
      {"gelu tanh", gelu, tanhApproximation, gated_roots::kGeluTanh[0].root[0], geluMinimum(true)},
  };
  for (const Case& c : cases) {
    EXPECT_NEAR(c.f(c.root, c.params), c.minimum, 2 * ulp(c.minimum)) << c.name;
    for (int i = -2000; i <= 2000; ++i) {
      const double x = c.root + i * 1e-9;
      EXPECT_GE(c.f(x, c.params), c.minimum - 2 * ulp(c.minimum)) << c.name << " at " << x;
    }
  }
}

TEST(RangeEnds, SwishExtremeScalesAsOneOverBeta) {
  for (double beta : {0.1, 0.5, 2.0, 5.0, -0.5, -3.0}) {
    const std::vector<Interval> range = of("swish", {beta}).range;
    ASSERT_EQ(range.size(), 1u);
    const double extreme = beta > 0 ? range[0].min : range[0].max;
    EXPECT_EQ(extreme, siluMinimum() / beta) << beta;
    const double params[] = {beta};
    const double x0 = gated_roots::kSilu[0].root[0] / beta;
    EXPECT_NEAR(swish(x0, params), extreme, 4 * ulp(extreme)) << beta;
    EXPECT_EQ(range[0].minClosed, beta > 0);
    EXPECT_EQ(range[0].maxClosed, beta < 0);
  }
  EXPECT_EQ(of("swish", {0}).monotonic, Monotonicity::Increasing);
  EXPECT_TRUE(of("swish", {0}).zeroCentred);
}

TEST(Properties, DependOnTheParameters) {
  EXPECT_EQ(of("leaky_relu", {-0.5}).monotonic, Monotonicity::None);
  EXPECT_EQ(of("leaky_relu", {0}).monotonic, Monotonicity::NonDecreasing);
  EXPECT_TRUE(of("leaky_relu", {1}).smooth);
  EXPECT_TRUE(of("leaky_relu", {1}).zeroCentred);
  EXPECT_EQ(of("threshold", {1, 2}).monotonic, Monotonicity::None);
  EXPECT_FALSE(of("threshold", {1, 2}).continuous);
  EXPECT_TRUE(of("threshold", {1, 1}).continuous);
  EXPECT_EQ(text(of("threshold", {1, 1}).range), text({{1, kInf, true, false}}));
  EXPECT_EQ(text(of("threshold", {1, -1}).range),
            text({{-1, -1, true, true}, {1, kInf, false, false}}));
  EXPECT_EQ(of("elu", {-0.5}).monotonic, Monotonicity::None);
  EXPECT_EQ(text(of("elu", {-0.5}).range), text({{0, kInf, true, false}}));
  EXPECT_EQ(text(of("elu", {2}).range), text({{-2, kInf, false, false}}));
  EXPECT_TRUE(of("elu", {1}).smooth);
  EXPECT_FALSE(of("elu", {2}).smooth);
  EXPECT_EQ(text(of("celu", {-1}).range), text({{-kInf, kInf, false, false}}));
  EXPECT_EQ(text(of("hardshrink", {0.5}).range),
            text({{-kInf, -0.5, false, false}, {0, 0, true, true}, {0.5, kInf, false, false}}));
  EXPECT_EQ(of("hardshrink", {0}).monotonic, Monotonicity::Increasing);
  EXPECT_TRUE(of("hardshrink", {0}).continuous);
  EXPECT_EQ(of("hardtanh", {0.5, 0.5}).monotonic, Monotonicity::Constant);
  EXPECT_EQ(text(of("hardtanh", {0.5, 0.5}).range), text({{0.5, 0.5, true, true}}));
  EXPECT_TRUE(of("hardtanh", {-2, 2}).zeroCentred);
  EXPECT_FALSE(of("hardtanh", {-1, 2}).zeroCentred);
  EXPECT_EQ(text(of("heaviside", {1}).range), text({{0, 0, true, true}, {1, 1, true, true}}));
  EXPECT_EQ(of("heaviside", {2}).monotonic, Monotonicity::None);
}

// The switch to x at βx > threshold is a downward jump of log(1 + e^−threshold)/|β|.
TEST(Properties, SoftplusJumpsAtTheThreshold) {
  for (std::vector<double> p : std::vector<std::vector<double>>{{5, 1}, {1, 20}, {-2, 3}}) {
    const Properties properties = of("softplus", p);
    EXPECT_FALSE(properties.continuous);
    EXPECT_EQ(properties.monotonic, Monotonicity::None);
  }
  const double params[] = {5, 1};
  EXPECT_GT(softplus(0.2, params), softplus(std::nextafter(0.2, 1.0), params) + 0.04);
  EXPECT_EQ(text(of("softplus", {1, -2}).range), text({{-2, kInf, false, false}}));
  EXPECT_EQ(text(of("softplus", {-2, 3}).range), text({{-kInf, 0, false, false}}));
  EXPECT_EQ(text(of("softplus", {-2, -3}).range), text({{-kInf, 1.5, false, false}}));
}

// With a subnormal β, fl(βx) is the same over ranges of 2^52 doubles; here the switch is where
// −β·x rounds to −0, just above 0.5. (Found by tests/fuzz: stepping to it an ulp at a time hung.)
TEST(Properties, SoftplusSwitchWithSubnormalBeta) {
  const double tiny = std::numeric_limits<double>::denorm_min();
  const double params[] = {-tiny, -tiny};
  const double x0 = std::nextafter(0.5, 1.0);
  EXPECT_EQ(text(of("softplus", {-tiny, -tiny}).range), text({{-kInf, x0, false, false}}));
  ASSERT_EQ(softplusKinks(params).size(), 1u);
  EXPECT_EQ(softplusKinks(params)[0].x, x0);
}

TEST(PropertiesJson, SpellsInfinityAsNullAndMonotonicityByName) {
  const Function* relu = findFunction("relu");
  EXPECT_EQ(propertiesJson(*relu, nullptr),
            "{\"range\":[{\"min\":0,\"max\":null,\"minClosed\":true,\"maxClosed\":false}],"
            "\"monotonic\":\"non-decreasing\",\"continuous\":true,\"smooth\":false,"
            "\"zeroCentred\":false,\"bounded\":{\"below\":true,\"above\":false}}");
  const double slope[] = {-0.5};
  EXPECT_NE(propertiesJson(*findFunction("leaky_relu"), slope).find("\"monotonic\":false"),
            std::string::npos);
}

}  // namespace
}  // namespace activation
