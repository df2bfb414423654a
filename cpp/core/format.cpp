#include "format.h"

#include <cmath>
#include <cstdint>

namespace activation {
namespace {

// The powers of ten that a double holds exactly.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kLargestExactPower = 22;

// value · 10^exponent, by exact powers: one correctly rounded operation when |exponent| <= 22.
double timesPowerOfTen(double value, int exponent) {
  while (exponent > kLargestExactPower) {
    value *= kExactPowers[kLargestExactPower];
    exponent -= kLargestExactPower;
  }
  while (exponent < -kLargestExactPower) {
    value /= kExactPowers[kLargestExactPower];
    exponent += kLargestExactPower;
  }
  return exponent >= 0 ? value * kExactPowers[exponent] : value / kExactPowers[-exponent];
}

// A positive finite value as digits × 10^(exponent - digits + 1): `digits` has exactly
// `precision` significant digits and `exponent` is the decimal exponent of its first.
struct Decimal {
  double digits;
  int exponent;
};

int decimalExponent(double magnitude) {
  int exponent = 0;
  while (exponent < 400 && timesPowerOfTen(1, exponent + 1) <= magnitude) ++exponent;
  while (exponent > -400 && timesPowerOfTen(1, exponent) > magnitude) --exponent;
  return exponent;
}

Decimal rounded(double magnitude, int precision) {
  Decimal decimal{0, decimalExponent(magnitude)};
  decimal.digits = std::nearbyint(timesPowerOfTen(magnitude, precision - 1 - decimal.exponent));
  if (decimal.digits >= timesPowerOfTen(1, precision)) {  // rounded up to the next power of ten
    decimal.digits /= 10;
    ++decimal.exponent;
  }
  return decimal;
}

// Whether digits × 10^scale reads back as `magnitude`: exactly when both operands are exact
// (digits < 2^53, |scale| <= 22), since strtod then rounds the same single operation correctly.
bool readsBackAs(double digits, int scale, double magnitude) {
  return digits < 0x1p53 && scale >= -kLargestExactPower && scale <= kLargestExactPower &&
         timesPowerOfTen(digits, scale) == magnitude;
}

// A decimal with trailing zeros dropped, in exponent form ("1.5e-07" when `padExponent`, as %g
// writes it, else "1.5e-7") or positional form ("0.00015", "150").
std::string layOut(const Decimal& decimal, bool exponentForm, bool padExponent) {
  std::string digits = formatInteger(static_cast<std::uint64_t>(decimal.digits));
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int exponent = decimal.exponent;
  if (exponentForm) {
    std::string text = digits.substr(0, 1);
    if (digits.size() > 1) text += "." + digits.substr(1);
    text += exponent < 0 ? "e-" : "e+";
    std::string power = formatInteger(static_cast<std::uint64_t>(std::abs(exponent)));
    return text + (padExponent && power.size() < 2 ? "0" : "") + power;
  }
  if (exponent < 0)
    return "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  const std::size_t integerLength = static_cast<std::size_t>(exponent) + 1;
  if (digits.size() <= integerLength)
    return digits + std::string(integerLength - digits.size(), '0');
  return digits.substr(0, integerLength) + "." + digits.substr(integerLength);
}

// NaN, infinities and zeros, or empty for other values.
std::string special(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return std::signbit(value) ? "-0" : "0";
  return {};
}

std::string sign(double value) { return std::signbit(value) ? "-" : ""; }

// The digits at `precision` that read back as `magnitude`, if any. Rounding in double can miss
// the nearest digits by a unit or two at 16 digits, so their neighbours are tried too.
bool exactDigits(double magnitude, int precision, Decimal& decimal) {
  decimal = rounded(magnitude, precision);
  const double nearest = decimal.digits;
  for (double offset : {0, -1, 1, -2, 2}) {
    decimal.digits = nearest + offset;
    if (decimal.digits >= timesPowerOfTen(1, precision - 1) &&
        decimal.digits < timesPowerOfTen(1, precision) &&
        readsBackAs(decimal.digits, decimal.exponent - precision + 1, magnitude))
      return true;
  }
  decimal.digits = nearest;
  return false;
}

}  // namespace

std::string formatInteger(std::uint64_t value) {
  std::string text;
  do {
    text.insert(text.begin(), static_cast<char>('0' + value % 10));
    value /= 10;
  } while (value);
  return text;
}

std::string shortestNumber(double value) {
  std::string text = special(value);
  if (!text.empty()) return text;
  const double magnitude = std::fabs(value);
  constexpr int kMaxPrecision = 17;
  Decimal decimal{};
  for (int precision = 1; precision <= kMaxPrecision; ++precision)
    if (exactDigits(magnitude, precision, decimal)) break;
  // Where JavaScript's Number.prototype.toString switches to exponent form.
  const bool exponentForm = decimal.exponent < -6 || decimal.exponent >= 21;
  return sign(value) + layOut(decimal, exponentForm, false);
}

}  // namespace activation
