// zgcfacts::describe_change: a year-over-year change in a few characters, honest about bounds.
// The store computes the change from each figure's interval (超810亿 then 约673.17亿 can only be a
// fall of more than 16.89%); this says so instead of printing one made-up percentage.
#include "zgcfacts/sheet.hpp"

namespace zgcfacts {

namespace {

/// "+29.1%", "−16.89%" (a real minus sign), "0%".
std::string signed_percent(const Decimal& value) {
    std::string digits = value.to_string();
    if (value.is_negative()) return "−" + digits.substr(1) + "%";
    return (value.is_zero() ? "" : "+") + digits + "%";
}

bool is_minus_hundred(const std::optional<Decimal>& bound) {
    return bound && *bound == Decimal::from_int(-100);
}

}  // namespace

std::string describe_change(const YoyPoint& point) {
    if (!point.change) return "";
    const YoyChange& change = *point.change;
    if (change.exact) return change.percent ? signed_percent(*change.percent) : "";

    const Interval& bounds = change.percent_bounds;
    if (bounds.is_point() && bounds.lower) return "≈ " + signed_percent(*bounds.lower);
    // −100% as the lower end only says "the current figure is not negative": leave it out.
    if (bounds.upper && (!bounds.lower || (is_minus_hundred(bounds.lower) && bounds.lower_open)))
        return (bounds.upper_open ? "< " : "≤ ") + signed_percent(*bounds.upper);
    if (bounds.lower && !bounds.upper) return (bounds.lower_open ? "> " : "≥ ") + signed_percent(*bounds.lower);
    if (bounds.lower && bounds.upper) return signed_percent(*bounds.lower) + "…" + signed_percent(*bounds.upper);
    // Unbounded both ways: only the figures as written can be compared.
    return change.percent ? "≈ " + signed_percent(*change.percent) : "";
}

}  // namespace zgcfacts
