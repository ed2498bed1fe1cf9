// The tests' JSON reader (tests/support/json.hpp): the gold and peer files are read through it, so
// a wrong escape or number would silently change what the tests compare.
#include <doctest/doctest.h>

#include "support/json.hpp"

namespace json = zgcfacts::test::json;

TEST_CASE("json: values, nesting and member lookup") {
    const auto v = json::parse(R"( {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "e": {}} )");
    REQUIRE(v.is_object());
    const auto& a = v["a"];
    REQUIRE(a.items().size() == 5);
    CHECK(a[0].as_int64() == 1);
    CHECK(a[1].number_text() == "-2.5e3");  // numbers keep their text, for exact decimals
    CHECK(a[1].as_double() == -2500.0);
    CHECK(a[2].as_bool());
    CHECK_FALSE(a[3].as_bool());
    CHECK(a[4].is_null());
    CHECK(v["b"]["c"].as_string() == "d");
    CHECK(v["e"].members().empty());
    CHECK(v["missing"].is_null());
    CHECK_FALSE(v.contains("missing"));
    CHECK(a[4].text() == std::nullopt);
    CHECK(a[0].text() == "1");
}

TEST_CASE("json: string escapes, including surrogate pairs") {
    CHECK(json::parse(R"("\"\\\/\b\f\n\r\t")").as_string() == "\"\\/\b\f\n\r\t");
    CHECK(json::parse(R"("\u4e07\u4EBF")").as_string() == "万亿");
    CHECK(json::parse(R"("\u00e9")").as_string() == "é");
    CHECK(json::parse(R"("\ud83d\ude00")").as_string() == "\xF0\x9F\x98\x80");  // U+1F600
    CHECK(json::parse("\"亿元\"").as_string() == "亿元");                          // raw UTF-8 kept
}

TEST_CASE("json: malformed input is an error with a position") {
    for (const char* bad : {"[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "[1] 2", "\"a\nb\"", "\"\\ud800\"",
                            "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\x\"", "\"abc", "{\"a\":1,}", ""}) {
        INFO("input: ", bad);
        CHECK_THROWS_AS(json::parse(bad), json::ParseError);
    }
    try {
        json::parse("[1, x]");
        FAIL("accepted");
    } catch (const json::ParseError& e) {
        CHECK(e.offset() == 4);
    }
}

TEST_CASE("json: lines, blank lines skipped, errors name the line") {
    const auto rows = json::parse_lines("{\"a\":1}\n\n  \n[2]\r\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0].as_int64() == 2);
    try {
        json::parse_lines("{}\n{\"a\":}\n");
        FAIL("accepted");
    } catch (const json::ParseError& e) {
        CHECK(std::string(e.what()).find("line 2") != std::string::npos);
    }
}

TEST_CASE("json: deep nesting is refused, not a stack overflow") {
    const std::string deep(100000, '[');
    CHECK_THROWS_AS(json::parse(deep), json::ParseError);
}
