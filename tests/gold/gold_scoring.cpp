// Scoring as ../shared/tools/score.py does it; see gold_scoring.hpp for the rules.
#include "gold/gold_scoring.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

namespace zgcfacts::gold {
namespace {

std::size_t offset_of(const test::json::Value& v, const char* name) {
    const auto& f = v[name];
    if (!f.is_number()) throw std::runtime_error(fmt::format("mention without a numeric '{}'", name));
    return static_cast<std::size_t>(f.as_int64());
}

// score.py compares `(a or None) == (b or None)`: an empty string counts as null.
std::optional<std::string> none_if_empty(std::optional<std::string> s) {
    if (s && s->empty()) return std::nullopt;
    return s;
}

// A decimal in a canonical form: sign, significant digits without leading or trailing zeros, and
// the power of ten of the last digit. Zero is {false, "", 0}. nullopt when the text is not a decimal
// Python's Decimal() would read (we accept the forms the schema and our CLI produce).
struct CanonicalDecimal {
    bool negative = false;
    std::string digits;
    long exponent = 0;
    friend bool operator==(const CanonicalDecimal&, const CanonicalDecimal&) = default;
};

std::optional<CanonicalDecimal> canonical(std::string_view text) {
    // Python's Decimal() ignores surrounding whitespace.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    CanonicalDecimal d;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) d.negative = text[i++] == '-';
    std::string digits;
    long fraction_digits = 0;
    bool any_digit = false, in_fraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            any_digit = true;
            if (in_fraction) ++fraction_digits;
        } else if (c == '.' && !in_fraction) {
            in_fraction = true;
        } else {
            break;
        }
    }
    if (!any_digit) return std::nullopt;
    long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative_exponent = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative_exponent = text[i++] == '-';
        if (i >= text.size()) return std::nullopt;
        for (; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 1'000'000) return std::nullopt;  // not a figure anyone writes
        }
        if (negative_exponent) exponent = -exponent;
    }
    if (i != text.size()) return std::nullopt;
    exponent -= fraction_digits;
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return CanonicalDecimal{};  // zero, whatever its sign
    digits.erase(0, first);
    while (digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    d.digits = std::move(digits);
    d.exponent = exponent;
    return d;
}

std::string show(const std::optional<std::string>& s) { return s ? fmt::format("\"{}\"", *s) : "null"; }

// The surface on one line: PDF line breaks inside a figure would break the report's layout.
std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

std::string describe(const Record& r) {
    return fmt::format("{} [{},{}) '{}' {} value={} unit={} qualifier={} lower={} upper={}",
                       r.doc.substr(0, 3), r.start, r.end, one_line(r.surface), r.kind.value_or("null"),
                       show(r.value), show(r.unit), show(r.qualifier), show(r.lower), show(r.upper));
}

PRF prf(std::size_t tp_pred, std::size_t tp_gold, std::size_t n_pred, std::size_t n_gold) {
    // Same operations in the same order as score.py, so the 3-decimal figures agree exactly.
    PRF r;
    r.precision = n_pred ? static_cast<double>(tp_pred) / static_cast<double>(n_pred) : 0.0;
    r.recall = n_gold ? static_cast<double>(tp_gold) / static_cast<double>(n_gold) : 0.0;
    r.f1 = (r.precision + r.recall) != 0.0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    return r;
}

using SpanKey = std::tuple<std::string, std::size_t, std::size_t>;
SpanKey key(const Record& r) { return {r.doc, r.start, r.end}; }

bool overlaps(const Record& a, const Record& b) { return a.doc == b.doc && a.start < b.end && b.start < a.end; }

}  // namespace

Record record_from_json(const test::json::Value& row) {
    Record r;
    // Predictions may name the document by path; only the base name is compared.
    r.doc = std::filesystem::path(row["doc"].text().value_or("")).filename().string();
    r.start = offset_of(row, "start");
    r.end = offset_of(row, "end");
    r.surface = row["surface"].text().value_or("");
    r.kind = row["kind"].text();
    r.value = row["value"].text();
    r.unit = row["unit"].text();
    r.qualifier = row["qualifier"].text();
    r.lower = row["lower"].text();
    r.upper = row["upper"].text();
    return r;
}

