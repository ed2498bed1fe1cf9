// The syntax tree of one numeric mention, as the grammar reads it: plain structs, no behaviour.
// Numerals are kept as written (raw UTF-8); their values are computed by recognize/numeral.cpp, so
// the grammar says what a numeral looks like and normalization says what it means.
#pragma once

#include <string>
#include <vector>

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

namespace zgcfacts::grammar::ast {

/// One number as written, with the 多/余 that may follow it: 3000多, 5万余, 1000多万, 百余.
struct Amount {
    std::string numeral;                 // "902.21亿", "3万4000", "两三", "百", "-3.2"
    bool more = false;                   // 多 / 余 right after the numeral
    std::string magnitude_after_more;    // 万 in 1000多万 ("" when none)
    bool plus = false;                   // + after the number: 500+家, 10万+ (at least so many)
};

/// The end of a range: 80% in 70%-80%, 1万倍 in 100倍至1万倍, 百分之五 in 百分之三到百分之五.
struct RangeEnd {
    boost::optional<int> fraction;  // 百分之 written again at the end (as Figure::fraction)
    Amount amount;
    boost::optional<int> unit;  // index into lexicon::units()
};

/// A figure: hedge? fraction-word? amount unit? (connector amount unit?)? per? hedge?
struct Figure {
    boost::optional<int> prefix;     // index into lexicon::prefix_qualifiers()
    boost::optional<int> currency;   // index into lexicon::currency_signs(): 人民币50, $20, ￥300
    boost::optional<int> fraction;   // 百分之 → 100, 千分之 → 1000, 万分之 → 10000
    Amount first;
    boost::optional<int> first_unit; // unit written right after the first amount
    boost::optional<RangeEnd> second;
    bool and_a_half = false;         // 半 after the unit: 两米半, 一个半小时 is not read
    boost::optional<int> per;        // index into lexicon::per_units(): 元/人
    boost::optional<int> suffix;     // index into lexicon::suffix_qualifiers()
};

/// 第七届, 第三代, 第一.
struct Ordinal {
    std::string numeral;
    std::string suffix;  // the measure word after it, "" when none
};

/// 4月25日, 2023年3月, 4月25日至29日, 4月25日至5月2日.
struct DateStart {
    boost::optional<std::string> year;
    std::string month;
    boost::optional<std::string> day;
};
struct DateEnd {
    boost::optional<std::string> month;
    std::string day;
};
struct Date {
    DateStart start;
    boost::optional<DateEnd> end;
};

/// 翻倍, 翻番, 翻一番, 翻两番.
struct Doubling {
    boost::optional<std::string> numeral;  // the N of 翻N番
    bool written_as_bei = false;           // 翻倍
    bool more = false;                     // 翻一番多: a little more than doubled
};

/// 三分之一, 近三分之一, 三分之二以上: numerator over denominator, with the hedges a figure takes.
struct Fraction {
    boost::optional<int> prefix;  // index into lexicon::prefix_qualifiers()
    std::string denominator;
    std::string numerator;
    boost::optional<int> suffix;  // index into lexicon::suffix_qualifiers()
};

/// 1/3, 超过2/3: a fraction written with digits and a slash, numerator first.
struct SlashFraction {
    boost::optional<int> prefix;
    std::string numerator;
    std::string denominator;
    boost::optional<int> suffix;
};

/// 2.06∶1, 1:1.5: a proportion written with a ratio sign, its terms as written. More than two terms
/// (0.2∶14.9∶84.9, a composition) is read too, so that no part of it is read as a ratio of its own.
struct ColonRatio {
    std::string first;
    std::vector<std::string> rest;
};

/// 25日, 25日至29日, 27-29日: days whose month was written earlier in the text (4月…25日至29日).
struct DaySpan {
    std::string first;
    boost::optional<std::string> last;
};

/// 一季度, 第三季度, 前三季度, 上半年, 下半年: the words after the year.
struct QuarterWord {
    std::string lead;     // "", "第", "前", or the whole word 上半年 / 下半年
    std::string numeral;  // the quarter's number ("" for the half years)
    boost::optional<std::string> last;  // 三 in 一至三季度: the last quarter of a run
};
/// A quarter or half year, with the year when it is written: 2024年一季度, 2023年上半年.
struct Quarter {
    boost::optional<std::string> year;
    QuarterWord word;
};

/// 1-10月, 1至10月份, 2024年1月至10月, 2023年11月至2024年2月: a run of whole months.
struct MonthSpan {
    boost::optional<std::string> year;
    std::string first_month;
    boost::optional<std::string> end_year;
    std::string last_month;
};

/// 2024-04-30, 2024/4/30, 2024.04.30, 2023-08: dates written with digits and one separator.
struct IsoDate {
    std::string year;
    std::string month;
    std::string day;  // "" when only year and month are written
};

struct Mention : boost::spirit::x3::variant<IsoDate, Quarter, MonthSpan, Ordinal, Date, DaySpan, Doubling, Fraction,
                                           SlashFraction, ColonRatio, Figure> {
    using base_type::base_type;
    using base_type::operator=;
};

}  // namespace zgcfacts::grammar::ast
