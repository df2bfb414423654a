#include "curve.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace activation {
namespace {

const Function& function(const std::string& id) {
  const Function* found = findFunction(id);
  EXPECT_NE(found, nullptr) << id;
  return *found;
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
  EXPECT_EQ(validateRange(0, 1, kMaxCurvePoints + 1), allowed + "1e+07");
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

}  // namespace
}  // namespace activation
