// The value of a numeral as the grammar captured it: Arabic, Chinese, or both mixed.
//
//   "902.21亿" → 90221000000 (multiplier 8)     "三万五" → 35000        "一千零十一" → 1011
//   "2千零30万" → 20300000                       "二〇二四" → 2024       "三点五" → 3.5
//   "两三" → 2..3 (a range)                      "二十几" → 20..30 (like 二十多)
//   "万" → 10000 (magnitude only)               "负3.2" → -3.2
//
// All arithmetic is exact (Decimal); a value too large for it is an Error, never a wrong number.
#pragma once

#include <optional>
#include <string_view>

#include "zgcfacts/decimal.hpp"
#include "zgcfacts/result.hpp"

namespace zgcfacts::recognize {

struct NumeralValue {
    Decimal value;                 // the number; the lower end when the numeral is itself a range
    std::optional<Decimal> upper;  // 两三 → 3, 八九亿 → 9亿, 十几 → 19
    bool approximate = false;      // written with 几/数 before a unit (数十, 几百): bounds are an estimate
    bool placeholder_more = false; // 几 after a unit (二十几万): like 多, value < v < upper
    bool single_financial = false; // one financial digit alone (陆, 伍): a word, not a number
    int multiplier = 0;            // power of ten of the trailing magnitude words: 亿 8, 千万 7, 万亿 12
    bool chinese = false;          // at least one Chinese numeral character
    bool arabic_only = false;      // digits only, as 2024, 3.5, 1,234
    bool has_separators = false;   // 1,234 (never a year)
    bool magnitude_only = false;   // no digit written: 百, 千, 万, 千万
    bool single_one = false;       // exactly 一: an article in 一个, 一批 more often than a count
    bool digit_string = false;     // 二〇二四: digits read one by one
    int integer_digits = 0;        // for arabic_only: digits before the point (2024 → 4)
};

/// Evaluates a numeral; an Error says it is malformed (十百, 三五: see is_malformed_numeral) or too
/// large for an exact Decimal, with the byte offset inside `written`.
Result<NumeralValue> evaluate_numeral(std::string_view written);

/// True for the errors that mean "these characters are not a numeral" — words, not bad input —
/// as opposed to a numeral too large to hold exactly.
bool is_malformed_numeral(const Error& error);

}  // namespace zgcfacts::recognize
