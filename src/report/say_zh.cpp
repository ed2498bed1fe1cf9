// Figures as a Chinese report writes them: the hedge word where Chinese puts it (超 and 约 before
// the number, 以上 after it, 多 between number and unit), the scale it was written with (亿, 万),
// and the comparison in front of a change (同比增长, 较2013年下降).
#include <string_view>

#include "report/number_words.hpp"
#include "report/phrase.hpp"
#include "report/unit_words.hpp"

namespace zgcfacts::report {

namespace {

std::string unit_words(const Quantity& q) {
    std::string out = q.kind == Kind::count ? q.classifier : zh_unit(q.unit);
    if (!q.per.empty()) out += "/" + q.per;
    return out;
}

std::string hedged(const Quantity& q) {
    const bool two_sided = q.qualifier == Qualifier::range && q.lower && q.upper;
    const int scale = zh_scale(two_sided ? *q.upper : q.value, q.multiplier);
    const std::string unit = unit_words(q);
    const std::string number = zh_number(q.value, scale);
    switch (q.qualifier) {
    case Qualifier::exact: return number + unit;
    case Qualifier::approx: return "约" + number + unit;
    case Qualifier::over: return "超" + number + unit;
    case Qualifier::at_least: return number + unit + "以上";
    case Qualifier::under: return "近" + number + unit;
    case Qualifier::at_most: return "不超过" + number + unit;
    case Qualifier::more_than_round: return number + "多" + unit;
    case Qualifier::range:
        if (!two_sided) return number + unit;
        // 3至5亿元 shares the scale and unit; 70%至80% repeats the sign, as Chinese writes it.
        return zh_digits(*q.lower, scale) + (q.unit == "%" ? "%" : "") + "至" + zh_number(*q.upper, scale) + unit;
    }
    return number + unit;
}

std::string date_words(const CalendarDate& d) {
    std::string out;
    if (d.year != 0) out += std::to_string(d.year) + "年";
    if (d.month != 0) out += std::to_string(d.month) + "月";
    if (d.day != 0) out += std::to_string(d.day) + "日";
    return out;
}

std::string date_range_words(const CalendarDate& a, const CalendarDate& b) {
    // 2024年4月25日至29日: the end leaves out what it shares with the start.
    CalendarDate end = b;
    if (end.year == a.year) {
        end.year = 0;
        if (end.month == a.month && end.day != 0) end.month = 0;
    }
    return date_words(a) + "至" + date_words(end);
}

bool states_its_comparison(std::string_view base) {
    return base.starts_with("同比") || base.starts_with("环比") || base.starts_with("较") ||
           base.starts_with("比") || base.starts_with("与");
}

/// 同比 / 较2013年 stay as written; a bare 上年 or 2013年 gets its 比.
std::string comparison(std::string_view base) {
    if (base.empty() || states_its_comparison(base)) return std::string(base);
    return "比" + std::string(base);
}

}  // namespace

std::string say_zh(const Quantity& q) {
    switch (q.kind) {
    case Kind::year: return q.value.to_string() + "年";
    case Kind::date:
        return q.qualifier == Qualifier::range ? date_range_words(q.date, q.date_end) : date_words(q.date);
    case Kind::period:
        return q.value.to_string() + (q.upper ? "—" + q.upper->to_string() : "") + "年";
    case Kind::ordinal: return "第" + q.value.to_string();
    default: break;
    }
    const std::string figure = hedged(q);
    if (q.change != Change::none) {
        // A ratio is a level (翻倍 = twice the base), so it rises *to* it: 增长2倍 would mean ×3.
        // An amount changes by so much (增加1200家, 减少3.1万人); a rate grows or falls.
        const bool amount = is_amount(q.kind);
        const char* verb = q.kind == Kind::ratio ? (q.change == Change::down ? "降至" : "增至")
                           : amount             ? (q.change == Change::down ? "减少" : "增加")
                           : q.change == Change::down ? "下降"
                           : q.unit == "pp"             ? "提高"
                                                        : "增长";
        return comparison(q.base) + verb + figure;
    }
    if (q.base.empty()) return figure;
    if (q.kind == Kind::ratio)  // 是2012年的1.9倍
        return states_its_comparison(q.base) ? q.base + figure : "是" + q.base + "的" + figure;
    return figure + "（" + comparison(q.base) + "）";
}

}  // namespace zgcfacts::report
