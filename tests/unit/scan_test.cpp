// scan(): every mention of a text, with raw byte offsets, and nothing that is not a figure.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "zgcfacts/scan.hpp"

using namespace zgcfacts;

namespace {

std::vector<Mention> mentions_of(const std::string& text, int reference_year = 0) {
    auto result = scan(text, ScanOptions{{}, reference_year, nullptr});
    REQUIRE(result);
    return *result;
}

std::vector<std::string> surfaces_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : mentions_of(text)) out.push_back(m.surface);
    return out;
}

}  // namespace

TEST_CASE("offsets are raw byte offsets, PDF line breaks inside the span included") {
    const std::string raw = "签约金额超 610\n\n亿元，发布 231 个项目。";
    auto found = mentions_of(raw);
    REQUIRE(found.size() == 2);
    CHECK(found[0].surface == "超 610\n\n亿元");
    CHECK(raw.substr(found[0].start, found[0].end - found[0].start) == found[0].surface);
    CHECK(found[0].quantity.value.to_string() == "61000000000");
    CHECK(found[1].surface == "231 个");
    CHECK(raw.substr(found[1].start, found[1].end - found[1].start) == "231 个");
}

TEST_CASE("spaces between CJK characters and digits do not split a figure") {
    CHECK(surfaces_of("为 来 自 40 多 个 国 家 的") == std::vector<std::string>{"40 多 个"});
    CHECK(surfaces_of("于 4 月 25 日 开幕") == std::vector<std::string>{"4 月 25 日"});
}

TEST_CASE("a line break between two numbers keeps them apart") {
    auto found = mentions_of("数据表 23\n\n5000个");
    REQUIRE(found.size() == 2);
    CHECK(found[0].quantity.value.to_string() == "23");
    CHECK(found[1].quantity.value.to_string() == "5000");
}

TEST_CASE("numerals inside words, idioms, names and codes are not figures") {
    const char* texts[] = {
        "一年一度的科技盛会", "推出新一批重大政策", "一方面展示了成果", "统一大市场",
        "赋能千行百业", "四川省代表团", "五角大楼发言人", "一切为了人民", "全国两会期间",
        "“北脑二号”脑机系统", "5G基站建设", "3D打印技术", "发布TongOS2.0系统", "RISC-V架构",
        "人类共享同一个地球", "万众一心", "成为第一动力", "“四个中心”功能建设", "千家万户",
        "签约仪式上", "几天来", "零部件制造", "从“0”到“1”的突破", "一成不变",
        "第一产业增加值", "十四五规划", "三成为主力", "节约两成本",
        // Clock times, phone numbers, codes and model names.
        "上午9时30分开幕", "晚上8点", "9点30分开幕", "发布于10:32", "联系电话010-62345678",
        "股票代码688001", "拨打12345热线", "iPhone 15发布", "GPT-4模型", "主要任务1.加快建设", "大模型4.0版本",
        "迈向工业4.0", "7×", "营收翻了近一番", "成千上万的观众", "数以万计的游客", "成百上千家企业",
        // Figure and table numbers, footnote marks, page numbers.
        "图1 研发投入情况", "表2 主要指标", "统计公报[1]", "第 3 页 共 12 页", "（见表2）", "如图3所示",
        "详见附表1", "数据如下表2", "全市三次产业结构", "三\n次产业构成",
    };
    for (const char* text : texts) {
        CAPTURE(std::string(text));
        CHECK(surfaces_of(text).empty());
    }
}

TEST_CASE("a number in a short quotation is a name wherever the quotation stands") {
    // The opening quote is searched for in a window before each figure; these put the quotation
    // at every distance from the start of the text and from its end.
    const std::string filler = "中关村论坛发布科技成果签约项目金额增长";  // 19 characters
    for (std::size_t before = 0; before <= 19; ++before) {
        for (std::size_t after = 0; after <= 19; after += 19) {
            const std::string head = filler.substr(0, before * 3);
            const std::string tail = filler.substr(0, after * 3);
            CAPTURE(before);
            CAPTURE(after);
            CHECK(surfaces_of(head + "“五个重点”" + tail).empty());
            CHECK(surfaces_of(head + "\"五个重点\"" + tail).empty());
            CHECK(surfaces_of(head + "「五个重点」" + tail).empty());
            // Seven characters from the quote: too far for a name, so a figure.
            CHECK(surfaces_of(head + "“中关村论坛发布十项成果”" + tail) == std::vector<std::string>{"十项"});
        }
    }
}

