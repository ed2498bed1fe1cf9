// Attribution: metric labels, periods and the reference date, on sentences written for these tests.
// Mentions are built by hand (what scan() would report), so these tests pin attribution alone.
#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/attribute.hpp"
#include "attribute/reference_date.hpp"
#include "attribute/word_list.hpp"
#include "zgcfacts/document.hpp"

namespace {

using zgcfacts::Change;
using zgcfacts::Decimal;
using zgcfacts::Fact;
using zgcfacts::Kind;
using zgcfacts::Mention;
using zgcfacts::Sentence;

/// One mention to mark in a test text: its surface (found by position, `occurrence`-th match) and
/// what the grammar would say about it.
struct Spec {
    std::string_view surface;
    Kind kind;
    std::string_view value = "0";
    int occurrence = 1;
    Change change = Change::none;
    std::string_view base = {};
    std::optional<std::string_view> upper = std::nullopt;  // periods: the last year
    int date_year = 0;                                    // dates: the year as written
    std::string_view classifier = {};
};

std::size_t find_occurrence(std::string_view text, std::string_view surface, int occurrence) {
    std::size_t at = text.find(surface);
    for (int i = 1; i < occurrence && at != std::string_view::npos; ++i) at = text.find(surface, at + 1);
    REQUIRE_MESSAGE(at != std::string_view::npos, "surface not in text: " << surface);
    return at;
}

/// Sentences the simple way (after 。；！？), paragraphs at '\n' — enough for hand-written texts.
struct Layout {
    std::string text;  // the text without the '\n' paragraph marks
    std::vector<Sentence> sentences;
    std::vector<std::size_t> paragraph_breaks;
};

Layout lay_out(std::string_view written) {
    Layout layout;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (written[i] == '\n') {
            if (layout.text.size() > begin) layout.sentences.push_back({begin, layout.text.size()});
            begin = layout.text.size();
            layout.paragraph_breaks.push_back(layout.text.size());
            continue;
        }
        layout.text += written[i];
        for (std::string_view end : {"。", "；", "！", "？"}) {
            if (layout.text.ends_with(end)) {
                layout.sentences.push_back({begin, layout.text.size()});
                begin = layout.text.size();
            }
        }
    }
    if (layout.text.size() > begin) layout.sentences.push_back({begin, layout.text.size()});
    return layout;
}

std::vector<Fact> attribute(std::string_view written, const std::vector<Spec>& specs, int reference_year) {
    const Layout layout = lay_out(written);
    std::vector<Mention> mentions;
    for (const Spec& spec : specs) {
        Mention mention;
        mention.clean_start = find_occurrence(layout.text, spec.surface, spec.occurrence);
        mention.clean_end = mention.clean_start + spec.surface.size();
        mention.start = mention.clean_start;
        mention.end = mention.clean_end;
        mention.surface = std::string(spec.surface);
        mention.quantity.kind = spec.kind;
        mention.quantity.value = Decimal::parse(spec.value).value();
        mention.quantity.change = spec.change;
        mention.quantity.base = std::string(spec.base);
        if (spec.upper) mention.quantity.upper = Decimal::parse(*spec.upper).value();
        mention.quantity.date.year = spec.date_year;
        mention.quantity.classifier = std::string(spec.classifier);
        mentions.push_back(std::move(mention));
    }
    auto facts = zgcfacts::attribution::attribute({
        .text = layout.text,
        .sentences = layout.sentences,
        .paragraph_breaks = layout.paragraph_breaks,
        .mentions = mentions,
        .reference_year = reference_year,
    });
    REQUIRE(facts.size() == mentions.size());
    return facts;
}

/// The fact for `surface` among the facts of a text.
const Fact& fact_for(const std::vector<Fact>& facts, std::string_view surface, int occurrence = 1) {
    int seen = 0;
    for (const Fact& fact : facts)
        if (fact.mention.surface == surface && ++seen == occurrence) return fact;
    FAIL("no fact for " << surface);
    return facts.front();
}

struct MetricCase {
    std::string_view text;
    std::vector<Spec> mentions;
    std::string_view surface;  // the mention under test
    std::string_view metric;
};

}  // namespace

