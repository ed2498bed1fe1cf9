// Exact decimals: parsing, printing, arithmetic, the 38-digit / 10^38 / 10^-38 limits, ordering.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "zgcfacts/decimal.hpp"

using zgcfacts::Decimal;

namespace {

Decimal dec(const std::string& text) {
    auto parsed = Decimal::parse(text);
    REQUIRE_MESSAGE(parsed.has_value(), text);
    return *parsed;
}

std::string nines(std::size_t count) { return std::string(count, '9'); }
std::string one_then_zeros(std::size_t zeros) { return "1" + std::string(zeros, '0'); }

}  // namespace

TEST_CASE("parse accepts plain decimals and prints them canonically") {
    struct Case {
        const char* text;
        const char* printed;
    };
    const std::vector<Case> cases = {
        {"0", "0"},
        {"-0", "0"},
        {"+0.000", "0"},
        {"7", "7"},
        {"+7", "7"},
        {"-3.2", "-3.2"},
        {"0.001", "0.001"},
        {"1234567", "1234567"},
        {"00012.50", "12.5"},
        {"3000", "3000"},
        {"902.21", "902.21"},
        {"1.50", "1.5"},
        {"-0.050", "-0.05"},
        {"100.000", "100"},
    };
    for (const auto& c : cases) {
        INFO("text := ", std::string(c.text));
        CHECK(dec(c.text).to_string() == c.printed);
    }
}

TEST_CASE("parse rejects anything but sign, digits, point, digits — at the offending byte") {
    struct Case {
        const char* text;
        std::size_t offset;
    };
    const std::vector<Case> cases = {
        {"", 0},       {"-", 1},        {"+", 1},      {".5", 0},      {"-.5", 1},
        {"1.", 2},     {"1..2", 2},     {"1.2.3", 3},  {"1e5", 1},     {"1E5", 1},
        {"1,000", 1},  {" 1", 0},       {"1 ", 1},     {"--1", 1},     {"+-1", 1},
        {"12a", 2},    {"１２", 0},      {"1_000", 1},  {"0x10", 1},    {"1.5%", 3},
    };
    for (const auto& c : cases) {
        INFO("text := ", std::string(c.text));
        auto parsed = Decimal::parse(c.text);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().offset == c.offset);
        CHECK_FALSE(parsed.error().message.empty());
    }
}

TEST_CASE("parse enforces the 38-digit, 10^38 and 10^-38 limits exactly at the edge") {
    // Accepted right at the edge.
    CHECK(dec(nines(38)).to_string() == nines(38));                        // 10^38 - 1
    CHECK(dec("-" + nines(38)).to_string() == "-" + nines(38));
    CHECK(dec("0." + std::string(37, '0') + "1").to_string() == "0." + std::string(37, '0') + "1");  // 10^-38
    CHECK(dec(one_then_zeros(37)).to_string() == one_then_zeros(37));     // 10^37
    CHECK(dec("0." + nines(38)).to_string() == "0." + nines(38));          // 38 digits after the point
    CHECK(dec(std::string(50, '0') + "5").to_string() == "5");              // leading zeros are free
    CHECK(dec("5." + std::string(50, '0')).to_string() == "5");             // so are trailing ones

    // One past the edge.
    auto too_large = Decimal::parse(one_then_zeros(38));  // 10^38
    REQUIRE_FALSE(too_large.has_value());
    CHECK(too_large.error().message.find("10^38") != std::string::npos);
    CHECK(too_large.error().offset == 0);

    auto too_many = Decimal::parse("1." + std::string(37, '0') + "1");  // 39 significant digits
    REQUIRE_FALSE(too_many.has_value());
    CHECK(too_many.error().message.find("39 significant digits") != std::string::npos);
    CHECK(too_many.error().offset == 39);  // the 39th digit, after "1." and 37 zeros

    auto too_fine = Decimal::parse("-0." + std::string(38, '0') + "1");  // 10^-39
    REQUIRE_FALSE(too_fine.has_value());
    CHECK(too_fine.error().message.find("10^-39") != std::string::npos);
    CHECK(too_fine.error().offset == 3 + 38);
}

TEST_CASE("parse rejects a 10,000-digit number quickly") {
    const std::string huge(10000, '7');
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 100; ++i) CHECK_FALSE(Decimal::parse(huge).has_value());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
    // 10,000 digits of which only one is significant is fine.
    CHECK(dec("0." + std::string(30, '0') + "3" + std::string(9969, '0')).to_string() ==
          "0." + std::string(30, '0') + "3");
}