std::vector<Record> records_from_jsonl(std::string_view text) {
    std::vector<Record> out;
    for (const auto& row : test::json::parse_lines(text)) out.push_back(record_from_json(row));
    return out;
}

std::vector<Record> from_mentions(const std::vector<Mention>& mentions, const std::string& doc) {
    std::vector<Record> out;
    out.reserve(mentions.size());
    for (const auto& m : mentions) {
        const Quantity& q = m.quantity;
        Record r;
        r.doc = doc;
        r.start = m.start;
        r.end = m.end;
        r.surface = m.surface;
        r.kind = std::string(zgcfacts::to_string(q.kind));
        r.value = q.value_text();
        r.unit = none_if_empty(q.unit);
        r.qualifier = std::string(zgcfacts::to_string(q.qualifier));
        r.lower = q.lower_text();
        r.upper = q.upper_text();
        out.push_back(std::move(r));
    }
    return out;
}

const std::optional<std::string>& field(const Record& r, std::string_view name) {
    if (name == "kind") return r.kind;
    if (name == "value") return r.value;
    if (name == "unit") return r.unit;
    if (name == "qualifier") return r.qualifier;
    if (name == "lower") return r.lower;
    if (name == "upper") return r.upper;
    throw std::invalid_argument(fmt::format("no field '{}'", name));
}

bool same_decimal(const std::optional<std::string>& a, const std::optional<std::string>& b) {
    // score.py's dec(): None stays None, a decimal is compared numerically, anything else as text.
    if (!a || !b) return !a && !b;
    const auto ca = canonical(*a), cb = canonical(*b);
    if (ca && cb) return *ca == *cb;
    if (ca || cb) return false;
    return *a == *b;
}

bool same_field(std::string_view name, const Record& g, const Record& p) {
    const auto& a = field(g, name);
    const auto& b = field(p, name);
    if (name == "value" || name == "lower" || name == "upper") {
        const std::string gold_kind = g.kind.value_or("");
        if (gold_kind == "date" || gold_kind == "year" || gold_kind == "period")
            return none_if_empty(a) == none_if_empty(b);
        return same_decimal(a, b);
    }
    return none_if_empty(a) == none_if_empty(b);
}

std::string_view to_string(Selection s) {
    switch (s) {
        case Selection::figure: return "figure";
        case Selection::time: return "time";
        case Selection::ordinal: return "ordinal";
        case Selection::all: return "all";
    }
    return "?";
}

bool selected(Selection s, std::string_view kind) {
    const bool figure = kind == "money" || kind == "count" || kind == "percent" || kind == "ratio" ||
                        kind == "measure" || kind == "number";
    const bool time = kind == "year" || kind == "date" || kind == "period" || kind == "duration";
    const bool ordinal = kind == "ordinal";
    switch (s) {
        case Selection::figure: return figure;
        case Selection::time: return time;
        case Selection::ordinal: return ordinal;
        case Selection::all: return figure || time || ordinal;
    }
    return false;
}

