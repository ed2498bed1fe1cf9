// zgcfacts/format.hpp — {fmt} support for decimals, quantity enums and quantities.
//
//   #include "zgcfacts/format.hpp"
//   fmt::print("{}\n", quantity);          // money 61000000000 CNY over (>61000000000)
//   fmt::print("{:>14}|\n", decimal);      //    90221000000|  (width and alignment work)
//
// Decimal prints its to_string(); Kind and Qualifier print their schema names ("money",
// "more_than_round"). All three accept the standard string specs (width, fill, alignment).
//
// A Quantity prints on one line for people reading logs and test failures:
//
//   <kind> <value> [<unit>[/<per>]] [<classifier>] [<qualifier> [<bounds>]] [up|down] [vs <base>]
//
//   money 61000000000 CNY over (>61000000000)                  超 610 亿元
//   count 3000 count 项 more_than_round (3000, 4000)            3000 多项
//   count 100 count 项 under (<100)                             近 100 项
//   ratio 100 x range [100, 10000]                             100倍至1万倍
//   money 185000 CNY/人                                        18.5万元/人
//   percent 29.1 % up vs 同比                                   同比增长29.1%
//   date 2024-04-25..2024-04-29                                2024年4月25日至29日
//   period 2024/2027 range [2024, 2027]                        2024—2027 年
//
// Parts that are empty are left out, and so is the qualifier "exact". Bounds use interval
// notation: "(" and ")" for a strict bound (over, under, more_than_round), "[" and "]" for an
// inclusive one; with only one bound it reads (>x) (>=x) (<x) (<=x). A date range prints as
// start..end in place of value, qualifier and bounds. The written multiplier (亿 → 8) is not
// shown: the value is already in base units.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "zgcfacts/decimal.hpp"
#include "zgcfacts/quantity.hpp"

namespace zgcfacts {

/// The one-line form above, e.g. "percent 29.1 % up vs 同比".
std::string describe(const Quantity& quantity);

}  // namespace zgcfacts

template <>
struct fmt::formatter<zgcfacts::Decimal> : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(const zgcfacts::Decimal& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(value.to_string(), ctx);
    }
};

template <>
struct fmt::formatter<zgcfacts::Kind> : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(zgcfacts::Kind kind, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(zgcfacts::to_string(kind), ctx);
    }
};

template <>
struct fmt::formatter<zgcfacts::Qualifier> : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(zgcfacts::Qualifier qualifier, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(zgcfacts::to_string(qualifier), ctx);
    }
};

template <>
struct fmt::formatter<zgcfacts::Quantity> : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(const zgcfacts::Quantity& quantity, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(zgcfacts::describe(quantity), ctx);
    }
};