TEST_CASE("from_int covers the whole int64 range") {
    CHECK(Decimal::from_int(0).to_string() == "0");
    CHECK(Decimal::from_int(-42).to_string() == "-42");
    CHECK(Decimal::from_int(3000).to_string() == "3000");
    CHECK(Decimal::from_int(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
    CHECK(Decimal::from_int(std::numeric_limits<std::int64_t>::max()).to_string() == "9223372036854775807");
    CHECK(Decimal::from_int(3000) == dec("3000.0"));
}

TEST_CASE("scaled multiplies by a power of ten exactly") {
    struct Case {
        const char* text;
        int power;
        const char* scaled;
    };
    const std::vector<Case> cases = {
        {"902.21", 8, "90221000000"}, {"4.87", 4, "48700"},  {"1.57", 0, "1.57"},
        {"1.57", 8, "157000000"},     {"1.5", 12, "1500000000000"}, {"29.1", -2, "0.291"},
        {"-3", -3, "-0.003"},         {"0", 1000, "0"},      {"0", -1000, "0"},
    };
    for (const auto& c : cases) {
        INFO("text := ", std::string(c.text));
        CAPTURE(c.power);
        auto s = dec(c.text).scaled(c.power);
        REQUIRE(s.has_value());
        CHECK(s->to_string() == c.scaled);
    }
    CHECK(dec("1").scaled(37).has_value());
    CHECK_FALSE(dec("1").scaled(38).has_value());
    CHECK(dec("1").scaled(-38).has_value());
    CHECK_FALSE(dec("1").scaled(-39).has_value());
    CHECK_FALSE(dec("1").scaled(std::numeric_limits<int>::max()).has_value());
    CHECK_FALSE(dec("1").scaled(std::numeric_limits<int>::min()).has_value());
}

TEST_CASE("plus and minus carry, borrow and take signs") {
    struct Case {
        const char* a;
        const char* b;
        const char* sum;
        const char* difference;
    };
    const std::vector<Case> cases = {
        {"1", "2", "3", "-1"},
        {"999", "1", "1000", "998"},
        {"0.5", "0.5", "1", "0"},
        {"1.25", "-0.25", "1", "1.5"},
        {"-1.5", "-2.75", "-4.25", "1.25"},
        {"-7", "3", "-4", "-10"},
        {"3000", "1000", "4000", "2000"},
        {"0.001", "1000", "1000.001", "-999.999"},
        {"0", "-2.5", "-2.5", "2.5"},
        // 38 digits each way: the widest sum and difference that still fit.
        {"9999999999999999999", "0.0000000000000000001", "9999999999999999999.0000000000000000001",
         "9999999999999999998.9999999999999999999"},
    };
    for (const auto& c : cases) {
        INFO("a := ", std::string(c.a));
        INFO("b := ", std::string(c.b));
        auto sum = dec(c.a).plus(dec(c.b));
        auto difference = dec(c.a).minus(dec(c.b));
        REQUIRE(sum.has_value());
        REQUIRE(difference.has_value());
        CHECK(sum->to_string() == c.sum);
        CHECK(difference->to_string() == c.difference);
    }
}

TEST_CASE("plus reports results outside the range and allows cancellation back into it") {
    const Decimal max = dec(nines(38));
    auto over = max.plus(dec("1"));  // exactly 10^38
    REQUIRE_FALSE(over.has_value());
    CHECK(over.error().message.find("10^38") != std::string::npos);
    CHECK_FALSE(dec("-" + nines(38)).minus(dec("1")).has_value());
    CHECK(max.minus(dec("1"))->to_string() == nines(37) + "8");

    auto long_sum = dec(one_then_zeros(37)).plus(dec("0.1"));  // 39 significant digits
    REQUIRE_FALSE(long_sum.has_value());
    CHECK(long_sum.error().message.find("significant digits") != std::string::npos);

    // 10^37 − 9…9.9 (38 digits) = 0.1: the aligned operands need 39 digits, the answer does not.
    CHECK(dec(one_then_zeros(37)).minus(dec(nines(37) + ".9"))->to_string() == "0.1");
    // Extremes of both ends: 10^37 and 10^-38 cannot be combined, but each cancels itself.
    const Decimal tiny = dec("0." + std::string(37, '0') + "1");
    CHECK_FALSE(dec(one_then_zeros(37)).plus(tiny).has_value());
    CHECK(tiny.minus(tiny)->is_zero());
}

TEST_CASE("times is exact, signed, and detects overflow beyond 128 bits correctly") {
    struct Case {
        const char* a;
        const char* b;
        const char* product;
    };
    const std::vector<Case> cases = {
        {"2", "3", "6"},
        {"-2", "3", "-6"},
        {"-2", "-3.5", "7"},
        {"0", "-5", "0"},
        {"1.5", "1.5", "2.25"},
        {"0.01", "0.01", "0.0001"},
        {"902.21", "100000000", "90221000000"},
        {"9999999999999999999", "9999999999999999999", "99999999999999999980000000000000000001"},
        // 5^50 × 2^60 overflows a 128-bit coefficient but is exactly 1024 × 10^50 (then × 10^-35 × 10^-38).
        {"0.88817841970012523233890533447265625", "0.00000000000000000001152921504606846976",
         "0.00000000000000000001024"},
    };
    for (const auto& c : cases) {
        INFO("a := ", std::string(c.a));
        INFO("b := ", std::string(c.b));
        auto product = dec(c.a).times(dec(c.b));
        REQUIRE(product.has_value());
        CHECK(product->to_string() == c.product);
    }
    // 2^64 × 2^64 = 2^128 wraps a 128-bit coefficient to 0; it must be an error, not zero.
    auto wrapped = dec("18446744073709551616").times(dec("18446744073709551616"));
    REQUIRE_FALSE(wrapped.has_value());
    CHECK(wrapped.error().message.find("10^38") != std::string::npos);
    // The largest 19-digit square stays under 10^38; one more digit does not.
    CHECK_FALSE(dec(one_then_zeros(19)).times(dec(one_then_zeros(19))).has_value());
    CHECK(dec(one_then_zeros(18)).times(dec(one_then_zeros(19)))->to_string() == one_then_zeros(37));
    // 39 significant digits.
    CHECK_FALSE(dec("1.1").times(dec(nines(37) + "1")).has_value());
    // Too fine: 10^-20 × 10^-20.
    auto fine = dec("0.00000000000000000001").times(dec("0.00000000000000000001"));
    REQUIRE_FALSE(fine.has_value());
    CHECK(fine.error().message.find("10^-40") != std::string::npos);
}

TEST_CASE("divided_by rounds half away from zero to the requested places") {
    struct Case {
        const char* a;
        const char* b;
        int places;
        const char* quotient;
    };
    const std::vector<Case> cases = {
        {"1", "3", 2, "0.33"},
        {"2", "3", 2, "0.67"},
        {"-2", "3", 2, "-0.67"},
        {"2", "-3", 0, "-1"},
        {"1", "8", 2, "0.13"},     // 0.125: half goes away from zero
        {"-1", "8", 2, "-0.13"},
        {"1", "8", 3, "0.125"},
        {"1", "8", 38, "0.125"},
        {"10", "4", 0, "3"},       // 2.5 → 3
        {"-10", "4", 0, "-3"},
        {"9", "4", 0, "2"},        // 2.25 → 2
        {"1", "3", 0, "0"},
        {"0.0004", "1", 3, "0"},
        {"0.0005", "1", 3, "0.001"},
        {"61000000000", "100000000", 2, "610"},
        {"1234.5", "0.01", 1, "123450"},
        {"1", "7", 38, "0.14285714285714285714285714285714285714"},
        {"6", "7", 38, "0.85714285714285714285714285714285714286"},
        {"1", "300000000000000000000", 2, "0"},
        // A 38-digit divisor: remainder × 10 no longer fits 128 bits during long division.
        {"322.7", "6345848532148.9779273300818566042577979", 35, "0.0000000000508521434706730805193204"},
        {"0", "7", 5, "0"},
    };
    for (const auto& c : cases) {
        INFO("a := ", std::string(c.a));
        INFO("b := ", std::string(c.b));
        CAPTURE(c.places);
        auto q = dec(c.a).divided_by(dec(c.b), c.places);
        REQUIRE(q.has_value());
        CHECK(q->to_string() == c.quotient);
    }
}

TEST_CASE("divided_by reports division by zero, bad place counts and overflow") {
    auto by_zero = dec("1").divided_by(Decimal(), 2);
    REQUIRE_FALSE(by_zero.has_value());
    CHECK(by_zero.error().message.find("zero") != std::string::npos);
    CHECK_FALSE(dec("1").divided_by(dec("1"), -1).has_value());
    CHECK_FALSE(dec("1").divided_by(dec("1"), 39).has_value());
    // 10^37 / 0.1 = 10^38: one past the limit; 10^37 / 1 is fine.
    CHECK_FALSE(dec(one_then_zeros(37)).divided_by(dec("0.1"), 0).has_value());
    CHECK(dec(one_then_zeros(37)).divided_by(dec("1"), 0)->to_string() == one_then_zeros(37));
    // 1/3 to 38 places needs 38 digits: fine; with an integer part it needs 39.
    CHECK(dec("1").divided_by(dec("3"), 38).has_value());
    CHECK_FALSE(dec("10").divided_by(dec("3"), 38).has_value());
    // Rounding can carry into a new digit: 99.996 / 1 to 2 places = 100.
    CHECK(dec("99.996").divided_by(dec("1"), 2)->to_string() == "100");
    // 5 / 10^-38 = 5 × 10^38, far past the limit even before any digit is computed.
    auto huge = dec("5").divided_by(dec("0." + std::string(37, '0') + "1"), 0);
    REQUIRE_FALSE(huge.has_value());
    CHECK(huge.error().message.find("too large") != std::string::npos);
    // Just inside: (10^38 - 1) / 1 keeps all 38 digits.
    CHECK(dec(nines(38)).divided_by(dec("1"), 0)->to_string() == nines(38));
}

TEST_CASE("comparison is by value across exponents") {
    CHECK(dec("1.50") == dec("1.5"));
    CHECK(dec("10") > dec("9.99"));
    CHECK(dec("3000") == Decimal::from_int(3000));
    CHECK(dec("-0") == Decimal());
    struct Case {
        const char* smaller;
        const char* larger;
    };
    const std::vector<Case> ordered = {
        {"-100", "-99.5"}, {"-0.001", "0"},    {"0", "0.001"},   {"9.99", "10"},
        {"0.1", "0.11"},   {"3000", "3100"},   {"3100", "4000"}, {"-5", "5"},
        {"1", "1.0000000000000000000000000000000000001"},
        {"0.00000000000000000000000000000000000001", "0.00000000000000000000000000000000000002"},
    };
    for (const auto& c : ordered) {
        INFO("smaller := ", std::string(c.smaller));
        INFO("larger := ", std::string(c.larger));
        CHECK(dec(c.smaller) < dec(c.larger));
        CHECK(dec(c.larger) > dec(c.smaller));
        CHECK(dec(c.smaller) != dec(c.larger));
        CHECK((dec(c.smaller) <=> dec(c.larger)) == std::strong_ordering::less);
    }
    CHECK((dec("2.50") <=> dec("2.5")) == std::strong_ordering::equal);
}

TEST_CASE("last_nonzero_place gives the place of the last non-zero digit") {
    struct Case {
        const char* text;
        int place;
    };
    const std::vector<Case> cases = {
        {"3100", 2}, {"3000", 3}, {"1.5", -1}, {"0.05", -2}, {"0", 0},
        {"40", 1},   {"100", 2},  {"7", 0},    {"-800000000", 8}, {"12.34", -2},
    };
    for (const auto& c : cases) {
        INFO("text := ", std::string(c.text));
        CHECK(dec(c.text).last_nonzero_place() == c.place);
    }
    // The documented use: 3000多 → 3000 + 10^3, 3100余 → 3200.
    CHECK(dec("3000").plus(*Decimal::from_int(1).scaled(3))->to_string() == "4000");
    CHECK(dec("3100").plus(*Decimal::from_int(1).scaled(2))->to_string() == "3200");
}

TEST_CASE("predicates and to_double") {
    CHECK(dec("0").is_zero());
    CHECK_FALSE(dec("0").is_negative());
    CHECK(dec("-0.1").is_negative());
    CHECK(dec("3000").is_integer());
    CHECK(dec("0").is_integer());
    CHECK_FALSE(dec("2.5").is_integer());
    CHECK(dec("1.57").to_double() == 1.57);
    CHECK(dec("-90221000000").to_double() == -90221000000.0);
    CHECK(dec("0.1").to_double() == 0.1);
    CHECK(dec("0").to_double() == 0.0);
}

TEST_CASE("to_int64 accepts integers in range only") {
    CHECK(*dec("0").to_int64() == 0);
    CHECK(*dec("3000").to_int64() == 3000);
    CHECK(*dec("-42").to_int64() == -42);
    CHECK(*dec("9223372036854775807").to_int64() == std::numeric_limits<std::int64_t>::max());
    CHECK(*dec("-9223372036854775808").to_int64() == std::numeric_limits<std::int64_t>::min());
    CHECK_FALSE(dec("9223372036854775808").to_int64().has_value());
    CHECK_FALSE(dec("-9223372036854775809").to_int64().has_value());
    CHECK_FALSE(dec(one_then_zeros(30)).to_int64().has_value());
    auto fractional = dec("2.5").to_int64();
    REQUIRE_FALSE(fractional.has_value());
    CHECK(fractional.error().message.find("2.5") != std::string::npos);
}