TEST_CASE("a figure or table number opening a line is a caption, though cleaning joins the line") {
    CHECK(surfaces_of("主要指标如下\n表2\n2023年主要指标") == std::vector<std::string>{"2023年"});
    CHECK(surfaces_of("各区情况见下图\n图 3 各区生产总值") == std::vector<std::string>{});
    // Within a line, a number after 表 that ends another word is a number.
    CHECK(surfaces_of("数据表 23") == std::vector<std::string>{"23"});
    CHECK(surfaces_of("召开了三次会议") == std::vector<std::string>{"三次"});
}

TEST_CASE("tenths take the noun they are a share of, unless 成 begins a word of its own") {
    CHECK(surfaces_of("逾六成受访者表示满意") == std::vector<std::string>{"逾六成"});
    CHECK(surfaces_of("两成左右企业出现亏损") == std::vector<std::string>{"两成左右"});
    CHECK(surfaces_of("近四成成员来自高校") == std::vector<std::string>{"近四成"});
    auto found = mentions_of("六成企业");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.value_text() == "60");
    CHECK(found[0].quantity.unit == "%");
}

TEST_CASE("numbered terms and sessions are ordinals, counted ones are counts") {
    struct Row {
        const char* text;
        Kind kind;
    };
    const Row rows[] = {
        {"十四届全国人大", Kind::ordinal},
        {"十三届五次全会", Kind::ordinal},
        {"二十届三中全会", Kind::ordinal},
        {"十四届全国人大二次会议", Kind::ordinal},  // both
        {"已连续举办十四届。", Kind::count},
        {"召开了三次会议", Kind::count},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        const auto found = mentions_of(row.text);
        REQUIRE_FALSE(found.empty());
        for (const auto& m : found) CHECK(m.quantity.kind == row.kind);
    }
    CHECK(mentions_of("十四届全国人大二次会议").size() == 2);
}

TEST_CASE("a number before a noun counted without a classifier is a count") {
    auto found = mentions_of("部署5方面50项重点任务");
    REQUIRE(found.size() == 2);
    CHECK(found[0].surface == "5");
    CHECK(found[0].quantity.kind == Kind::count);
    CHECK(found[0].quantity.classifier.empty());
    CHECK(surfaces_of("一方面要加强统筹").empty());
}

TEST_CASE("零下 makes a temperature negative, never reaching into the mention before it") {
    auto found = mentions_of("最低气温零下5℃");
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "零下5℃");
    CHECK(found[0].quantity.value_text() == "-5");
    found = mentions_of("近百零下3℃");  // 零 already ends the first mention
    REQUIRE(found.size() == 2);
    CHECK(found[0].end <= found[1].start);
}

TEST_CASE("a per written before the amount is the amount's per") {
    auto found = mentions_of("平均房价为每平方米6.5万元");
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "6.5万元");
    CHECK(found[0].quantity.per == "平方米");
    found = mentions_of("每吨3000元");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.per == "吨");
    found = mentions_of("补贴2000元");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.per.empty());
}

TEST_CASE("classifiers of transport and equipment count things") {
    for (const char* text : {"开行9264列", "发送货物99.3万标箱", "起降12万架次", "交付300台套"}) {
        CAPTURE(text);
        auto found = mentions_of(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].quantity.kind == Kind::count);
    }
    CHECK(surfaces_of("小明拾起石子").empty());
}

TEST_CASE("list markers and IDs are not figures, years are") {
    CHECK(surfaces_of("（1）加快建设").empty());
    CHECK(surfaces_of("1、加快建设").empty());
    CHECK(surfaces_of("2024 中关村论坛") == std::vector<std::string>{"2024"});
    CHECK(surfaces_of("指数报告（2022）》发布") == std::vector<std::string>{"2022"});
}

