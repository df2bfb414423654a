// Number formatting without printf: numbers shortest and exact, for messages and JSON.
#include "format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "catalogue.h"

namespace activation {
namespace {

TEST(FormatInteger, AsToString) {
  for (std::uint64_t value : {0ull, 7ull, 10ull, 10000000ull, 18446744073709551615ull})
    EXPECT_EQ(formatInteger(value), std::to_string(value));
}

TEST(ShortestNumber, NonFiniteValuesAsJavaScript) {
  EXPECT_EQ(shortestNumber(std::nan("")), "NaN");
  EXPECT_EQ(shortestNumber(std::numeric_limits<double>::infinity()), "Infinity");
  EXPECT_EQ(shortestNumber(-std::numeric_limits<double>::infinity()), "-Infinity");
}

// Integers below 2^53 times powers of ten up to 1e±22, as the catalogue's numbers are.
std::vector<double> shortDecimals() {
  std::vector<double> values = {0.1, 0.01, 0.001, 20, 50, 1 / 3.0, 1.0 / 8, 0.044715, 1e22, 1e-22};
  std::mt19937_64 random(7);
  std::uniform_int_distribution<std::int64_t> digits(1, (std::int64_t{1} << 53) - 1);
  std::uniform_int_distribution<int> scale(-22, 22);
  for (int i = 0; i < 2000; ++i) {
    const double integer = static_cast<double>(digits(random));
    const int power = scale(random);
    values.push_back(power < 0 ? integer / std::pow(10.0, -power)
                               : integer * std::pow(10.0, power));
  }
  return values;
}

TEST(ShortestNumber, ReadsBackExactly) {
  for (double value : shortDecimals())
    EXPECT_EQ(std::strtod(shortestNumber(value).c_str(), nullptr), value) << shortestNumber(value);
}

TEST(ShortestNumber, CatalogueNumbersReadBackExactly) {
  for (const Function& function : catalogue()) {
    std::vector<double> numbers, defaults;
    for (const Parameter& parameter : function.parameters) {
      defaults.push_back(parameter.defaultValue);
      for (double number : {parameter.defaultValue, parameter.sliderMin, parameter.sliderMax,
                            parameter.sliderStep, parameter.lowest, parameter.highest})
        if (std::isfinite(number)) numbers.push_back(number);
    }
    for (const Kink& kink : function.kinks(defaults.data())) numbers.push_back(kink.x);
    for (double number : numbers)
      EXPECT_EQ(std::strtod(shortestNumber(number).c_str(), nullptr), number)
          << function.id << ": " << shortestNumber(number);
  }
}

TEST(ShortestNumber, HasTheFewestDigitsLaidOutAsJavaScript) {
  EXPECT_EQ(shortestNumber(0.1), "0.1");
  EXPECT_EQ(shortestNumber(0.01), "0.01");
  EXPECT_EQ(shortestNumber(20), "20");
  EXPECT_EQ(shortestNumber(-0.5), "-0.5");
  EXPECT_EQ(shortestNumber(1 / 3.0), "0.3333333333333333");
  EXPECT_EQ(shortestNumber(1e-7), "1e-7");
  EXPECT_EQ(shortestNumber(0.000001), "0.000001");
  EXPECT_EQ(shortestNumber(1e21), "1e+21");
  EXPECT_EQ(shortestNumber(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(shortestNumber(0.0), "0");
}

}  // namespace
}  // namespace activation
