// StoredFact → Quantity: the decimals come back exactly from their strings; dates from
// "2024-04-25", "2024-04" or "--04-25"; a period from "2017/2024".
#include "report/stored_quantity.hpp"

#include <charconv>
#include <string_view>

namespace zgcfacts::report {

namespace {

std::optional<int> whole(std::string_view digits) {
    int v = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return v;
}

/// The inverse of CalendarDate::to_string.
std::optional<CalendarDate> parse_date(std::string_view text) {
    CalendarDate date;
    if (text.starts_with("--")) {  // year unknown: --MM-DD
        auto month = whole(text.substr(2, 2));
        auto day = text.size() == 7 ? whole(text.substr(5, 2)) : std::nullopt;
        if (!month || !day) return std::nullopt;
        date.month = *month;
        date.day = *day;
        return date;
    }
    auto year = whole(text.substr(0, 4));
    if (!year) return std::nullopt;
    date.year = *year;
    if (text.size() >= 7) {
        auto month = whole(text.substr(5, 2));
        if (!month) return std::nullopt;
        date.month = *month;
    }
    if (text.size() >= 10) {
        auto day = whole(text.substr(8, 2));
        if (!day) return std::nullopt;
        date.day = *day;
    }
    return date;
}

std::optional<Decimal> decimal(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    auto d = Decimal::parse(*text);
    if (!d) return std::nullopt;
    return *d;
}

}  // namespace

std::optional<Quantity> stored_quantity(const StoredFact& fact) {
    Quantity q;
    q.kind = fact.kind;
    q.qualifier = fact.qualifier;
    q.unit = fact.unit;
    q.multiplier = fact.multiplier;
    q.classifier = fact.classifier;
    q.per = fact.per;
    q.change = fact.change;
    q.base = fact.base;

    if (fact.kind == Kind::date) {
        auto date = parse_date(fact.value);
        if (!date) return std::nullopt;
        q.date = *date;
        if (fact.qualifier == Qualifier::range && fact.upper) {
            auto end = parse_date(*fact.upper);
            if (!end) return std::nullopt;
            q.date_end = *end;
        }
        return q;
    }
    std::string_view value = fact.value;
    if (fact.kind == Kind::period) {
        // "2017/2024": the value is the first year and the upper bound the last.
        if (auto slash = value.find('/'); slash != std::string_view::npos) {
            auto last = Decimal::parse(value.substr(slash + 1));
            if (!last) return std::nullopt;
            q.upper = *last;
            value = value.substr(0, slash);
        }
    }
    auto v = Decimal::parse(value);
    if (!v) return std::nullopt;
    q.value = *v;
    if (fact.lower) {
        q.lower = decimal(fact.lower);
        if (!q.lower) return std::nullopt;
    }
    if (fact.upper && !q.upper) {
        q.upper = decimal(fact.upper);
        if (!q.upper) return std::nullopt;
    }
    return q;
}

}  // namespace zgcfacts::report
