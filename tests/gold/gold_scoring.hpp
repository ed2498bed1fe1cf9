// Scoring of numeric mentions against the gold annotations, the same way ../shared/tools/score.py
// does it, so the gold test's figures are the ones the team quotes.
//
//   auto gold = gold::load_gold(read_file(".../gold/000.jsonl"));
//   auto pred = gold::from_mentions(*zgcfacts::scan(bytes), "000_e1caa956fec627ee.txt");
//   gold::Score s = gold::score(gold, pred, gold::Selection::figure);
//   fmt::print("{}", gold::summary(s));   // span and strict P/R/F1
//
// The rules copied from score.py, each easy to get subtly wrong:
// - documents are compared by base name; predictions for documents without gold are dropped;
// - a selection keeps gold of its kinds, and predictions of its kinds plus any prediction whose span
//   is exactly a selected gold span (so a wrong kind on a right span counts as a wrong field, not as
//   spurious);
// - a span matches only exactly (doc, start, end); when several predictions share a span, the last
//   one is the one compared (score.py keeps them in a dict), but all count in the precision;
// - strict: span plus kind, value, unit, qualifier, lower, upper all equal; empty and null are the
//   same; value/lower/upper compare as decimals (numerically) except for the gold kinds date, year
//   and period, whose values are text ("2024-04-25", "2024/2027").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/json.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::gold {

/// One mention, gold or predicted, reduced to what scoring reads.
struct Record {
    std::string doc;  // base name of the document
    std::size_t start = 0;
    std::size_t end = 0;
    std::string surface;
    // Schema strings; nullopt where the schema has null.
    std::optional<std::string> kind, value, unit, qualifier, lower, upper;
};

/// The fields that must all agree for a strict match, in score.py's order.
inline constexpr std::string_view strict_fields[] = {"kind", "value", "unit", "qualifier", "lower", "upper"};

/// A record from one JSON object of the gold files or of `zgcfacts extract --format jsonl`.
Record record_from_json(const test::json::Value& row);
/// Every line of a JSONL text.
std::vector<Record> records_from_jsonl(std::string_view text);
/// Our mentions as the schema would write them (unit "" → null, Quantity::value_text() and friends).
std::vector<Record> from_mentions(const std::vector<Mention>& mentions, const std::string& doc);

/// The value of a field by its schema name ("kind", "value", …).
const std::optional<std::string>& field(const Record& r, std::string_view name);
/// score.py's same(): is `name` equal in gold `g` and prediction `p`?
bool same_field(std::string_view name, const Record& g, const Record& p);

/// Python's Decimal equality for the decimal strings of the schema: "1.50" == "1.5" == "15e-1",
/// "-0" == "0". Text that is not a decimal compares as text.
bool same_decimal(const std::optional<std::string>& a, const std::optional<std::string>& b);

enum class Selection { figure, time, ordinal, all };
std::string_view to_string(Selection s);
bool selected(Selection s, std::string_view kind);

struct PRF {
    double precision = 0, recall = 0, f1 = 0;
};

struct FieldMismatch {
    std::string field;
    Record gold;
    Record pred;
};

struct Score {
    Selection selection = Selection::all;
    std::size_t gold = 0, pred = 0;  // after filtering
    std::size_t exact = 0;           // gold mentions whose span a prediction matches exactly
    std::size_t overlap_gold = 0, overlap_pred = 0;
    std::size_t strict = 0;          // exact spans with every strict field right
    PRF span, span_overlap, strict_prf;
    std::vector<std::size_t> field_right;  // per strict_fields entry, over the exact spans
    std::vector<Record> missed;            // gold without an exactly matching prediction
    std::vector<Record> spurious;          // predictions matching no selected gold span
    std::vector<FieldMismatch> wrong;      // one entry per wrong field of an exact span
};

Score score(const std::vector<Record>& gold, const std::vector<Record>& pred, Selection selection);

/// The figures, one per line, in the spirit of score.py's output.
std::string summary(const Score& s);
/// Up to `limit` missed, spurious and wrong-field mentions each; for a missed mention, the
/// predictions overlapping it (what we found instead) are shown too.
std::string failures(const Score& s, const std::vector<Record>& pred, std::size_t limit);

}  // namespace zgcfacts::gold
