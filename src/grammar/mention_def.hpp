// The grammar of a numeric mention in Chinese text, top-down. It reads clean text (see
// zgcfacts/text.hpp: ASCII digits, no PDF spaces) byte by byte; Chinese words are matched as UTF-8
// literals and word tables are built from recognize/lexicon.cpp (see word_lookup.hpp). Included only
// by mention.cpp.
//
//   mention  := iso-date | quarter | months | ordinal | date | days | doubling | fraction
//               | slash-fraction | colon-ratio | figure
//   iso-date := dddd (-|/|.) d{1,2} ((same separator) d{1,2})?       2024-04-30  2023-08
//   quarter  := (numeral 年)? ((第|前)? numeral (connector 第? numeral)? 季度 | 上半年 | 下半年)
//                                                                    一季度  2024年前三季度  一至三季度
//   months   := (numeral 年)? numeral 月? connector (numeral 年)? numeral 月 份?
//               (no day after it)                                    1-10月  2024年1至10月份
//   ordinal  := 第 numeral ordinal-suffix?                       第七届  第三代  第一
//   date     := (numeral 年)? numeral 月 (numeral 日|号)? 份?
//               (connector (numeral 月)? numeral 日|号)?          4月25日至29日  2023年3月  4月27-29日
//   days     := numeral 日 (connector numeral 日)?  |  numeral connector numeral 日
//               (the month comes from the text before)          25日  25日至29日  27-29日
//   doubling := 翻 了? numeral? (番 | 倍) 多?                    翻倍  翻了两番  翻一番多
//   fraction := prefix? numeral 分之 numeral suffix?              三分之一  近三分之二  五分之一以上
//   slash-fraction := prefix? d+ / d+ (not / d) suffix?           1/3  超过2/3
//   colon-ratio := term ((∶|:) term)+    term := d+ (. d+)?        2.06∶1  1:1.5  0.2∶14.9∶84.9
//   figure   := prefix? currency-sign? fraction-word? amount unit?
//               (connector amount unit?)? 半? (/ per-unit)? suffix?  超610亿元  70%-80%  18.5万元/人
//   amount   := numeral (多|余)? magnitude* +?                    3000多  5万余  1000多万  500+
//   numeral  := sign? (arabic k? | 〇一二…九两几数 | 十百千 | 万亿兆)+ (点 digit+ magnitude*)?
//
// The grammar decides what a mention looks like; what it means (values, kinds, bounds) is decided
// by recognize/normalize.cpp, and what is not a figure after all (idioms, names) by recognize/scan.cpp.
#pragma once

#include <span>
#include <string_view>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/mention.hpp"
#include "grammar/numeral_text.hpp"
#include "grammar/word_lookup.hpp"
#include "recognize/lexicon.hpp"

