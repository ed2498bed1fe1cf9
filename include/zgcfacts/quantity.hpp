// zgcfacts/quantity.hpp — the typed quantity a numeric expression normalizes to.
//
//   超 610 亿元  → kind money,   value 61000000000, unit "CNY", multiplier 8, qualifier over,
//                  lower 61000000000
//   3000 多项    → kind count,   value 3000, classifier "项", qualifier more_than_round,
//                  lower 3000, upper 4000
//   同比增长29.1% → kind percent, value 29.1, unit "%", change up, base "同比"
//   4月25日至29日 → kind date,   date {0,4,25}, date_end {0,4,29}, qualifier range
//
// Field meanings follow the gold annotation schema (shared/gold/SCHEMA.md); `value_text()` and
// friends give the strings that schema uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zgcfacts/decimal.hpp"

namespace zgcfacts {

enum class Kind {
    money, count, percent, ratio, measure, number,  // figures
    year, date, period, duration,                   // time
    ordinal,
};

enum class Qualifier {
    exact,            // no hedge
    approx,           // 约 大约 左右 上下 级
    over,             // 超 超过 逾 突破 过 (strictly more than value)
    at_least,         // 以上 至少 不少于 不低于
    under,            // 近 将近 接近 不到 不足 (less than, close to value)
    at_most,          // 以下 最多 不超过
    more_than_round,  // 3000多, 5万余: value < v < next round number
    range,            // A-B, A至B, 两三个
};

enum class Change { none, up, down };

/// Figures (money … number) versus time kinds and ordinals.
bool is_figure(Kind kind) noexcept;
/// Amounts: money, counts and measures, which change by so much (增加1200家), where percents and
/// ratios change by a rate.
bool is_amount(Kind kind) noexcept;
bool is_time(Kind kind) noexcept;

std::string_view to_string(Kind kind) noexcept;
std::string_view to_string(Qualifier qualifier) noexcept;
std::string_view to_string(Change change) noexcept;  // "" for none
std::optional<Kind> kind_from_string(std::string_view text) noexcept;
std::optional<Qualifier> qualifier_from_string(std::string_view text) noexcept;

/// A calendar date as written: 0 in a field means "not written" (year 0 = year unknown until a
/// reference year resolves it; day 0 = month precision).
struct CalendarDate {
    int year = 0;
    int month = 0;
    int day = 0;
    /// "2024-04-25", "2024-04" (month precision), "--04-25" (year unknown).
    std::string to_string() const;
    friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

struct Quantity {
    Kind kind = Kind::number;
    /// The point value in base units (元, items, percent points, times, the unit as written).
    /// Years: the year; periods: the first year; ordinals: the integer; durations: the amount.
    /// For ranges and one-sided bounds it is the number as written and the bounds say the rest.
    Decimal value;
    std::optional<Decimal> lower;  // bound implied by the qualifier, in base units
    std::optional<Decimal> upper;
    Qualifier qualifier = Qualifier::exact;
    /// "CNY", "USD", … for money; "count"; "%"; "pp" (percentage points); "x" (ratio);
    /// "m", "m2", "km2", "um", "MW", "MeV", "t", "h", "min", "a" (years of duration) …; "" for none.
    std::string unit;
    int multiplier = 0;       // power of ten written as 万/亿/…: 亿 → 8, 万亿 → 12
    std::string classifier;   // 个 项 家 人次 …, "" when none
    std::string per;          // denominator of a rate: 人 in 万元/人
    Change change = Change::none;
    std::string base;         // comparison base as written: 同比, 较2013年, 全国平均水平
    CalendarDate date;        // kind date
    CalendarDate date_end;    // kind date with qualifier range: the end date

    /// The schema's `value` string: the decimal, or "2024-04-25" for dates, "2024/2027" for periods.
    std::string value_text() const;
    /// The schema's `lower` / `upper` strings (dates as dates), or nullopt.
    std::optional<std::string> lower_text() const;
    std::optional<std::string> upper_text() const;
};

}  // namespace zgcfacts