Score score(const std::vector<Record>& all_gold, const std::vector<Record>& all_pred, Selection selection) {
    Score s;
    s.selection = selection;

    std::vector<std::string> docs;
    for (const auto& g : all_gold) docs.push_back(g.doc);
    auto in_docs = [&](const Record& r) { return std::find(docs.begin(), docs.end(), r.doc) != docs.end(); };

    std::vector<Record> gold;
    for (const auto& g : all_gold)
        if (selected(selection, g.kind.value_or(""))) gold.push_back(g);
    std::map<SpanKey, const Record*> gold_spans;
    for (const auto& g : gold) gold_spans.emplace(key(g), &g);

    std::vector<Record> pred;
    for (const auto& p : all_pred)
        if (in_docs(p) && (selected(selection, p.kind.value_or("")) || gold_spans.count(key(p)))) pred.push_back(p);
    std::map<SpanKey, const Record*> pred_spans;
    for (const auto& p : pred) pred_spans[key(p)] = &p;  // the last one wins, as in a Python dict

    s.gold = gold.size();
    s.pred = pred.size();
    s.field_right.assign(std::size(strict_fields), 0);
    for (const auto& g : gold) {
        const auto it = pred_spans.find(key(g));
        if (it == pred_spans.end()) {
            s.missed.push_back(g);
            continue;
        }
        ++s.exact;
        bool all_right = true;
        for (std::size_t f = 0; f < std::size(strict_fields); ++f) {
            if (same_field(strict_fields[f], g, *it->second)) {
                ++s.field_right[f];
            } else {
                all_right = false;
                s.wrong.push_back({std::string(strict_fields[f]), g, *it->second});
            }
        }
        if (all_right) ++s.strict;
    }
    for (const auto& p : pred)
        if (!gold_spans.count(key(p))) s.spurious.push_back(p);
    for (const auto& g : gold)
        if (std::any_of(pred.begin(), pred.end(), [&](const Record& p) { return overlaps(g, p); })) ++s.overlap_gold;
    for (const auto& p : pred)
        if (std::any_of(gold.begin(), gold.end(), [&](const Record& g) { return overlaps(g, p); })) ++s.overlap_pred;

    s.span = prf(s.exact, s.exact, s.pred, s.gold);
    s.span_overlap = prf(s.overlap_pred, s.overlap_gold, s.pred, s.gold);
    s.strict_prf = prf(s.strict, s.strict, s.pred, s.gold);
    return s;
}

std::string summary(const Score& s) {
    std::string out = fmt::format("kinds={} gold={} pred={}\n", to_string(s.selection), s.gold, s.pred);
    out += fmt::format("  span exact:   P={:.3f} R={:.3f} F1={:.3f}\n", s.span.precision, s.span.recall, s.span.f1);
    out += fmt::format("  span overlap: P={:.3f} R={:.3f} F1={:.3f}\n", s.span_overlap.precision,
                       s.span_overlap.recall, s.span_overlap.f1);
    if (s.exact) {
        out += "  field accuracy on exact spans:";
        for (std::size_t f = 0; f < std::size(strict_fields); ++f)
            out += fmt::format(" {}={:.3f}", strict_fields[f],
                               static_cast<double>(s.field_right[f]) / static_cast<double>(s.exact));
        out += '\n';
    }
    out += fmt::format("  strict:       P={:.3f} R={:.3f} F1={:.3f}\n", s.strict_prf.precision, s.strict_prf.recall,
                       s.strict_prf.f1);
    return out;
}

std::string failures(const Score& s, const std::vector<Record>& pred, std::size_t limit) {
    std::string out;
    out += fmt::format("  -- missed ({}): gold span not predicted exactly\n", s.missed.size());
    for (std::size_t i = 0; i < s.missed.size() && i < limit; ++i) {
        const Record& g = s.missed[i];
        out += fmt::format("     gold {}\n", describe(g));
        for (const auto& p : pred)
            if (overlaps(g, p)) out += fmt::format("       we have {}\n", describe(p));
    }
    out += fmt::format("  -- spurious ({}): predicted span not in the gold\n", s.spurious.size());
    for (std::size_t i = 0; i < s.spurious.size() && i < limit; ++i)
        out += fmt::format("     pred {}\n", describe(s.spurious[i]));
    out += fmt::format("  -- wrong fields ({}) on exact spans\n", s.wrong.size());
    for (std::size_t i = 0; i < s.wrong.size() && i < limit; ++i) {
        const auto& w = s.wrong[i];
        out += fmt::format("     {} '{}' {}: gold {} ours {}\n", w.gold.doc.substr(0, 3), one_line(w.gold.surface),
                           w.field, show(field(w.gold, w.field)), show(field(w.pred, w.field)));
    }
    return out;
}

}  // namespace zgcfacts::gold
