// Fact sheets: how figures read in Chinese and English, and the Markdown, JSON and HTML a sheet
// renders to, from databases built out of short texts written for these tests.
#include <doctest/doctest.h>

// GCC 12 warns about members left out of designated initializers even when they have defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "store/record_builder.hpp"
#include "support/json.hpp"
#include "support/shared.hpp"
#include "zgcfacts/scan.hpp"
#include "zgcfacts/sheet.hpp"
#include "zgcfacts/store.hpp"

using namespace zgcfacts;
using store::RecordBuilder;
namespace json = zgcfacts::test::json;

namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::size_t occurrences(const std::string& text, std::string_view part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

Quantity parsed(std::string_view expression) {
    auto q = parse(expression);
    REQUIRE_MESSAGE(q.has_value(), expression);
    return *q;
}

Decimal dec(std::string_view text) { return Decimal::parse(text).value(); }

/// Two yearly reports of an invented science park, through the whole pipeline (analyze + store).
void ingest_park_reports(Store& store) {
    DocumentInfo a;
    a.name = "reports/park-2022.txt";
    a.title = "示例园区2022年发展报告";
    a.date = "2022-12-30";
    REQUIRE(store.ingest("2022年，示例园区技术合同成交额约450.5亿元，新增入驻企业1200多家。"
                         "园区全年受理专利申请近900件。",
                         a));
    DocumentInfo b;
    b.name = "reports/park-2023.txt";
    b.title = "示例园区2023年发展报告";
    b.date = "2023-12-30";
    REQUIRE(store.ingest("2023年，示例园区技术合同成交额超520亿元。园区新增入驻企业1500余家，举办创新创业活动320场。", b));
}

/// A series with every kind of hedge, built by hand so the chart test does not depend on attribution.
void add_hedged_series(Store& store) {
    RecordBuilder y1("y1.txt", "2021-12-31");
    y1.sentence("全年孵化项目3000多项。")
        .fact({.surface = "3000多项", .kind = Kind::count, .value = "3000", .qualifier = Qualifier::more_than_round,
               .unit = "count", .lower = "3000", .upper = "4000", .classifier = "项", .metric = "孵化项目",
               .period = "2021"});
    store.add(y1.build());
    RecordBuilder y2("y2.txt", "2022-12-31");
    y2.sentence("全年孵化项目超3500项。")
        .fact({.surface = "超3500项", .kind = Kind::count, .value = "3500", .qualifier = Qualifier::over,
               .unit = "count", .lower = "3500", .classifier = "项", .metric = "孵化项目", .period = "2022"});
    store.add(y2.build());
    RecordBuilder y3("y3.txt", "2023-12-31");
    y3.sentence("全年孵化项目近4000项。")
        .fact({.surface = "近4000项", .kind = Kind::count, .value = "4000", .qualifier = Qualifier::under,
               .unit = "count", .upper = "4000", .classifier = "项", .metric = "孵化项目", .period = "2023"});
    store.add(y3.build());
    RecordBuilder y4("y4.txt", "2024-12-31");
    y4.sentence("全年孵化项目约4200项。")
        .fact({.surface = "约4200项", .kind = Kind::count, .value = "4200", .qualifier = Qualifier::approx,
               .unit = "count", .classifier = "项", .metric = "孵化项目", .period = "2024"});
    store.add(y4.build());
}

/// A document whose title and sentence try to break out of every format.
void add_hostile_document(Store& store) {
    RecordBuilder doc("evil.txt", "2024-01-01");
    doc.title("<script>alert(\"title\")</script> & 'quotes'");
    doc.sentence("</td><script>alert('x')</script>|**粗体**|[链接](http://evil.example)签约金额达到12亿元\"。")
        .fact({.surface = "12亿元", .kind = Kind::money, .value = "1200000000", .unit = "CNY", .multiplier = 8,
               .metric = "<img src=x onerror=alert(1)>", .period = "2024"});
    store.add(doc.build());
}

std::string render(const Store& store, const SheetScope& scope, SheetFormat format, Language language = Language::zh) {
    SheetOptions options;
    options.language = language;
    return render_sheet(build_sheet(store, scope, options), format);
}

}  // namespace

