#include "functions/piecewise.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace activation {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::nan("");
constexpr double kTiny = 4.9406564584124654e-324;  // smallest subnormal

TEST(Piecewise, ReluDerivativeIsZeroAtTheKink) {
  EXPECT_EQ(relu(0.0, nullptr), 0.0);
  EXPECT_EQ(reluDerivative(0.0, nullptr), 0.0);
  EXPECT_EQ(reluDerivative(kTiny, nullptr), 1.0);
  EXPECT_EQ(relu(kTiny, nullptr), kTiny);
  EXPECT_EQ(relu(-kInf, nullptr), 0.0);
  EXPECT_EQ(relu(kInf, nullptr), kInf);
}

TEST(Piecewise, LeakyReluTakesTheSlopeAtZero) {
  const double slope[] = {0.01};
  EXPECT_EQ(leakyReluDerivative(0.0, slope), 0.01);
  EXPECT_EQ(leakyReluDerivative(-0.0, slope), 0.01);
  EXPECT_EQ(leakyRelu(-2.0, slope), -0.02);
  EXPECT_EQ(leakyRelu(-kInf, slope), -kInf);
  EXPECT_EQ(leakyRelu(1e300, slope), 1e300);
}

TEST(Piecewise, RreluUsesTheMeanOfItsBounds) {
  const double bounds[] = {0.125, 0.375};
  EXPECT_EQ(rrelu(-4.0, bounds), -1.0);
  EXPECT_EQ(rreluDerivative(0.0, bounds), 0.25);
  EXPECT_EQ(rreluDerivative(3.0, bounds), 1.0);
}

// (lower + upper) / 2 would be ∞, and f(0) = ∞·0 NaN (found by tests/fuzz).
TEST(Piecewise, RreluSlopeOfHugeBoundsIsFinite) {
  const double max = std::numeric_limits<double>::max();
  const double bounds[] = {max, max};
  EXPECT_EQ(rreluSlope(bounds), max);
  EXPECT_EQ(rrelu(0.0, bounds), 0.0);
  EXPECT_EQ(rrelu(-0.5, bounds), -max / 2);
  EXPECT_EQ(rreluKinks(bounds)[0].slopeLeft, max);
}

TEST(Piecewise, ClampsHaveZeroDerivativeAtBothBounds) {
  const double bounds[] = {-1.0, 2.0};
  EXPECT_EQ(hardtanh(-5.0, bounds), -1.0);
  EXPECT_EQ(hardtanh(kInf, bounds), 2.0);
  EXPECT_EQ(hardtanhDerivative(-1.0, bounds), 0.0);
  EXPECT_EQ(hardtanhDerivative(2.0, bounds), 0.0);
  EXPECT_EQ(hardtanhDerivative(1.999, bounds), 1.0);
  EXPECT_EQ(relu6(7.0, nullptr), 6.0);
  EXPECT_EQ(relu6Derivative(0.0, nullptr), 0.0);
  EXPECT_EQ(relu6Derivative(6.0, nullptr), 0.0);
  EXPECT_EQ(relu6Derivative(3.0, nullptr), 1.0);
}

TEST(Piecewise, HardsigmoidAndHardswishFollowPytorchAtTheKinks) {
  EXPECT_EQ(hardsigmoid(-3.0, nullptr), 0.0);
  EXPECT_EQ(hardsigmoid(0.0, nullptr), 0.5);
  EXPECT_EQ(hardsigmoid(3.0, nullptr), 1.0);
  EXPECT_EQ(hardsigmoidDerivative(-3.0, nullptr), 0.0);
  EXPECT_EQ(hardsigmoidDerivative(3.0, nullptr), 0.0);
  EXPECT_EQ(hardsigmoidDerivative(0.0, nullptr), 1.0 / 6);
  EXPECT_EQ(hardswish(-3.0, nullptr), 0.0);
  EXPECT_EQ(hardswish(3.0, nullptr), 3.0);
  EXPECT_EQ(hardswish(1e300, nullptr), 1e300);
  EXPECT_EQ(hardswishDerivative(-3.0, nullptr), 0.0);
  EXPECT_EQ(hardswishDerivative(3.0, nullptr), 1.0);
  EXPECT_EQ(hardswishDerivative(-1.5, nullptr), 0.0);
  EXPECT_EQ(hardswishDerivative(0.0, nullptr), 0.5);
}

TEST(Piecewise, ShrinksAreFlatUpToAndIncludingLambda) {
  const double lambd[] = {0.5};
  EXPECT_EQ(softshrink(0.5, lambd), 0.0);
  EXPECT_EQ(softshrink(-2.0, lambd), -1.5);
  EXPECT_EQ(softshrinkDerivative(0.5, lambd), 0.0);
  EXPECT_EQ(softshrinkDerivative(-0.5, lambd), 0.0);
  EXPECT_EQ(softshrinkDerivative(0.75, lambd), 1.0);
  EXPECT_EQ(softshrink(-kInf, lambd), -kInf);
  EXPECT_EQ(hardshrink(0.5, lambd), 0.0);
  EXPECT_EQ(hardshrink(-0.75, lambd), -0.75);
  EXPECT_EQ(hardshrinkDerivative(-0.5, lambd), 0.0);
  EXPECT_EQ(hardshrinkDerivative(kInf, lambd), 1.0);
}

TEST(Piecewise, ThresholdHeavisideAndLinear) {
  const double thresholdAndValue[] = {1.0, -7.0};
  EXPECT_EQ(threshold(1.0, thresholdAndValue), -7.0);
  EXPECT_EQ(threshold(1.5, thresholdAndValue), 1.5);
  EXPECT_EQ(thresholdDerivative(1.0, thresholdAndValue), 0.0);
  EXPECT_EQ(thresholdDerivative(kInf, thresholdAndValue), 1.0);
  const double values[] = {0.5};
  EXPECT_EQ(heaviside(0.0, values), 0.5);
  EXPECT_EQ(heaviside(-0.0, values), 0.5);
  EXPECT_EQ(heaviside(-kTiny, values), 0.0);
  EXPECT_EQ(heaviside(kInf, values), 1.0);
  EXPECT_EQ(heavisideDerivative(0.0, values), 0.0);
  EXPECT_EQ(linear(-1e300, nullptr), -1e300);
  EXPECT_EQ(linearDerivative(-kInf, nullptr), 1.0);
}

TEST(Piecewise, NaNGivesNaNEverywhere) {
  const double params[] = {0.5, 1.0};  // valid for every kernel here
  using Kernel = double (*)(double, const double*);
  const Kernel kernels[] = {relu,       reluDerivative,       leakyRelu,   leakyReluDerivative,
                            rrelu,      rreluDerivative,      hardtanh,    hardtanhDerivative,
                            relu6,      relu6Derivative,      hardsigmoid, hardsigmoidDerivative,
                            hardswish,  hardswishDerivative,  softshrink,  softshrinkDerivative,
                            hardshrink, hardshrinkDerivative, threshold,   thresholdDerivative,
                            heaviside,  heavisideDerivative,  linear,      linearDerivative};
  for (Kernel kernel : kernels) EXPECT_TRUE(std::isnan(kernel(kNaN, params)));
}

}  // namespace
}  // namespace activation
