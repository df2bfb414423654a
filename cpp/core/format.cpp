#include "format.h"

#include <cstdio>

namespace activation {

std::string formatNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace activation