TEST_SUITE("sheet") {

TEST_CASE("figures read as a person would say them, in Chinese and English") {
    struct Case {
        std::string_view expression;
        std::string_view zh;
        std::string_view en;
    };
    const Case cases[] = {
        {"超 610 亿元", "超610亿元", "over 61 billion yuan"},
        {"3000多项", "3000多项", "3,000-odd items"},
        {"约673.17亿元", "约673.17亿元", "about 67.317 billion yuan"},
        {"近100项", "近100项", "nearly 100 items"},
        {"902.21亿元", "902.21亿元", "90.221 billion yuan"},
        {"6亿多元", "6亿多元", "600-odd million yuan"},
        {"5万余名", "5万多名", "50,000-odd people"},
        {"1.5万亿元", "1.5万亿元", "1.5 trillion yuan"},
        {"6.5%以上", "6.5%以上", "at least 6.5%"},
        {"不超过20%", "不超过20%", "at most 20%"},
        {"70%-80%", "70%至80%", "70–80%"},
        {"3至5亿元", "3至5亿元", "300–500 million yuan"},
        {"18.5万元/人", "18.5万元/人", "185,000 yuan per person"},
        {"2.7倍", "2.7倍", "2.7 times"},
        {"129个", "129个", "129"},
        {"1名", "1名", "1 person"},
        {"500兆瓦", "500兆瓦", "500 MW"},
        {"3万平方米", "3万平方米", "30,000 m²"},
        {"2000万美元", "2000万美元", "20 million US dollars"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.expression);
        const Quantity q = parsed(c.expression);
        CHECK(say(q, Language::zh) == c.zh);
        CHECK(say(q, Language::en) == c.en);
    }
}

TEST_CASE("changes and comparisons say what they are compared with") {
    struct Case {
        Quantity quantity;
        std::string_view zh;
        std::string_view en;
    };
    auto percent = [](std::string_view value, Change change, std::string base, std::string unit = "%") {
        Quantity q;
        q.kind = Kind::percent;
        q.value = dec(value);
        q.unit = std::move(unit);
        q.change = change;
        q.base = std::move(base);
        return q;
    };
    Quantity ratio;
    ratio.kind = Kind::ratio;
    ratio.value = dec("1.9");
    ratio.unit = "x";
    ratio.base = "2012年";
    Quantity national = ratio;
    national.value = dec("2.7");
    national.qualifier = Qualifier::approx;
    national.base = "全国平均水平";
    Quantity over_change = percent("20", Change::up, "同比");
    over_change.qualifier = Qualifier::over;
    over_change.lower = dec("20");

    const Case cases[] = {
        {percent("29.1", Change::up, "同比"), "同比增长29.1%", "up 29.1% year on year"},
        {percent("3.2", Change::down, "较2013年"), "较2013年下降3.2%", "down 3.2% on 2013"},
        {percent("0.3", Change::up, "上年", "pp"), "比上年提高0.3个百分点", "up 0.3 percentage points on the previous year"},
        {percent("5", Change::up, "环比"), "环比增长5%", "up 5% on the previous period"},
        {percent("8", Change::down, ""), "下降8%", "down 8%"},
        {percent("8", Change::up, "某基准"), "比某基准增长8%", "up 8% compared with 某基准"},
        {over_change, "同比增长超20%", "up over 20% year on year"},
        {ratio, "是2012年的1.9倍", "1.9 times the 2012 level"},
        {national, "是全国平均水平的约2.7倍", "about 2.7 times the national average"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.zh);
        CHECK(say(c.quantity, Language::zh) == c.zh);
        CHECK(say(c.quantity, Language::en) == c.en);
    }
    // An amount changes by so much.
    auto fewer = parse("3.1万人");
    REQUIRE(fewer);
    fewer->change = Change::down;
    fewer->base = "上年末";
    CHECK(say(*fewer, Language::zh) == "比上年末减少3.1万人");
    CHECK(say(*fewer, Language::en) == "down 31,000 people on the end of the previous year");
    // 翻倍 is a level, twice the base: it rises *to* 2 times (增长2倍 would say ×3).
    auto doubled = parse("翻倍");
    REQUIRE(doubled);
    doubled->base = "较2013年";
    CHECK(say(*doubled, Language::zh) == "较2013年增至2倍");
    CHECK(say(*doubled, Language::en) == "rose to 2 times on 2013");
}

TEST_CASE("time kinds read as dates") {
    struct Case {
        std::string_view expression;
        std::string_view zh;
        std::string_view en;
    };
    const Case cases[] = {
        {"2024年", "2024年", "2024"},
        {"2024年4月25日", "2024年4月25日", "25 April 2024"},
        {"2024年4月25日至29日", "2024年4月25日至29日", "25–29 April 2024"},
        {"2022年6月", "2022年6月", "June 2022"},
        {"第六届", "第6", "6th"},
        {"第二十二届", "第22", "22nd"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.expression);
        const Quantity q = parsed(c.expression);
        CHECK(say(q, Language::zh) == c.zh);
        CHECK(say(q, Language::en) == c.en);
    }
}

TEST_CASE("a stored fact reads the same as the expression it was parsed from") {
    Store store(":memory:");
    ingest_park_reports(store);
    FactFilter filter;
    filter.text = "超520亿元";
    filter.kind = Kind::money;
    const auto facts = store.query(filter);
    REQUIRE(facts.size() == 1);
    CHECK(say(facts[0], Language::zh) == "超520亿元");
    CHECK(say(facts[0], Language::en) == "over 52 billion yuan");

    StoredFact unreadable = facts[0];
    unreadable.value = "not a number";
    CHECK(say(unreadable, Language::en) == "超520亿元");  // falls back to the text as written
}

TEST_CASE("a change between periods is described with its bounds") {
    auto point_with = [](const YoyChange& change) {
        YoyPoint p;
        p.change = change;
        return p;
    };
    YoyChange exact;
    exact.exact = true;
    exact.percent = dec("29.1");
    CHECK(describe_change(point_with(exact)) == "+29.1%");
    exact.percent = dec("-4.5");
    CHECK(describe_change(point_with(exact)) == "−4.5%");

    YoyChange bounded;  // 超810亿 then 约673.17亿
    bounded.percent = dec("-16.89");
    bounded.percent_bounds.lower = dec("-100");
    bounded.percent_bounds.lower_open = true;
    bounded.percent_bounds.upper = dec("-16.89");
    bounded.percent_bounds.upper_open = true;
    CHECK(describe_change(point_with(bounded)) == "< −16.89%");

    YoyChange range;  // 80多 then 100多
    range.percent_bounds.lower = dec("11.11");
    range.percent_bounds.lower_open = true;
    range.percent_bounds.upper = dec("150");
    range.percent_bounds.upper_open = true;
    CHECK(describe_change(point_with(range)) == "+11.11%…+150%");

    YoyChange approx;
    approx.percent = dec("3");
    approx.percent_bounds = Interval::point(dec("3"));
    CHECK(describe_change(point_with(approx)) == "≈ +3%");

    CHECK(describe_change(YoyPoint{}).empty());
}

TEST_CASE("a sheet collects figures by kind, series across documents, and their sources") {
    Store store(":memory:");
    ingest_park_reports(store);
    SheetScope scope;
    scope.period = "2023";
    const Sheet sheet = build_sheet(store, scope);

    CHECK(sheet.title == "数据事实表 · 2023年");
    REQUIRE(!sheet.sections.empty());
    CHECK(sheet.sections[0].kind == Kind::money);  // money first, then counts
    for (const auto& section : sheet.sections) {
        CHECK(is_figure(section.kind));  // no years by default
        for (const auto& fact : section.facts) CHECK(fact.period == "2023");
    }
    // The 2023 figure's metric has a 2022 figure in the other report: one series, both documents.
    REQUIRE(!sheet.series.empty());
    const YoySeries& signing = sheet.series[0];
    CHECK(contains(signing.metric, "技术合同成交额"));
    REQUIRE(signing.points.size() == 2);
    CHECK(signing.points[0].fact.surface == "约450.5亿元");
    CHECK(signing.points[1].fact.surface == "超520亿元");
    CHECK(sheet.sources.size() == 2);

    SheetOptions everything;
    everything.include_time = true;
    everything.series = false;
    const Sheet with_time = build_sheet(store, scope, everything);
    CHECK(with_time.series.empty());
    CHECK(std::any_of(with_time.sections.begin(), with_time.sections.end(),
                      [](const SheetSection& s) { return s.kind == Kind::year; }));
}

TEST_CASE("a short label is not charted from the figures of longer labels that contain it") {
    Store store(":memory:");
    struct Row {
        const char* period;
        const char* metric;
        const char* sentence;
        const char* surface;
        const char* value;
    };
    const Row rows[] = {{"2022", "签约金额", "签约金额100亿元。", "100亿元", "10000000000"},
                        {"2023", "签约金额", "签约金额120亿元。", "120亿元", "12000000000"},
                        {"2024", "金额", "金额130亿元。", "130亿元", "13000000000"}};
    for (const auto& row : rows) {
        RecordBuilder doc(std::string(row.period) + ".txt");
        doc.sentence(row.sentence)
            .fact({.surface = row.surface, .kind = Kind::money, .value = row.value, .unit = "CNY", .multiplier = 8,
                   .metric = row.metric, .period = row.period});
        store.add(doc.build());
    }
    const Sheet sheet = build_sheet(store, {});
    REQUIRE(sheet.series.size() == 1);  // 签约金额 2022–2024; 金额 alone has one period of its own
    CHECK(sheet.series[0].metric == "签约金额");
    CHECK(sheet.series[0].points.size() == 2);
}

TEST_CASE("Markdown: a table per kind, the quote with its figure, the sources") {
    Store store(":memory:");
    ingest_park_reports(store);
    const std::string zh = render(store, {}, SheetFormat::markdown);
    CHECK(zh.starts_with("# 数据事实表 · 全部文档\n"));
    CHECK(contains(zh, "## 金额 (2)"));
    CHECK(contains(zh, "| 指标 | 时期 | 数字 | 原文 | 来源 |"));
    CHECK(contains(zh, "| 2023 | 超520亿元 | 2023年，示例园区技术合同成交额**超520亿元**。 | [2] |"));
    CHECK(contains(zh, "| 1200多家 |"));
    CHECK(contains(zh, "## 逐年变化"));
    // Bounded changes keep their sign readable: only what could start a tag or entity is escaped.
    CHECK(contains(zh, "| > "));
    CHECK_FALSE(contains(zh, "&lt;"));
    CHECK_FALSE(contains(zh, "&gt;"));
    CHECK(contains(zh, "[1] 示例园区2022年发展报告 · 2022-12-30 · reports/park-2022.txt"));

    const std::string en = render(store, {}, SheetFormat::markdown, Language::en);
    CHECK(en.starts_with("# Fact sheet — all documents\n"));
    CHECK(contains(en, "| over 52 billion yuan |"));
    CHECK(contains(en, "| about 45.05 billion yuan |"));
    CHECK(contains(en, "| 1,200-odd organizations |"));
    CHECK(contains(en, "| nearly 900 items |"));
    CHECK(contains(en, "## Year over year"));

    SheetScope nothing;
    nothing.period = "1999";
    CHECK(contains(render(store, nothing, SheetFormat::markdown), "没有符合条件的数字。"));
}

TEST_CASE("JSON: exact values as strings, both wordings, series and sources") {
    Store store(":memory:");
    ingest_park_reports(store);
    add_hedged_series(store);
    SheetScope scope;
    scope.metric = "孵化项目";
    const auto sheet = json::parse(render(store, scope, SheetFormat::json, Language::en));
    CHECK(sheet["language"].as_string() == "en");
    CHECK(sheet["scope"]["metric"].as_string() == "孵化项目");
    CHECK(sheet["scope"]["document_id"].is_null());
    const auto& sections = sheet["sections"].items();
    REQUIRE(sections.size() == 1);
    CHECK(sections[0]["kind"].as_string() == "count");
    CHECK(sections[0]["heading"].as_string() == "Counts");
    const auto& first = sections[0]["figures"][0];
    CHECK(first["surface"].as_string() == "3000多项");
    CHECK(first["value"].as_string() == "3000");
    CHECK(first["upper"].as_string() == "4000");
    CHECK(first["say"]["zh"].as_string() == "3000多项");
    CHECK(first["say"]["en"].as_string() == "3,000-odd items");
    CHECK(first["sentence"].as_string() == "全年孵化项目3000多项。");

    const auto& series = sheet["series"].items();
    REQUIRE(series.size() == 1);
    const auto& points = series[0]["points"].items();
    REQUIRE(points.size() == 4);
    CHECK(points[0]["change"].is_null());
    CHECK(points[1]["figure"]["say"]["en"].as_string() == "over 3,500 items");
    CHECK(points[1]["change"]["from_period"].as_string() == "2021");
    CHECK(!points[1]["change"]["exact"].as_bool());
    CHECK(sheet["sources"].items().size() == 4);
}

TEST_CASE("HTML: one self-contained page with a table per kind and a chart per series") {
    Store store(":memory:");
    ingest_park_reports(store);
    add_hedged_series(store);
    const std::string page = render(store, {}, SheetFormat::html);
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    CHECK(contains(page, "<meta charset=\"utf-8\">"));
    CHECK(contains(page, "Content-Security-Policy\" content=\"default-src 'none'"));
    CHECK(contains(page, "<style>"));
    CHECK(!contains(page, "<script"));
    CHECK(!contains(page, "<link rel=\"stylesheet\""));
    // The only URL is the SVG namespace, which is a name, not a fetch.
    CHECK(occurrences(page, "http://") == occurrences(page, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(contains(page, "<section class=\"kind\" id=\"kind-money\">"));
    CHECK(contains(page, "<section class=\"kind\" id=\"kind-count\">"));
    CHECK(contains(page, "<td class=\"figure\">超520亿元</td>"));
    CHECK(contains(page, "<mark>超520亿元</mark>"));
    CHECK(contains(page, "<li id=\"doc-1\">"));

    // Three series (成交额, 企业 and 孵化项目), each an inline SVG with its hedges drawn apart.
    CHECK(occurrences(page, "<svg ") == 3);
    for (std::string_view q : {"more_than_round", "over", "under", "approx"})
        CHECK(contains(page, "data-qualifier=\"" + std::string(q) + "\""));
    CHECK(contains(page, "url(#zg"));  // the fading open end of an "over" bar
    CHECK(contains(page, "stroke-dasharray=\"4 3\""));  // the cap of a "nearly" bar
}

TEST_CASE("a chart draws each hedge with its own shape and labels it") {
    Store store(":memory:");
    add_hedged_series(store);
    YoyOptions options;
    options.metric = "孵化项目";
    const std::string svg = yoy_chart_svg(store.yoy(options), Language::en);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(occurrences(svg, "<g class=\"bar\"") == 4);
    CHECK(contains(svg, ">3,000-odd items</text>"));
    CHECK(contains(svg, ">over 3,500 items</text>"));
    CHECK(contains(svg, ">nearly 4,000 items</text>"));
    CHECK(contains(svg, ">about 4,200 items</text>"));
    CHECK(contains(svg, ">2021</text>"));
    CHECK(occurrences(svg, "class=\"legend\"") == 4);
    CHECK(contains(svg, "-odd / range"));
    CHECK(yoy_chart_svg(YoySeries{}, Language::en).empty());
}

TEST_CASE("hostile text is escaped in every format") {
    Store store(":memory:");
    add_hostile_document(store);

    const std::string page = render(store, {}, SheetFormat::html);
    CHECK(!contains(page, "<script"));
    CHECK(!contains(page, "<img"));
    CHECK(!contains(page, "</td><script"));
    CHECK(contains(page, "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"));
    CHECK(contains(page, "&lt;/td&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    CHECK(contains(page, "&lt;img src=x onerror=alert(1)&gt;"));

    const std::string md = render(store, {}, SheetFormat::markdown);
    CHECK(!contains(md, "<script"));
    CHECK(!contains(md, "<img"));
    CHECK(contains(md, "\\|\\*\\*粗体\\*\\*\\|\\[链接\\](http://evil.example)"));
    // Every table row still has exactly the five cells of its header.
    for (std::size_t at = md.find("| <"); at != std::string::npos; at = md.find("| <", at + 1)) FAIL("raw tag in a cell");
    for (std::size_t line = 0; line < md.size();) {
        const std::size_t end = md.find('\n', line);
        const std::string row = md.substr(line, end - line);
        if (row.starts_with("| ")) {
            std::size_t bars = 0;
            for (std::size_t i = 0; i < row.size(); ++i)
                if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++bars;
            CHECK_MESSAGE(bars == 6, row);
        }
        line = end == std::string::npos ? md.size() : end + 1;
    }

    const auto parsed_json = json::parse(render(store, {}, SheetFormat::json));
    const auto& figure = parsed_json["sections"][0]["figures"][0];
    CHECK(figure["metric"].as_string() == "<img src=x onerror=alert(1)>");
    CHECK(contains(figure["sentence"].as_string(), "alert('x')"));
    CHECK(parsed_json["sources"][0]["title"].as_string() == "<script>alert(\"title\")</script> & 'quotes'");
}

#ifdef ZGCFACTS_CLI_PATH
TEST_CASE("zgcfacts sheet: formats, scopes, --out, and errors") {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("zgcfacts-sheet-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::create_directories(dir);
    const std::string db = (dir / "facts.db").string();
    {
        Store store(db);
        ingest_park_reports(store);
    }
    auto run = [&](const std::string& arguments) {
        const int status = std::system((std::string(ZGCFACTS_CLI_PATH) + " sheet " + arguments + " > " +
                                        (dir / "out.txt").string() + " 2> " + (dir / "err.txt").string())
                                           .c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    CHECK(run("--db " + db + " --period 2023 --lang en") == 0);
    CHECK(contains(test::read_file(dir / "out.txt"), "over 52 billion yuan"));

    const auto html = dir / "sheet.html";
    CHECK(run("--db " + db + " --metric 成交额 --format html --out " + html.string()) == 0);
    CHECK(contains(test::read_file(html), "<svg "));
    CHECK(!std::filesystem::exists(html.string() + ".partial"));

    CHECK(run("--db " + db + " --doc 2 --format json") == 0);
    CHECK(json::parse(test::read_file(dir / "out.txt"))["scope"]["document_id"].as_int64() == 2);

    CHECK(run("--db " + db + " --format pdf") == 2);
    CHECK(run("--db " + db + " --lang fr") == 2);
    CHECK(run("--db " + db + " --period 23") == 2);
    CHECK(run("--db " + db + " --doc abc") == 2);
    CHECK(run("--period 2023") == 2);
    CHECK(run("--db " + db + " --doc 99") == 1);
    CHECK(contains(test::read_file(dir / "err.txt"), "no document with id 99"));
    CHECK(run("--db " + (dir / "missing.db").string()) == 1);
    std::filesystem::remove_all(dir);
}
#endif

}  // TEST_SUITE
