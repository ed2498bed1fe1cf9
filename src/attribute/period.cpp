#include "attribute/period.hpp"

namespace zgcfacts::attribution {

namespace {

enum class PeriodRule {
    own_time,          // years, dates, periods: the time they name
    stated_or_default, // money, counts, percentages: a stated time, else the reference year
    stated_only,       // ratios and bare numbers: 2.7倍 has a period only when one is written
    none,              // physical measures (300兆瓦级 turbines, 0.4平方公里 sites), ordinals (第七届),
                       // durations (十年来): properties and positions, not statistics of a year
};

PeriodRule period_rule(Kind kind) noexcept {
    switch (kind) {
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

}  // namespace

std::string find_period(const Mention& mention, std::span<const TimeCue> cues, std::string_view carried,
                        int reference_year) {
    const PeriodRule rule = period_rule(mention.quantity.kind);
    if (rule == PeriodRule::none) return {};
    if (rule == PeriodRule::own_time) return own_period(mention, reference_year);

    const TimeCue* stated = nullptr;
    for (const TimeCue& cue : cues) {
        if (cue.end > mention.clean_start) continue;
        if (cue.dates_every_figure() || cue.only_for == mention.clean_start) stated = &cue;
    }
    if (stated != nullptr) return stated->period;
    if (!carried.empty()) return std::string(carried);
    if (rule == PeriodRule::stated_or_default && reference_year != 0) return std::to_string(reference_year);
    return {};
}

}  // namespace zgcfacts::attribution
