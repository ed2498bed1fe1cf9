// Names of the quantity enums and the schema strings of a Quantity (see zgcfacts/quantity.hpp).
#include "zgcfacts/quantity.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

namespace zgcfacts {

namespace {

// One table per enum serves both directions, so a name cannot be added to one and not the other.
constexpr std::array<std::pair<Kind, std::string_view>, 11> kind_names{{
    {Kind::money, "money"},
    {Kind::count, "count"},
    {Kind::percent, "percent"},
    {Kind::ratio, "ratio"},
    {Kind::measure, "measure"},
    {Kind::number, "number"},
    {Kind::year, "year"},
    {Kind::date, "date"},
    {Kind::period, "period"},
    {Kind::duration, "duration"},
    {Kind::ordinal, "ordinal"},
}};

constexpr std::array<std::pair<Qualifier, std::string_view>, 8> qualifier_names{{
    {Qualifier::exact, "exact"},
    {Qualifier::approx, "approx"},
    {Qualifier::over, "over"},
    {Qualifier::at_least, "at_least"},
    {Qualifier::under, "under"},
    {Qualifier::at_most, "at_most"},
    {Qualifier::more_than_round, "more_than_round"},
    {Qualifier::range, "range"},
}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) noexcept {
    for (const auto& [e, name] : names) {
        if (e == value) return name;
    }
    return "?";  // only reachable with a value cast from outside the enum
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                             std::string_view text) noexcept {
    for (const auto& [e, name] : names) {
        if (name == text) return e;
    }
    return std::nullopt;
}

std::optional<std::string> decimal_text(const std::optional<Decimal>& value) {
    if (!value) return std::nullopt;
    return value->to_string();
}

}  // namespace

bool is_figure(Kind kind) noexcept {
    switch (kind) {
        case Kind::money:
        case Kind::count:
        case Kind::percent:
        case Kind::ratio:
        case Kind::measure:
        case Kind::number:
            return true;
        default:
            return false;
    }
}

bool is_amount(Kind kind) noexcept { return kind == Kind::money || kind == Kind::count || kind == Kind::measure; }

bool is_time(Kind kind) noexcept {
    switch (kind) {
        case Kind::year:
        case Kind::date:
        case Kind::period:
        case Kind::duration:
            return true;
        default:
            return false;
    }
}

std::string_view to_string(Kind kind) noexcept { return name_of(kind_names, kind); }
std::string_view to_string(Qualifier qualifier) noexcept { return name_of(qualifier_names, qualifier); }

std::string_view to_string(Change change) noexcept {
    switch (change) {
        case Change::up:
            return "up";
        case Change::down:
            return "down";
        case Change::none:
            break;
    }
    return "";
}

std::optional<Kind> kind_from_string(std::string_view text) noexcept { return value_of(kind_names, text); }

std::optional<Qualifier> qualifier_from_string(std::string_view text) noexcept {
    return value_of(qualifier_names, text);
}

// ISO 8601 style with the unwritten parts left out: "2024-04-25", "2024-04", "2024", and for an
// unknown year the ISO 8601:2000 truncated forms "--04-25", "--04", "---25". All zero gives "".
std::string CalendarDate::to_string() const {
    if (year != 0) {
        if (month == 0) return fmt::format("{:04}", year);
        if (day == 0) return fmt::format("{:04}-{:02}", year, month);
        return fmt::format("{:04}-{:02}-{:02}", year, month, day);
    }
    if (month != 0) {
        if (day == 0) return fmt::format("--{:02}", month);
        return fmt::format("--{:02}-{:02}", month, day);
    }
    if (day != 0) return fmt::format("---{:02}", day);
    return "";
}

std::string Quantity::value_text() const {
    if (kind == Kind::date) return date.to_string();
    // A period runs from value to upper ("2024/2027"); without an end it is just its first year.
    if (kind == Kind::period && upper) return value.to_string() + "/" + upper->to_string();
    return value.to_string();
}

std::optional<std::string> Quantity::lower_text() const {
    if (kind == Kind::date && qualifier == Qualifier::range) return date.to_string();
    return decimal_text(lower);
}

std::optional<std::string> Quantity::upper_text() const {
    if (kind == Kind::date && qualifier == Qualifier::range) return date_end.to_string();
    return decimal_text(upper);
}

}  // namespace zgcfacts