TEST_CASE("a hedge that belongs to a word is dropped: 签约 is not 约") {
    auto found = mentions_of("促成签约309个项目");
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "309个");
    CHECK(found[0].quantity.qualifier == Qualifier::exact);

    found = mentions_of("签约金额约673.17亿元");
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "约673.17亿元");
    CHECK(found[0].quantity.qualifier == Qualifier::approx);

    found = mentions_of("通过3个渠道");
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "3个");
}

TEST_CASE("rates of change and their comparison base") {
    struct Row {
        const char* text;
        Change change;
        const char* base;
    };
    const Row rows[] = {
        {"总营收1132.9亿元，同比增长29.1%", Change::up, "同比"},
        {"出口额较上年下降3.5%", Change::down, "较上年"},
        {"留学人员年均增长12%", Change::up, ""},
        {"出口总额是2012年的1.9倍", Change::none, "2012年"},
        {"劳动生产率提高到原来的2倍", Change::none, "原来"},
        {"研发投入为全国平均水平的2.7倍", Change::none, "全国平均水平"},
        {"劳动生产率较2013年基本实现翻倍", Change::up, "较2013年"},
        {"比传统晶体能效提升100倍至1万倍", Change::up, "传统晶体"},
        {"占比提高2个百分点", Change::up, ""},
        // Amounts: a change only right after a two-character change verb.
        {"全市常住人口比上年末减少3.1万人", Change::down, "上年末"},
        {"营业收入较上年增长56亿元", Change::up, "较上年"},
        {"出口额同比下降3.2亿美元", Change::down, "同比"},
        {"全年新增就业岗位26.3万个", Change::none, ""},
        {"利润增加到320亿元", Change::none, ""},
        // A percent stated as a difference from a base.
        {"增加值增长5.6%，高于全国平均水平1.2个百分点", Change::up, "全国平均水平"},
        {"研发投入强度比全国高0.8个百分点", Change::up, "全国"},
        {"增速低于上年2个百分点", Change::down, "上年"},
        {"收益高达30%", Change::none, ""},
        {"利润率高于均值的企业占35%", Change::none, ""},  // 高于 compares something else
        {"比上年末净增87.4万个", Change::up, "上年末"},
        {"贷款利率下调0.25个百分点", Change::down, ""},
        // A growth rate that speeds up or slows down.
        {"增速比上年加快2.2个百分点", Change::up, "上年"},
        {"增速较一季度放缓0.3个百分点", Change::down, "较一季度"},
        {"价格同比回升0.4%", Change::up, "同比"},
        {"加快建设3个中心", Change::none, ""},
        // A list after one change verb: each item changes the same way.
        {"同比分别增长10%、12%", Change::up, "同比"},
        {"开行列数增长10%，占比12%", Change::none, ""},
        {"第一产业增加值87.6亿元", Change::none, ""},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        auto found = mentions_of(row.text);
        REQUIRE_FALSE(found.empty());
        const Quantity& q = found.back().quantity;
        CHECK(q.change == row.change);
        CHECK(q.base == row.base);
    }
}

TEST_CASE("a rate takes the change verb that closes the clause after it when none comes before") {
    struct Row {
        const char* text;
        Change change;
    };
    const Row rows[] = {
        {"芯片性能实现了3倍增长。", Change::up},
        {"带来15%的提升，", Change::up},
        {"能耗实现20%的下降", Change::down},
        // Not a verb that leads on to another figure, nor a noun made of a verb.
        {"由5%提高到6%", Change::none},
        {"实现20%的增长率目标", Change::none},
        {"增长3倍至5倍", Change::up},
        // A verb before the figure decides.
        {"同比下降5%增长", Change::down},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        auto found = mentions_of(row.text);
        REQUIRE_FALSE(found.empty());
        CHECK(found.front().quantity.change == row.change);
    }
}

