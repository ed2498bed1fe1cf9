// Their resolution values, read as exact decimals and compared with ours.
//
// They write C# doubles: "-4504040000", "0.55579", "5E-06", "2.4%", and repeating fractions cut to
// 15 significant digits ("350.333333333333" for 350⅓). We compute exact decimals, so a value with
// 15 significant digits is taken as rounded and ours matches when it rounds to it; anything shorter
// must be equal exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zgcfacts/decimal.hpp"

namespace zgcfacts::peers {

/// "5E-06" → 0.000005, "2.4%" → 2.4 (the percent sign dropped: our percent values are in points).
/// nullopt when the text is not a number.
std::optional<Decimal> peer_number(std::string_view text);

/// True when `ours` equals their value, allowing for their 15-significant-digit rounding.
bool same_number(const Decimal& ours, std::string_view theirs);

/// NumberRange's interval notation: "(20,35]", "[30,)", "(,100]". The brackets (open or closed) are
/// not kept: our bounds are the numbers a reader would name, and their half-open `[X,Y)` for
/// "X到Y" is a design choice, not a different number (SOURCE.md).
struct Interval {
    std::optional<std::string> lower;  // their text of the end, nullopt when unbounded
    std::optional<std::string> upper;
};
std::optional<Interval> parse_interval(std::string_view text);

}  // namespace zgcfacts::peers
