// The one translation unit that instantiates the X3 grammar (see mention_def.hpp).
#include <cstring>
#include <string_view>

#include "grammar/mention_def.hpp"

namespace zgcfacts::grammar {

namespace {

bool starts_with(const char* first, const char* last, std::string_view word) {
    return static_cast<std::size_t>(last - first) >= word.size() && std::memcmp(first, word.data(), word.size()) == 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Where `parser` (one without an attribute to keep) ends when it matches at `first`, or nullptr.
template <class Parser>
const char* end_of(const Parser& parser, const char* first, const char* last) {
    const char* it = first;
    return x3::parse(it, last, parser) ? it : nullptr;
}

/// Which alternatives of `mention` (mention_def.hpp) can match at a place. Each test is only what
/// the alternative must begin with, read with the same numeral memo and word tables the grammar
/// uses, so leaving out an alternative that fails it changes nothing but the time: almost every
/// mention is a figure, the last alternative, and used to pay for trying all the others first.
struct Possible {
    bool iso_date = false;
    bool quarter = false;
    bool month_span = false;
    bool ordinal = false;
    bool date = false;
    bool day_span = false;
    bool doubling = false;
    bool fraction = false;
    bool slash_fraction = false;
    bool colon_ratio = false;
};

/// Whether the digits at `first` (with a decimal part) are followed by a ratio sign: 2.06∶1, 1:1.5.
bool digits_before_ratio_sign(const char* first, const char* last) {
    const char* it = first;
    while (it != last && is_digit(*it)) ++it;
    if (it == first) return false;
    if (it != last && *it == '.') {
        ++it;
        while (it != last && is_digit(*it)) ++it;
    }
    return (it != last && *it == ':') || starts_with(it, last, "∶");
}

Possible possible_alternatives(const char* first, const char* last, NumeralMemo& numerals) {
    using lexical::connector;
    Possible can;
    // iso-date: four digits and a separator.
    can.iso_date = last - first >= 5 && is_digit(first[0]) && is_digit(first[1]) && is_digit(first[2]) &&
                   is_digit(first[3]) && (first[4] == '-' || first[4] == '/' || first[4] == '.');
    can.ordinal = starts_with(first, last, "第");
    can.doubling = starts_with(first, last, "翻");

    // quarter, months and date begin with an optional written year (numeral 年), which X3 takes
    // whenever it is there: what follows it decides.
    const char* after_year = first;
    if (const char* end = numerals.numeral_end(first, last); end != nullptr && starts_with(end, last, "年")) {
        after_year = end + std::strlen("年");
    }
    const char* numeral = numerals.numeral_end(after_year, last);
    if (numeral != nullptr) {
        // months: numeral 月? connector …
        const char* month = starts_with(numeral, last, "月") ? numeral + std::strlen("月") : numeral;
        can.month_span = end_of(connector, month, last) != nullptr;
        // date: numeral 月 …
        can.date = month != numeral;
        // days: numeral 日 …, or numeral connector … (the connector test above, when no 月 follows);
        // never after a year.
        can.day_span = after_year == first && (starts_with(numeral, last, "日") || (can.month_span && !can.date));
    }
    // quarter: 上半年 | 下半年 | (第|前)? numeral (connector …)? 季度
    if (starts_with(after_year, last, "上半年") || starts_with(after_year, last, "下半年")) {
        can.quarter = true;
    } else {
        const char* quarter = after_year;
        if (starts_with(quarter, last, "第") || starts_with(quarter, last, "前")) quarter += std::strlen("第");
        const char* end = numerals.numeral_end(quarter, last);
        can.quarter = end != nullptr && (starts_with(end, last, "季度") || end_of(connector, end, last) != nullptr);
    }

    // fraction and slash fraction: an optional hedge word, then numeral 分之 or digits '/'.
    const char* hedged = first;
    if (const char* end = end_of(lexical::prefix_word, first, last)) hedged = end;
    if (const char* end = numerals.numeral_end(hedged, last)) can.fraction = starts_with(end, last, "分之");
    const char* digits = hedged;
    while (digits != last && is_digit(*digits)) ++digits;
    can.slash_fraction = digits != hedged && digits != last && *digits == '/';
    can.colon_ratio = digits_before_ratio_sign(first, last);
    return can;
}

/// Parses `rule` at `first` as the mention's alternative of type Attribute.
template <class Attribute, class Rule>
bool parse_as(const Rule& rule, const char*& first, const char* last, NumeralMemo& numerals, ast::Mention& out) {
    const char* it = first;
    Attribute attribute;
    if (!x3::parse(it, last, x3::with<numeral_memo_tag>(numerals)[rule], attribute)) return false;
    out = std::move(attribute);
    first = it;
    return true;
}

}  // namespace

// The alternatives of mention_def, in its order, each tried only where it can match.
bool parse_mention(const char*& first, const char* last, ast::Mention& out) {
    NumeralMemo numerals;
    const Possible can = possible_alternatives(first, last, numerals);
    return (can.iso_date && parse_as<ast::IsoDate>(iso_date, first, last, numerals, out)) ||
           (can.quarter && parse_as<ast::Quarter>(quarter, first, last, numerals, out)) ||
           (can.month_span && parse_as<ast::MonthSpan>(month_span, first, last, numerals, out)) ||
           (can.ordinal && parse_as<ast::Ordinal>(ordinal, first, last, numerals, out)) ||
           (can.date && parse_as<ast::Date>(date, first, last, numerals, out)) ||
           (can.day_span && parse_as<ast::DaySpan>(day_span, first, last, numerals, out)) ||
           (can.doubling && parse_as<ast::Doubling>(doubling, first, last, numerals, out)) ||
           (can.fraction && parse_as<ast::Fraction>(fraction, first, last, numerals, out)) ||
           (can.slash_fraction && parse_as<ast::SlashFraction>(slash_fraction, first, last, numerals, out)) ||
           (can.colon_ratio && parse_as<ast::ColonRatio>(colon_ratio, first, last, numerals, out)) ||
           parse_as<ast::Figure>(figure, first, last, numerals, out);
}

bool parse_numeral(const char*& first, const char* last, std::string& out) {
    const char* it = first;
    if (!x3::parse(it, last, numeral, out)) return false;
    first = it;
    return true;
}

}  // namespace zgcfacts::grammar