TEST_CASE("dates take their year from the text, or from the reference year given") {
    // The text names 2024 most often: 4月25日 is in 2024.
    auto found = mentions_of("2024中关村论坛于4月25日开幕，2024年论坛规模空前，2023年曾举办。");
    REQUIRE(found.size() == 4);
    CHECK(found[1].quantity.value_text() == "2024-04-25");
    CHECK(infer_reference_year(found) == 2024);

    // A goal year looks ahead: 2025 is when the text was written, not 2027.
    found = mentions_of("2025年前三季度增长5.3%，与2024年相比回升。到2027年，力争培育企业10家以上。");
    CHECK(infer_reference_year(found) == 2027);  // by the mentions alone, the tie goes to the later year
    auto cleaned = clean("2025年前三季度增长5.3%，与2024年相比回升。到2027年，力争培育企业10家以上。");
    REQUIRE(cleaned);
    CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == 2025);
    cleaned = clean("2030年前实现碳达峰，2024年减排8%。");
    REQUIRE(cleaned);
    CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == 2024);
    cleaned = clean("截至2023年底，累计建成基站1万个。2024年新建2000个。");
    REQUIRE(cleaned);
    CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == 2024);  // 截至 is no goal: a tie, the later year
    // A year compared with is no reference either: with nothing else, the year stays unknown.
    cleaned = clean("截至今年6月底，充电桩数量较2019年翻了一番多。");
    REQUIRE(cleaned);
    CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == 0);
    cleaned = clean("与2019年相比，参与2024年论坛的嘉宾更多。");
    REQUIRE(cleaned);
    CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == 2024);

    found = mentions_of("论坛于5月25日至30日举行", 2023);
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.value_text() == "2023-05-25");
    CHECK(found[0].quantity.upper_text() == "2023-05-30");

    // 去年5月 is a year before the reference year.
    found = mentions_of("去年5月发布", 2024);
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.value_text() == "2023-05");

    // Without any year the date stays year-less rather than guessed.
    found = mentions_of("4月25日开幕");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.value_text() == "--04-25");
}

TEST_CASE("the reference year: the latest year of the opening, else the most voted") {
    struct Row {
        const char* text;
        int year;
    };
    const Row rows[] = {
        // A headline year is the text's own, though the body reports last year's figures more often.
        {"2025中关村论坛年会开幕\n\n3月27日，论坛开幕。2024年，收入增长8%。2024年，企业达3万家。2024年新增1000家。",
         2025},
        // A dated dateline, written in full.
        {"新华社北京2025年3月27日电 2024年，收入增长8%。2024年，企业达3万家。", 2025},
        // The latest of the lead: a lead may recall the past first.
        {"2019年、2021年、2023年，总书记先后3次致贺。2024中关村论坛年会召开之际，记者获悉。2022年，印发方案。"
         "2022年，建设园区。2022年，新增企业。",
         2024},
        // A plan's span in the opening: it is issued as the span begins.
        {"北京发布行动计划 到2027年规模突破1000亿元\n\n4月1日，北京市发布《行动计划（2025—2029年）》。"
         "2024年，营收增长30%。2024年，企业达400家。",
         2025},
        // Goals and bases in the opening are not its year.
        {"到2027年，力争培育企业10家。2024年，新增企业5家。", 2024},
        // A year-end cut-off names a past year; it votes only when nothing else does.
        {"截至2024年底，累计建成基站1万个。截至2024年底，覆盖率达90%。2025年新建2000个。", 2025},
        {"截至2024年底，累计建成基站1万个。", 2024},
        {"截至2024年12月底，累计建成基站1万个。截至2024年12月末，覆盖率90%。2025年新建2000个。", 2025},
        // Past the opening, the vote decides as before.
        {"一年一度的科技盛会如约而至，来自各国的嘉宾齐聚北京，共商创新发展大计，论坛期间发布了一批重大成果，"
         "签约一批重大项目，展示一批前沿技术，吸引了大量观众，各方反响热烈，成果丰硕。2023年曾举办。"
         "2024年论坛规模空前。2024年签约项目增多。",
         2024},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        auto cleaned = clean(row.text);
        REQUIRE(cleaned);
        CHECK(infer_reference_year(*cleaned, scan(*cleaned)) == row.year);
    }
    // The year of the headline dates the forum's own days.
    const auto found = mentions_of("2025中关村论坛年会开幕\n\n3月27日，论坛开幕。2024年，收入增长8%。2024年，企业达3万家。");
    REQUIRE(found.size() >= 2);
    CHECK(found[1].quantity.value_text() == "2025-03-27");
}

