// Corroboration: intervals of qualified figures, agreement and contradiction across sources.
#include <doctest/doctest.h>

// GCC 12 warns about members left out of designated initializers even when they have default
// initializers (fixed in GCC 13); the tests use designated initializers for readable fixtures.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "store/interval.hpp"
#include "store/record_builder.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

using namespace zgcfacts;
using store::RecordBuilder;

namespace {

Decimal d(const char* text) { return Decimal::parse(text).value(); }

StoredFact figure(const char* value, Qualifier q, const char* lower = nullptr, const char* upper = nullptr,
                  Kind kind = Kind::count) {
    StoredFact f;
    f.kind = kind;
    f.value = value;
    f.qualifier = q;
    if (lower) f.lower = lower;
    if (upper) f.upper = upper;
    return f;
}

std::string interval(const StoredFact& f, store::ApproxAs approx = store::ApproxAs::tolerance) {
    auto i = store::figure_interval(f, approx);
    return i ? i->to_string() : "none";
}

/// Three articles about the 2024 contest, counted three ways, and one that disagrees.
void add_contest(Store& s, bool with_contradiction) {
    RecordBuilder a("000.txt");
    a.sentence("吸引了来自75个国家和地区的3164个项目。")
        .fact({.surface = "3164个", .value = "3164", .unit = "count", .metric = "项目", .period = "2024"});
    a.sentence("大赛共有3000多个项目报名参赛。")
        .fact({.surface = "3000多个", .value = "3000", .qualifier = Qualifier::more_than_round, .unit = "count",
               .lower = "3000", .upper = "4000", .metric = "项目", .period = "2024"});
    s.add(a.build());
    RecordBuilder b("001.txt");
    b.sentence("第七届中关村国际前沿科技大赛在全球八大赛区征集项目3100余项。")
        .fact({.surface = "3100余项", .value = "3100", .qualifier = Qualifier::more_than_round, .unit = "count",
               .lower = "3100", .upper = "3200", .metric = "前沿科技项目", .period = "2024"});
    b.sentence("签约金额约673.17亿元。")
        .fact({.surface = "约673.17亿元", .kind = Kind::money, .value = "67317000000", .qualifier = Qualifier::approx,
               .unit = "CNY", .metric = "签约金额", .period = "2024"});
    s.add(b.build());
    RecordBuilder c("002.txt");
    c.sentence("签约金额超650亿元。")
        .fact({.surface = "超650亿元", .kind = Kind::money, .value = "65000000000", .qualifier = Qualifier::over,
               .unit = "CNY", .lower = "65000000000", .metric = "签约金额", .period = "2024"});
    if (with_contradiction)
        c.sentence("大赛收到2000个项目。")
            .fact({.surface = "2000个", .value = "2000", .unit = "count", .metric = "项目", .period = "2024"});
    s.add(c.build());
}

const CorroborationGroup* find(const std::vector<CorroborationGroup>& groups, const std::string& metric) {
    for (const auto& g : groups)
        if (g.metric == metric) return &g;
    return nullptr;
}

}  // namespace

