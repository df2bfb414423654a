#include "functions/exponential.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

// Expected values are mpmath's, correctly rounded; EXPECT_DOUBLE_EQ allows 4 ULP.
namespace activation {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::nan("");

TEST(Elu, DerivativeAtZeroIsAlphaAndTailsAreLimits) {
  const double alpha[] = {2.0};
  EXPECT_EQ(eluDerivative(0.0, alpha), 2.0);
  EXPECT_EQ(eluDerivative(1e-300, alpha), 1.0);
  EXPECT_EQ(elu(-kInf, alpha), -2.0);
  EXPECT_EQ(eluDerivative(-kInf, alpha), 0.0);
  EXPECT_EQ(elu(kInf, alpha), kInf);
  // expm1, not exp - 1: no cancellation near 0.
  EXPECT_DOUBLE_EQ(elu(-1e-20, alpha), -2e-20);
  // Both sides of -ln 2, where exp(x) - 1 takes over from expm1.
  const double one[] = {1.0};
  EXPECT_DOUBLE_EQ(elu(-0x1.62e42fefa39eep-1, one), -0x1.fffffffffffffp-2);
  EXPECT_DOUBLE_EQ(elu(-0x1.62e42fefa39efp-1, one), -0.5);
  // alpha * exp(x) is subnormal here; alpha must not multiply an already rounded subnormal.
  EXPECT_DOUBLE_EQ(eluDerivative(-740.0, alpha), 0x0.00000000000aap-1022);
}

TEST(Celu, DerivativeAtZeroIsOneForEveryAlpha) {
  for (double alpha : {1.0, 0.3, -1.5}) {
    EXPECT_EQ(celuDerivative(0.0, &alpha), 1.0) << alpha;
    EXPECT_EQ(celu(0.0, &alpha), 0.0) << alpha;
  }
}

TEST(Celu, QuotientRoundingDoesNotReachTheExponential) {
  const double alpha[] = {0.3};
  EXPECT_DOUBLE_EQ(celuDerivative(-200.0, alpha), 0x1.26bdce9b6915ap-962);
  EXPECT_DOUBLE_EQ(celu(-200.0, alpha), -0.3);
  EXPECT_DOUBLE_EQ(celu(-1e-3, alpha), -0x1.05b523db555f2p-10);
  EXPECT_DOUBLE_EQ(celuDerivative(-1e-3, alpha), 0x1.fe4bd2199271bp-1);
}

TEST(Celu, NegativeAlphaGrowsWithoutIntermediateOverflow) {
  const double alpha[] = {-0.01};
  EXPECT_DOUBLE_EQ(celu(-7.1, alpha), -0x1.97354d4d33c00p+1017);
  EXPECT_EQ(celuDerivative(-7.1, alpha), kInf);
  EXPECT_EQ(celu(-kInf, alpha), -kInf);
  EXPECT_EQ(celu(5.0, alpha), 5.0);
}

TEST(Selu, ScalesAreAppliedWithOneRounding) {
  EXPECT_DOUBLE_EQ(seluDerivative(0.0, nullptr), 1.0507009873554805 * 1.6732632423543772);
  EXPECT_EQ(seluDerivative(1.0, nullptr), 1.0507009873554805);
  EXPECT_DOUBLE_EQ(selu(-30.0, nullptr), -0x1.c212cc640ed4bp+0);
  EXPECT_DOUBLE_EQ(seluDerivative(-30.0, nullptr), 0x1.727531cc3bf40p-43);
  EXPECT_EQ(seluDerivative(-745.0, nullptr), 0x0.0000000000001p-1022);
  EXPECT_DOUBLE_EQ(selu(-kInf, nullptr), -0x1.c212cc640f030p+0);
}

TEST(Softplus, ThresholdIsOnTheRoundedProductAsPytorch) {
  const double params[] = {2.0, 20.0};
  EXPECT_EQ(softplus(10.0, params), std::log1p(std::exp(20.0)) / 2);  // 2 * 10 is not > 20
  EXPECT_EQ(softplus(std::nextafter(10.0, 11.0), params), std::nextafter(10.0, 11.0));
  EXPECT_EQ(softplusDerivative(std::nextafter(10.0, 11.0), params), 1.0);
  EXPECT_LT(softplusDerivative(10.0, params), 1.0);
  EXPECT_EQ(softplus(kInf, params), kInf);
  EXPECT_EQ(softplus(-kInf, params), 0.0);
  EXPECT_EQ(softplusDerivative(-kInf, params), 0.0);
  EXPECT_DOUBLE_EQ(softplus(0.0, params), std::log(2.0) / 2);
}

TEST(Softplus, FarTailUsesTheExactProduct) {
  const double two[] = {2.0, 20.0};
  EXPECT_DOUBLE_EQ(softplus(-300.0, two), 0x1.4dd4d0d12c071p-867);
  EXPECT_DOUBLE_EQ(softplusDerivative(-300.0, two), 0x1.4dd4d0d12c071p-866);
  const double tenth[] = {0.1, 20.0};  // 0.1 * -7450 rounds
  EXPECT_DOUBLE_EQ(softplus(-7450.0, tenth), 3e-323);
  const double tiny[] = {1e-10, 20.0};  // e^u / beta is normal although e^u underflows
  EXPECT_DOUBLE_EQ(softplus(-7.5e12, tiny), 0x0.00000024b51a4p-1022);
}

TEST(Softplus, NegativeBeta) {
  const double params[] = {-1.5, 20.0};
  EXPECT_DOUBLE_EQ(softplus(3.0, params), -0x1.e2aeef367ccf4p-8);
  EXPECT_DOUBLE_EQ(softplusDerivative(3.0, params), 0x1.680527a405c3bp-7);
  EXPECT_EQ(softplus(-100.0, params), -100.0);  // beta x = 150 > threshold
}

TEST(Exponential, NaNGivesNaN) {
  const double params[] = {1.0, 20.0};
  for (auto kernel : {elu, eluDerivative, celu, celuDerivative, selu, seluDerivative, softplus,
                      softplusDerivative})
    EXPECT_TRUE(std::isnan(kernel(kNaN, params)));
}

}  // namespace
}  // namespace activation