TEST_CASE("a year-less statistical run that ends after the month of writing is last year's") {
    struct Row {
        const char* text;
        const char* surface;
        const char* value;
    };
    const Row rows[] = {
        // Written on 3月27日 of 2025: January to November, the first three quarters, the second half,
        // the third quarter are over only in 2024.
        {"新华社北京3月27日电 2025中关村论坛开幕。1—11月，新设企业1.2万家。", "1—11月", "2024-01"},
        {"新华社北京3月27日电 2025中关村论坛开幕。前三季度，营收增长12%。", "前三季度", "2024-01"},
        {"新华社北京3月27日电 2025中关村论坛开幕。三季度，营收增长12%。", "三季度", "2024-07"},
        // Over by then: this year's.
        {"新华社北京3月27日电 2025中关村论坛开幕。1至2月，新设企业3000家。", "1至2月", "2025-01"},
        {"新华社北京3月27日电 2025中关村论坛开幕。一季度，营收增长12%。", "一季度", "2025-01"},
        // Events ahead and runs not from January stay in the year of writing; 今年 says so.
        {"新华社北京3月27日电 2025中关村论坛开幕。4月至5月，将举办系列活动。", "4月至5月", "2025-04"},
        {"新华社北京3月27日电 2025中关村论坛开幕。今年前三季度，力争增长5%。", "前三季度", "2025-01"},
        // Without a day in the opening, the month of writing is unknown.
        {"2025中关村论坛开幕。1—11月，新设企业1.2万家。", "1—11月", "2025-01"},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        bool seen = false;
        for (const auto& m : mentions_of(row.text)) {
            if (m.surface != row.surface) continue;
            seen = true;
            CHECK(m.quantity.value_text() == row.value);
        }
        CHECK(seen);
    }
}

TEST_CASE("days written without a month take the month of the date before them") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
        const char* value;  // of the last mention
        const char* upper;  // nullptr: not a range
    };
    const Row rows[] = {
        {"4月，论坛在北京举办。25日至29日，平行论坛陆续举行。", {"4月", "25日至29日"}, "2024-04-25", "2024-04-29"},
        {"论坛于4月25日开幕，27-29日举办技术交易大会。", {"4月25日", "27-29日"}, "2024-04-27", "2024-04-29"},
        {"展会5月26日至30日举办。31日，闭幕式举行。", {"5月26日至30日", "31日"}, "2024-05-31", nullptr},
        {"2023年12月30日至1月2日放假，3日起恢复。", {"2023年12月30日至1月2日", "3日"}, "2024-01-03", nullptr},
        {"会议将于3月召开，于10日闭幕。", {"3月", "10日"}, "2024-03-10", nullptr},
        // Without a month before them, days are not read; nor a day the month does not have.
        {"25日至29日，论坛举行。", {}, nullptr, nullptr},
        {"4月30日开幕，31日闭幕。", {"4月30日"}, "2024-04-30", nullptr},
        // A quarter or a run of months names no single month.
        {"一季度增长5%，25日发布。", {"一季度", "5%"}, "5", nullptr},
        // Spans of days, not dates.
        {"4月起，连续3日举办，近7日访客增加，3日内完成。", {"4月"}, "2024-04", nullptr},
        {"100日元", {"100日元"}, "100", nullptr},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        const auto found = mentions_of(row.text, 2024);
        std::vector<std::string> surfaces;
        for (const auto& m : found) surfaces.push_back(m.surface);
        CHECK(surfaces == row.surfaces);
        if (found.empty() || row.value == nullptr) continue;
        CHECK(found.back().quantity.value_text() == row.value);
        CHECK(found.back().quantity.upper_text() ==
              (row.upper ? std::optional<std::string>(row.upper) : std::nullopt));
    }
    CHECK_FALSE(parse("25日至29日"));  // alone, the month cannot be told
}