TEST_SUITE("corroboration") {

TEST_CASE("intervals of qualified figures") {
    CHECK(interval(figure("3164", Qualifier::exact)) == "3164");
    CHECK(interval(figure("3100", Qualifier::more_than_round, "3100", "3200")) == "(3100, 3200)");
    CHECK(interval(figure("3000", Qualifier::more_than_round)) == "(3000, 4000)");  // bound derived
    CHECK(interval(figure("81000000000", Qualifier::over, "81000000000")) == "(81000000000, ∞)");
    CHECK(interval(figure("100", Qualifier::at_least)) == "[100, ∞)");
    CHECK(interval(figure("100", Qualifier::under, nullptr, "100")) == "[0, 100)");
    CHECK(interval(figure("100", Qualifier::at_most, nullptr, nullptr, Kind::percent)) == "(-∞, 100]");
    CHECK(interval(figure("70", Qualifier::range, "70", "80", Kind::percent)) == "[70, 80]");
    CHECK(interval(figure("200", Qualifier::approx)) == "[190, 210]");
    CHECK(interval(figure("200", Qualifier::approx), store::ApproxAs::point) == "200");
    StoredFact date = figure("2024-04-25", Qualifier::exact, nullptr, nullptr, Kind::date);
    CHECK(interval(date) == "none");

    Interval a{d("3000"), d("4000"), true, true};
    Interval b{d("3100"), d("3200"), true, true};
    CHECK(a.intersect(b).to_string() == "(3100, 3200)");
    CHECK(a.intersect(Interval::point(d("3164"))).to_string() == "3164");
    CHECK(b.intersect(Interval::point(d("3200"))).is_empty());  // 3100余 means below 3200
    CHECK(b.intersect(Interval::point(d("2000"))).is_empty());
    CHECK(a.contains(d("3999.5")));
    CHECK_FALSE(a.contains(d("4000")));
    CHECK(Interval{}.intersect(b).to_string() == "(3100, 3200)");
}

TEST_CASE("3164个, 3100余项 and 3000多个 agree; labels match when one ends with the other") {
    Store s(":memory:");
    add_contest(s, false);
    auto groups = s.corroboration();
    const CorroborationGroup* g = find(groups, "项目");
    REQUIRE(g);
    CHECK(g->period == "2024");
    CHECK(g->unit == "count");
    CHECK(g->labels == std::vector<std::string>{"前沿科技项目", "项目"});
    CHECK_FALSE(g->contradiction());
    REQUIRE(g->clusters.size() == 1);
    CHECK(g->clusters[0].facts.size() == 3);
    CHECK(g->clusters[0].documents == 2);
    CHECK(g->clusters[0].intersection.to_string() == "3164");

    // 约673.17亿 (±5%) and 超650亿 agree: the interval they share.
    const CorroborationGroup* money = find(groups, "签约金额");
    REQUIRE(money);
    CHECK_FALSE(money->contradiction());
    CHECK(money->clusters[0].intersection.to_string() == "(65000000000, 70682850000]");
}

TEST_CASE("a generic label joins one kind of itself, never several; a label is joined by its head noun") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("园区入驻企业5000余家。")
        .fact({.surface = "5000余家", .value = "5000", .qualifier = Qualifier::more_than_round, .unit = "count",
               .lower = "5000", .upper = "6000", .metric = "企业", .period = "2022"});
    a.sentence("其中独角兽企业40家。")
        .fact({.surface = "40家", .value = "40", .unit = "count", .metric = "独角兽企业", .period = "2022"});
    a.sentence("参赛企业160家。")
        .fact({.surface = "160家", .value = "160", .unit = "count", .metric = "参赛企业", .period = "2022"});
    a.sentence("共有12家参赛企业获奖。")
        .fact({.surface = "12家", .value = "12", .unit = "count", .metric = "获奖参赛企业", .period = "2022"});
    a.sentence("发布重大科技成果10项。")
        .fact({.surface = "10项", .value = "10", .unit = "count", .metric = "重大科技成果", .period = "2022"});
    a.sentence("科技成果10项集中亮相。")
        .fact({.surface = "10项", .value = "10", .unit = "count", .metric = "科技成果", .period = "2022"});
    a.sentence("项目签约11个。")
        .fact({.surface = "11个", .value = "11", .unit = "count", .metric = "项目签约", .period = "2022"});
    a.sentence("征集项目300个。")
        .fact({.surface = "300个", .value = "300", .unit = "count", .metric = "项目", .period = "2022"});
    s.add(a.build());
    const auto groups = s.corroboration();

    // 企业 would join both 独角兽企业 and 参赛企业: it joins neither, and no contradiction is made up.
    for (const auto& g : groups) {
        CAPTURE(g.metric);
        CHECK(std::find(g.labels.begin(), g.labels.end(), "企业") == g.labels.end());
        CHECK(std::find(g.labels.begin(), g.labels.end(), "独角兽企业") == g.labels.end());
    }
    // 参赛企业 (four characters) joins the kind of itself.
    const CorroborationGroup* entrants = find(groups, "参赛企业");
    REQUIRE(entrants);
    CHECK(entrants->labels == std::vector<std::string>{"参赛企业", "获奖参赛企业"});
    // Same head noun: 重大科技成果 is a kind of 科技成果, and the two agree.
    const CorroborationGroup* results = find(groups, "科技成果");
    REQUIRE(results);
    CHECK_FALSE(results->contradiction());
    // 项目签约 ends with 签约, not 项目: not a kind of 项目.
    CHECK(find(groups, "项目") == nullptr);
}

