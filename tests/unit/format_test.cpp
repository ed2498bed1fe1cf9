// {fmt} formatters: decimals and enum names with specs, and the one-line Quantity form.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "zgcfacts/format.hpp"

using namespace zgcfacts;

namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

// A quantity built field by field, so each table row below reads like the expression it models.
struct Q {
    Kind kind = Kind::number;
    const char* value = "0";
    const char* unit = "";
    Qualifier qualifier = Qualifier::exact;
    const char* lower = nullptr;
    const char* upper = nullptr;
    const char* classifier = "";
    const char* per = "";
    Change change = Change::none;
    const char* base = "";

    Quantity build() const {
        Quantity q;
        q.kind = kind;
        q.value = dec(value);
        q.unit = unit;
        q.qualifier = qualifier;
        if (lower) q.lower = dec(lower);
        if (upper) q.upper = dec(upper);
        q.classifier = classifier;
        q.per = per;
        q.change = change;
        q.base = base;
        return q;
    }
};

}  // namespace

TEST_CASE("Decimal, Kind and Qualifier format as their names and honour width specs") {
    CHECK(fmt::format("{}", dec("902.21")) == "902.21");
    CHECK(fmt::format("{}", dec("-0.050")) == "-0.05");
    CHECK(fmt::format("{:>8}|", dec("1.5")) == "     1.5|");
    CHECK(fmt::format("{:<6}|", dec("42")) == "42    |");
    CHECK(fmt::format("{}", Kind::money) == "money");
    CHECK(fmt::format("{}", Kind::ordinal) == "ordinal");
    CHECK(fmt::format("{:^9}", Kind::date) == "  date   ");
    CHECK(fmt::format("{}", Qualifier::more_than_round) == "more_than_round");
    CHECK(fmt::format("{}/{}", Qualifier::at_least, Qualifier::exact) == "at_least/exact");
}

TEST_CASE("a quantity formats on one line with only the parts it has") {
    struct Case {
        Q quantity;
        const char* text;
    };
    const std::vector<Case> cases = {
        // 超 610 亿元
        {{Kind::money, "61000000000", "CNY", Qualifier::over, "61000000000"},
         "money 61000000000 CNY over (>61000000000)"},
        // 3000 多项
        {{Kind::count, "3000", "count", Qualifier::more_than_round, "3000", "4000", "项"},
         "count 3000 count 项 more_than_round (3000, 4000)"},
        // 近 100 项
        {{Kind::count, "100", "count", Qualifier::under, nullptr, "100", "项"},
         "count 100 count 项 under (<100)"},
        // 500 人以上 / 不超过 5 亿元
        {{Kind::count, "500", "count", Qualifier::at_least, "500", nullptr, "人"},
         "count 500 count 人 at_least (>=500)"},
        {{Kind::money, "500000000", "CNY", Qualifier::at_most, nullptr, "500000000"},
         "money 500000000 CNY at_most (<=500000000)"},
        // 100倍至1万倍
        {{Kind::ratio, "100", "x", Qualifier::range, "100", "10000"}, "ratio 100 x range [100, 10000]"},
        // 约673.17亿元: approx without bounds
        {{Kind::money, "67317000000", "CNY", Qualifier::approx}, "money 67317000000 CNY approx"},
        // 18.5万元/人
        {{Kind::money, "185000", "CNY", Qualifier::exact, nullptr, nullptr, "", "人"}, "money 185000 CNY/人"},
        // 同比增长29.1%
        {{Kind::percent, "29.1", "%", Qualifier::exact, nullptr, nullptr, "", "", Change::up, "同比"},
         "percent 29.1 % up vs 同比"},
        // 下降 3 个百分点
        {{Kind::percent, "3", "pp", Qualifier::exact, nullptr, nullptr, "", "", Change::down},
         "percent 3 pp down"},
        // a bare number and an ordinal: no unit at all
        {{Kind::number, "7"}, "number 7"},
        {{Kind::ordinal, "7"}, "ordinal 7"},
    };
    for (const auto& c : cases) {
        INFO("expected ", std::string(c.text));
        const Quantity q = c.quantity.build();
        CHECK(fmt::format("{}", q) == c.text);
        CHECK(describe(q) == c.text);
    }
}

TEST_CASE("dates and periods format with their schema values") {
    Quantity range;
    range.kind = Kind::date;
    range.date = {2024, 4, 25};
    range.date_end = {2024, 4, 29};
    range.qualifier = Qualifier::range;
    CHECK(fmt::format("{}", range) == "date 2024-04-25..2024-04-29");

    Quantity day;
    day.kind = Kind::date;
    day.date = {0, 4, 25};
    CHECK(fmt::format("{}", day) == "date --04-25");

    Quantity period;
    period.kind = Kind::period;
    period.value = dec("2024");
    period.lower = dec("2024");
    period.upper = dec("2027");
    period.qualifier = Qualifier::range;
    CHECK(fmt::format("{}", period) == "period 2024/2027 range [2024, 2027]");

    Quantity year;
    year.kind = Kind::year;
    year.value = Decimal::from_int(2024);
    CHECK(fmt::format("{}", year) == "year 2024");

    Quantity duration;
    duration.kind = Kind::duration;
    duration.value = dec("5");
    duration.unit = "min";
    CHECK(fmt::format("[{:<16}]", duration) == "[duration 5 min  ]");
}