TEST_CASE("a colon between numbers is a ratio, unless it writes a clock time") {
    CHECK(surfaces_of("城乡居民收入比由2.56∶1缩小到2.06∶1") == std::vector<std::string>{"2.56∶1", "2.06∶1"});
    CHECK(surfaces_of("资金按1:1配套") == std::vector<std::string>{"1:1"});
    CHECK(surfaces_of("配比为1：1.5") == std::vector<std::string>{"1：1.5"});
    CHECK(surfaces_of("上午10:30开幕") == std::vector<std::string>{});
    CHECK(surfaces_of("投入产出比例为1:10") == std::vector<std::string>{"1:10"});
    // A composition of three terms is passed over whole, not read term by term.
    CHECK(surfaces_of("三次产业结构为0.2∶14.9∶84.9") == std::vector<std::string>{});
    CHECK(surfaces_of("三次产业结构为0.2:14.9:84.9") == std::vector<std::string>{});
    // A ratio that is a level has no comparison base (the 比 of 收入比 is a noun).
    const auto found = mentions_of("收入比为2.5∶1");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.kind == Kind::ratio);
    CHECK(found[0].quantity.base.empty());
}

TEST_CASE("dimes and cents belong to the yuan before them, and are no figure alone") {
    CHECK(surfaces_of("票价为5元5角，") == std::vector<std::string>{"5元5角"});
    CHECK(surfaces_of("每份售价3角") == std::vector<std::string>{});
    CHECK(surfaces_of("花费5元2分钟即可") == std::vector<std::string>{"5元", "2分钟"});
    CHECK(surfaces_of("补贴5亿元5年内发放") == std::vector<std::string>{"5亿元", "5年"});
}

TEST_CASE("a plus after a number means so many or more, a plus between numbers adds") {
    CHECK(surfaces_of("播放量10万+，") == std::vector<std::string>{"10万+"});
    CHECK(surfaces_of("“1+1=2”") == std::vector<std::string>{});
    CHECK(surfaces_of("“2+2+N”模式") == std::vector<std::string>{});
    // Without quotes too: numbers joined by a plus name a scheme.
    CHECK(surfaces_of("推广2+2+N模式和1+X证书") == std::vector<std::string>{});
    // With a unit too: the term after a number and a plus is part of the scheme, never a figure.
    CHECK(surfaces_of("采用10+5年贯通培养") == std::vector<std::string>{});
    CHECK(surfaces_of("推行3+1+2模式") == std::vector<std::string>{});
    // Before a classifier, and never a year: 1000+场 is a thousand events or more.
    CHECK(surfaces_of("服务500+家企业，举办1000+场活动") == std::vector<std::string>{"500+家", "1000+场"});
    const auto found = mentions_of("举办1000+场活动");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.kind == Kind::count);
    CHECK(found[0].quantity.qualifier == Qualifier::at_least);
    // A hedge word and a plus together are not one figure: the plus alone says it.
    CHECK(surfaces_of("超500+家") == std::vector<std::string>{"500+家"});
}

TEST_CASE("a span of years looked back on is a duration, even right before its noun") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
    };
    const Row rows[] = {
        {"近五年技术合同成交额年均增长15%", {"近五年", "15%"}},
        {"过去十年研发投入翻了一番", {"十年", "翻了一番"}},
        {"最近三年营收增长", {"三年"}},
        {"近五年来，专利增长", {"近五年来"}},
        // Without a hedge or 过去/最近, a span in words before a noun is part of a name.
        {"科学十年国际论坛", {}},
        {"五年规划纲要", {}},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        CHECK(surfaces_of(row.text) == row.surfaces);
    }
}

