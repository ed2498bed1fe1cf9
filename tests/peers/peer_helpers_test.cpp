// The peer suite's own readers: a wrong offset or value conversion would blame the grammar for
// the harness's mistake.
#include <doctest/doctest.h>

#include "peers/peer_cases.hpp"
#include "peers/peer_values.hpp"

using namespace zgcfacts::peers;

TEST_CASE("peers: UTF-16 offsets become byte offsets") {
    const std::string text = "a两百\xF0\x9F\x98\x80x";  // 'a', two CJK (3 bytes each), U+1F600 (4 bytes, 2 units), 'x'
    CHECK(byte_offset_of_utf16_unit(text, 0) == 0);
    CHECK(byte_offset_of_utf16_unit(text, 1) == 1);
    CHECK(byte_offset_of_utf16_unit(text, 3) == 7);
    CHECK(byte_offset_of_utf16_unit(text, 5) == 11);
    CHECK(byte_offset_of_utf16_unit(text, 6) == 12);
    CHECK_THROWS(byte_offset_of_utf16_unit(text, 4));  // inside the surrogate pair
    CHECK_THROWS(byte_offset_of_utf16_unit(text, 7));  // past the end
}

TEST_CASE("peers: their numbers read exactly, 15-digit roundings accepted") {
    CHECK(peer_number("5E-06")->to_string() == "0.000005");
    CHECK(peer_number("2.02107211321364E+23")->to_string() == "202107211321364000000000");
    CHECK(peer_number("-4504040000")->to_string() == "-4504040000");
    CHECK(peer_number("2.4%")->to_string() == "2.4");
    CHECK_FALSE(peer_number("abc"));
    const auto third = zgcfacts::Decimal::from_int(1051).divided_by(zgcfacts::Decimal::from_int(3), 20);
    REQUIRE(third);
    CHECK(same_number(*third, "350.333333333333"));
    CHECK_FALSE(same_number(*third, "350.333"));  // short values must be exact
    CHECK(same_number(*zgcfacts::Decimal::parse("1.57"), "1.57"));
    CHECK_FALSE(same_number(*zgcfacts::Decimal::parse("1.5699999"), "1.57"));
}

TEST_CASE("peers: interval notation") {
    auto i = parse_interval("(20,35]");
    REQUIRE(i);
    CHECK(i->lower == "20");
    CHECK(i->upper == "35");
    i = parse_interval("[30,)");
    REQUIRE(i);
    CHECK(i->lower == "30");
    CHECK_FALSE(i->upper);
    i = parse_interval("(,100]");
    REQUIRE(i);
    CHECK_FALSE(i->lower);
    CHECK(i->upper == "100");
    CHECK_FALSE(parse_interval("20"));
}