namespace zgcfacts::grammar {

namespace x3 = boost::spirit::x3;

namespace word_tables {

/// A word table: x3::symbols (standard encoding, longest match) over WordLookup instead of X3's
/// ternary search tree, which walks one byte per node step.
template <class Value>
using table = x3::symbols_parser<boost::spirit::char_encoding::standard, Value, WordLookup<Value>>;

/// The words of a lexicon table, each with its entry's index as value, so normalization can read
/// the entry back. The longest entry matches: 平方公里 wins over 平方, 人次 over 人.
template <class Entry>
table<int> indexed(std::span<const Entry> entries) {
    table<int> symbols;
    for (int i = 0; i < static_cast<int>(entries.size()); ++i) {
        if constexpr (std::is_same_v<Entry, std::string_view>)
            symbols.add(std::string(entries[i]), i);
        else
            symbols.add(std::string(entries[i].word), i);
    }
    return symbols;
}

inline table<int> fraction_words() {
    table<int> symbols;
    symbols.add("百分之", 100)("佰分之", 100)("千分之", 1000)("仟分之", 1000)("万分之", 10000)("萬分之", 10000);
    return symbols;
}

inline table<x3::unused_type> words(std::initializer_list<const char*> list) {
    table<x3::unused_type> symbols;
    for (const char* w : list) symbols.add(w);
    return symbols;
}

}  // namespace word_tables

namespace lexical {

using x3::lit;

// Word tables built once, at start-up, from the lexicon's constant tables.
inline const auto prefix_word = word_tables::indexed(lexicon::prefix_qualifiers());
inline const auto suffix_word = word_tables::indexed(lexicon::suffix_qualifiers());
inline const auto unit_word = word_tables::indexed(lexicon::units());
inline const auto per_word = word_tables::indexed(lexicon::per_units());
inline const auto connector = word_tables::indexed(lexicon::range_connectors());
inline const auto fraction_word = word_tables::fraction_words();
inline const auto currency_sign = word_tables::indexed(lexicon::currency_signs());

// Numerals and magnitudes are delimited by a hand-written matcher (numeral_text.hpp): every
// alternative below reads the numeral again, and X3 alternatives over symbol tables made that the
// largest cost of scanning. This parser hands the text that `Match` delimits on as raw[] would.
template <class Match>
struct matched_text : x3::parser<matched_text<Match>> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    template <class Context, class RContext, class Attribute>
    bool parse(const char*& first, const char* const& last, const Context& context, RContext&, Attribute& attr) const {
        const char* end = Match{}(first, last, context);
        if (end == nullptr) return false;
        x3::traits::move_to(first, end, attr);
        first = end;
        return true;
    }
};

// The memo of numerals that parse_mention() puts in the context (x3::with), so the alternatives of
// one mention read the numeral at a place once.
struct numeral_memo_tag;

struct match_numeral {
    template <class Context>
    const char* operator()(const char* first, const char* last, const Context& context) const {
        decltype(auto) memo = x3::get<numeral_memo_tag>(context);
        if constexpr (std::is_same_v<std::decay_t<decltype(memo)>, x3::unused_type>)
            return numeral_end(first, last);  // parse_numeral(): one reading, nothing to remember
        else
            return memo.numeral_end(first, last);
    }
};

struct match_magnitude {
    template <class Context>
    const char* operator()(const char* first, const char* last, const Context&) const {
        return magnitude_end(first, last);
    }
};

// 万 亿 兆 (兆 not before an SI unit: 兆瓦 is MW).
inline const auto magnitude = matched_text<match_magnitude>{};

inline const auto digit = x3::char_('0', '9');
inline const auto more = lit("多") | lit("余") | lit("餘");
inline const auto day_mark = lit("日") | lit("号");

inline const auto ordinal_suffix = word_tables::words({
    "届", "个", "项", "次", "代", "名", "位", "批", "期", "轮", "条", "阶段", "家", "座",
    "种", "类", "章", "节", "部", "集", "天", "年", "周", "场", "站", "款", "波", "层",
    "大", "把", "任", "版", "号", "份", "所", "步", "句", "支", "只", "台", "辆", "本", "排",
});

}  // namespace lexical

// Rule IDs.
struct numeral_class;
struct amount_class;
struct range_end_class;
struct figure_class;
struct ordinal_class;
struct date_start_class;
struct date_end_class;
struct date_class;
struct doubling_class;
struct fraction_class;
struct slash_fraction_class;
struct quarter_word_class;
struct quarter_class;
struct month_span_class;
struct iso_date_class;
struct day_span_class;
struct colon_ratio_class;
struct mention_class;

// Rules.
inline const x3::rule<numeral_class, std::string> numeral = "numeral";
inline const x3::rule<amount_class, ast::Amount> amount = "amount";
inline const x3::rule<range_end_class, ast::RangeEnd> range_end = "range end";
// Forced: the range check is a semantic action, and X3 drops a rule's attribute when one is present.
inline const x3::rule<figure_class, ast::Figure, true> figure = "figure";
inline const x3::rule<ordinal_class, ast::Ordinal> ordinal = "ordinal";
inline const x3::rule<date_start_class, ast::DateStart> date_start = "date";
inline const x3::rule<date_end_class, ast::DateEnd> date_end = "end date";
inline const x3::rule<date_class, ast::Date> date = "date range";
inline const x3::rule<doubling_class, ast::Doubling> doubling = "doubling";
inline const x3::rule<fraction_class, ast::Fraction> fraction = "fraction";
inline const x3::rule<slash_fraction_class, ast::SlashFraction> slash_fraction = "slash fraction";
inline const x3::rule<quarter_word_class, ast::QuarterWord> quarter_word = "quarter word";
inline const x3::rule<quarter_class, ast::Quarter> quarter = "quarter";
inline const x3::rule<month_span_class, ast::MonthSpan> month_span = "month span";
inline const x3::rule<iso_date_class, ast::IsoDate> iso_date = "ISO date";
inline const x3::rule<day_span_class, ast::DaySpan> day_span = "days";
inline const x3::rule<colon_ratio_class, ast::ColonRatio> colon_ratio = "colon ratio";
inline const x3::rule<mention_class, ast::Mention> mention = "mention";