TEST_CASE("a lower and an upper bound written together are one range") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
        const char* lower;  // of the first mention
        const char* upper;
    };
    const Row rows[] = {
        {"温度大于10摄氏度小于20摄氏度", {"大于10摄氏度小于20摄氏度"}, "10", "20"},
        {"人口大于4865并少于20793的信息", {"大于4865并少于20793"}, "4865", "20793"},
        {"大于等于0并小于230.3964", {"大于等于0并小于230.3964"}, "0", "230.3964"},
        {"投资不超过5亿元且不低于2亿元", {"不超过5亿元且不低于2亿元"}, "200000000", "500000000"},
        // The unit written once, at the end.
        {"大于1万小于2万元", {"大于1万小于2万元"}, "10000", "20000"},
        // Bounds that exclude each other, or of different measures, stay two.
        {"大于50小于12的目标", {"大于50", "小于12"}, "50", nullptr},
        {"超过10家企业、不到5亿元", {"超过10家", "不到5亿元"}, "10", nullptr},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        const auto found = mentions_of(row.text);
        std::vector<std::string> surfaces;
        for (const auto& m : found) surfaces.push_back(m.surface);
        CHECK(surfaces == row.surfaces);
        REQUIRE_FALSE(found.empty());
        CHECK(found[0].quantity.lower_text() == std::optional<std::string>(row.lower));
        if (row.upper != nullptr) {
            CHECK(found[0].quantity.qualifier == Qualifier::range);
            CHECK(found[0].quantity.upper_text() == std::optional<std::string>(row.upper));
        }
    }
}

TEST_CASE("a four-digit number alone is a year only among the years news speaks of") {
    const auto year = mentions_of("2024 中关村论坛");
    REQUIRE(year.size() == 1);
    CHECK(year[0].quantity.kind == Kind::year);
    const auto number = mentions_of("编号1234的展位");
    REQUIRE(number.size() == 1);
    CHECK(number[0].quantity.kind == Kind::number);
}

TEST_CASE("statistical periods are one date each, with the year written or the document's") {
    struct Row {
        const char* text;
        int reference_year;
        const char* surface;  // the first mention
        const char* lower;
        const char* upper;
    };
    const Row rows[] = {
        {"2024年1-10月，利润同比下降4.3%", 0, "2024年1-10月", "2024-01", "2024-10"},
        {"1—10月份，社会消费品零售总额增长", 2023, "1—10月份", "2023-01", "2023-10"},
        {"1至10月累计完成投资", 2023, "1至10月", "2023-01", "2023-10"},
        {"2024年一季度GDP同比增长5.3%", 2023, "2024年一季度", "2024-01", "2024-03"},
        {"2023年上半年，全市居民收入增长", 2024, "2023年上半年", "2023-01", "2023-06"},
        {"2023年前三季度增长5.2%", 2024, "2023年前三季度", "2023-01", "2023-09"},
        {"今年1-2月，出口增长", 2024, "1-2月", "2024-01", "2024-02"},
        {"11月至2月为采暖季", 2023, "11月至2月", "2023-11", "2024-02"},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        auto found = mentions_of(row.text, row.reference_year);
        REQUIRE_FALSE(found.empty());
        const Quantity& q = found[0].quantity;
        CHECK(found[0].surface == row.surface);
        CHECK(q.kind == Kind::date);
        CHECK(q.qualifier == Qualifier::range);
        CHECK(q.lower_text() == row.lower);
        CHECK(q.upper_text() == row.upper);
    }
}

TEST_CASE("a unit written once at the end of a list is every item's") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
    };
    const Row rows[] = {
        {"分别比上年提高0.3个和1.2个百分点", {"0.3个", "1.2个百分点"}},
        {"分别提高0.3和1.2个百分点", {"0.3", "1.2个百分点"}},
        {"分别下降1.5、0.8和0.2个百分点", {"1.5", "0.8", "0.2个百分点"}},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        auto found = mentions_of(row.text);
        REQUIRE(found.size() == row.surfaces.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            CHECK(found[i].surface == row.surfaces[i]);
            CHECK(found[i].quantity.kind == Kind::percent);
            CHECK(found[i].quantity.unit == "pp");
            CHECK(found[i].quantity.classifier.empty());
        }
    }
    // A count before a figure of another unit keeps its classifier.
    auto found = mentions_of("新建3个和改建5个园区");
    REQUIRE(found.size() == 2);
    CHECK(found[0].quantity.kind == Kind::count);
}

