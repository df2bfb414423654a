#include "functions/sigmoidal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

// Expected values are mpmath's, correctly rounded; EXPECT_DOUBLE_EQ allows 4 ULP.
namespace activation {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::nan("");

TEST(Sigmoid, TailsHaveFullRelativeAccuracy) {
  EXPECT_DOUBLE_EQ(sigmoid(-40.0, nullptr), 0x1.39792499b1a24p-58);
  EXPECT_DOUBLE_EQ(sigmoidDerivative(-40.0, nullptr), 0x1.39792499b1a24p-58);
  EXPECT_DOUBLE_EQ(sigmoidDerivative(40.0, nullptr), 0x1.39792499b1a24p-58);
  EXPECT_EQ(sigmoid(-744.0, nullptr), 0x0.0000000000002p-1022);
  EXPECT_EQ(sigmoid(kInf, nullptr), 1.0);
  EXPECT_EQ(sigmoid(-kInf, nullptr), 0.0);
  EXPECT_EQ(sigmoidDerivative(-kInf, nullptr), 0.0);
  EXPECT_EQ(sigmoidDerivative(0.0, nullptr), 0.25);
}

TEST(Logsigmoid, TailsAndLimits) {
  EXPECT_DOUBLE_EQ(logsigmoid(40.0, nullptr), -0x1.39792499b1a24p-58);
  EXPECT_DOUBLE_EQ(logsigmoidDerivative(40.0, nullptr), 0x1.39792499b1a24p-58);
  EXPECT_EQ(logsigmoid(-1e300, nullptr), -1e300);
  EXPECT_EQ(logsigmoid(-kInf, nullptr), -kInf);
  EXPECT_EQ(logsigmoidDerivative(-kInf, nullptr), 1.0);
  EXPECT_EQ(logsigmoid(kInf, nullptr), 0.0);
  EXPECT_DOUBLE_EQ(logsigmoid(0.0, nullptr), -std::log(2.0));
}

TEST(Tanh, DerivativeDoesNotCancelInTheTails) {
  EXPECT_DOUBLE_EQ(tanhDerivative(360.0, nullptr), 0x0.000264ed37254p-1022);
  EXPECT_DOUBLE_EQ(tanhDerivative(-360.0, nullptr), 0x0.000264ed37254p-1022);
  EXPECT_EQ(tanhDerivative(0.0, nullptr), 1.0);
  EXPECT_EQ(tanhDerivative(kInf, nullptr), 0.0);
  EXPECT_EQ(tanh(-kInf, nullptr), -1.0);
}

TEST(Tanh, BothSidesOfThePolynomialCut) {
  EXPECT_DOUBLE_EQ(tanh(0x1.1999999999999p-1, nullptr), 0x1.00442f6419202p-1);
  EXPECT_DOUBLE_EQ(tanh(-0x1.199999999999ap-1, nullptr), -0x1.00442f6419203p-1);
  EXPECT_DOUBLE_EQ(tanhDerivative(0x1.1999999999999p-1, nullptr), 0x1.7fbbc7874be64p-1);
  EXPECT_EQ(tanh(1e-300, nullptr), 1e-300);
}

TEST(Softsign, HugeArgumentsNeitherOverflowNorGiveNaN) {
  EXPECT_EQ(softsign(kInf, nullptr), 1.0);
  EXPECT_EQ(softsign(-kInf, nullptr), -1.0);
  EXPECT_EQ(softsign(1e300, nullptr), 1.0);
  EXPECT_DOUBLE_EQ(softsignDerivative(1e160, nullptr), 0x0.00000000007e8p-1022);
  EXPECT_DOUBLE_EQ(softsignDerivative(-1e100, nullptr), 1e-200);
  EXPECT_EQ(softsignDerivative(kInf, nullptr), 0.0);
  EXPECT_EQ(softsignDerivative(0.0, nullptr), 1.0);
}

TEST(Tanhshrink, SmallArgumentsDoNotCancel) {
  EXPECT_DOUBLE_EQ(tanhshrink(1e-5, nullptr), 0x1.804ea29305269p-52);
  EXPECT_DOUBLE_EQ(tanhshrink(-1e-5, nullptr), -0x1.804ea29305269p-52);
  EXPECT_DOUBLE_EQ(tanhshrinkDerivative(1e-5, nullptr), 0x1.b7cdfd9cfdedcp-34);
  EXPECT_DOUBLE_EQ(tanhshrink(0.9, nullptr), 0x1.7838d27d9b1c1p-3);
  EXPECT_DOUBLE_EQ(tanhshrinkDerivative(0.9, nullptr), 0x1.06b2c48406c90p-1);
  EXPECT_DOUBLE_EQ(tanhshrink(0x1.fffffffffffffp-1, nullptr), 0x1.e84152bac31acp-3);
  EXPECT_DOUBLE_EQ(tanhshrink(1.0, nullptr), 0x1.e84152bac31afp-3);
  EXPECT_DOUBLE_EQ(tanhshrinkDerivative(0x1.fffffffffffffp-1, nullptr), 0x1.28f91f83379ddp-1);
  EXPECT_DOUBLE_EQ(tanhshrinkDerivative(1.0, nullptr), 0x1.28f91f83379dep-1);
  EXPECT_EQ(tanhshrink(kInf, nullptr), kInf);
  EXPECT_EQ(tanhshrink(-kInf, nullptr), -kInf);
  EXPECT_EQ(tanhshrinkDerivative(-kInf, nullptr), 1.0);
}

TEST(Sine, HardestArgumentReduction) {
  const double nearHalfPiMultiple = 6381956970095103 * 0x1p797;
  EXPECT_DOUBLE_EQ(sineDerivative(nearHalfPiMultiple, nullptr), -0x1.14ae72e6ba22fp-61);
  EXPECT_DOUBLE_EQ(sine(nearHalfPiMultiple, nullptr), 1.0);
  EXPECT_DOUBLE_EQ(sine(1e22, nullptr), -0x1.b453ab76bf397p-1);
  EXPECT_DOUBLE_EQ(sine(-1e22, nullptr), 0x1.b453ab76bf397p-1);
  EXPECT_DOUBLE_EQ(sineDerivative(-1e22, nullptr), 0x1.0be2cef01c8f4p-1);
  EXPECT_TRUE(std::isnan(sine(kInf, nullptr)));
  EXPECT_TRUE(std::isnan(sineDerivative(-kInf, nullptr)));
}

TEST(Sigmoidal, NaNGivesNaN) {
  for (auto kernel :
       {sigmoid, sigmoidDerivative, logsigmoid, logsigmoidDerivative, tanh, tanhDerivative,
        softsign, softsignDerivative, tanhshrink, tanhshrinkDerivative, sine, sineDerivative})
    EXPECT_TRUE(std::isnan(kernel(kNaN, nullptr)));
}

}  // namespace
}  // namespace activation
