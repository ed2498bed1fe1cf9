// The comparison rules per model; see peer_models.hpp.
#include "peers/peer_models.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "peers/peer_values.hpp"

namespace zgcfacts::peers {
namespace {

// How their span relates to ours when both name the same figure.
enum class SpanRule {
    contains,  // ours contains theirs: we add what they leave out (units, 多/余, classifiers,
               // qualifier words such as 近 约 超过 左右 以上, which the gold schema puts in the span)
    overlaps,  // they include words our schema leaves to the context (大于, 超过了, 至少有, 之间)
};

struct ModelRule {
    SpanRule span;
    /// The kind our mention must have to count as this model's result; nullopt: any kind.
    std::optional<Kind> kind;
    /// Is one of our mentions this model's kind of result? Ours that are and overlap no expected
    /// result are extras, which fail the case.
    bool (*reported)(const Mention&);
};

bool any_but_money_percent_ordinal(const Mention& m) {
    // Their NumberModel leaves 一美元 and 一折 to the currency and percent models (both are cases
    // expecting no number), and reads 第十 as an ordinal.
    const Kind k = m.quantity.kind;
    return k != Kind::money && k != Kind::percent && k != Kind::ordinal;
}
// Percentage points (个百分点) are no percentage for their PercentModel (二三十个百分点 expects nothing).
bool is_percent(const Mention& m) { return m.quantity.kind == Kind::percent && m.quantity.unit != "pp"; }
bool is_ordinal(const Mention& m) { return m.quantity.kind == Kind::ordinal; }
bool is_money(const Mention& m) { return m.quantity.kind == Kind::money; }
bool is_measure(const Mention& m) { return m.quantity.kind == Kind::measure; }
bool is_bounded(const Mention& m) { return m.quantity.lower.has_value() || m.quantity.upper.has_value(); }

const std::map<std::string, ModelRule, std::less<>>& rules() {
    static const std::map<std::string, ModelRule, std::less<>> table = {
        {"NumberModel", {SpanRule::contains, std::nullopt, any_but_money_percent_ordinal}},
        {"NumberRangeModel", {SpanRule::overlaps, std::nullopt, is_bounded}},
        {"NumberRangeModelExperimentalMode", {SpanRule::overlaps, std::nullopt, is_bounded}},
        {"PercentModel", {SpanRule::contains, Kind::percent, is_percent}},
        {"OrdinalModel", {SpanRule::contains, Kind::ordinal, is_ordinal}},
        {"CurrencyModel", {SpanRule::contains, Kind::money, is_money}},
        {"DimensionModel", {SpanRule::contains, Kind::measure, is_measure}},
    };
    return table;
}

// Their English unit names for DimensionModel, as our unit symbols (the gold schema's spelling:
// SI-style symbols of the unit as written, no conversion: 12千米 is 12 km, not 12000 m).
const std::map<std::string, std::string, std::less<>>& dimension_units() {
    static const std::map<std::string, std::string, std::less<>> table = {
        {"Meter", "m"},        {"Centimeter", "cm"}, {"Kilometer", "km"},  {"Gram", "g"},
        {"Kilogram", "kg"},    {"Microgram", "ug"},  {"Ton", "t"},         {"Jin", "jin"},
        {"Liang", "liang"},    {"Mu", "mu"},         {"Hertz", "Hz"},      {"Megahertz", "MHz"},
        {"Kilowatt", "kW"},    {"Kilocalorie", "kcal"}, {"Bit", "bit"},    {"Kilobit", "kbit"},
        {"Kilobyte", "kB"},    {"Megabyte", "MB"},
    };
    return table;
}

bool span_fits(SpanRule rule, const ExpectedResult& e, const Mention& m) {
    switch (rule) {
        case SpanRule::contains: return m.start <= e.begin && e.end <= m.end;
        case SpanRule::overlaps: return m.start < e.end && e.begin < m.end;
    }
    return false;
}

bool overlaps(const ExpectedResult& e, const Mention& m) { return m.start < e.end && e.begin < m.end; }

std::string show(const std::optional<Decimal>& d) { return d ? d->to_string() : "-"; }

// NumberRange: their interval ends against our bounds, brackets ignored (their X到Y is half-open
// [X,Y) by design, the ExperimentalMode closed [X,Y]; we name the numbers X and Y either way).
// An exact figure is the interval [v,v] (their 等于1535). Where they leave an end open we must
// too, except above X多/X余: they write (500,) for 五百多 and we bound it by the next round number
// (500..600) as the gold schema asks.
std::optional<std::string> compare_interval(const ExpectedResult& e, const Quantity& q) {
    const auto interval = parse_interval(e.value.value_or(""));
    if (!interval) return fmt::format("cannot read their interval '{}'", e.value.value_or("null"));
    const bool exact = q.qualifier == Qualifier::exact;
    const std::optional<Decimal> lower = q.lower ? q.lower : exact ? std::optional<Decimal>(q.value) : std::nullopt;
    const std::optional<Decimal> upper = q.upper ? q.upper : exact ? std::optional<Decimal>(q.value) : std::nullopt;
    auto end_differs = [](const std::optional<std::string>& theirs, const std::optional<Decimal>& ours) {
        if (!theirs) return ours.has_value();
        return !ours || !same_number(*ours, *theirs);
    };
    const bool lower_differs = end_differs(interval->lower, lower);
    const bool upper_differs =
        end_differs(interval->upper, upper) && !(!interval->upper && q.qualifier == Qualifier::more_than_round);
    if (!lower_differs && !upper_differs) return std::nullopt;
    return fmt::format("interval: theirs {} , ours {}..{}", *e.value, show(lower), show(upper));
}

// Everything but the span for one expected result and our mention at it; nullopt when it agrees.
std::optional<std::string> compare(const PeerCase& c, const ModelRule& rule, const ExpectedResult& e,
                                   const Mention& m) {
    const Quantity& q = m.quantity;
    if (rule.kind && q.kind != *rule.kind)
        return fmt::format("kind: want {}, ours {}", to_string(*rule.kind), to_string(q.kind));
    if (c.ignore_resolution) return std::nullopt;  // their runner checks the span only
    if (c.model.starts_with("NumberRange")) return compare_interval(e, q);
    // NumberModel drops 多/余 and keeps the base value (一千多万 → 10000000): that is our `value`
    // for more_than_round, so the value compares directly.
    if (!same_number(q.value, *e.value))
        return fmt::format("value: theirs {}, ours {}", *e.value, q.value.to_string());
    if (c.model == "CurrencyModel" && e.iso_currency && q.unit != *e.iso_currency)
        return fmt::format("currency: theirs {}, ours '{}'", *e.iso_currency, q.unit);
    if (c.model == "DimensionModel" && e.unit) {
        const auto it = dimension_units().find(*e.unit);
        if (it != dimension_units().end() && q.unit != it->second)
            return fmt::format("unit: theirs {} ({}), ours '{}'", *e.unit, it->second, q.unit);
    }
    return std::nullopt;
}

}  // namespace

const std::vector<std::string>& compared_models() {
    static const std::vector<std::string> models = {"NumberModel",    "NumberRangeModel",
                                                    "NumberRangeModelExperimentalMode", "PercentModel",
                                                    "OrdinalModel",   "CurrencyModel", "DimensionModel"};
    return models;
}

std::vector<std::string> adaptations() {
    return {
        "offsets: their Start/End are UTF-16 units with End inclusive; turned into our half-open byte offsets",
        "NumberModel: their span is the numeral alone; ours may add a unit, classifier or 多/余 around it, "
        "so ours must contain theirs; the value compared is our `value` (the base value, as they keep it)",
        "NumberModel: our money, percent and ordinal mentions are not counted as extras (they belong to "
        "their Currency/Percent/Ordinal models: 一美元 and 一折 expect no number)",
        "NumberRange(+ExperimentalMode): their span includes 大于/超过了/至少有/之间, which our schema leaves "
        "to the context: spans only need to overlap; interval ends compared as numbers, open/closed "
        "ignored; an exact figure is [v,v]; our upper bound of X多/X余 accepted where they leave it open",
        "NumberRange: extras are our mentions with a bound (lower or upper) overlapping no expected result",
        "Percent/Currency/Dimension: their span leaves out qualifier words (近一吨 → 一吨) that our schema "
        "includes: ours must contain theirs; the value then decides",
        "PercentModel: values compared in percent points ('2.4%' = 2.4); kind must be percent; our "
        "percentage points (个百分点, unit pp) are not their percentages and never count as extras",
        "OrdinalModel: ours may add the classifier (第一名 for their 第一): ours must contain theirs",
        "CurrencyModel: unit compared as ISO 4217 where they give isoCurrency; a bare currency name "
        "(value null) is not a figure for us and is not compared",
        "DimensionModel: units compared through a table of their English names to our symbols, "
        "values in the unit as written (12千米 = 12 km) as both sides do",
        "values: C# prints repeating fractions with 15 significant digits; ours must round to theirs",
        "IgnoreResolution: span only, as their runner does",
    };
}

std::string describe(const Mention& m) {
    const Quantity& q = m.quantity;
    std::string out = fmt::format("'{}'[{},{}) {} {}", m.surface, m.start, m.end, to_string(q.kind), q.value_text());
    if (q.qualifier != Qualifier::exact) out += fmt::format(" {}", to_string(q.qualifier));
    if (q.lower || q.upper) out += fmt::format(" {}..{}", show(q.lower), show(q.upper));
    if (!q.unit.empty()) out += fmt::format(" {}", q.unit);
    return out;
}

Verdict judge(const PeerCase& c, const std::vector<Mention>& mentions) {
    Verdict v;
    const auto rule_it = rules().find(c.model);
    if (rule_it == rules().end()) {
        v.problems.push_back("no comparison rule for model " + c.model);
        return v;
    }
    const ModelRule& rule = rule_it->second;
    for (const auto& e : c.expected) {
        if (!e.value && !c.ignore_resolution) continue;  // a bare currency name: nothing to compare
        const auto text = c.input.substr(e.begin, e.end - e.begin);
        const Mention* candidate = nullptr;
        std::optional<std::string> problem = "not found";
        for (const auto& m : mentions) {
            if (!span_fits(rule.span, e, m)) continue;
            candidate = &m;
            problem = compare(c, rule, e, m);
            if (!problem) break;
        }
        if (!candidate) {
            const auto near = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return overlaps(e, m); });
            if (near != mentions.end()) problem = fmt::format("span: ours {}", describe(*near));
        }
        if (problem) v.problems.push_back(fmt::format("'{}' {}: {}", text, e.value.value_or("null"), *problem));
    }
    for (const auto& m : mentions) {
        if (!rule.reported(m)) continue;
        const bool expected = std::any_of(c.expected.begin(), c.expected.end(),
                                          [&](const ExpectedResult& e) { return overlaps(e, m); });
        if (!expected) v.problems.push_back("extra: " + describe(m));
    }
    v.passed = v.problems.empty();
    return v;
}

}  // namespace zgcfacts::peers
