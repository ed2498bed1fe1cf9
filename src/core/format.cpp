// The one-line log form of a Quantity (the format is documented in zgcfacts/format.hpp).
#include "zgcfacts/format.hpp"

#include <fmt/format.h>

namespace zgcfacts {

namespace {

// Whether the qualifier excludes the bound itself: 超 100 is more than 100, 近 100 less than 100.
bool strict_lower(Qualifier q) noexcept { return q == Qualifier::over || q == Qualifier::more_than_round; }
bool strict_upper(Qualifier q) noexcept { return q == Qualifier::under || q == Qualifier::more_than_round; }

std::string bounds_text(const Quantity& q) {
    if (q.lower && q.upper) {
        return fmt::format("{}{}, {}{}", strict_lower(q.qualifier) ? '(' : '[', *q.lower, *q.upper,
                           strict_upper(q.qualifier) ? ')' : ']');
    }
    if (q.lower) return fmt::format("({}{})", strict_lower(q.qualifier) ? ">" : ">=", *q.lower);
    if (q.upper) return fmt::format("({}{})", strict_upper(q.qualifier) ? "<" : "<=", *q.upper);
    return "";
}

void append_part(std::string& out, std::string_view part) {
    if (part.empty()) return;
    out += ' ';
    out += part;
}

}  // namespace

std::string describe(const Quantity& q) {
    std::string out(to_string(q.kind));
    const bool date_range = q.kind == Kind::date && q.qualifier == Qualifier::range;
    append_part(out, date_range ? q.date.to_string() + ".." + q.date_end.to_string() : q.value_text());

    std::string unit = q.unit;
    if (!q.per.empty()) unit += "/" + q.per;
    append_part(out, unit);
    append_part(out, q.classifier);

    if (!date_range && q.qualifier != Qualifier::exact) {
        append_part(out, to_string(q.qualifier));
        append_part(out, bounds_text(q));
    }
    append_part(out, to_string(q.change));
    if (!q.base.empty()) append_part(out, "vs " + q.base);
    return out;
}

}  // namespace zgcfacts