TEST_CASE("a figure outside the shared interval is flagged as a contradiction") {
    Store s(":memory:");
    add_contest(s, true);
    CorroborationOptions o;
    o.metric = "项目";
    o.period = "2024";
    auto groups = s.corroboration(o);
    REQUIRE(groups.size() == 1);
    const CorroborationGroup& g = groups[0];
    CHECK(g.contradiction());
    REQUIRE(g.clusters.size() == 2);
    CHECK(g.clusters[0].facts.size() == 3);  // the consensus
    REQUIRE(g.clusters[1].facts.size() == 1);
    CHECK(g.clusters[1].facts[0].surface == "2000个");
    CHECK(g.clusters[1].facts[0].document_name == "002.txt");

    std::string text = render::groups_text(groups);
    CHECK(text.find("CONTRADICTION") != std::string::npos);
    std::string jsonl;
    render::groups_jsonl(groups, jsonl);
    CHECK(jsonl.find("\"contradiction\":true") != std::string::npos);

    o.period = "2023";
    CHECK(s.corroboration(o).empty());
}

TEST_CASE("figures of one document that disagree are not a contradiction; across documents they are") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("园区发布合作项目5个。")
        .fact({.surface = "5个", .value = "5", .unit = "count", .metric = "合作项目", .period = "2024"});
    a.sentence("分论坛签约合作项目7个。")
        .fact({.surface = "7个", .value = "7", .unit = "count", .metric = "合作项目", .period = "2024"});
    s.add(a.build());
    auto groups = s.corroboration();
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].clusters.size() == 2);
    CHECK_FALSE(groups[0].contradicts(1));
    CHECK_FALSE(groups[0].contradiction());
    CHECK(render::groups_text(groups).find("CONTRADICTION") == std::string::npos);

    RecordBuilder b("b.txt");
    b.sentence("今年园区合作项目共9个。")
        .fact({.surface = "9个", .value = "9", .unit = "count", .metric = "合作项目", .period = "2024"});
    s.add(b.build());
    groups = s.corroboration();
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].clusters.size() == 3);
    CHECK(groups[0].contradiction());
    std::string jsonl;
    render::groups_jsonl(groups, jsonl);
    CHECK(jsonl.find("\"contradicts\":true") != std::string::npos);
}

TEST_CASE("figures need two sentences, the same period and the same unit to be compared") {
    Store s(":memory:");
    RecordBuilder a("a.txt");
    a.sentence("今年有5个项目和7个项目。")
        .fact({.surface = "5个", .value = "5", .unit = "count", .metric = "项目", .period = "2024"})
        .fact({.surface = "7个", .value = "7", .unit = "count", .metric = "项目", .period = "2024"});
    a.sentence("去年有9个项目。")
        .fact({.surface = "9个", .value = "9", .unit = "count", .metric = "项目", .period = "2023"});
    a.sentence("项目金额9亿元。")
        .fact({.surface = "9亿元", .kind = Kind::money, .value = "900000000", .unit = "CNY", .metric = "项目",
               .period = "2024"});
    s.add(a.build());
    CHECK(s.corroboration().empty());
}

}  // TEST_SUITE
