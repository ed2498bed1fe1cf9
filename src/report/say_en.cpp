// Figures as an English news writer would put them: hedges as words (over, about, nearly, at
// least, 3,000-odd), thousands separators and million / billion / trillion, the unit or counted
// noun after the number, and the comparison after a change ("up 29.1% year on year").
#include <array>
#include <string_view>

#include "report/number_words.hpp"
#include "report/phrase.hpp"
#include "report/unit_words.hpp"

namespace zgcfacts::report {

namespace {

bool is_one(const Decimal& value) { return value == Decimal::from_int(1); }

/// The number with its scale word, hedge and unit: "over 61 billion yuan", "3,000-odd items".
std::string hedged(const Quantity& q) {
    const bool two_sided = q.qualifier == Qualifier::range && q.lower && q.upper;
    const int scale = q.kind == Kind::percent || q.kind == Kind::ratio ? 0 : en_scale(two_sided ? *q.upper : q.value);
    const std::string scale_word = en_scale_word(scale);
    const std::string after_digits = scale_word.empty() ? "" : " " + scale_word;

    std::string number;
    if (q.qualifier == Qualifier::more_than_round) number = en_digits(q.value, scale) + "-odd" + after_digits;
    else if (two_sided) number = en_digits(*q.lower, scale) + "–" + en_digits(*q.upper, scale) + after_digits;
    else number = en_number(q.value, scale);

    if (q.unit == "%") {
        number += "%";
    } else {
        const bool plural = !(is_one(q.value) && q.qualifier == Qualifier::exact && scale == 0);
        const std::string noun = q.kind == Kind::count ? en_classifier(q.classifier, plural) : en_unit(q.unit, plural);
        if (!noun.empty()) number += " " + noun;
    }
    if (!q.per.empty()) number += " " + en_per(q.per);

    switch (q.qualifier) {
    case Qualifier::approx: return "about " + number;
    case Qualifier::over: return "over " + number;
    case Qualifier::at_least: return "at least " + number;
    case Qualifier::under: return "nearly " + number;
    case Qualifier::at_most: return "at most " + number;
    default: return number;
    }
}

constexpr std::array<std::string_view, 12> month_names{"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};

std::string month_name(int month) {
    return month >= 1 && month <= 12 ? std::string(month_names[static_cast<std::size_t>(month - 1)])
                                     : std::to_string(month);
}

/// "25 April 2024", "April 2024", "25 April".
std::string date_words(const CalendarDate& d) {
    std::string out;
    if (d.day != 0) out += std::to_string(d.day);
    if (d.month != 0) out += (out.empty() ? "" : " ") + month_name(d.month);
    if (d.year != 0) out += (out.empty() ? "" : " ") + std::to_string(d.year);
    return out;
}

std::string date_range_words(const CalendarDate& a, const CalendarDate& b) {
    if (a.year == b.year && a.month == b.month && a.day != 0 && b.day != 0) {  // 25–29 April 2024
        CalendarDate month_and_year = a;
        month_and_year.day = 0;
        return std::to_string(a.day) + "–" + std::to_string(b.day) + " " + date_words(month_and_year);
    }
    return date_words(a) + " – " + date_words(b);
}

std::string ordinal_words(const Decimal& value) {
    const std::string digits = value.to_string();
    auto n = value.to_int64();
    if (!n) return digits;
    const auto last_two = *n % 100;
    const char* suffix = "th";
    if (last_two < 11 || last_two > 13) {
        switch (*n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return digits + suffix;
}

/// " year on year", " on 2013", " on the previous year", " compared with 全国水平".
std::string comparison(const std::string& base) {
    if (base.empty()) return "";
    if (base.starts_with("同比")) return " year on year";
    if (base.starts_with("环比")) return " on the previous period";
    if (auto noun = en_base_noun(base)) return " on " + *noun;
    return " compared with " + base;
}

}  // namespace

std::string say_en(const Quantity& q) {
    switch (q.kind) {
    case Kind::year: return q.value.to_string();
    case Kind::date:
        return q.qualifier == Qualifier::range ? date_range_words(q.date, q.date_end) : date_words(q.date);
    case Kind::period: return q.value.to_string() + (q.upper ? "–" + q.upper->to_string() : "");
    case Kind::ordinal: return ordinal_words(q.value);
    default: break;
    }
    const std::string figure = hedged(q);
    if (q.change != Change::none) {
        // A ratio is a level (翻倍 = twice the base): it rose *to* it, not by it.
        if (q.kind == Kind::ratio) return (q.change == Change::down ? "fell to " : "rose to ") + figure + comparison(q.base);
        return (q.change == Change::down ? "down " : "up ") + figure + comparison(q.base);
    }
    if (q.base.empty()) return figure;
    if (q.kind == Kind::ratio) {  // 1.9 times the 2012 level
        auto noun = en_base_noun(q.base);
        if (!noun) return figure + " that of " + q.base;
        const bool year = noun->size() == 4 && (*noun)[0] >= '0' && (*noun)[0] <= '9';
        return figure + " " + (year ? "the " + *noun + " level" : *noun);
    }
    return figure + comparison(q.base);
}

}  // namespace zgcfacts::report
