#include "attribute/period.hpp"

#include <string>

namespace zgcfacts::attribution {

namespace {

enum class PeriodRule {
    own_time,          // years, dates, periods: the time they name
    stated_or_default, // money, counts, percentages: a stated time, else the reference year
    stated_only,       // ratios and bare numbers: 2.7倍 has a period only when one is written
    none,              // physical measures (300兆瓦级 turbines, 0.4平方公里 sites), ordinals (第七届),
                       // durations (十年来): properties and positions, not statistics of a year
};

/// 京津冀三地, 两岸三地: N地 refers to the places themselves, it is no statistic of a year.
bool names_places(const Quantity& q) noexcept { return q.kind == Kind::count && q.classifier == "地"; }

/// 粮食产量, 发电量, 能源消费量: an amount produced or used in a period, not a property.
bool measures_output(const Quantity& q, std::string_view metric) noexcept {
    return q.kind == Kind::measure && metric.ends_with("量");
}

PeriodRule period_rule(const Quantity& q, std::string_view metric) noexcept {
    if (names_places(q)) return PeriodRule::none;
    if (measures_output(q, metric)) return PeriodRule::stated_or_default;
    switch (q.kind) {
        case Kind::money:
        case Kind::count:
        case Kind::percent:
            return PeriodRule::stated_or_default;
        case Kind::ratio:
        case Kind::number:
            return PeriodRule::stated_only;
        case Kind::year:
        case Kind::date:
        case Kind::period:
            return PeriodRule::own_time;
        case Kind::measure:
        case Kind::duration:
        case Kind::ordinal:
            return PeriodRule::none;
    }
    return PeriodRule::none;
}

/// "2017/2024" ends in 2024: a span (not a single year) that runs up to `reference_year`.
bool span_up_to(std::string_view period, int reference_year) {
    const std::size_t slash = period.find('/');
    return slash != std::string_view::npos && period.substr(slash + 1) == std::to_string(reference_year);
}

}  // namespace

std::string period_in_force(std::span<const TimeCue> cues, std::size_t position, std::string_view carried,
                            int reference_year) {
    std::string period(carried);
    for (const TimeCue& cue : cues) {
        if (cue.end > position) continue;
        if (!cue.dates_every_figure()) continue;
        if (cue.now && span_up_to(period, reference_year)) continue;
        period = cue.period;
    }
    return period;
}

std::string find_period(const Mention& mention, std::span<const TimeCue> cues, std::string_view carried,
                        int reference_year, const FigureContext& figure) {
    const PeriodRule rule = period_rule(mention.quantity, figure.metric);
    const bool running_total = figure.running_total;
    if (rule == PeriodRule::none) return {};
    if (rule == PeriodRule::own_time) return own_period(mention, reference_year);

    for (const TimeCue& cue : cues) {
        if (cue.end <= mention.clean_start && cue.only_for == mention.clean_start) return cue.period;
    }
    const bool carried_span = carried.find('/') != std::string_view::npos;
    const std::string_view usable = running_total && !carried_span ? std::string_view() : carried;
    std::string stated = period_in_force(cues, mention.clean_start, usable, reference_year);
    if (!stated.empty()) return stated;
    if (running_total) return {};  // a total since some unstated start: no one year's figure
    if (rule == PeriodRule::stated_or_default && reference_year != 0) return std::to_string(reference_year);
    return {};
}

}  // namespace zgcfacts::attribution
