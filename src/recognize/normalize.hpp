// From the grammar's syntax tree to a typed Quantity: values in base units, kind, unit, qualifier
// and the bounds it implies (shared/gold/SCHEMA.md), plus what the scanner needs to judge context.
#pragma once

#include <optional>
#include <string_view>

#include "grammar/ast.hpp"
#include "recognize/lexicon.hpp"
#include "zgcfacts/quantity.hpp"
#include "zgcfacts/result.hpp"

namespace zgcfacts::recognize {

/// A normalized mention with the facts about its writing that decide, in context, whether it is a
/// figure at all (一个 is usually an article; a bare Chinese numeral is usually part of a word).
struct Reading {
    Quantity quantity;
    std::optional<lexicon::UnitClass> unit_class;  // of the last unit written
    std::string_view unit_word;                     // 个, 亿元's 元, 年 …
    bool chinese_only = false;     // the first number is written in Chinese numerals only
    bool single_one = false;       // the number is exactly 一
    bool single_financial = false; // one financial digit alone: 陆 in 陆地
    bool magnitude_only = false;   // 百, 千, 万 with no digit (近千项, 万余个)
    bool arabic_integer = false;   // a plain Arabic integer without separators (years)
    int prefix = -1;               // index into lexicon::prefix_qualifiers(), -1 when none
    int suffix = -1;               // index into lexicon::suffix_qualifiers(), -1 when none
    bool bare = false;             // no unit, no hedge, no range: just a number
    bool structured = false;       // a Chinese numeral with inner structure: 一百五十二, 三点五, 一万零三
    bool clock_like = false;       // a colon ratio written as a clock writes a time: 10:30
};

/// What became of a syntax tree: a reading, nothing (the words are not a figure, e.g. 第一 in
/// 第一动力 is decided later, but 十百 is rejected here), or an error (a number too large).
struct Normalized {
    std::optional<Reading> reading;
    std::optional<Error> error;
};

Normalized normalize(const grammar::ast::Mention& mention);

/// The next round number beyond a value, away from zero: 3000 → 4000, 3100 → 3200, 1.5万 → 1.6万,
/// -3000 → -4000 (-3000多 lies between -4000 and -3000). The upper bound that 多 and 余 set.
Result<Decimal> next_round(const Decimal& value);

}  // namespace zgcfacts::recognize
