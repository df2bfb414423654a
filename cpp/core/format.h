// Numbers in error messages, printed as iostreams print them by default (printf's %g), but
// without iostreams: linking them would nearly double the size of the WebAssembly module.
#pragma once

#include <string>

namespace activation {

std::string formatNumber(double value);

}  // namespace activation