TEST_CASE("metric: the noun phrase before a figure, past the verbs and hedges that join them") {
    const std::vector<MetricCase> cases{
        {"今年展会招商总额达到356.7亿元。", {{"356.7亿元", Kind::money, "35670000000"}}, "356.7亿元", "展会招商总额"},
        {"签约金额约120亿元。", {{"约120亿元", Kind::money, "12000000000"}}, "约120亿元", "签约金额"},
        {"改造项目投资额共计8.6亿元；", {{"8.6亿元", Kind::money, "860000000"}}, "8.6亿元", "改造项目投资额"},
        {"国际参展商占比超30%。", {{"超30%", Kind::percent, "30"}}, "超30%", "国际参展商占比"},
        {"占地面积约12万平方米。", {{"约12万平方米", Kind::measure, "120000"}}, "约12万平方米", "占地面积"},
        // 的 ends the subject: 全市的研发经费 → 研发经费.
        {"全市的研发经费投入强度在6%以上。", {{"6%以上", Kind::percent, "6"}}, "6%以上", "研发经费投入强度"},
        // 有 inside 有限公司 is not the verb 有.
        {"某某科技有限公司营收超过3亿元。", {{"超过3亿元", Kind::money, "300000000"}}, "超过3亿元",
         "某某科技有限公司营收"},
        // A count with nothing after it: the noun before, past the verb 征集.
        {"大会共征集参赛项目2600余个。", {{"2600余个", Kind::count, "2600"}}, "2600余个", "参赛项目"},
        // A single character left over is a fragment, not a label.
        {"双方共设的第二项，", {{"第二项", Kind::ordinal, "2"}}, "第二项", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto facts = attribute(c.text, c.mentions, 2024);
        CHECK(fact_for(facts, c.surface).metric == c.metric);
    }
}

TEST_CASE("metric: for counts and ordinals, the noun after the classifier") {
    const std::vector<MetricCase> cases{
        {"大会发布58个重点合作项目，", {{"58个", Kind::count, "58"}}, "58个", "重点合作项目"},
        {"吸引了来自60多个国家和地区的嘉宾。", {{"60多个", Kind::count, "60"}}, "60多个", "国家和地区"},
        // 和 before the next figure joins the figures, not the nouns.
        {"来自151个国家和41个国际组织。", {{"151个", Kind::count, "151"}, {"41个", Kind::count, "41"}}, "151个",
         "国家"},
        {"为86家科技企业提供5亿多元资金支持。", {{"86家", Kind::count, "86"}, {"5亿多元", Kind::money, "500000000"}},
         "86家", "科技企业"},
        // Money followed by the noun it funds.
        {"为86家科技企业提供5亿多元资金支持。", {{"86家", Kind::count, "86"}, {"5亿多元", Kind::money, "500000000"}},
         "5亿多元", "资金支持"},
        // 世界一流的 is an attribute: the label goes on to the head noun.
        {"建设8家世界一流的新型研发机构。", {{"8家", Kind::count, "8"}}, "8家", "世界一流的新型研发机构"},
        // Other 的: the counted noun stops before it.
        {"展出30项来自高校的新成果。", {{"30项", Kind::count, "30"}}, "30项", ""},
        {"第五届国际科幻电影周在京开幕。", {{"第五届", Kind::ordinal, "5"}}, "第五届", "国际科幻电影周"},
        {"该设备的综合排名第二。", {{"第二", Kind::ordinal, "2"}}, "第二", "综合排名"},
        // A quoted name right after an ordinal is part of the label.
        {"第二代“天河”超级计算机。", {{"第二代", Kind::ordinal, "2"}}, "第二代", "“天河”超级计算机"},
        // Next to another mention the label stops: 3方面20项任务.
        {"部署3方面20项重点任务。", {{"3", Kind::count, "3"}, {"20项", Kind::count, "20"}}, "3", "方面"},
        {"部署3方面20项重点任务。", {{"3", Kind::count, "3"}, {"20项", Kind::count, "20"}}, "20项", "重点任务"},
        // A verb right after the classifier: fall back to the noun before.
        {"累计注册企业4500家，", {{"4500家", Kind::count, "4500"}}, "4500家", "注册企业"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CAPTURE(c.surface);
        const auto facts = attribute(c.text, c.mentions, 2024);
        CHECK(fact_for(facts, c.surface).metric == c.metric);
    }
}

TEST_CASE("metric: a change or ratio belongs to the figure it changes, not to its base") {
    const std::vector<MetricCase> cases{
        // 同比增长 has no subject of its own: it takes the metric of the figure before it.
        {"全年营业收入达88.5亿元，同比增长12.3%。",
         {{"88.5亿元", Kind::money, "8850000000"}, {"12.3%", Kind::percent, "12.3", 1, Change::up, "同比"}},
         "12.3%", "营业收入"},
        // 是2015年的2.1倍: the year is the base, the metric is the 出口额 before 是.
        {"出口额是2015年的2.1倍。", {{"2015年", Kind::year, "2015"}, {"2.1倍", Kind::ratio, "2.1"}}, "2.1倍",
         "出口额"},
        {"劳动生产率提高到原来的2倍。", {{"2倍", Kind::ratio, "2", 1, Change::none, "原来"}}, "2倍", "劳动生产率"},
        {"该省出口额达到900亿元，是全国平均水平的1.8倍。",
         {{"900亿元", Kind::money, "90000000000"}, {"1.8倍", Kind::ratio, "1.8", 1, Change::none, "全国平均水平"}},
         "1.8倍", "该省出口额"},
        // 相较于上一代产品 is the base; the subject is before it.
        {"能耗相较于上一代产品降低了30%。", {{"30%", Kind::percent, "30", 1, Change::down}}, "30%", "能耗"},
        // 较2016年 with nothing before it in the clause: inherit.
        {"人均产值达到21万元，较2016年基本实现翻番。",
         {{"21万元", Kind::money, "210000"}, {"2016年", Kind::year, "2016"}, {"翻番", Kind::ratio, "2", 1, Change::up, "较2016年"}},
         "翻番", "人均产值"},
        // A subject between the year and the change: its own metric.
        {"2023年全市技术合同成交额同比增长9.5%。",
         {{"2023年", Kind::year, "2023"}, {"9.5%", Kind::percent, "9.5", 1, Change::up, "同比"}}, "9.5%",
         "全市技术合同成交额"},
        // 由…的X提高到Y: the metric stands before 由, for the starting value and the new one.
        {"研发投入强度由2012年的5.95%提高到6.73%。",
         {{"2012年", Kind::year, "2012"}, {"5.95%", Kind::percent, "5.95"}, {"6.73%", Kind::percent, "6.73"}},
         "5.95%", "研发投入强度"},
        {"研发投入强度由2012年的5.95%提高到6.73%。",
         {{"2012年", Kind::year, "2012"}, {"5.95%", Kind::percent, "5.95"}, {"6.73%", Kind::percent, "6.73"}},
         "6.73%", "研发投入强度"},
        // An amount that changes: the subject before the base (上年末 is a time word, not a label).
        {"全市常住人口比上年末减少3.1万人。", {{"3.1万人", Kind::count, "31000", 1, Change::down, "上年末"}}, "3.1万人",
         "全市常住人口"},
        // 高于/低于 open a base like 比 does.
        {"增速低于上年2个百分点。", {{"2个百分点", Kind::percent, "2", 1, Change::down, "上年"}}, "2个百分点", "增速"},
        // Verbs that hold a figure at a level are not part of the subject.
        {"城镇调查失业率控制在4.5%以内。", {{"4.5%以内", Kind::percent, "4.5"}}, "4.5%以内", "城镇调查失业率"},
        {"建成后年产值可达300亿元以上。", {{"300亿元以上", Kind::money, "30000000000"}}, "300亿元以上",
         "建成后年产值"},
        // 由 as "by", with no figure after its 的, is no starting point: the label is as before.
        {"由企业主导的项目占比达到60%。", {{"60%", Kind::percent, "60"}}, "60%", "项目占比"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto facts = attribute(c.text, c.mentions, 2024);
        CHECK(fact_for(facts, c.surface).metric == c.metric);
    }
}

TEST_CASE("metric: time mentions date other figures and measure nothing themselves") {
    const auto facts = attribute("2023年，园区新增企业500家。",
                                 {{"2023年", Kind::year, "2023"}, {"500家", Kind::count, "500"}}, 2024);
    CHECK(fact_for(facts, "2023年").metric.empty());
    CHECK(fact_for(facts, "500家").metric == "园区新增企业");
}

struct PeriodCase {
    std::string_view text;
    std::vector<Spec> mentions;
    std::string_view surface;
    std::string_view period;
    int reference_year = 2024;
};

TEST_CASE("period: stated times, relative years, cumulative spans and the reference year") {
    const std::vector<PeriodCase> cases{
        // Nothing stated: the document's reference year.
        {"展会签约金额超过200亿元。", {{"超过200亿元", Kind::money, "20000000000"}}, "超过200亿元", "2024"},
        // Nothing stated and no reference year: unknown.
        {"展会签约金额超过200亿元。", {{"超过200亿元", Kind::money, "20000000000"}}, "超过200亿元", "", 0},
        // A year as the topic of the sentence.
        {"2022年，全市技术合同成交额达到7947亿元。",
         {{"2022年", Kind::year, "2022"}, {"7947亿元", Kind::money, "794700000000"}}, "7947亿元", "2022"},
        // Relative years against the reference year.
        {"截至去年底，园区累计注册企业3200家。", {{"3200家", Kind::count, "3200"}}, "3200家", "2023"},
        {"前年，该市引进人才900人。", {{"900人", Kind::count, "900"}}, "900人", "2022"},
        {"目前，已有12家企业上市。", {{"12家", Kind::count, "12"}}, "12家", "2024"},
        // 去年同期 is a base, not the period.
        {"销售额比去年同期增长15%。", {{"15%", Kind::percent, "15", 1, Change::up, "去年同期"}}, "15%", "2024"},
        {"与去年同期相比，销售额增长15%。", {{"15%", Kind::percent, "15", 1, Change::up}}, "15%", "2024"},
        // Opening a clause, 去年同期 states the figures of last year's same period.
        {"今年新设企业300家，去年同期新设企业250家。", {{"300家", Kind::count, "300"}, {"250家", Kind::count, "250"}},
         "250家", "2023"},
        // Cumulative spans: 自X以来, X年以来, N年来.
        {"自2018年创办以来，大赛累计吸引1.2万个项目参赛。",
         {{"2018年", Kind::year, "2018"}, {"1.2万个", Kind::count, "12000"}}, "1.2万个", "2018/2024"},
        {"2019年以来，新增专利4000余件。", {{"2019年", Kind::year, "2019"}, {"4000余件", Kind::count, "4000"}},
         "4000余件", "2019/2024"},
        {"十年来，两地共建园区超过40个。", {{"十年来", Kind::duration, "10"}, {"超过40个", Kind::count, "40"}},
         "超过40个", "2014/2024"},
        {"今年以来，新增企业500家。", {{"500家", Kind::count, "500"}}, "500家", "2024"},
        // The last N years looked back on: 近五年, 过去五年, 最近三年, with or without 来.
        {"近五年技术合同成交额年均增长15%。", {{"近五年", Kind::duration, "5"}, {"15%", Kind::percent, "15", 1,
          Change::up}},
         "15%", "2019/2024"},
        // 过去 ends the year before the current one: 过去一年 is last year.
        {"过去五年，研发投入年均增长10%。", {{"五年", Kind::duration, "5"}, {"10%", Kind::percent, "10", 1,
          Change::up}},
         "10%", "2019/2023"},
        {"过去一年，国内生产总值增长5%。", {{"一年", Kind::duration, "1"}, {"5%", Kind::percent, "5", 1,
          Change::up}},
         "5%", "2023"},
        {"最近三年，累计投入20亿元。", {{"三年", Kind::duration, "3"}, {"20亿元", Kind::money, "2000000000"}},
         "20亿元", "2021/2024"},
        // Five-year plans: since one began, its years, its last year; its document dates nothing.
        {"“十四五”以来，累计培育企业800余家。", {{"800余家", Kind::count, "800"}}, "800余家", "2021/2024"},
        {"十三五时期，研发投入强度保持在6%左右。", {{"6%左右", Kind::percent, "6"}}, "6%左右", "2016/2020"},
        {"“十四五”期间，新建基站5万个。", {{"5万个", Kind::count, "50000"}}, "5万个", "2021/2025"},
        {"到“十四五”末，建成园区20个。", {{"20个", Kind::count, "20"}}, "20个", "2025"},
        {"“十四五”规划提出新建园区20个。", {{"20个", Kind::count, "20"}}, "20个", "2024"},
        // A span that does not look back dates nothing: 超过十年的企业 are old, not of a span.
        {"超过十年的企业有300家。", {{"超过十年", Kind::duration, "10"}, {"300家", Kind::count, "300"}}, "300家",
         "2024"},
        // An event's start without 以来 dates the event, not the figures after it.
        {"本届大赛于2023年8月启动，共征集项目2800余个。",
         {{"2023年8月", Kind::date, "0", 1, Change::none, {}, std::nullopt, 2023}, {"2800余个", Kind::count, "2800"}},
         "2800余个", "2024"},
        // A base year is not the period; the topic year is.
        {"2023年，产值达到50亿元，是2015年的3倍。",
         {{"2023年", Kind::year, "2023"}, {"50亿元", Kind::money, "5000000000"}, {"2015年", Kind::year, "2015"},
          {"3倍", Kind::ratio, "3"}},
         "3倍", "2023"},
        // A time written as 2012年的X dates X only: the figure it changes to is the topic's.
        {"2023年，研发投入强度由2012年的5.95%提高到6.73%。",
         {{"2023年", Kind::year, "2023"}, {"2012年", Kind::year, "2012"}, {"5.95%", Kind::percent, "5.95"},
          {"6.73%", Kind::percent, "6.73", 1, Change::up}},
         "5.95%", "2012"},
        {"2023年，研发投入强度由2012年的5.95%提高到6.73%。",
         {{"2023年", Kind::year, "2023"}, {"2012年", Kind::year, "2012"}, {"5.95%", Kind::percent, "5.95"},
          {"6.73%", Kind::percent, "6.73", 1, Change::up}},
         "6.73%", "2023"},
        {"研发投入强度由2012年的5.95%提高到6.73%。",
         {{"2012年", Kind::year, "2012"}, {"5.95%", Kind::percent, "5.95"}, {"6.73%", Kind::percent, "6.73"}},
         "6.73%", "2024"},
        // A base's own value is the base year's; the figure compared with it is not.
        {"营收比2022年的290亿元增长5%。",
         {{"2022年", Kind::year, "2022"}, {"290亿元", Kind::money, "29000000000"}, {"5%", Kind::percent, "5", 1,
          Change::up}},
         "290亿元", "2022"},
        {"营收比2022年的290亿元增长5%。",
         {{"2022年", Kind::year, "2022"}, {"290亿元", Kind::money, "29000000000"}, {"5%", Kind::percent, "5", 1,
          Change::up}},
         "5%", "2024"},
        // A span named in a title dates what the title's document lays out.
        {"《行动计划（2025—2027年）》提出18项任务。",
         {{"2025—2027年", Kind::period, "2025", 1, Change::none, {}, "2027"}, {"18项", Kind::count, "18"}}, "18项",
         "2025/2027"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CAPTURE(c.reference_year);
        const auto facts = attribute(c.text, c.mentions, c.reference_year);
        CHECK(fact_for(facts, c.surface).period == c.period);
    }
}

TEST_CASE("period: which kinds get a period at all") {
    const std::vector<PeriodCase> cases{
        // Physical measures, ordinals and durations are properties, not statistics of a year.
        {"2023年，新建管线120公里。", {{"2023年", Kind::year, "2023"}, {"120公里", Kind::measure, "120000"}},
         "120公里", ""},
        // A measure of an amount produced or used is a statistic.
        {"2023年，粮食产量达到6.95亿吨。", {{"2023年", Kind::year, "2023"}, {"6.95亿吨", Kind::measure, "695000000"}},
         "6.95亿吨", "2023"},
        {"全社会发电量9.4万亿千瓦时。", {{"9.4万亿千瓦时", Kind::measure, "9400000000000"}}, "9.4万亿千瓦时", "2024"},
        {"第三届论坛开幕。", {{"第三届", Kind::ordinal, "3"}}, "第三届", ""},
        {"十年来，两地共建园区超过40个。", {{"十年来", Kind::duration, "10"}, {"超过40个", Kind::count, "40"}},
         "十年来", ""},
        // N地 names the places themselves (京津冀三地), it is no statistic.
        {"2023年，京津冀三地共建园区40个。", {{"2023年", Kind::year, "2023"}, {"三地", Kind::count, "3", 1,
          Change::none, {}, std::nullopt, 0, "地"}, {"40个", Kind::count, "40"}},
         "三地", ""},
        {"2023年，京津冀三地共建园区40个。", {{"2023年", Kind::year, "2023"}, {"三地", Kind::count, "3", 1,
          Change::none, {}, std::nullopt, 0, "地"}, {"40个", Kind::count, "40"}},
         "40个", "2023"},
        // A ratio without a stated time has no period; with one it has.
        {"效率提升了100倍。", {{"100倍", Kind::ratio, "100"}}, "100倍", ""},
        // Time mentions carry their own time.
        {"2021年，园区成立。", {{"2021年", Kind::year, "2021"}}, "2021年", "2021"},
        {"6月18日，园区揭牌。", {{"6月18日", Kind::date, "0"}}, "6月18日", "2024"},
        {"2022年6月，园区揭牌。", {{"2022年6月", Kind::date, "0", 1, Change::none, {}, std::nullopt, 2022}},
         "2022年6月", "2022"},
        {"《行动计划（2025—2027年）》发布。", {{"2025—2027年", Kind::period, "2025", 1, Change::none, {}, "2027"}},
         "2025—2027年", "2025/2027"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto facts = attribute(c.text, c.mentions, c.reference_year);
        CHECK(fact_for(facts, c.surface).period == c.period);
    }
}

TEST_CASE("period: a stated time carries to the next sentences of its paragraph, not beyond") {
    const std::string_view same_paragraph = "2022年，研发投入强度达6%。其中，基础研究占比为16%。";
    const std::vector<Spec> mentions{{"2022年", Kind::year, "2022"}, {"6%", Kind::percent, "6"},
                                     {"16%", Kind::percent, "16"}};
    CHECK(fact_for(attribute(same_paragraph, mentions, 2024), "16%").period == "2022");

    const std::string_view next_paragraph = "2022年，研发投入强度达6%。\n其中，基础研究占比为16%。";
    CHECK(fact_for(attribute(next_paragraph, mentions, 2024), "16%").period == "2024");

    // A later sentence with its own time uses it.
    const auto facts = attribute("2022年，研发投入强度达6%。2023年，专利授权量为1.2万件。",
                                 {{"2022年", Kind::year, "2022"}, {"6%", Kind::percent, "6"},
                                  {"2023年", Kind::year, "2023"}, {"1.2万件", Kind::count, "12000"}},
                                 2024);
    CHECK(fact_for(facts, "1.2万件").period == "2023");
}

TEST_CASE("facts keep their mention and the index of their sentence") {
    const auto facts = attribute("园区有企业300家。新增项目40个。",
                                 {{"300家", Kind::count, "300"}, {"40个", Kind::count, "40"}}, 2024);
    REQUIRE(facts.size() == 2);
    CHECK(facts[0].sentence == 0);
    CHECK(facts[1].sentence == 1);
    CHECK(facts[1].mention.surface == "40个");
    CHECK(facts[1].metric == "新增项目");
}

TEST_CASE("attribution copes with no sentences and no mentions") {
    CHECK(attribute("", {}, 2024).empty());
    const std::string text = "新增项目40个";
    Mention mention;
    mention.clean_start = text.find("40个");
    mention.clean_end = text.size();
    mention.surface = "40个";
    mention.quantity.kind = Kind::count;
    const std::vector<Mention> mentions{mention};
    const auto facts = zgcfacts::attribution::attribute(
        {.text = text, .sentences = {}, .paragraph_breaks = {}, .mentions = mentions, .reference_year = 2024});
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].sentence == 0);
    CHECK(facts[0].metric == "新增项目");
    CHECK(facts[0].period == "2024");
}

TEST_CASE("attribution refuses mentions outside the text and survives an unclosed quote") {
    Mention stray;
    stray.clean_start = 3;
    stray.clean_end = 40;
    stray.surface = "40个";
    const std::vector<Mention> mentions{stray};
    CHECK_THROWS_AS(zgcfacts::attribution::attribute({.text = "新增项目",
                                                      .sentences = {},
                                                      .paragraph_breaks = {},
                                                      .mentions = mentions,
                                                      .reference_year = 2024}),
                    std::invalid_argument);

    // An opening quote with no closing one in the sentence: the label stops at the quote.
    const auto facts = attribute("第二代“天河计算机。下一句”。", {{"第二代", Kind::ordinal, "2"}}, 2024);
    CHECK(fact_for(facts, "第二代").metric.empty());
}

TEST_CASE("word lists find the longest word at a position") {
    const zgcfacts::attribution::WordList words{"于", "相较于", "较"};
    const std::string_view text = "能效相较于传统";
    const std::size_t end = text.find("传统");
    CHECK(words.longest_ending_at(text, end) == std::string_view("相较于").size());
    // A floor inside the long word leaves only the short one.
    CHECK(words.longest_ending_at(text, end, end - 3) == 3);
    CHECK(words.longest_starting_at(text, text.find("相较")) == std::string_view("相较于").size());
    CHECK(words.longest_starting_at(text, 0) == 0);
    const zgcfacts::attribution::WordList shields{"占比"};
    const std::string_view share = "项目占比";
    CHECK(shields.covers(share, share.find("比"), share.size()));
    CHECK_FALSE(shields.covers("项目比", std::string_view("项目").size(), std::string_view("项目比").size()));
}

TEST_CASE("the date option gives the reference year or an error naming the option") {
    using zgcfacts::attribution::reference_year_from_date;
    struct Good {
        std::string_view date;
        int year;
    };
    for (const Good& good : std::vector<Good>{{"2024-04-30", 2024}, {"2024", 2024}, {"2024-02-29", 2024}, {"1999-12-31", 1999}}) {
        CAPTURE(good.date);
        const auto year = reference_year_from_date(good.date);
        REQUIRE(year.has_value());
        CHECK(*year == good.year);
    }
    for (std::string_view bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-04-30", "2024/04/30",
                                 "20240430", "2024-4-30", "abcd", "0000", " 2024"}) {
        CAPTURE(bad);
        const auto year = reference_year_from_date(bad);
        REQUIRE_FALSE(year.has_value());
        CHECK(year.error().message.find("date option") != std::string::npos);
        CHECK(year.error().message.find(std::string(bad)) != std::string::npos);
    }
}

TEST_CASE("analyze rejects a malformed date before reading the text") {
    zgcfacts::AnalyzeOptions options;
    options.date = "2024-02-30";
    const auto document = zgcfacts::analyze("园区新增企业500家。", options);
    REQUIRE_FALSE(document.has_value());
    CHECK(document.error().message.find("date option") != std::string::npos);
}

TEST_CASE("metric: list items share a noun written once") {
    const auto counted = [](std::string_view surface, std::string_view value, std::string_view classifier) {
        return Spec{surface, Kind::count, value, 1, Change::none, {}, std::nullopt, 0, classifier};
    };
    const std::string_view text = "遴选出主会场8项、分会场12项科研成果。";
    const auto facts = attribute(text, {counted("8项", "8", "项"), counted("12项", "12", "项")}, 2024);
    CHECK(fact_for(facts, "8项").metric == "科研成果");
    CHECK(fact_for(facts, "12项").metric == "科研成果");

    // A different classifier is a different list: the noun before is kept.
    const auto mixed = attribute("新增企业10家、项目20个。", {counted("10家", "10", "家"), counted("20个", "20", "个")}, 2024);
    CHECK(fact_for(mixed, "10家").metric == "新增企业");
}

TEST_CASE("metric: labels run across Latin words and drop the spaces typeset around them") {
    const auto facts = attribute("这次下线的300兆瓦级 F 级燃气轮机由5万余个零部件构成。",
                                 {{"300兆瓦级", Kind::measure, "300"}, {"5万余个", Kind::count, "50000"}}, 2024);
    // After the figure, not the relative clause before 的.
    CHECK(fact_for(facts, "300兆瓦级").metric == "F级燃气轮机");
    CHECK(fact_for(facts, "5万余个").metric == "零部件");
}

TEST_CASE("metric: a space between two Latin words is kept") {
    const auto facts = attribute("接入3000个Open Source项目。", {{"3000个", Kind::count, "3000"}}, 2024);
    CHECK(fact_for(facts, "3000个").metric == "Open Source项目");
}

TEST_CASE("metric: hedges and bases in more shapes") {
    const std::vector<MetricCase> cases{
        // 近 is a hedge only right before a figure; inside a name it is a character like any other.
        {"王近山团队成员共计25人。", {{"25人", Kind::count, "25"}}, "25人", "王近山团队成员"},
        {"研发投入近3亿元。", {{"3亿元", Kind::money, "300000000"}}, "3亿元", "研发投入"},
        // 较去年同期 is a base even with the relative year inside it.
        {"出货量达到3.2万台，较去年同期增长了两成。",
         {{"3.2万台", Kind::count, "32000"}, {"两成", Kind::percent, "20", 1, Change::up, "较去年同期"}}, "两成",
         "出货量"},
        // 占…的N%: a share of a base; the figure belongs to the subject before 占.
        {"园区总产值达到2万亿元，占全省的35%。",
         {{"2万亿元", Kind::money, "2000000000000"}, {"35%", Kind::percent, "35"}}, "35%", "园区总产值"},
        // N%的X: the share is of X.
        {"超过60%的受访企业计划扩大投资。", {{"超过60%", Kind::percent, "60"}}, "超过60%", "受访企业"},
        // Statistical scopes keep the hedge or breaker inside them: 以上 and 全 are part of the label.
        {"规模以上工业增加值同比下降1.2%。", {{"1.2%", Kind::percent, "1.2", 1, Change::down, "同比"}}, "1.2%",
         "规模以上工业增加值"},
        {"一季度，全国高校和科研机构专利转让许可次数超过1.2万次。", {{"超过1.2万次", Kind::count, "12000"}},
         "超过1.2万次", "全国高校和科研机构专利转让许可次数"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto facts = attribute(c.text, c.mentions, 2024);
        CHECK(fact_for(facts, c.surface).metric == c.metric);
    }
}

TEST_CASE("analyze: from raw text to facts with sentences, metric, period and the reference year") {
    // PDF-style whitespace inside figures; the second paragraph states its own year.
    const std::string raw = "园区新增企业 500 家。\n\n2023年，全年营收达到 12 亿元，同比增长 8%。";

    zgcfacts::AnalyzeOptions dated;
    dated.date = "2024-05-01";
    const auto document = zgcfacts::analyze(raw, dated);
    REQUIRE(document.has_value());
    CHECK(document->reference_year == 2024);
    CHECK_FALSE(document->reference_year_inferred);

    const auto find = [&](std::string_view surface) -> const Fact& {
        for (const Fact& fact : document->facts)
            if (fact.mention.surface == surface) return fact;
        FAIL("no fact for " << surface);
        return document->facts.front();
    };
    const Fact& firms = find("500 家");
    CHECK(firms.metric == "园区新增企业");
    CHECK(firms.period == "2024");
    CHECK(document->sentence_text(firms.sentence) == "园区新增企业 500 家。");

    const Fact& revenue = find("12 亿元");
    CHECK(revenue.metric == "营收");
    CHECK(revenue.period == "2023");
    CHECK(document->sentence_text(revenue.sentence).find("同比增长 8%") != std::string::npos);
    CHECK(find("8%").metric == "营收");

    CHECK_THROWS_AS((void)document->sentence_text(document->sentences.size()), std::out_of_range);

    // Without a date the year is inferred from the text, and flagged as a guess.
    const auto guessed = zgcfacts::analyze(raw);
    REQUIRE(guessed.has_value());
    CHECK(guessed->reference_year == 2023);
    CHECK(guessed->reference_year_inferred);
}

TEST_CASE("metric: a per written before the amount belongs to the figure, not to its subject") {
    auto document = zgcfacts::analyze("今年全市平均房价为每平方米6.5万元。");
    REQUIRE(document);
    REQUIRE(document->facts.size() == 1);
    CHECK(document->facts[0].mention.quantity.per == "平方米");
    CHECK(document->facts[0].metric == "全市平均房价");
}

TEST_CASE("a change verb at the end of a heading does not change the figure opening the next paragraph") {
    auto document = zgcfacts::analyze("实验室达到80家，全国排名第一。\n\n## 科技创新能力持续提升\n\n30余项重大科技成果发布。");
    REQUIRE(document);
    REQUIRE(document->facts.size() == 3);
    CHECK(document->facts[2].mention.surface == "30余项");
    CHECK(document->facts[2].mention.quantity.change == Change::none);
    CHECK(document->facts[2].metric == "重大科技成果");
    // A PDF line wrap is no paragraph: the change stays.
    document = zgcfacts::analyze("全市常住人口比上年末减少\n3.1万人。");
    REQUIRE(document);
    REQUIRE(document->facts.size() == 1);
    CHECK(document->facts[0].mention.quantity.change == Change::down);
}

TEST_CASE("metric: a clause verb inside a noun (覆盖率) does not cut the label") {
    auto document = zgcfacts::analyze("2024年，全市森林覆盖率达到44.9%。");
    REQUIRE(document);
    REQUIRE(document->facts.size() == 2);
    CHECK(document->facts[1].metric == "全市森林覆盖率");
}

namespace {

/// Analyzes each text and checks the metric of its last fact.
template <std::size_t N>
void check_last_metric(const std::pair<const char*, const char*> (&cases)[N]) {
    for (const auto& [text, metric] : cases) {
        CAPTURE(text);
        auto document = zgcfacts::analyze(text);
        REQUIRE(document);
        REQUIRE_FALSE(document->facts.empty());
        CHECK(document->facts.back().metric == metric);
    }
}

}  // namespace

TEST_CASE("metric: how a bulletin measured, the change verbs it uses and its plans are not the subject") {
    const std::pair<const char*, const char*> cases[] = {
        {"全年规模以上工业增加值按可比价格计算比上年增长0.4%。", "规模以上工业增加值"},
        {"全市地区生产总值按不变价格计算比上年增长5.2%。", "全市地区生产总值"},
        {"全年居民消费价格比上年上涨0.4%。", "居民消费价格"},
        {"其中服务价格上涨1.0%。", "服务价格"},
        {"工业品出厂价格下跌2.1%。", "工业品出厂价格"},
        {"增速比上年加快2.2个百分点。", "增速"},
        // Plans: 拟 (is to) and 安排 (arrange) are the verb, not the subject.
        {"拟安排地方政府专项债券3.9万亿元。", "地方政府专项债券"},
        {"中央预算内投资拟安排7000亿元。", "中央预算内投资"},
        {"赤字率拟按3%安排。", "赤字率"},
        {"虚拟电厂调节能力达到300万千瓦。", "虚拟电厂调节能力"},
        // 及以上 is part of the noun (degrees at that level or higher), not a hedge.
        {"其中硕士及以上学历人员占比达42%。", "硕士及以上学历人员占比"},
    };
    check_last_metric(cases);
}

TEST_CASE("metric: time words, averaging adverbs and shares of a whole") {
    const std::pair<const char*, const char*> cases[] = {
        // 全年 dates the figure (a period cue); it is not what is measured.
        {"全年全市地区生产总值49843.1亿元。", "全市地区生产总值"},
        // 年均 and 平均 between the subject and its figure are adverbs ...
        {"技术合同成交额年均增长15%。", "技术合同成交额"},
        {"城镇调查失业率平均为4.1%。", "城镇调查失业率"},
        {"300家企业年均增长20%。", "企业"},
        // ... and inside a noun, part of it; a point between digits is part of a name.
        {"PM2.5年均浓度为30.5微克/立方米。", "PM2.5年均浓度"},
        {"全市平均工资为12万元。", "全市平均工资"},
        {"研发投入年均增长率为5%。", "研发投入年均增长率"},
        // A share is the subject's share of a whole: 占 keeps both.
        {"我国光伏组件产量占全球比重超过80%。", "我国光伏组件产量占全球比重"},
        {"全年研究与试验发展经费投入占地区生产总值的比重为6.58%。", "研究与试验发展经费投入占地区生产总值的比重"},
        {"企业研发投入占全社会研发投入的比重超过77%。", "企业研发投入占全社会研发投入的比重"},
        {"出口份额占全球市场份额的15%。", "出口份额"},
        // Nouns made of a clause verb (申请量, 集聚区) do not cut the subject.
        {"专利申请量占全国的比重达到25.3%。", "专利申请量占全国的比重"},
        {"建设3至5个产业集聚区。", "产业集聚区"},
        // A short quoted name inside the noun phrase before a figure stays in it; a long quotation does not.
        {"全市共有国家级专精特新“小巨人”企业1035家。", "国家级专精特新“小巨人”企业"},
        {"会上提出“推动科技创新和产业创新深度融合发展”目标3项。", "目标"},
        // A converted figure restates the one before it; 开幕式 is a noun, not the verb 开幕.
        {"人均GDP超过20万元，约合2.8万美元。", "人均GDP"},
        {"出口额500亿元，折合70亿美元。", "出口额"},
        {"本届论坛共设置1场开幕式。", "开幕式"},
        // A one-character fragment cut off by a breaker is no subject.
        {"企业引进量占全市的比重为20%。", "全市的比重"},
        // 占 opening a clause: the share of the previous figure's subject.
        {"高技术制造业增加值增长12.5%，占规模以上工业增加值的比重为28.6%。",
         "高技术制造业增加值占规模以上工业增加值的比重"},
        // Without a subject before 占, the share is all there is.
        {"占全球比重超过60%。", "全球比重"},
        {"数字经济增加值占比超过40%。", "数字经济增加值占比"},
    };
    check_last_metric(cases);
}

TEST_CASE("period: the present (目前) continues a span running up to it") {
    struct Case {
        std::string_view text;
        std::vector<Spec> mentions;
        std::string_view surface;
        std::string_view period;
    };
    const std::vector<Case> cases{
        // From the sentence before, and within the sentence.
        {"自2017年启动以来，大赛累计支持企业219家。目前，已有61家企业上市。",
         {{"2017年", Kind::year, "2017"}, {"219家", Kind::count, "219"}, {"61家", Kind::count, "61"}}, "61家",
         "2017/2024"},
        {"自2017年启动以来，大赛累计支持企业219家，目前已有61家企业上市。",
         {{"2017年", Kind::year, "2017"}, {"219家", Kind::count, "219"}, {"61家", Kind::count, "61"}}, "61家",
         "2017/2024"},
        // And carries on after it.
        {"自2017年启动以来，大赛累计支持企业219家。目前，已有61家企业上市。其中12家在科创板。",
         {{"2017年", Kind::year, "2017"}, {"219家", Kind::count, "219"}, {"61家", Kind::count, "61"},
          {"12家", Kind::count, "12"}},
         "12家", "2017/2024"},
        // After a single year, the present is the reference year.
        {"2022年，新增企业300家。目前，企业总数达5000家。",
         {{"2022年", Kind::year, "2022"}, {"300家", Kind::count, "300"}, {"5000家", Kind::count, "5000"}}, "5000家",
         "2024"},
        // 今年 is a year of its own, not the present moment.
        {"自2017年启动以来，大赛累计支持企业219家。今年，新增企业30家。",
         {{"2017年", Kind::year, "2017"}, {"219家", Kind::count, "219"}, {"30家", Kind::count, "30"}}, "30家",
         "2024"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(fact_for(attribute(c.text, c.mentions, 2024), c.surface).period == c.period);
    }
}

TEST_CASE("period: a running total (累计) takes no single year from elsewhere") {
    struct Case {
        std::string_view text;
        std::vector<Spec> mentions;
        std::string_view surface;
        std::string_view period;
    };
    const std::vector<Case> cases{
        // Neither the year carried from the sentence before nor the reference year.
        {"2023年，成交额增长10%。专项累计投入经费近2.4亿元。",
         {{"2023年", Kind::year, "2023"}, {"10%", Kind::percent, "10", 1, Change::up},
          {"近2.4亿元", Kind::money, "240000000"}},
         "近2.4亿元", ""},
        {"专项支持课题95项，累计投入经费近2.4亿元。",
         {{"95项", Kind::count, "95"}, {"近2.4亿元", Kind::money, "240000000"}}, "近2.4亿元", ""},
        // Only the figure in 累计's clause.
        {"专项支持课题95项，累计投入经费近2.4亿元。",
         {{"95项", Kind::count, "95"}, {"近2.4亿元", Kind::money, "240000000"}}, "95项", "2024"},
        // A time in its own sentence, a span, an event or a year framing it still date it.
        {"截至去年底，园区累计注册企业3200家。", {{"3200家", Kind::count, "3200"}}, "3200家", "2023"},
        {"自2017年启动以来，大赛吸引项目1.5万个。累计支持企业219家。",
         {{"2017年", Kind::year, "2017"}, {"1.5万个", Kind::count, "15000"}, {"219家", Kind::count, "219"}}, "219家",
         "2017/2024"},
        {"论坛期间，累计签约129个合作项目。", {{"129个", Kind::count, "129"}}, "129个", "2024"},
        {"全年累计新增企业500家。", {{"500家", Kind::count, "500"}}, "500家", "2024"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(fact_for(attribute(c.text, c.mentions, 2024), c.surface).period == c.period);
    }
}

TEST_CASE("metric: N地 counts the places named right before it") {
    const std::vector<MetricCase> cases{
        {"京津冀三地一张图规划。", {{"三地", Kind::count, "3", 1, Change::none, {}, std::nullopt, 0, "地"}}, "三地",
         "京津冀"},
        // Places not named right before: what follows, as for any count.
        {"与会者围绕三地协同发展交流。", {{"三地", Kind::count, "3", 1, Change::none, {}, std::nullopt, 0, "地"}},
         "三地", "协同发展交流"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(fact_for(attribute(c.text, c.mentions, 2024), c.surface).metric == c.metric);
    }
}
