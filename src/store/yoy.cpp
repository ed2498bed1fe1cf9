// Year over year: one figure per period for a metric, and the change between consecutive periods.
//
// Choosing the figure of a period, among the figures with the series' unit (docs/schema.md):
//   1. exact before approximate before two-sided bounds before one-sided bounds (qualifier_rank);
//   2. then the one more other sentences agree with (their intervals, approx ±5%, intersect);
//   3. then the more recent document (later date, then later ingest), then the earlier position.
// The change uses each figure's interval with approximate values taken as written, so 超810亿 (2023)
// against 约673.17亿 (2024) is a change below −136.83亿 rather than a made-up exact difference.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "store/interval.hpp"
#include "store/store_impl.hpp"

namespace zgcfacts {

namespace {

/// What choosing a period's figure looks at. A series can have thousands of candidates, so they
/// are kept small (whole StoredFacts made the allocator's work a large part of a query); the
/// chosen ones are read back whole.
struct Candidate {
    std::int64_t id = 0;
    std::int64_t document_id = 0;
    std::string document_date;
    std::size_t sentence_index = 0;
    std::size_t start = 0;
    Kind kind = Kind::number;
    Qualifier qualifier = Qualifier::exact;
    std::string unit;
    std::pair<int, int> span;
    Interval agreement;  // corroboration interval (approx ±5%)
    std::size_t corroborating = 0;

    Candidate(const StoredFact& f, std::pair<int, int> period, Interval interval)
        : id(f.id), document_id(f.document_id), document_date(f.document_date), sentence_index(f.sentence_index),
          start(f.start), kind(f.kind), qualifier(f.qualifier), unit(f.unit), span(period), agreement(interval) {}

    /// Two figures of one sentence are one source, not two.
    bool same_sentence(const Candidate& other) const {
        return document_id == other.document_id && sentence_index == other.sentence_index;
    }
};

std::optional<Decimal> sub(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
    if (!a || !b) return std::nullopt;
    auto r = a->minus(*b);
    if (!r) return std::nullopt;
    return *r;
}

/// (a / b − 1) × 100 to two decimals.
std::optional<Decimal> percent_change(const Decimal& current, const Decimal& previous) {
    if (previous.is_zero()) return std::nullopt;
    auto diff = current.minus(previous);
    if (!diff) return std::nullopt;
    auto scaled = diff->scaled(2);
    if (!scaled) return std::nullopt;
    auto pct = scaled->divided_by(previous, 2);
    if (!pct) return std::nullopt;
    return *pct;
}

std::string classify(const Interval& bounds, bool exact) {
    if (bounds.is_point()) return exact ? "exact" : "approx";
    if (bounds.lower && bounds.upper) return "range";
    if (bounds.lower) return bounds.lower_open ? "over" : "at_least";
    if (bounds.upper) return bounds.upper_open ? "under" : "at_most";
    return "unknown";
}

YoyChange compute_change(const StoredFact& previous, const StoredFact& current, Kind kind) {
    YoyChange change;
    change.from_period = previous.period;
    const Decimal p = Decimal::parse(previous.value).value();
    const Decimal c = Decimal::parse(current.value).value();
    if (auto d = c.minus(p)) change.absolute = *d;
    change.percent = percent_change(c, p);

    const Interval P = store::figure_interval(previous, store::ApproxAs::point).value();
    const Interval C = store::figure_interval(current, store::ApproxAs::point).value();
    // [c_lo − p_hi, c_hi − p_lo]; a bound is open when either operand's is.
    change.absolute_bounds.lower = sub(C.lower, P.upper);
    change.absolute_bounds.lower_open = C.lower_open || P.upper_open;
    change.absolute_bounds.upper = sub(C.upper, P.lower);
    change.absolute_bounds.upper_open = C.upper_open || P.lower_open;

    // Percent bounds need a previous value known to be positive, and a current one known not to be
    // negative: then the ratio is smallest at c_lo / p_hi and largest at c_hi / p_lo.
    const bool previous_positive = P.lower && (*P.lower > Decimal() || (P.lower->is_zero() && P.lower_open));
    const bool current_non_negative = C.lower && !C.lower->is_negative();
    if (previous_positive && current_non_negative && !P.lower->is_zero()) {
        if (P.upper) {
            change.percent_bounds.lower = percent_change(*C.lower, *P.upper);
            change.percent_bounds.lower_open = C.lower_open || P.upper_open;
        } else if (store::non_negative(kind)) {
            change.percent_bounds.lower = Decimal::from_int(-100);  // c / ∞ → 0, never reached
            change.percent_bounds.lower_open = true;
        }
        if (C.upper) {
            change.percent_bounds.upper = percent_change(*C.upper, *P.lower);
            change.percent_bounds.upper_open = C.upper_open || P.lower_open;
        }
    }
    change.exact = previous.qualifier == Qualifier::exact && current.qualifier == Qualifier::exact;
    change.qualifier = classify(change.absolute_bounds, change.exact);
    return change;
}

/// Most frequent unit among the figures (ties: alphabetical, for a stable answer).
std::string dominant_unit(const std::vector<Candidate>& candidates) {
    std::map<std::string, std::size_t> counts;
    for (const auto& c : candidates) ++counts[c.unit];
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [unit, n] : counts)
        if (n > best_count) {
            best = unit;
            best_count = n;
        }
    return best;
}

/// lower < other's lower, with a missing lower bound (−∞) first.
bool lower_before(const Interval& a, const Interval& b) {
    if (!a.lower || !b.lower) return !a.lower && b.lower;
    return *a.lower < *b.lower;
}

/// True when every number of `b` lies above `a`'s upper bound (a missing upper bound is +∞).
bool starts_above(const Interval& b, const Interval& a) { return a.upper && b.lower && *b.lower > *a.upper; }

/// Counts, for each figure of a period, the figures of other sentences whose intervals meet its
/// own. Sorted by lower bound, a figure can only meet the ones after it up to the first that starts
/// above its upper bound, so a period of n exact figures costs n log n rather than n² comparisons.
void count_corroborating(const std::vector<Candidate*>& candidates) {
    std::vector<Candidate*> by_lower = candidates;  // the caller's order decides ties later
    std::sort(by_lower.begin(), by_lower.end(), [](const Candidate* a, const Candidate* b) {
        return lower_before(a->agreement, b->agreement);
    });
    for (std::size_t i = 0; i < by_lower.size(); ++i) {
        Candidate* a = by_lower[i];
        for (std::size_t j = i + 1; j < by_lower.size(); ++j) {
            Candidate* b = by_lower[j];
            if (starts_above(b->agreement, a->agreement)) break;
            if (a->same_sentence(*b) || a->agreement.intersect(b->agreement).is_empty()) continue;
            ++a->corroborating;
            ++b->corroborating;
        }
    }
}

}  // namespace

