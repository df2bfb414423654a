// Numbers as text, without printf (whose formatting code would be a tenth of the WebAssembly
// module). NaN and infinities are spelled as JavaScript spells them, since the text ends up there.
#pragma once

#include <cstdint>
#include <string>

namespace activation {

// Decimal digits of a count, as std::to_string (which would bring its own formatting code).
std::string formatInteger(std::uint64_t value);

// The fewest significant digits that read back (JSON.parse, strtod) as exactly `value`, laid out
// as JavaScript's toString does ("0.01", "20", "1e-7", "1e+21"). Exact for values m · 10^k with
// integer m < 2^53 and |k| <= 22, such as every number of the catalogue (the tests check); others
// get 17 digits, which may be off in the last one.
std::string shortestNumber(double value);

}  // namespace activation