namespace definitions {

using namespace lexical;
using x3::attr;
using x3::matches;
using x3::raw;

// The numeral of the grammar above, sign, 15k and 三点五亿 included (see numeral_text.hpp).
inline const auto numeral_def = matched_text<match_numeral>{};

// 500+家, 10万+: at least so many. Not the + of a sum or a name (2+2, 1+1=2, 1+X).
inline const auto plus_sign =
    lit('+') >> !(digit | x3::char_('a', 'z') | x3::char_('A', 'Z') | lit('+') | lit('='));
inline const auto amount_def = numeral >> matches[more] >> raw[*magnitude] >> matches[plus_sign];

inline const auto range_end_def = -fraction_word >> amount >> -unit_word;

// A range keeps one unit: in 提高0.6个百分点至74.4% and 增长8.2%至1.2万亿元 the 至 says where the
// change led, so the figure ends before it instead of being lost as a range of mixed units.
// X3 hands the action the range end itself or the optional of the figure that holds it.
struct same_unit_as_start {
    template <class Context>
    void operator()(Context& context) const {
        const boost::optional<int>& start = x3::_val(context).first_unit;
        auto& end = x3::_attr(context);
        const ast::RangeEnd* range = range_of(end);
        if (range == nullptr) return;
        // 百分之三到百分之五 writes the share twice; 百分之三到千分之五 is two figures.
        const bool same_share = !range->fraction || range->fraction == x3::_val(context).fraction;
        if (same_share && (!start || !range->unit || lexicon::same_unit(*start, *range->unit))) return;
        x3::_pass(context) = false;
        forget(end);  // a failed action leaves what the rule read in the figure otherwise
    }

private:
    static const ast::RangeEnd* range_of(const ast::RangeEnd& end) { return &end; }
    static const ast::RangeEnd* range_of(const boost::optional<ast::RangeEnd>& end) { return end ? &*end : nullptr; }
    static void forget(ast::RangeEnd&) {}
    static void forget(boost::optional<ast::RangeEnd>& end) { end.reset(); }
};

inline const auto figure_def = -prefix_word >> -currency_sign >> -fraction_word >> amount >>
                               -unit_word >> -(x3::omit[connector] >> range_end[same_unit_as_start{}]) >>
                               matches[lit("半")] >> -(lit('/') >> per_word) >> -(suffix_word >> !lit("游"));

inline const auto ordinal_def = lit("第") >> numeral >> raw[-ordinal_suffix];

// X3 parses an optional string straight into its container and keeps what it read when the rest of
// the optional part fails (the 4 of 4月 would become a year); a lookahead first keeps it clean.
template <class Parser>
constexpr auto whole(Parser p) { return -(&p >> p); }

// The day mark may be written once, after a range: 4月27-29日.
inline const auto start_day = numeral >> (day_mark | &(x3::omit[connector] >> numeral >> day_mark));
// 2024年 before a month or a quarter belongs to it (2024年一季度 is one date, not a year and a quarter).
inline const auto written_year = whole(numeral >> lit("年"));
// 10月份 is the month 10月 said in full.
inline const auto month_word = lit("月") >> -lit("份");
inline const auto date_start_def = written_year >> numeral >> lit("月") >> whole(start_day) >> -lit("份");
inline const auto date_end_def = whole(numeral >> lit("月")) >> numeral >> day_mark;
inline const auto date_def = date_start >> -(x3::omit[connector] >> date_end);

// The day mark may be written once, after a range (27-29日), as in `date`. 号 is left out: without
// a month, 3号 is more often a number (3号线, 1号楼) than a day; 500日元 is money.
inline const auto day_mark_alone = lit("日") >> !lit("元");
inline const auto day_span_def = numeral >> (day_mark_alone | &(x3::omit[connector] >> numeral >> day_mark_alone)) >>
                                 whole(x3::omit[connector] >> numeral >> day_mark_alone);

inline const auto doubling_def = lit("翻") >> -lit("了") >> whole(numeral) >>
                                 ((lit("番") >> attr(false)) | (lit("倍") >> attr(true))) >> matches[more];

inline const auto fraction_def = -prefix_word >> !fraction_word >> numeral >> lit("分之") >> numeral >> -suffix_word;

// 2024/4/30 is a date (iso-date comes first) and 1/2/3 no fraction: no second slash may follow.
inline const auto slash_digits = raw[+digit];
inline const auto slash_fraction_def = -prefix_word >> slash_digits >> lit('/') >> slash_digits >>
                                       !(lit('/') | digit | lit('.')) >> -suffix_word;

// 2.06∶1 (∶ is the ratio sign; cleaning writes ： between digits as :). Whether a colon between
// numbers is a ratio or a clock time (10:30) is judged in context.
inline const auto ratio_term = raw[+digit >> -(lit('.') >> +digit)];
inline const auto ratio_sign = lit("∶") | lit(':');
inline const auto colon_ratio_def = ratio_term >> +(ratio_sign >> ratio_term);

inline const auto last_quarter = whole(x3::omit[connector >> -lit("第")] >> numeral);
inline const auto quarter_word_def = (raw[-(lit("第") | lit("前"))] >> numeral >> last_quarter >> lit("季度")) |
                                     (raw[lit("上半年") | lit("下半年")] >> attr(std::string()) >>
                                      attr(boost::optional<std::string>()));
inline const auto quarter_def = written_year >> quarter_word;

// 1-10月 is the months January to October, not the numbers 1 to 10 before 月. A day after the last
// month (4月至5月2日) makes it a date range instead, read by `date`.
inline const auto month_span_def = written_year >> numeral >> -lit("月") >> x3::omit[connector] >> written_year >>
                                   numeral >> month_word >> !(numeral >> day_mark);

// One separator throughout; a year of four digits and a month of one or two, so 2023-2024 stays a
// period and 10-20 a range.
template <char Separator>
constexpr auto iso_part() {
    return lit(Separator) >> x3::raw[x3::repeat(1, 2)[digit]] >> !digit;
}
// The day is looked ahead before it is read: X3 would keep a partly read string otherwise.
template <char Separator>
constexpr auto iso_day() {
    return (&iso_part<Separator>() >> iso_part<Separator>()) | attr(std::string());
}
inline const auto iso_year = x3::raw[x3::repeat(4)[digit]];
// Each branch first looks ahead for its separator: X3 appends the year to the attribute's string
// in every branch it tries, so 2024/04/30 read 20242024 as its year after the '-' branch failed.
template <char Separator>
constexpr auto iso_year_then() {
    return &(iso_year >> lit(Separator)) >> iso_year;
}
// 2024.5 is a decimal, so with dots the day must be written (2024.04.30).
inline const auto iso_date_def = (iso_year_then<'-'>() >> iso_part<'-'>() >> iso_day<'-'>()) |
                                 (iso_year_then<'/'>() >> iso_part<'/'>() >> iso_day<'/'>()) |
                                 (iso_year_then<'.'>() >> iso_part<'.'>() >> iso_part<'.'>());

// parse_mention() (mention.cpp) tries these alternatives itself, in this order, leaving out those
// that cannot match at the place: a change here is a change there.
inline const auto mention_def =
    iso_date | quarter | month_span | ordinal | date | day_span | doubling | fraction | slash_fraction | colon_ratio |
    figure;

}  // namespace definitions

using namespace definitions;
BOOST_SPIRIT_DEFINE(numeral, amount, range_end, figure, ordinal, date_start, date_end, date, day_span, doubling,
                    fraction, slash_fraction, colon_ratio, quarter_word, quarter, month_span, iso_date, mention)

}  // namespace zgcfacts::grammar
