// Year over year: which figure stands for a period, and how the change is bounded.
#include <doctest/doctest.h>

// GCC 12 warns about members left out of designated initializers even when they have default
// initializers (fixed in GCC 13); the tests use designated initializers for readable fixtures.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "store/record_builder.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

using namespace zgcfacts;
using store::RecordBuilder;

namespace {

std::string text(const std::optional<Decimal>& d) { return d ? d->to_string() : "none"; }

/// The signing amounts of the two forums, as the articles write them.
void add_signing(Store& s) {
    RecordBuilder a("2023.txt", "2023-05-31");
    a.sentence("论坛期间，累计签约129个合作项目，签约金额超过810亿元。")
        .fact({.surface = "超过810亿元", .kind = Kind::money, .value = "81000000000", .qualifier = Qualifier::over,
               .unit = "CNY", .lower = "81000000000", .metric = "签约金额", .period = "2023"});
    s.add(a.build());
    RecordBuilder b("2024a.txt", "2024-04-30");
    b.sentence("23个重点项目完成签约，签约金额超610亿元。")
        .fact({.surface = "超610亿元", .kind = Kind::money, .value = "61000000000", .qualifier = Qualifier::over,
               .unit = "CNY", .lower = "61000000000", .metric = "签约金额", .period = "2024"});
    s.add(b.build());
    RecordBuilder c("2024b.txt", "2024-04-30");
    c.sentence("促成309个项目签约，签约金额约673.17亿元，同比增长5%。")
        .fact({.surface = "约673.17亿元", .kind = Kind::money, .value = "67317000000", .qualifier = Qualifier::approx,
               .unit = "CNY", .metric = "签约金额", .period = "2024"})
        .fact({.surface = "同比增长5%", .kind = Kind::percent, .value = "5", .unit = "%", .change = Change::up,
               .base = "同比", .metric = "签约金额", .period = "2024"});
    s.add(c.build());
}

}  // namespace

TEST_SUITE("yoy") {

TEST_CASE("an approximate figure is preferred to a bound, and the change is bounded") {
    Store s(":memory:");
    add_signing(s);
    YoyOptions o;
    o.metric = "签约金额";
    auto series = s.yoy(o);
    CHECK(series.unit == "CNY");
    CHECK(series.kind == Kind::money);
    REQUIRE(series.points.size() == 2);

    CHECK(series.points[0].period == "2023");
    CHECK(series.points[0].fact.surface == "超过810亿元");
    CHECK(!series.points[0].change);

    const YoyPoint& p = series.points[1];
    CHECK(p.period == "2024");
    CHECK(p.fact.surface == "约673.17亿元");  // approx before a one-sided bound
    CHECK(p.candidates == 2);                 // the growth rate is not a level of the metric
    CHECK(p.corroborating == 1);              // 超610亿 agrees with 约673.17亿
    REQUIRE(p.change);
    const YoyChange& c = *p.change;
    CHECK(c.from_period == "2023");
    CHECK(c.absolute.to_string() == "-13683000000");  // as written: 673.17亿 − 810亿
    CHECK(text(c.percent) == "-16.89");
    CHECK(!c.exact);
    // Over 810亿 then about 673.17亿: fell by more than 136.83亿, i.e. by more than 16.89%.
    CHECK(c.qualifier == "under");
    CHECK(!c.absolute_bounds.lower);
    CHECK(text(c.absolute_bounds.upper) == "-13683000000");
    CHECK(c.absolute_bounds.upper_open);
    CHECK(text(c.percent_bounds.upper) == "-16.89");
    CHECK(text(c.percent_bounds.lower) == "-100");
    CHECK(c.absolute_bounds.to_string() == "(-∞, -13683000000)");

    std::string jsonl;
    render::yoy_jsonl(series, jsonl);
    CHECK(jsonl.find("\"change_abs\":\"-13683000000\"") != std::string::npos);
    CHECK(jsonl.find("\"change_qualifier\":\"under\"") != std::string::npos);
    CHECK(jsonl.find("\"change_abs_upper\":\"-13683000000\"") != std::string::npos);
    CHECK(jsonl.find("\"sentence\":\"促成309个项目签约，签约金额约673.17亿元，同比增长5%。\"") != std::string::npos);
    CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 2);
}

TEST_CASE("exact figures give an exact change; the most corroborated exact figure wins") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("2023年大赛征集项目2500个。")
        .fact({.surface = "2500个", .value = "2500", .unit = "count", .metric = "项目", .period = "2023"});
    a.sentence("2024年促成309个项目签约。")
        .fact({.surface = "309个", .value = "309", .unit = "count", .metric = "项目", .period = "2024"});
    a.sentence("大赛吸引3164个项目。")
        .fact({.surface = "3164个", .value = "3164", .unit = "count", .metric = "项目", .period = "2024"});
    s.add(a.build());
    RecordBuilder b("b.txt");
    b.sentence("征集项目3100余项。")
        .fact({.surface = "3100余项", .value = "3100", .qualifier = Qualifier::more_than_round, .unit = "count",
               .lower = "3100", .upper = "3200", .metric = "项目", .period = "2024"});
    s.add(b.build());

    YoyOptions o;
    o.metric = "项目";
    auto series = s.yoy(o);
    REQUIRE(series.points.size() == 2);
    CHECK(series.points[1].fact.surface == "3164个");  // 3100余项 backs it; nothing backs 309
    CHECK(series.points[1].corroborating == 1);
    REQUIRE(series.points[1].change);
    const YoyChange& c = *series.points[1].change;
    CHECK(c.exact);
    CHECK(c.qualifier == "exact");
    CHECK(c.absolute.to_string() == "664");
    CHECK(text(c.percent) == "26.56");
    CHECK(c.absolute_bounds.is_point());
    CHECK(text(c.percent_bounds.lower) == "26.56");
}

