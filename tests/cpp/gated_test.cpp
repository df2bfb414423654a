// Conventions, limits and hard spots of the self-gated kernels (GELU, SiLU, swish, mish); the
// reference vectors check accuracy broadly, these pin down the edges one by one.
#include "functions/gated.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "functions/gated_roots.h"

namespace activation {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kExact[] = {0};
constexpr double kTanh[] = {1};
constexpr double kNoParams[] = {0};

using Kernel = double (*)(double, const double*);

struct Gated {
  const char* name;
  Kernel value, derivative;
  const double* params;
};

constexpr double kBetaOne[] = {1}, kBetaSmall[] = {0.37}, kBetaLarge[] = {2.9};

const Gated kAll[] = {
    {"gelu", gelu, geluDerivative, kExact},
    {"gelu tanh", gelu, geluDerivative, kTanh},
    {"silu", silu, siluDerivative, kNoParams},
    {"swish 1", swish, swishDerivative, kBetaOne},
    {"swish 0.37", swish, swishDerivative, kBetaSmall},
    {"swish 2.9", swish, swishDerivative, kBetaLarge},
    {"mish", mish, mishDerivative, kNoParams},
};

// Distance in representable doubles (0 between +0 and -0).
std::int64_t ulpDistance(double a, double b) {
  const auto ordered = [](double d) {
    std::int64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits < 0 ? -(bits & INT64_MAX) : bits;
  };
  const std::int64_t difference = ordered(a) - ordered(b);
  return difference < 0 ? -difference : difference;
}

bool isNegativeZero(double d) { return d == 0 && std::signbit(d); }

TEST(Gated, NaNGivesNaN) {
  for (const Gated& f : kAll) {
    EXPECT_TRUE(std::isnan(f.value(kNaN, f.params))) << f.name;
    EXPECT_TRUE(std::isnan(f.derivative(kNaN, f.params))) << f.name;
  }
}

TEST(Gated, InfinitiesGiveTheLimits) {
  for (const Gated& f : kAll) {
    EXPECT_EQ(f.value(kInf, f.params), kInf) << f.name;
    EXPECT_TRUE(isNegativeZero(f.value(-kInf, f.params))) << f.name;
    EXPECT_EQ(f.derivative(kInf, f.params), 1) << f.name;
    EXPECT_EQ(f.derivative(-kInf, f.params), 0) << f.name;
  }
}

TEST(Gated, HugeInputsGiveTheRoundedLimits) {
  for (const Gated& f : kAll) {
    for (double x : {1e300, 1e17, std::numeric_limits<double>::max()}) {
      EXPECT_EQ(f.value(x, f.params), x) << f.name << " at " << x;
      EXPECT_EQ(f.derivative(x, f.params), 1) << f.name << " at " << x;
      EXPECT_TRUE(isNegativeZero(f.value(-x, f.params))) << f.name << " at " << -x;
      EXPECT_EQ(f.derivative(-x, f.params), 0) << f.name << " at " << -x;
    }
  }
}

TEST(Gated, ZerosKeepTheirSignAndSlopesAtZero) {
  for (const Gated& f : kAll) {
    EXPECT_TRUE(f.value(0.0, f.params) == 0 && !std::signbit(f.value(0.0, f.params))) << f.name;
    EXPECT_TRUE(isNegativeZero(f.value(-0.0, f.params))) << f.name;
  }
  for (const Gated& f : kAll) {
    const double expected = f.value == mish ? 0.6 : 0.5;
    EXPECT_EQ(f.derivative(0.0, f.params), expected) << f.name;
    EXPECT_EQ(f.derivative(-0.0, f.params), expected) << f.name;
  }
}

TEST(Gated, SubnormalInputsScaleLinearly) {
  const double x = 3 * std::numeric_limits<double>::denorm_min() * 1024;
  for (const Gated& f : kAll) {
    const double slope = f.value == mish ? 0.6 : 0.5;
    EXPECT_LE(ulpDistance(f.value(x, f.params), slope * x), 1) << f.name;
    EXPECT_LE(ulpDistance(f.value(-x, f.params), -slope * x), 1) << f.name;
    EXPECT_EQ(f.derivative(x, f.params), slope) << f.name;
  }
}

// Reference values computed with mpmath at 90 digits (tests/reference approach), correctly
// rounded: these tails underflow or lose all bits when e^x or erfc is formed first.
TEST(Gated, TailsDoNotPassThroughSubnormalIntermediates) {
  struct Case {
    const Gated* f;
    double x, value, derivative;
  };
  const Case cases[] = {
      {&kAll[0], -37.5, -0x1.367682a29e309p-1016, -0x1.6bd2c90f1fcb1p-1011},
      {&kAll[0], -38.5, -0x0.000000000000bp-1022, -0x0.00000000001a6p-1022},
      {&kAll[1], -21.0, -0x1.9c99db33e694cp-998, -0x1.354a9aa7289bap-991},
      {&kAll[2], -740.0, -0x0.000000000f512p-1022, -0x0.000000000f4bdp-1022},
      {&kAll[2], -745.5, -0x0.0000000000102p-1022, -0x0.0000000000102p-1022},
      {&kAll[6], -740.0, -0x0.000000000f512p-1022, -0x0.000000000f4bdp-1022},
  };
  for (const Case& c : cases) {
    EXPECT_LE(ulpDistance(c.f->value(c.x, c.f->params), c.value), 2) << c.f->name << " at " << c.x;
    EXPECT_LE(ulpDistance(c.f->derivative(c.x, c.f->params), c.derivative), 2)
        << c.f->name << "' at " << c.x;
  }
}

TEST(Swish, TinyBetaTimesHugeXKeepsTheProductExact) {
  // x·σ(βx) with βx = −1000: e^−1000 underflows, x·e^−1000 does not (mpmath reference).
  const double beta[] = {1e-300};
  EXPECT_LE(ulpDistance(swish(-1e303, beta), -0x1.cd2ce9632c05cp-437), 2);
  const double negative[] = {-1};
  EXPECT_LE(ulpDistance(swish(745.0, negative), 0x0.00000000001aap-1022), 1);
}

TEST(Swish, BetaZeroIsHalfTheIdentityEverywhere) {
  const double zero[] = {0};
  for (double x : {-kInf, -1e300, -3.0, 0.0, 2.5, kInf}) {
    EXPECT_EQ(swish(x, zero), x / 2);
    EXPECT_EQ(swishDerivative(x, zero), 0.5);
  }
}

TEST(Swish, NegativeBetaMirrorsTheLimits) {
  const double beta[] = {-2};
  EXPECT_EQ(swish(-kInf, beta), -kInf);
  EXPECT_TRUE(swish(kInf, beta) == 0 && !std::signbit(swish(kInf, beta)));
  EXPECT_EQ(swishDerivative(-kInf, beta), 1);
  EXPECT_EQ(swishDerivative(kInf, beta), 0);
}

TEST(Swish, BetaOneIsSiluAndTheSlopeIsSiluSlopeOfBetaX) {
  const double two[] = {2};
  for (double x = -30; x <= 30; x += 0.37) {
    EXPECT_EQ(swish(x, kBetaOne), silu(x, kNoParams)) << x;
    EXPECT_EQ(swishDerivative(x, kBetaOne), siluDerivative(x, kNoParams)) << x;
    EXPECT_EQ(swishDerivative(x, two), siluDerivative(2 * x, kNoParams)) << x;  // 2x is exact
  }
}

// Each derivative changes sign at its root with a magnitude that follows (x − root)·f''.
TEST(Gated, DerivativesCrossZeroCleanlyAtTheirRoots) {
  struct Root {
    const Gated* f;
    const gated_roots::RootFactor& fit;
  };
  const Root roots[] = {{&kAll[0], gated_roots::kGelu[0]},
                        {&kAll[1], gated_roots::kGeluTanh[0]},
                        {&kAll[2], gated_roots::kSilu[0]},
                        {&kAll[6], gated_roots::kMish[0]}};
  for (const Root& r : roots) {
    const double below = std::nextafter(r.fit.root[0], -kInf);
    const double above = std::nextafter(r.fit.root[0], kInf);
    const double slopeBelow = r.f->derivative(below, r.f->params);
    const double slopeAbove = r.f->derivative(above, r.f->params);
    EXPECT_LT(slopeBelow, 0) << r.f->name;
    EXPECT_GT(slopeAbove, 0) << r.f->name;
    EXPECT_LT(std::fabs(slopeBelow), 1e-15) << r.f->name;
    EXPECT_LT(std::fabs(slopeAbove), 1e-15) << r.f->name;
    // f''(root) from the two neighbours; the curvature at each root is between 0.2 and 0.5.
    const double curvature = (slopeAbove - slopeBelow) / (above - below);
    EXPECT_GT(curvature, 0.2) << r.f->name;
    EXPECT_LT(curvature, 0.5) << r.f->name;
  }
}

// Where a kernel switches formula (fitted root interval, asymptotic tails), the step across the
// switch matches twice the step between the two doubles just before it, up to rounding.
TEST(Gated, BranchesMeetContinuously) {
  struct Edge {
    const Gated* f;
    double x;
  };
  std::vector<Edge> edges = {{&kAll[0], -36.0}, {&kAll[1], 0.0},   {&kAll[2], -700.0},
                             {&kAll[2], 0.0},   {&kAll[2], 700.0}, {&kAll[6], -40.0},
                             {&kAll[6], 0.0}};
  const auto addPieces = [&edges](const Gated* f, const auto& pieces) {
    for (const gated_roots::RootFactor& piece : pieces) {
      edges.push_back({f, piece.from});
      edges.push_back({f, piece.to});
    }
  };
  addPieces(&kAll[0], gated_roots::kGelu);
  addPieces(&kAll[1], gated_roots::kGeluTanh);
  addPieces(&kAll[2], gated_roots::kSilu);
  addPieces(&kAll[6], gated_roots::kMish);
  for (const Edge& e : edges) {
    // after is two steps from before, so it lies across the switch whichever side x is on.
    const double after = std::nextafter(e.x, kInf), before = std::nextafter(e.x, -kInf);
    const double earlier = std::nextafter(before, -kInf);
    for (Kernel k : {e.f->value, e.f->derivative}) {
      const double a = k(earlier, e.f->params), b = k(before, e.f->params),
                   c = k(after, e.f->params);
      // Each value may be off by 4 ULP: the combination by up to 24.
      const double tolerance =
          24 * 0x1p-52 * std::fabs(b) + 4 * std::numeric_limits<double>::denorm_min();
      EXPECT_LE(std::fabs((c - b) - 2 * (b - a)), tolerance) << e.f->name << " at " << e.x;
    }
  }
}

// The derivative kernels agree with central differences of the value kernels.
TEST(Gated, DerivativesMatchDifferencesOfValues) {
  for (const Gated& f : kAll) {
    for (double x = -12; x <= 12; x += 0.173) {
      const double h = 1e-6;
      const double difference = (f.value(x + h, f.params) - f.value(x - h, f.params)) / (2 * h);
      EXPECT_NEAR(f.derivative(x, f.params), difference, 1e-8) << f.name << " at " << x;
    }
  }
}

TEST(Gelu, TanhApproximationStaysCloseToTheExactForm) {
  for (double x = -6; x <= 6; x += 0.01) {
    EXPECT_NEAR(gelu(x, kTanh), gelu(x, kExact), 5e-4) << x;
    EXPECT_NEAR(geluDerivative(x, kTanh), geluDerivative(x, kExact), 5e-3) << x;
  }
}

}  // namespace
}  // namespace activation