YoySeries Store::yoy(const YoyOptions& options) const {
    YoySeries series;
    series.metric = options.metric;

    // One snapshot: the chosen figures are read back after the candidates, and a writer may
    // replace a document in between.
    sqlite::Transaction snapshot(impl_->db, "computing year over year", sqlite::Transaction::Mode::deferred);
    std::vector<Candidate> all;
    FactFilter filter;
    filter.metric = options.metric;
    if (!options.unit.empty()) filter.unit = options.unit;
    store::for_each_figure(*impl_, filter, [&](const StoredFact& f) {
        // Levels only: a rate of change (同比增长29.1%) is about the metric, not a value of it.
        if (!is_figure(f.kind) || f.change != Change::none || !f.base.empty()) return;
        auto span = store::parse_period(f.period);
        if (!span) return;
        if (options.from != 0 && span->second < options.from) return;
        if (options.to != 0 && span->second > options.to) return;
        auto interval = store::figure_interval(f, store::ApproxAs::tolerance);
        if (!interval) return;
        all.emplace_back(f, *span, *interval);
    });
    if (all.empty()) {
        snapshot.commit();
        return series;
    }
    // Document order, then position: ties between equally good figures go to the first.
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.document_id, a.start, a.id) < std::tie(b.document_id, b.start, b.id);
    });

    series.unit = options.unit.empty() ? dominant_unit(all) : options.unit;
    std::erase_if(all, [&](const Candidate& c) { return c.unit != series.unit; });
    {
        std::map<Kind, std::size_t> kinds;
        for (const auto& c : all) ++kinds[c.kind];
        series.kind = std::max_element(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                      })->first;
    }

    // Periods: yearly figures are one series (key start 0); each cumulative start year another.
    std::map<std::pair<int, int>, std::vector<Candidate*>> by_period;  // (series start, end)
    for (auto& c : all) {
        int series_key = c.span.first == c.span.second ? 0 : c.span.first;
        by_period[{series_key, c.span.second}].push_back(&c);
    }

    std::optional<int> previous_series;  // the series key of series.points.back()
    for (auto& [key, candidates] : by_period) {
        count_corroborating(candidates);
        auto better = [](const Candidate* a, const Candidate* b) {
            auto rank = [](const Candidate* c) {
                return std::make_tuple(store::qualifier_rank(c->qualifier), -static_cast<long>(c->corroborating));
            };
            if (rank(a) != rank(b)) return rank(a) < rank(b);
            if (a->document_date != b->document_date) return a->document_date > b->document_date;
            if (a->document_id != b->document_id) return a->document_id > b->document_id;
            return a->start < b->start;
        };
        const Candidate* chosen = *std::min_element(candidates.begin(), candidates.end(), better);

        YoyPoint point;
        point.fact = store::fact(*impl_, chosen->id).value();  // same snapshot: it is there
        point.period = point.fact.period;
        point.candidates = candidates.size();
        point.corroborating = chosen->corroborating;
        if (previous_series == key.first)
            point.change = compute_change(series.points.back().fact, point.fact, series.kind);
        series.points.push_back(std::move(point));
        previous_series = key.first;
    }
    snapshot.commit();
    return series;
}

}  // namespace zgcfacts