TEST_CASE("agreement at a shared bound counts only when both intervals include it, and never within a sentence") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("企业100家，另一统计口径也是100家。")
        .fact({.surface = "100家", .value = "100", .unit = "count", .metric = "企业", .period = "2024"})
        .fact({.surface = "也是100家", .value = "100", .unit = "count", .metric = "企业", .period = "2024"});
    a.sentence("企业超过100家。")
        .fact({.surface = "超过100家", .value = "100", .qualifier = Qualifier::over, .unit = "count", .lower = "100",
               .metric = "企业", .period = "2024"});
    a.sentence("企业至少100家。")
        .fact({.surface = "至少100家", .value = "100", .qualifier = Qualifier::at_least, .unit = "count",
               .lower = "100", .metric = "企业", .period = "2024"});
    a.sentence("企业最多100家。")
        .fact({.surface = "最多100家", .value = "100", .qualifier = Qualifier::at_most, .unit = "count",
               .upper = "100", .metric = "企业", .period = "2024"});
    a.sentence("企业不到100家。")
        .fact({.surface = "不到100家", .value = "100", .qualifier = Qualifier::under, .unit = "count", .upper = "100",
               .metric = "企业", .period = "2024"});
    s.add(a.build());

    YoyOptions o;
    o.metric = "企业";
    auto series = s.yoy(o);
    REQUIRE(series.points.size() == 1);
    const YoyPoint& p = series.points[0];
    CHECK(p.candidates == 6);
    // Both 100s agree with 至少100 [100, ∞) and 最多100 [0, 100], not with 超过100 (100, ∞) nor
    // 不到100 [0, 100), and not with each other (one sentence). Tied, the first one is chosen.
    CHECK(p.fact.surface == "100家");
    CHECK(p.corroborating == 2);
}

TEST_CASE("cumulative spans form their own series; the unit most figures have is chosen") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("为175家企业提供6亿多元资金支持。")
        .fact({.surface = "6亿多元", .kind = Kind::money, .value = "600000000", .qualifier = Qualifier::more_than_round,
               .unit = "CNY", .lower = "600000000", .upper = "700000000", .metric = "资金支持", .period = "2017/2023"})
        .fact({.surface = "175家", .value = "175", .unit = "count", .metric = "资金支持", .period = "2017/2023"});
    a.sentence("2023年资金支持1亿元。")
        .fact({.surface = "1亿元", .kind = Kind::money, .value = "100000000", .unit = "CNY", .metric = "资金支持",
               .period = "2023"});
    s.add(a.build());
    RecordBuilder b("b.txt");
    b.sentence("累计为219家企业提供了8亿多元资金支持。")
        .fact({.surface = "8亿多元", .kind = Kind::money, .value = "800000000", .qualifier = Qualifier::more_than_round,
               .unit = "CNY", .lower = "800000000", .upper = "900000000", .metric = "资金支持", .period = "2017/2024"});
    s.add(b.build());

    YoyOptions o;
    o.metric = "资金支持";
    auto series = s.yoy(o);
    CHECK(series.unit == "CNY");
    REQUIRE(series.points.size() == 3);
    CHECK(series.points[0].period == "2023");
    CHECK(!series.points[0].change);
    CHECK(series.points[1].period == "2017/2023");
    CHECK(!series.points[1].change);  // a cumulative figure is not compared with a yearly one
    CHECK(series.points[2].period == "2017/2024");
    REQUIRE(series.points[2].change);
    const YoyChange& c = *series.points[2].change;
    // (8亿, 9亿) against (6亿, 7亿): grew by between 1亿 and 3亿 (open), 14.29% to 50%.
    CHECK(c.qualifier == "range");
    CHECK(c.absolute_bounds.to_string() == "(100000000, 300000000)");
    CHECK(c.percent_bounds.to_string() == "(14.29, 50)");
    CHECK(c.absolute.to_string() == "200000000");

    o.unit = "count";
    auto counts = s.yoy(o);
    REQUIRE(counts.points.size() == 1);
    CHECK(counts.points[0].fact.surface == "175家");

    o.unit.clear();
    o.from = 2024;
    CHECK(s.yoy(o).points.size() == 1);
    o.from = 0;
    o.to = 2023;
    CHECK(s.yoy(o).points.size() == 2);
}

TEST_CASE("a metric with no figures gives an empty series") {
    Store s(":memory:");
    YoyOptions o;
    o.metric = "没有的指标";
    CHECK(s.yoy(o).points.empty());
    o.metric = "\" OR 1=1 --";
    CHECK(s.yoy(o).points.empty());
}

}  // TEST_SUITE
