// Quantity enums' names, calendar dates and the schema strings value/lower/upper.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "zgcfacts/quantity.hpp"

using namespace zgcfacts;

namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

}  // namespace

TEST_CASE("every kind has a name that reads back, and is a figure, a time or an ordinal") {
    struct Case {
        Kind kind;
        const char* name;
        bool figure;
        bool time;
    };
    const std::vector<Case> cases = {
        {Kind::money, "money", true, false},     {Kind::count, "count", true, false},
        {Kind::percent, "percent", true, false}, {Kind::ratio, "ratio", true, false},
        {Kind::measure, "measure", true, false}, {Kind::number, "number", true, false},
        {Kind::year, "year", false, true},       {Kind::date, "date", false, true},
        {Kind::period, "period", false, true},   {Kind::duration, "duration", false, true},
        {Kind::ordinal, "ordinal", false, false},
    };
    for (const auto& c : cases) {
        INFO("kind ", std::string(c.name));
        CHECK(to_string(c.kind) == c.name);
        CHECK(kind_from_string(c.name) == c.kind);
        CHECK(is_figure(c.kind) == c.figure);
        CHECK(is_time(c.kind) == c.time);
        const bool amount = c.kind == Kind::money || c.kind == Kind::count || c.kind == Kind::measure;
        CHECK(is_amount(c.kind) == amount);
    }
    CHECK_FALSE(kind_from_string("").has_value());
    CHECK_FALSE(kind_from_string("Money").has_value());
    CHECK_FALSE(kind_from_string("money ").has_value());
}

TEST_CASE("every qualifier has the schema's name") {
    struct Case {
        Qualifier qualifier;
        const char* name;
    };
    const std::vector<Case> cases = {
        {Qualifier::exact, "exact"},       {Qualifier::approx, "approx"},
        {Qualifier::over, "over"},         {Qualifier::at_least, "at_least"},
        {Qualifier::under, "under"},       {Qualifier::at_most, "at_most"},
        {Qualifier::more_than_round, "more_than_round"}, {Qualifier::range, "range"},
    };
    for (const auto& c : cases) {
        INFO("qualifier ", std::string(c.name));
        CHECK(to_string(c.qualifier) == c.name);
        CHECK(qualifier_from_string(c.name) == c.qualifier);
    }
    CHECK_FALSE(qualifier_from_string("at least").has_value());
    CHECK_FALSE(qualifier_from_string("none").has_value());
}

TEST_CASE("change names: up, down, and empty for none") {
    CHECK(to_string(Change::up) == "up");
    CHECK(to_string(Change::down) == "down");
    CHECK(to_string(Change::none).empty());
}

TEST_CASE("calendar dates print only the parts that were written") {
    struct Case {
        CalendarDate date;
        const char* text;
    };
    const std::vector<Case> cases = {
        {{2024, 4, 25}, "2024-04-25"}, {{2024, 4, 0}, "2024-04"}, {{2024, 0, 0}, "2024"},
        {{0, 4, 25}, "--04-25"},       {{0, 4, 0}, "--04"},       {{0, 0, 9}, "---09"},
        {{2024, 12, 31}, "2024-12-31"}, {{0, 0, 0}, ""},          {{987, 1, 2}, "0987-01-02"},
    };
    for (const auto& c : cases) {
        INFO("expected ", std::string(c.text));
        CHECK(c.date.to_string() == c.text);
    }
    CHECK(CalendarDate{2024, 4, 25} == CalendarDate{2024, 4, 25});
    CHECK_FALSE(CalendarDate{2024, 4, 25} == CalendarDate{0, 4, 25});
}

TEST_CASE("value_text, lower_text and upper_text give the schema strings") {
    SUBCASE("money over a bound: 超 610 亿元") {
        Quantity q;
        q.kind = Kind::money;
        q.value = dec("61000000000");
        q.lower = q.value;
        q.qualifier = Qualifier::over;
        CHECK(q.value_text() == "61000000000");
        CHECK(q.lower_text() == std::optional<std::string>("61000000000"));
        CHECK_FALSE(q.upper_text().has_value());
    }
    SUBCASE("more than a round number: 3000 多项") {
        Quantity q;
        q.kind = Kind::count;
        q.value = dec("3000");
        q.lower = dec("3000");
        q.upper = dec("4000");
        q.qualifier = Qualifier::more_than_round;
        CHECK(q.value_text() == "3000");
        CHECK(q.lower_text() == std::optional<std::string>("3000"));
        CHECK(q.upper_text() == std::optional<std::string>("4000"));
    }
    SUBCASE("exact percent has no bounds") {
        Quantity q;
        q.kind = Kind::percent;
        q.value = dec("29.10");
        CHECK(q.value_text() == "29.1");
        CHECK_FALSE(q.lower_text().has_value());
        CHECK_FALSE(q.upper_text().has_value());
    }
    SUBCASE("date range: 4月25日至29日") {
        Quantity q;
        q.kind = Kind::date;
        q.date = {0, 4, 25};
        q.date_end = {0, 4, 29};
        q.qualifier = Qualifier::range;
        CHECK(q.value_text() == "--04-25");
        CHECK(q.lower_text() == std::optional<std::string>("--04-25"));
        CHECK(q.upper_text() == std::optional<std::string>("--04-29"));
    }
    SUBCASE("single date: the date, no bounds") {
        Quantity q;
        q.kind = Kind::date;
        q.date = {2024, 4, 25};
        CHECK(q.value_text() == "2024-04-25");
        CHECK_FALSE(q.lower_text().has_value());
        CHECK_FALSE(q.upper_text().has_value());
    }
    SUBCASE("period: 2024—2027 年") {
        Quantity q;
        q.kind = Kind::period;
        q.value = dec("2024");
        q.lower = dec("2024");
        q.upper = dec("2027");
        CHECK(q.value_text() == "2024/2027");
        CHECK(q.lower_text() == std::optional<std::string>("2024"));
        CHECK(q.upper_text() == std::optional<std::string>("2027"));
    }
    SUBCASE("period without an end is its first year") {
        Quantity q;
        q.kind = Kind::period;
        q.value = dec("2017");
        CHECK(q.value_text() == "2017");
    }
    SUBCASE("year and ordinal print the integer") {
        Quantity year;
        year.kind = Kind::year;
        year.value = Decimal::from_int(2024);
        CHECK(year.value_text() == "2024");
        Quantity ordinal;
        ordinal.kind = Kind::ordinal;
        ordinal.value = Decimal::from_int(7);
        CHECK(ordinal.value_text() == "7");
    }
}
