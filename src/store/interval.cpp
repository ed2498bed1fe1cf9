// Interval arithmetic on exact decimals, and the interval each qualifier implies.
#include "store/interval.hpp"

#include <fmt/core.h>

namespace zgcfacts {

bool Interval::is_point() const {
    return lower && upper && *lower == *upper && !lower_open && !upper_open;
}

bool Interval::is_empty() const {
    if (!lower || !upper) return false;
    if (*lower > *upper) return true;
    return *lower == *upper && (lower_open || upper_open);
}

bool Interval::contains(const Decimal& value) const {
    if (lower && (lower_open ? !(value > *lower) : value < *lower)) return false;
    if (upper && (upper_open ? !(value < *upper) : value > *upper)) return false;
    return true;
}

Interval Interval::intersect(const Interval& other) const {
    Interval out = *this;
    if (other.lower) {
        if (!out.lower || *other.lower > *out.lower) {
            out.lower = other.lower;
            out.lower_open = other.lower_open;
        } else if (*other.lower == *out.lower) {
            out.lower_open = out.lower_open || other.lower_open;
        }
    }
    if (other.upper) {
        if (!out.upper || *other.upper < *out.upper) {
            out.upper = other.upper;
            out.upper_open = other.upper_open;
        } else if (*other.upper == *out.upper) {
            out.upper_open = out.upper_open || other.upper_open;
        }
    }
    return out;
}

std::string Interval::to_string() const {
    if (is_point()) return lower->to_string();
    return fmt::format("{}{}, {}{}", lower && !lower_open ? "[" : "(", lower ? lower->to_string() : "-∞",
                       upper ? upper->to_string() : "∞", upper && !upper_open ? "]" : ")");
}

namespace store {

bool non_negative(Kind kind) noexcept {
    return kind == Kind::money || kind == Kind::count || kind == Kind::measure || kind == Kind::ratio;
}

int qualifier_rank(Qualifier qualifier) noexcept {
    switch (qualifier) {
    case Qualifier::exact: return 0;
    case Qualifier::approx: return 1;
    case Qualifier::range:
    case Qualifier::more_than_round: return 2;
    case Qualifier::over:
    case Qualifier::at_least:
    case Qualifier::under:
    case Qualifier::at_most: return 3;
    }
    return 3;
}

namespace {

std::optional<Decimal> decimal(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    auto d = Decimal::parse(*text);
    if (!d) return std::nullopt;
    return *d;
}

}  // namespace

std::optional<Interval> figure_interval(const StoredFact& fact, ApproxAs approx) {
    auto value = Decimal::parse(fact.value);
    if (!value) return std::nullopt;
    const Decimal v = *value;
    const auto lower = decimal(fact.lower);
    const auto upper = decimal(fact.upper);
    const std::optional<Decimal> floor =
        non_negative(fact.kind) ? std::optional<Decimal>(Decimal()) : std::nullopt;

    Interval out;
    switch (fact.qualifier) {
    case Qualifier::exact: return Interval::point(v);
    case Qualifier::approx: {
        if (approx == ApproxAs::point) return Interval::point(v);
        auto tolerance = Decimal::parse(approx_tolerance);
        auto delta = v.times(*tolerance);
        if (!delta) return Interval::point(v);
        auto lo = v.minus(*delta), hi = v.plus(*delta);
        if (!lo || !hi) return Interval::point(v);
        // A negative value's "−5%" is the larger end.
        return *lo < *hi ? Interval{*lo, *hi, false, false} : Interval{*hi, *lo, false, false};
    }
    case Qualifier::over:
    case Qualifier::at_least:
        out.lower = lower.value_or(v);
        out.lower_open = fact.qualifier == Qualifier::over;
        return out;
    case Qualifier::under:
    case Qualifier::at_most:
        out.lower = floor;
        out.upper = upper.value_or(v);
        out.upper_open = fact.qualifier == Qualifier::under;
        return out;
    case Qualifier::more_than_round: {
        // 3100余: strictly between 3100 and the next round number, 3200 (both open).
        out.lower = lower.value_or(v);
        out.lower_open = true;
        if (upper) {
            out.upper = upper;
        } else if (auto step = Decimal::from_int(1).scaled(v.last_nonzero_place()); step) {
            if (auto next = v.plus(*step)) out.upper = *next;
        }
        out.upper_open = true;
        return out;
    }
    case Qualifier::range:
        out.lower = lower.value_or(v);
        out.upper = upper;
        return out;
    }
    return Interval::point(v);
}

}  // namespace store
}  // namespace zgcfacts
