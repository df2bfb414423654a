#include "curve.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

namespace activation {
namespace {

const Function& function(const std::string& id) {
  const Function* found = findFunction(id);
  EXPECT_NE(found, nullptr) << id;
  return *found;
}

// curveXs into a vector, with the function's kinks for `params`.
std::vector<double> curveXs(const Function& function, const double* params, double xMin,
                            double xMax, std::size_t points) {
  const Kinks kinks = function.kinks(params);
  std::vector<double> xs(points + kinks.size());
  xs.resize(curveXs(kinks, xMin, xMax, points, xs.data()));
  return xs;
}

void expectStrictlyIncreasing(const std::vector<double>& xs) {
  for (std::size_t i = 1; i < xs.size(); ++i) ASSERT_LT(xs[i - 1], xs[i]) << "at index " << i;
}

TEST(ValidateRange, AcceptsUsableRanges) {
  EXPECT_EQ(validateRange(-2, 2, 2), "");
  EXPECT_EQ(validateRange(-1e308, 1e308, 1000), "");
  EXPECT_EQ(validateRange(0, 1, kMaxCurvePoints), "");
}

TEST(ValidateRange, RejectsNonFiniteBounds) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (double bad : {nan, kInfinity, -kInfinity}) {
    EXPECT_NE(validateRange(bad, 1, 10).find("xMin and xMax must be finite"), std::string::npos);
    EXPECT_NE(validateRange(-1, bad, 10).find("xMin and xMax must be finite"), std::string::npos);
  }
}

TEST(ValidateRange, RejectsEmptyOrReversedRanges) {
  EXPECT_EQ(validateRange(1, 1, 10), "xMin must be less than xMax, got xMin = 1, xMax = 1");
  EXPECT_EQ(validateRange(2, -2, 10), "xMin must be less than xMax, got xMin = 2, xMax = -2");
}

TEST(ValidateRange, RejectsBadPointCounts) {
  const std::string allowed = "points must be an integer from 2 to 10000000, got ";
  EXPECT_EQ(validateRange(0, 1, 1), allowed + "1");
  EXPECT_EQ(validateRange(0, 1, 0), allowed + "0");
  EXPECT_EQ(validateRange(0, 1, -5), allowed + "-5");
  EXPECT_EQ(validateRange(0, 1, 2.5), allowed + "2.5");
  EXPECT_EQ(validateRange(0, 1, kMaxCurvePoints + 1), allowed + "10000001");
  EXPECT_EQ(validateRange(0, 1, 2.0000000000000004), allowed + "2.0000000000000004");
  EXPECT_EQ(validateRange(0, 1, std::numeric_limits<double>::quiet_NaN()), allowed + "NaN");
  EXPECT_EQ(validateRange(0, 1, kInfinity), allowed + "Infinity");
}

TEST(CurveXs, EvenlySpacedWithExactEndpoints) {
  const std::vector<double> xs = curveXs(function("tanh"), nullptr, -2, 2, 5);
  EXPECT_EQ(xs, (std::vector<double>{-2, -1, 0, 1, 2}));
}

TEST(CurveXs, EndpointsExactForAwkwardRanges) {
  const std::vector<double> xs = curveXs(function("sigmoid"), nullptr, 0.1, 0.7, 7);
  ASSERT_EQ(xs.size(), 7u);
  EXPECT_EQ(xs.front(), 0.1);
  EXPECT_EQ(xs.back(), 0.7);
  expectStrictlyIncreasing(xs);
}

TEST(CurveXs, IncludesKinkInsideRange) {
  const double slope = 0.01;
  const std::vector<double> xs = curveXs(function("leaky_relu"), &slope, -2, 2, 100);
  EXPECT_EQ(xs.size(), 101u);
  EXPECT_TRUE(std::binary_search(xs.begin(), xs.end(), 0.0));
  EXPECT_EQ(xs.front(), -2);
  EXPECT_EQ(xs.back(), 2);
  expectStrictlyIncreasing(xs);
}

TEST(CurveXs, KinkOnASampleIsNotDuplicated) {
  const std::vector<double> xs = curveXs(function("relu"), nullptr, -2, 2, 5);
  EXPECT_EQ(xs, (std::vector<double>{-2, -1, 0, 1, 2}));
}

TEST(CurveXs, KinksFollowParameters) {
  const double bounds[] = {-0.3, 0.7};
  const std::vector<double> xs = curveXs(function("hardtanh"), bounds, -1, 1, 4);
  ASSERT_EQ(xs.size(), 6u);
  EXPECT_EQ(xs[2], -0.3);
  EXPECT_EQ(xs[4], 0.7);
  expectStrictlyIncreasing(xs);
}

TEST(CurveXs, KinksOnOrOutsideTheEndpointsAreLeftOut) {
  const std::vector<double> atEnds = curveXs(function("hardsigmoid"), nullptr, -3, 3, 3);
  EXPECT_EQ(atEnds, (std::vector<double>{-3, 0, 3}));
  const std::vector<double> outside = curveXs(function("relu6"), nullptr, 7, 8, 2);
  EXPECT_EQ(outside, (std::vector<double>{7, 8}));
}

TEST(CurveXs, SymmetricRangesGiveSymmetricSamples) {
  for (std::size_t points : {4u, 7u, 100u, 1001u}) {
    const std::vector<double> xs = curveXs(function("tanh"), nullptr, -2.7, 2.7, points);
    ASSERT_EQ(xs.size(), points);
    for (std::size_t i = 0; i < points; ++i) ASSERT_EQ(xs[i], -xs[points - 1 - i]) << i;
  }
}

TEST(CurveXs, HugeRangesDoNotOverflow) {
  const double max = std::numeric_limits<double>::max();
  for (auto [xMin, xMax] : {std::pair{-1e308, 1e308}, std::pair{-max, max}, std::pair{0.0, max}}) {
    const std::vector<double> xs = curveXs(function("relu"), nullptr, xMin, xMax, 1001);
    EXPECT_EQ(xs.front(), xMin);
    EXPECT_EQ(xs.back(), xMax);
    for (double x : xs) ASSERT_TRUE(std::isfinite(x));
    expectStrictlyIncreasing(xs);
    EXPECT_TRUE(std::binary_search(xs.begin(), xs.end(), 0.0));
  }
}

TEST(CurveXs, SymmetricHugeRangeIsSymmetric) {
  const std::vector<double> xs = curveXs(function("tanh"), nullptr, -1e308, 1e308, 5);
  EXPECT_EQ(xs, (std::vector<double>{-1e308, -5e307, 0, 5e307, 1e308}));
}

TEST(CurveXs, TinyRangesDropDuplicateSamples) {
  const double xMin = 1;
  const double xMax = std::nextafter(xMin, 2.0);
  const std::vector<double> xs = curveXs(function("linear"), nullptr, xMin, xMax, 100);
  EXPECT_EQ(xs, (std::vector<double>{xMin, xMax}));
}

TEST(CurveXs, SignedZeroEndpointsAreKept) {
  const std::vector<double> fromMinusZero = curveXs(function("relu"), nullptr, -0.0, 1, 3);
  EXPECT_TRUE(std::signbit(fromMinusZero.front()));
  const std::vector<double> toMinusZero = curveXs(function("relu"), nullptr, -1, -0.0, 3);
  EXPECT_TRUE(std::signbit(toMinusZero.back()));
}

TEST(CurveXs, SubnormalRange) {
  const double tiny = std::numeric_limits<double>::denorm_min();
  const std::vector<double> xs = curveXs(function("relu"), nullptr, -4 * tiny, 4 * tiny, 9);
  EXPECT_EQ(xs.size(), 9u);
  expectStrictlyIncreasing(xs);
  EXPECT_EQ(xs[4], 0);
}

// Owns what sampleCurve allocates.
struct Sampled {
  Curve curve;
  std::string error;
  Sampled(const std::string& id, std::vector<double> params, double xMin, double xMax,
          std::size_t points, Allocate allocate = std::malloc) {
    error = sampleCurve(function(id), params.data(), xMin, xMax, points, curve, allocate);
  }
  ~Sampled() { std::free(curve.samples); }
  double x(std::size_t i) const { return curve.samples[i]; }
  double y(std::size_t i) const { return curve.samples[curve.length + i]; }
  double dy(std::size_t i) const { return curve.samples[2 * curve.length + i]; }
};

TEST(SampleCurve, ValuesAndDerivativesFollowTheXs) {
  const Sampled s("leaky_relu", {0.5}, -2, 2, 4);
  ASSERT_EQ(s.error, "");
  ASSERT_EQ(s.curve.length, 5u);
  EXPECT_EQ(s.x(2), 0);  // the kink, inserted
  for (std::size_t i = 0; i < 5; ++i) {
    const double x = s.x(i);
    EXPECT_EQ(s.y(i), x > 0 ? x : 0.5 * x);
    EXPECT_EQ(s.dy(i), x > 0 ? 1 : 0.5);
  }
}

TEST(SampleCurve, KinksInsideWithTheirIndexLimitsAndKind) {
  const Sampled s("hardshrink", {0.5}, -1, 1, 4);  // samples -1, -1/3, 1/3, 1
  ASSERT_EQ(s.error, "");
  ASSERT_EQ(s.curve.length, 6u);
  ASSERT_EQ(s.curve.kinkCount, 2u);
  const CurveKink& left = s.curve.kinks[0];
  EXPECT_EQ(left.kink.x, -0.5);
  EXPECT_EQ(left.index, 1u);
  EXPECT_EQ(s.x(left.index), -0.5);
  EXPECT_EQ(s.y(left.index), 0);  // the value at -lambd, PyTorch's
  EXPECT_EQ(left.kink.valueLeft, -0.5);
  EXPECT_EQ(left.kink.valueRight, 0);
  EXPECT_TRUE(left.kind.valueJump);
  EXPECT_TRUE(left.kind.derivativeJump);
  EXPECT_EQ(s.curve.kinks[1].index, 4u);
  EXPECT_EQ(s.x(4), 0.5);
}

TEST(SampleCurve, KinkOnASampleIsThatSample) {
  const Sampled s("heaviside", {0.5}, -1, 1, 3);
  ASSERT_EQ(s.curve.length, 3u);
  ASSERT_EQ(s.curve.kinkCount, 1u);
  EXPECT_EQ(s.curve.kinks[0].index, 1u);
  EXPECT_EQ(s.y(1), 0.5);
}

TEST(SampleCurve, OnlyKinksStrictlyInsideAreListed) {
  const Sampled atEnds("hardsigmoid", {}, -3, 3, 3);
  EXPECT_EQ(atEnds.curve.kinkCount, 0u);
  const Sampled oneInside("relu6", {}, 1, 7, 2);
  ASSERT_EQ(oneInside.curve.kinkCount, 1u);
  EXPECT_EQ(oneInside.curve.kinks[0].kink.x, 6);
  EXPECT_EQ(oneInside.curve.kinks[0].index, 1u);
}

void* noMemory(std::size_t) { return nullptr; }

TEST(SampleCurve, MemoryThatCannotBeAllocatedIsAMessage) {
  const Sampled s("relu", {}, -1, 1, 10'000'000, noMemory);
  EXPECT_EQ(s.error,
            "points = 10000000: the curve needs 240000024 bytes (x, f(x), f'(x) as float64), which "
            "cannot be allocated");
  EXPECT_EQ(s.curve.samples, nullptr);
  EXPECT_EQ(s.curve.length, 0u);
  EXPECT_EQ(s.curve.kinkCount, 0u);
}

}  // namespace
}  // namespace activation