TEST_CASE("至 between figures of different units is where a change led, not a range") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
    };
    const Row rows[] = {
        {"城镇化率提高0.6个百分点至74.4%", {"0.6个百分点", "74.4%"}},
        {"营业收入增长8.2%至1.2万亿元", {"8.2%", "1.2万亿元"}},
        {"利率下降0.3个百分点到3.45%", {"0.3个百分点", "3.45%"}},
        {"增速为12%—13%", {"12%—13%"}},
        {"能效提升100倍至1万倍", {"100倍至1万倍"}},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        CHECK(surfaces_of(row.text) == row.surfaces);
    }
}

TEST_CASE("forms like a run of months or a fraction that are not one") {
    struct Row {
        const char* text;
        std::vector<std::string> surfaces;
    };
    const Row rows[] = {
        {"比分3/2", {}},             // not a proper fraction, and the 2 is no figure of its own
        {"编号1/2/3", {}},           // a code
        {"13-15月", {}},             // no such months
        {"四至二季度", {"二季度"}},  // a run backwards: only its last quarter reads
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.text));
        CHECK(surfaces_of(row.text) == row.surfaces);
    }
}

TEST_CASE("a mention ending in a Chinese word is not glued to the Latin letters after it") {
    CHECK(surfaces_of("2024年一季度GDP增长") == std::vector<std::string>{"2024年一季度"});
    CHECK(surfaces_of("部署3个GPU集群") == std::vector<std::string>{"3个"});
    CHECK(surfaces_of("5G基站").empty());
}

TEST_CASE("numbers too large to hold exactly are reported, not guessed") {
    std::vector<Error> problems;
    auto found = scan("金额为9999999999999999999999999999999亿元，另有3个项目", ScanOptions{{}, 0, &problems});
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK((*found)[0].surface == "3个");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("cannot represent") != std::string::npos);
    CHECK(problems[0].offset == std::string("金额为").size());
}

TEST_CASE("invalid UTF-8 is an error naming the byte, unless lenient") {
    const std::string raw = std::string("共5个") + "\xC0\x80" + "项目";
    auto strict = scan(raw);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().offset == std::string("共5个").size());

    ScanOptions lenient;
    lenient.clean.lenient_utf8 = true;
    auto found = scan(raw, lenient);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK((*found)[0].surface == "5个");
}

TEST_CASE("empty and whitespace-only input has no mentions") {
    CHECK(mentions_of("").empty());
    CHECK(mentions_of(" \n\n ").empty());
}

TEST_CASE("money named by magnitudes alone is an amount; 万元 and 亿元 alone are units of account") {
    CHECK(surfaces_of("年产值可达百亿元") == std::vector<std::string>{"百亿元"});
    CHECK(surfaces_of("融资千万美元") == std::vector<std::string>{"千万美元"});
    const auto found = mentions_of("打造千亿元产业集群");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.kind == Kind::money);
    CHECK(found[0].quantity.value_text() == "100000000000");
    CHECK(surfaces_of("万元GDP能耗") == std::vector<std::string>{});
    CHECK(surfaces_of("亿元楼宇") == std::vector<std::string>{});
    CHECK(surfaces_of("千家万户，百年大计") == std::vector<std::string>{});
}

TEST_CASE("two magnitudes alone beside a word for a sum of money are that many yuan") {
    CHECK(surfaces_of("赢得百万奖金") == std::vector<std::string>{"百万"});
    CHECK(surfaces_of("大赛奖金高达百万") == std::vector<std::string>{"百万"});
    CHECK(surfaces_of("完成融资千万") == std::vector<std::string>{"千万"});
    const auto found = mentions_of("赢得百万奖金");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.kind == Kind::money);
    CHECK(found[0].quantity.unit == "CNY");
    CHECK(found[0].quantity.value_text() == "1000000");
    CHECK(found[0].quantity.multiplier == 6);
    // Elsewhere they are words: 百万富翁, 千万不要, and one magnitude alone (奖金百).
    CHECK(surfaces_of("成为百万富翁，千万不要错过，奖金百") == std::vector<std::string>{});
}
