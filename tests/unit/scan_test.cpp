// scan(): every mention of a text, with raw byte offsets, and nothing that is not a figure.
#include <doctest/doctest.h>

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
    };
    for (const char* text : texts) {
        CAPTURE(std::string(text));
        CHECK(surfaces_of(text).empty());
    }
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
        {"研发投入为全国平均水平的2.7倍", Change::none, "全国平均水平"},
        {"劳动生产率较2013年基本实现翻倍", Change::up, "较2013年"},
        {"比传统晶体能效提升100倍至1万倍", Change::up, "传统晶体"},
        {"占比提高2个百分点", Change::up, ""},
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

TEST_CASE("dates take their year from the text, or from the reference year given") {
    // The text names 2024 most often: 4月25日 is in 2024.
    auto found = mentions_of("2024中关村论坛于4月25日开幕，2024年论坛规模空前，2023年曾举办。");
    REQUIRE(found.size() == 4);
    CHECK(found[1].quantity.value_text() == "2024-04-25");
    CHECK(infer_reference_year(found) == 2024);

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
