// The scorer's own rules on small hand-made inputs, so a gold figure can be trusted before the
// grammar exists: each case is a rule of score.py that is easy to get subtly wrong.
#include <doctest/doctest.h>

#include "gold/gold_scoring.hpp"

namespace {

using zgcfacts::gold::Record;
using zgcfacts::gold::Selection;

Record mention(std::size_t start, std::size_t end, const char* kind, const char* value) {
    Record r;
    r.doc = "000_x.txt";
    r.start = start;
    r.end = end;
    r.kind = kind;
    r.value = value;
    r.qualifier = "exact";
    return r;
}

}  // namespace

TEST_CASE("gold scoring: decimals compare numerically, like Python's Decimal") {
    using zgcfacts::gold::same_decimal;
    CHECK(same_decimal("1.50", "1.5"));
    CHECK(same_decimal("90221000000", "9.0221e10"));
    CHECK(same_decimal("15e-1", "1.5"));
    CHECK(same_decimal("-0", "0"));
    CHECK(same_decimal("0.000", "0"));
    CHECK(same_decimal(std::nullopt, std::nullopt));
    CHECK_FALSE(same_decimal("1.5", "15"));
    CHECK_FALSE(same_decimal("-1.5", "1.5"));
    CHECK_FALSE(same_decimal("1.5", std::nullopt));
    // Not decimals: compared as text; Python's dec("") is "" and differs from None.
    CHECK(same_decimal("2024-04-25", "2024-04-25"));
    CHECK_FALSE(same_decimal("", std::nullopt));
}

TEST_CASE("gold scoring: dates, years and periods compare as text, empty equals null") {
    Record g = mention(0, 4, "year", "2024");
    Record p = g;
    p.value = "2024.0";
    CHECK_FALSE(zgcfacts::gold::same_field("value", g, p));  // text, not a number
    g.kind = "count";
    CHECK(zgcfacts::gold::same_field("value", g, p));  // a figure: numeric
    p.unit = "";
    CHECK(zgcfacts::gold::same_field("unit", g, p));  // "" and null alike
}

TEST_CASE("gold scoring: selection, spurious, wrong fields and the F1 arithmetic") {
    const std::vector<Record> gold = {mention(0, 4, "count", "3"), mention(10, 14, "money", "5"),
                                      mention(20, 24, "year", "2024")};
    std::vector<Record> pred = {
        mention(0, 4, "count", "3"),     // right
        mention(10, 14, "number", "5"),  // gold span, wrong kind: kept in the figure selection
        mention(30, 34, "count", "7"),   // spurious
        mention(20, 24, "year", "2024"), // another selection
    };
    auto s = zgcfacts::gold::score(gold, pred, Selection::figure);
    CHECK(s.gold == 2);
    CHECK(s.pred == 3);
    CHECK(s.exact == 2);
    CHECK(s.strict == 1);
    REQUIRE(s.wrong.size() == 1);
    CHECK(s.wrong[0].field == "kind");
    REQUIRE(s.spurious.size() == 1);
    CHECK(s.spurious[0].start == 30);
    CHECK(s.strict_prf.precision == doctest::Approx(1.0 / 3));
    CHECK(s.strict_prf.recall == doctest::Approx(0.5));
    CHECK(s.strict_prf.f1 == doctest::Approx(0.4));

    // A year predicted as a number on a year's span counts against the time selection's strict
    // figure, and a prediction in a document without gold is ignored.
    pred[3].kind = "number";
    pred.push_back(mention(0, 4, "year", "2024"));
    pred.back().doc = "999_other.txt";
    s = zgcfacts::gold::score(gold, pred, Selection::time);
    CHECK(s.gold == 1);
    CHECK(s.pred == 1);
    CHECK(s.strict == 0);
    CHECK(s.span.f1 == doctest::Approx(1.0));
}

TEST_CASE("gold scoring: of two predictions on one span the last is compared, both count") {
    const std::vector<Record> gold = {mention(0, 4, "count", "3")};
    const std::vector<Record> pred = {mention(0, 4, "count", "3"), mention(0, 4, "count", "4")};
    const auto s = zgcfacts::gold::score(gold, pred, Selection::figure);
    CHECK(s.pred == 2);
    CHECK(s.exact == 1);
    CHECK(s.strict == 0);
}

TEST_CASE("gold scoring: records read from JSON, documents by base name") {
    const auto rows = zgcfacts::gold::records_from_jsonl(
        R"({"doc": "/tmp/x/000_x.txt", "start": 3, "end": 9, "surface": "3\n项", "kind": "count",)"
        R"( "value": "3", "unit": "count", "qualifier": "exact", "lower": null, "upper": null})"
        "\n\n"
        R"({"doc": "001_y.txt", "start": 0, "end": 4, "kind": "year", "value": 2024})");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].doc == "000_x.txt");
    CHECK(rows[0].end == 9);
    CHECK(rows[0].surface == "3\n项");
    CHECK_FALSE(rows[0].lower.has_value());
    CHECK(rows[1].value == "2024");
    CHECK_FALSE(rows[1].unit.has_value());
}
