// Unit, classifier and base words (see unit_words.hpp). Chinese words come from the recognizer's
// lexicon, so a unit it learns to read is also written back the way it is usually written.
#include "report/unit_words.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "recognize/lexicon.hpp"

namespace zgcfacts::report {

namespace {

struct EnglishWord {
    std::string_view key;
    std::string_view singular;
    std::string_view plural;
};

constexpr std::array english_units{
    EnglishWord{"CNY", "yuan", "yuan"},
    EnglishWord{"USD", "US dollar", "US dollars"},
    EnglishWord{"EUR", "euro", "euros"},
    EnglishWord{"HKD", "Hong Kong dollar", "Hong Kong dollars"},
    EnglishWord{"JPY", "yen", "yen"},
    EnglishWord{"GBP", "pound", "pounds"},
    EnglishWord{"KRW", "won", "won"},
    EnglishWord{"RUB", "rouble", "roubles"},
    EnglishWord{"AUD", "Australian dollar", "Australian dollars"},
    EnglishWord{"CAD", "Canadian dollar", "Canadian dollars"},
    EnglishWord{"CHF", "Swiss franc", "Swiss francs"},
    EnglishWord{"TWD", "New Taiwan dollar", "New Taiwan dollars"},
    EnglishWord{"SGD", "Singapore dollar", "Singapore dollars"},
    EnglishWord{"INR", "rupee", "rupees"},
    EnglishWord{"pp", "percentage point", "percentage points"},
    EnglishWord{"x", "times", "times"},
    EnglishWord{"m2", "m²", "m²"},
    EnglishWord{"km2", "km²", "km²"},
    EnglishWord{"cm2", "cm²", "cm²"},
    EnglishWord{"m3", "m³", "m³"},
    EnglishWord{"um", "µm", "µm"},
    EnglishWord{"degC", "°C", "°C"},
    EnglishWord{"mu", "mu", "mu"},
    EnglishWord{"ha", "hectare", "hectares"},
    EnglishWord{"t", "tonne", "tonnes"},
    EnglishWord{"jin", "jin", "jin"},
    EnglishWord{"bbl", "barrel", "barrels"},
    EnglishWord{"a", "year", "years"},
    EnglishWord{"mo", "month", "months"},
    EnglishWord{"wk", "week", "weeks"},
    EnglishWord{"d", "day", "days"},
    EnglishWord{"h", "hour", "hours"},
    EnglishWord{"min", "minute", "minutes"},
    EnglishWord{"s", "second", "seconds"},
    EnglishWord{"ms", "millisecond", "milliseconds"},
};

// Nouns for classifiers that name what is counted; 个, 座, 条 … say nothing about it.
constexpr std::array english_classifiers{
    EnglishWord{"项", "item", "items"},
    EnglishWord{"家", "organization", "organizations"},
    EnglishWord{"人", "person", "people"},
    EnglishWord{"名", "person", "people"},
    EnglishWord{"位", "person", "people"},
    EnglishWord{"人次", "visit", "visits"},
    EnglishWord{"件", "item", "items"},
    EnglishWord{"场", "event", "events"},
    EnglishWord{"次", "time", "times"},
    EnglishWord{"届", "edition", "editions"},
    EnglishWord{"台", "unit", "units"},
    EnglishWord{"辆", "vehicle", "vehicles"},
    EnglishWord{"套", "set", "sets"},
    EnglishWord{"篇", "article", "articles"},
    EnglishWord{"种", "kind", "kinds"},
    EnglishWord{"类", "category", "categories"},
    EnglishWord{"大类", "category", "categories"},
    EnglishWord{"批", "batch", "batches"},
    EnglishWord{"款", "model", "models"},
    EnglishWord{"户", "household", "households"},
    EnglishWord{"所", "institution", "institutions"},
    EnglishWord{"部门", "department", "departments"},
    EnglishWord{"国", "country", "countries"},
    EnglishWord{"省", "province", "provinces"},
    EnglishWord{"市", "city", "cities"},
    EnglishWord{"县", "county", "counties"},
    EnglishWord{"村", "village", "villages"},
    EnglishWord{"例", "case", "cases"},
    EnglishWord{"笔", "transaction", "transactions"},
    EnglishWord{"轮", "round", "rounds"},
    EnglishWord{"队", "team", "teams"},
};

constexpr std::pair<std::string_view, std::string_view> english_per[]{
    {"人", "per person"},
    {"吨", "per tonne"},
    {"年", "a year"},
    {"月", "a month"},
    {"天", "a day"},
    {"日", "a day"},
    {"小时", "an hour"},
    {"平方米", "per m²"},
    {"亩", "per mu"},
    {"户", "per household"},
    {"件", "per piece"},
    {"台", "per unit"},
    {"千瓦时", "per kWh"},
    {"度", "per kWh"},
};

template <std::size_t N>
const EnglishWord* find(const std::array<EnglishWord, N>& table, std::string_view key) {
    auto it = std::find_if(table.begin(), table.end(), [&](const EnglishWord& w) { return w.key == key; });
    return it == table.end() ? nullptr : &*it;
}

bool is_year_digits(std::string_view text) {
    return text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view strip_prefix(std::string_view text, std::string_view prefix) {
    return text.starts_with(prefix) ? text.substr(prefix.size()) : text;
}

}  // namespace

std::string zh_unit(std::string_view symbol) {
    if (symbol.empty() || symbol == "count") return "";
    if (symbol == "%") return "%";
    // The lexicon lists the usual word first (元 before 块钱, 米 before the Latin "m").
    for (const auto& unit : lexicon::units())
        if (unit.symbol == symbol && unit.unit_class != lexicon::UnitClass::classifier) return std::string(unit.word);
    return std::string(symbol);
}

std::string en_unit(std::string_view symbol, bool plural) {
    if (symbol.empty() || symbol == "count" || symbol == "%") return "";
    if (const EnglishWord* w = find(english_units, symbol)) return std::string(plural ? w->plural : w->singular);
    return std::string(symbol);  // SI-style symbols read the same in English: MW, km, kWh
}

std::string en_classifier(std::string_view classifier, bool plural) {
    if (const EnglishWord* w = find(english_classifiers, classifier))
        return std::string(plural ? w->plural : w->singular);
    return "";
}

std::string en_per(std::string_view per) {
    for (const auto& [word, english] : english_per)
        if (word == per) return std::string(english);
    return "per " + std::string(per);
}

std::optional<std::string> en_base_noun(std::string_view base) {
    // 较2012年, 比上年, 与去年相比 all name the same thing as 2012年 or 上年.
    std::string_view core = strip_prefix(strip_prefix(strip_prefix(base, "较"), "比"), "与");
    core = strip_prefix(core, "是");
    if (core.ends_with("相比")) core.remove_suffix(std::string_view("相比").size());
    if (core.ends_with("的")) core.remove_suffix(std::string_view("的").size());
    if (core.ends_with("年") && is_year_digits(core.substr(0, core.size() - std::string_view("年").size())))
        return std::string(core.substr(0, 4));
    if (is_year_digits(core)) return std::string(core);
    if (core == "上年" || core == "去年" || core == "上一年" || core == "前一年") return "the previous year";
    if (core == "上年末" || core == "上年底" || core == "去年末" || core == "去年底") return "the end of the previous year";
    if (core == "上年同期" || core == "去年同期") return "the same period of the previous year";
    if (core == "上届" || core == "上一届") return "the previous edition";
    if (core == "上月" || core == "上个月") return "the previous month";
    if (core == "全国平均水平" || core == "全国平均") return "the national average";
    if (core == "全国") return "the national figure";
    return std::nullopt;
}

}  // namespace zgcfacts::report
