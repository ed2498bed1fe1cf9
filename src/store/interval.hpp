// What a figure allows: the interval of numbers its qualifier leaves open. Private to the store;
// yoy.cpp and corroboration.cpp build on it (docs/schema.md explains the rules for users).
//
//   3164个     exact            [3164, 3164]
//   约673.17亿  approx           [0.95 v, 1.05 v] for corroboration; the point v for year over year
//   超810亿     over             (81000000000, ∞)
//   以上 / 至少 at_least         [v, ∞)
//   近 / 不到   under            [0, v) for non-negative kinds (money, count, measure, ratio), else (-∞, v)
//   以下 / 最多 at_most          [0, v] likewise
//   3100余项   more_than_round  (3100, 3200)
//   70%-80%    range            [70, 80]
#pragma once

#include <optional>
#include <string_view>

#include "zgcfacts/store.hpp"

namespace zgcfacts::store {

/// How an approximate figure (约 …) becomes an interval.
enum class ApproxAs {
    tolerance,  // ±approx_tolerance of its value: two rounded reports of one number agree
    point,      // its value: the writer's best estimate, for computing changes
};

/// ±5%: 约673.17亿 agrees with 超650亿 and with 680亿, not with 600亿.
inline constexpr std::string_view approx_tolerance = "0.05";

/// The interval of a stored figure, or nullopt when its value is not a decimal (dates, periods).
std::optional<Interval> figure_interval(const StoredFact& fact, ApproxAs approx);

/// 0 exact, 1 approx, 2 two-sided bounds (range, more_than_round), 3 one-sided bounds: the order in
/// which year over year prefers figures ("exact before hedged, tighter before looser").
int qualifier_rank(Qualifier qualifier) noexcept;

/// True when figures of this kind cannot be negative, so "under v" means [0, v).
bool non_negative(Kind kind) noexcept;

}  // namespace zgcfacts::store
