// The numeral evaluator on its own: values, ranges, multipliers and malformed numerals.
#include <doctest/doctest.h>

#include <string>

#include "recognize/numeral.hpp"

using zgcfacts::recognize::evaluate_numeral;

TEST_CASE("numeral values") {
    const struct {
        const char* written;
        const char* value;
        int multiplier;
    } rows[] = {
        {"902.21亿", "90221000000", 8}, {"1.2万亿", "1200000000000", 12}, {"三万五", "35000", 0},
        {"一万三", "13000", 0},          {"一千二", "1200", 0},             {"两百五", "250", 0},
        {"一千零十一", "1011", 0},       {"一万零三百", "10300", 0},         {"一百零五", "105", 0},
        {"十二", "12", 0},               {"十", "10", 0},                    {"二十", "20", 0},
        {"二〇二四", "2024", 0},         {"三点五", "3.5", 0},               {"零点零零一", "0.001", 0},
        {"三点五亿", "350000000", 8},    {"2千零30万", "20300000", 0},       {"25万6千", "256000", 0},
        {"3万4000", "34000", 0},         {"百万", "1000000", 6},             {"千万", "10000000", 7},
        {"万", "10000", 4},              {"负3.2", "-3.2", 0},               {"1,234,567", "1234567", 0},
        {"三亿五千万", "350000000", 0},  {"十万万", "1000000000", 9},        {"15k", "15000", 3},
        {"四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", "4569831148725382", 0},
    };
    for (const auto& row : rows) {
        const std::string written = row.written;
        CAPTURE(written);
        auto n = evaluate_numeral(row.written);
        REQUIRE_MESSAGE(n.has_value(), (n ? "" : n.error().message));
        CHECK(n->value.to_string() == row.value);
        CHECK(n->multiplier == row.multiplier);
        CHECK_FALSE(n->upper.has_value());
    }
}

TEST_CASE("adjacent digits and placeholders make ranges") {
    const struct {
        const char* written;
        const char* lower;
        const char* upper;
        bool approximate;
    } rows[] = {
        {"两三", "2", "3", false},   {"八九亿", "800000000", "900000000", false}, {"三四十", "30", "40", false},
        {"十几", "10", "20", false},  {"几十", "20", "90", true},                  {"数百", "200", "900", true},
        {"十几万", "100000", "200000", false}, {"一百零几万", "1000000", "1100000", false},
    };
    for (const auto& row : rows) {
        const std::string written = row.written;
        CAPTURE(written);
        auto n = evaluate_numeral(row.written);
        REQUIRE(n);
        CHECK(n->value.to_string() == row.lower);
        REQUIRE(n->upper);
        CHECK(n->upper->to_string() == row.upper);
        CHECK(n->approximate == row.approximate);
    }
}

TEST_CASE("malformed numerals are errors with a position") {
    for (const char* written : {"十百", "三五", "一二三四五六七", "几", "零", "点五", "三点"}) {
        const std::string text = written;
        CAPTURE(text);
        auto n = evaluate_numeral(written);
        if (text == "一二三四五六七") {  // read digit by digit, like 二〇二四
            REQUIRE(n);
            CHECK(n->digit_string);
            continue;
        }
        CHECK_FALSE(n.has_value());
    }
    auto too_big = evaluate_numeral(std::string(50, '9') + "亿");
    REQUIRE_FALSE(too_big);
    CHECK(too_big.error().message.find("too") != std::string::npos);
    auto hostile = evaluate_numeral("十万万万万万亿");
    REQUIRE(hostile);  // 10^29: large but exact
    CHECK(hostile->value.to_string() == "1" + std::string(29, '0'));
}

TEST_CASE("flags that decide context") {
    auto one = evaluate_numeral("一");
    REQUIRE(one);
    CHECK(one->single_one);
    auto hundred = evaluate_numeral("百");
    REQUIRE(hundred);
    CHECK(hundred->magnitude_only);
    auto year = evaluate_numeral("2024");
    REQUIRE(year);
    CHECK(year->arabic_only);
    CHECK(year->integer_digits == 4);
}
