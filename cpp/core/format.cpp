#include "format.h"

#include <cmath>
#include <cstdio>

namespace activation {

std::string formatNumber(double value) {
  // Spelled as JavaScript spells them, since the messages end up in JavaScript errors.
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace activation
