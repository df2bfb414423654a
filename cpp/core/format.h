// Numbers in error messages: finite ones as printf's %g prints them, NaN and infinities as
// JavaScript does. (Not iostreams: linking them would nearly double the WebAssembly module.)
#pragma once

#include <string>

namespace activation {

std::string formatNumber(double value);

}  // namespace activation
