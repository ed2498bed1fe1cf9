// The sheet as one JSON object, for programs: every figure with its exact values (decimals as
// strings), how it reads in both languages, its quote and its document; the series with their
// changes and bounds; the sources.
#include "core/json_writer.hpp"
#include "report/sheet_renderers.hpp"
#include "store/render.hpp"

namespace zgcfacts::report {

namespace {

std::string optional_decimal(const std::optional<Decimal>& d) { return d ? d->to_string() : ""; }

void interval(JsonWriter& json, const Interval& bounds) {
    json.begin_object();
    json.key("lower").string_or_null(optional_decimal(bounds.lower));
    json.key("lower_open").boolean(bounds.lower_open);
    json.key("upper").string_or_null(optional_decimal(bounds.upper));
    json.key("upper_open").boolean(bounds.upper_open);
    json.end_object();
}

void figure(JsonWriter& json, const StoredFact& fact) {
    json.begin_object();
    json.key("id").number(fact.id);
    json.key("metric").string_or_null(fact.metric);
    json.key("period").string_or_null(fact.period);
    json.key("surface").string(fact.surface);
    json.key("say").begin_object();
    json.key("zh").string(say(fact, Language::zh));
    json.key("en").string(say(fact, Language::en));
    json.end_object();
    render::quantity_fields(json, fact);
    json.key("sentence").string(fact.sentence);
    json.key("document_id").number(fact.document_id);
    json.key("start").number(static_cast<std::int64_t>(fact.start));
    json.key("end").number(static_cast<std::int64_t>(fact.end));
    json.end_object();
}

void series_point(JsonWriter& json, const YoyPoint& point) {
    json.begin_object();
    json.key("period").string(point.period);
    json.key("figure");
    figure(json, point.fact);
    json.key("candidates").number(static_cast<std::int64_t>(point.candidates));
    json.key("corroborating").number(static_cast<std::int64_t>(point.corroborating));
    if (point.change) {
        const YoyChange& change = *point.change;
        json.key("change").begin_object();
        json.key("from_period").string(change.from_period);
        json.key("text").string(describe_change(point));
        json.key("absolute").string(change.absolute.to_string());
        json.key("percent").string_or_null(optional_decimal(change.percent));
        json.key("exact").boolean(change.exact);
        json.key("qualifier").string(change.qualifier);
        json.key("absolute_bounds");
        interval(json, change.absolute_bounds);
        json.key("percent_bounds");
        interval(json, change.percent_bounds);
        json.end_object();
    } else {
        json.key("change").null();
    }
    json.end_object();
}

}  // namespace

std::string sheet_json(const Sheet& sheet) {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.key("title").string(sheet.title);
    json.key("language").string(sheet.language == Language::en ? "en" : "zh");
    json.key("scope").begin_object();
    if (sheet.scope.document_id) json.key("document_id").number(*sheet.scope.document_id);
    else json.key("document_id").null();
    json.key("period").string_or_null(sheet.scope.period);
    json.key("metric").string_or_null(sheet.scope.metric);
    json.end_object();

    json.key("sections").begin_array();
    for (const auto& section : sheet.sections) {
        json.begin_object();
        json.key("kind").string(to_string(section.kind));
        json.key("heading").string(kind_heading(section.kind, sheet.language));
        json.key("figures").begin_array();
        for (const auto& fact : section.facts) figure(json, fact);
        json.end_array();
        json.end_object();
    }
    json.end_array();

    json.key("series").begin_array();
    for (const auto& series : sheet.series) {
        json.begin_object();
        json.key("metric").string(series.metric);
        json.key("kind").string(to_string(series.kind));
        json.key("unit").string_or_null(series.unit);
        json.key("points").begin_array();
        for (const auto& point : series.points) series_point(json, point);
        json.end_array();
        json.end_object();
    }
    json.end_array();

    json.key("sources").begin_array();
    for (const auto& document : sheet.sources) {
        json.begin_object();
        json.key("id").number(document.id);
        json.key("name").string(document.name);
        json.key("title").string_or_null(document.title);
        json.key("source").string_or_null(document.source);
        json.key("date").string_or_null(document.date);
        json.key("content_hash").string(document.content_hash);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out += '\n';
    return out;
}

}  // namespace zgcfacts::report
