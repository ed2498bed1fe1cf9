// zgcfacts::build_sheet: the facts of a scope grouped by kind, the year-over-year series of their
// metrics, and the documents behind both.
#include <algorithm>
#include <map>
#include <set>

#include "report/sheet_parts.hpp"
#include "zgcfacts/sheet.hpp"

namespace zgcfacts {

namespace {

bool on_sheet(Kind kind, const SheetOptions& options) { return is_figure(kind) || options.include_time; }

/// A level of a metric (not a rate of change, not a comparison) with a period: what yoy charts.
bool charts_a_level(const StoredFact& fact) {
    return is_figure(fact.kind) && fact.change == Change::none && fact.base.empty() && !fact.metric.empty() &&
           !fact.period.empty();
}

std::vector<YoySeries> collect_series(const Store& store, const std::vector<SheetSection>& sections) {
    // Labels in the order they first appear on the sheet.
    std::vector<std::string> labels;
    for (const auto& section : sections)
        for (const auto& fact : section.facts)
            if (charts_a_level(fact) && std::find(labels.begin(), labels.end(), fact.metric) == labels.end())
                labels.push_back(fact.metric);

    std::vector<YoySeries> out;
    std::set<std::vector<std::int64_t>> seen;  // series already charted under a shorter label
    for (const auto& label : labels) {
        YoyOptions options;
        options.metric = label;
        YoySeries series = store.yoy(options);
        // yoy matches labels by substring: 金额 also finds 签约金额. A chart titled 金额 must be mostly
        // about figures labelled 金额 (at least half its points), have two periods, and not repeat
        // the points of a chart drawn already under another label.
        std::set<std::string> periods;
        std::size_t own_label = 0;
        std::vector<std::int64_t> ids;
        for (const auto& point : series.points) {
            periods.insert(point.period);
            own_label += point.fact.metric == label ? 1 : 0;
            ids.push_back(point.fact.id);
        }
        if (periods.size() < 2 || own_label * 2 < series.points.size() || !seen.insert(ids).second) continue;
        series.metric = label;
        out.push_back(std::move(series));
    }
    return out;
}

std::vector<StoredDocument> collect_sources(const Store& store, const Sheet& sheet) {
    std::set<std::int64_t> ids;
    for (const auto& section : sheet.sections)
        for (const auto& fact : section.facts) ids.insert(fact.document_id);
    for (const auto& series : sheet.series)
        for (const auto& point : series.points) ids.insert(point.fact.document_id);
    std::vector<StoredDocument> out;
    for (auto id : ids)
        if (auto document = store.document(id)) out.push_back(std::move(*document));
    return out;
}

}  // namespace

Sheet build_sheet(const Store& store, const SheetScope& scope, const SheetOptions& options) {
    Sheet sheet;
    sheet.language = options.language;
    sheet.scope = scope;

    FactFilter filter;
    filter.metric = scope.metric;
    filter.period = scope.period;
    filter.document_id = scope.document_id;
    std::map<Kind, std::vector<StoredFact>> by_kind;  // Kind's order: money, count, … then time kinds
    store.for_each_fact(filter, [&](const StoredFact& fact) {
        if (on_sheet(fact.kind, options)) by_kind[fact.kind].push_back(fact);
    });
    for (auto& [kind, facts] : by_kind) sheet.sections.push_back({kind, std::move(facts)});

    if (options.series) sheet.series = collect_series(store, sheet.sections);
    sheet.sources = collect_sources(store, sheet);

    if (!options.title.empty()) {
        sheet.title = options.title;
    } else {
        std::optional<StoredDocument> document;
        if (scope.document_id) document = store.document(*scope.document_id);
        sheet.title = report::default_title(scope, document ? &*document : nullptr, options.language);
    }
    return sheet;
}

}  // namespace zgcfacts
