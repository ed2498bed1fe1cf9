// The words the recognizer knows: hedges (qualifiers), units, classifiers, range connectors.
//
// One table per category, plain data, shared by the Spirit X3 grammar (which turns each table into
// a word table, see grammar/word_lookup.hpp, where the longest written form wins: 平方米 before 米,
// 人次 before 人) and by normalization (which reads the entry the grammar matched by its index).
// Adding a unit is adding one line here.
#pragma once

#include <span>
#include <string_view>

#include "zgcfacts/quantity.hpp"

namespace zgcfacts::lexicon {

/// A hedge word before (超 610亿元) or after (6.5%以上) the number.
struct QualifierWord {
    std::string_view word;
    Qualifier qualifier;
};

std::span<const QualifierWord> prefix_qualifiers();
std::span<const QualifierWord> suffix_qualifiers();

/// What a unit word makes of the number in front of it.
enum class UnitClass {
    money,       // 元 美元 …: kind money, symbol = ISO 4217 code
    classifier,  // 个 项 家 …: kind count, symbol = the classifier itself
    set_of,      // 大 / 大类 in 五大产业, 三大类: a count of categories
    percent,     // %: kind percent
    per_mille,   // ‰: percent, value / 10
    tenths,      // 成 (四成 = 40%): percent, value × 10
    discount,    // 折 (八折 = 80% of the price, 75折 = 75%): percent
    points,      // 个百分点: percentage points, unit "pp"
    times,       // 倍: kind ratio
    measure,     // 米 平方公里 兆瓦 …: kind measure, symbol SI-style
    duration,    // 年 小时 分钟 …: kind duration (a 4-digit number before 年 is a year instead)
    age,         // 岁: kind number (an age), no unit
    rank,        // 强 (200强, a top-N list): kind number
};

struct Unit {
    std::string_view word;
    UnitClass unit_class;
    std::string_view symbol;  // "CNY", "m2", "h", or the classifier text
};

std::span<const Unit> units();

/// True when two entries of units() mean the same unit (个百分点 and 百分点, 公里 and 千米), so both
/// ends of a range may be written with them.
bool same_unit(int a, int b);
/// Denominators of rates written with a slash: 元/人, 元/吨, 公里/小时.
std::span<const Unit> per_units();

/// Currency written before the number: 人民币50元, $20, ￥300, €5. `symbol` is the ISO 4217 code.
std::span<const Unit> currency_signs();

/// Range connectors: 70%-80%, 3至5亿元, 100倍至1万倍, 两到三万.
std::span<const std::string_view> range_connectors();

}  // namespace zgcfacts::lexicon
