// Numbers written for readers: Chinese with 万 / 亿 / 万亿, English with thousands separators and
// million / billion / trillion. Private to the fact sheets (src/report).
//
//   zh_scale(Decimal::parse("67317000000").value(), 8);        // 8: the 亿 it was written with
//   zh_number(Decimal::parse("67317000000").value(), 8);       // "673.17亿"
//   en_scale(Decimal::parse("67317000000").value());           // 9
//   en_number(Decimal::parse("67317000000").value(), 9);       // "67.317 billion"
//   en_number(Decimal::parse("3000").value(), 0);              // "3,000"
#pragma once

#include <string>

#include "zgcfacts/decimal.hpp"

namespace zgcfacts::report {

/// The power of ten a Chinese reader expects for `value`: the scale it was written with (万 4, 亿
/// 8, 万亿 12, rounding 千万 down to 万 and 百亿 down to 亿), or, for a long number written out in
/// digits, 亿 / 万亿 from its size. 0 means plain digits.
int zh_scale(const Decimal& value, int written_multiplier);
/// `value` divided by 10^scale followed by the scale word: "673.17亿", "5万", "3000".
std::string zh_number(const Decimal& value, int scale);
/// Only the digits of zh_number ("673.17" for 673.17亿), for the first end of a range (3至5亿).
std::string zh_digits(const Decimal& value, int scale);

/// 12 (trillion), 9 (billion), 6 (million) or 0 from the size of `value`.
int en_scale(const Decimal& value);
/// "61 billion", "67.317 billion", "3,000", "1,234.5"; `scale` from en_scale.
std::string en_number(const Decimal& value, int scale);
/// Only the digits of en_number, without the scale word ("61" for 61 billion).
std::string en_digits(const Decimal& value, int scale);
/// The scale word: "million", "billion", "trillion", "" for 0.
std::string en_scale_word(int scale);

/// Thousands separators in the integer part: "1234567.5" → "1,234,567.5", "-3000" → "-3,000".
std::string group_thousands(const std::string& plain);

}  // namespace zgcfacts::report
