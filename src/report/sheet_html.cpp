// The sheet as one self-contained HTML page: inline CSS and SVG, no script, and a
// Content-Security-Policy that forbids every fetch, so the file can be mailed, archived or opened
// offline and shows exactly what it shows now. All document text goes through html_escape.
#include <string_view>

#include "report/html_escape.hpp"
#include "report/labels.hpp"
#include "report/sheet_parts.hpp"
#include "report/sheet_renderers.hpp"

namespace zgcfacts::report {

namespace {

constexpr std::string_view style = R"(
:root { color-scheme: light; }
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #222; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
h2 .count { color: #888; font-weight: normal; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eee; }
th { background: #f6f7f9; font-weight: 600; }
td.figure { white-space: nowrap; font-weight: 600; }
td.change { white-space: nowrap; }
td.quote { color: #444; }
td.quote mark { background: #fff1c2; padding: 0 .1em; }
figure { margin: 1.5rem 0; overflow-x: auto; }
.note { color: #666; font-size: .9rem; }
footer { margin-top: 3rem; color: #999; font-size: .8rem; }
a { color: #2f6db5; }
)";

std::string cell(std::string_view css_class, const std::string& escaped) {
    return "<td" + (css_class.empty() ? std::string() : " class=\"" + std::string(css_class) + "\"") + ">" + escaped +
           "</td>";
}

std::string header_row(const std::vector<std::string_view>& headers) {
    std::string out = "<thead><tr>";
    for (auto h : headers) out += "<th>" + html_escape(h) + "</th>";
    return out + "</tr></thead>\n";
}

std::string quote(const StoredFact& fact) {
    const QuoteParts parts = split_quote(fact);
    if (parts.figure.empty()) return html_escape(parts.before);
    return html_escape(parts.before) + "<mark>" + html_escape(parts.figure) + "</mark>" + html_escape(parts.after);
}

std::string source_link(const Sheet& sheet, std::int64_t document_id) {
    const StoredDocument* document = find_source(sheet, document_id);
    const std::string label = document ? document_label(*document) : "#" + std::to_string(document_id);
    return "<a href=\"#doc-" + std::to_string(document_id) + "\">[" + std::to_string(document_id) + "] " +
           html_escape(label) + "</a>";
}

std::string section_table(const Sheet& sheet, const SheetSection& section, const Labels& words) {
    std::string out = "<section class=\"kind\" id=\"kind-" + std::string(to_string(section.kind)) + "\">\n<h2>" +
                      html_escape(kind_heading(section.kind, sheet.language)) + " <span class=\"count\">" +
                      std::to_string(section.facts.size()) + "</span></h2>\n<table>\n";
    out += header_row({words.column_metric, words.column_period, words.column_figure, words.column_quote,
                       words.column_source});
    out += "<tbody>\n";
    for (const auto& fact : section.facts) {
        out += "<tr>" + cell("metric", fact.metric.empty() ? html_escape(words.unlabelled) : html_escape(fact.metric)) +
               cell("period", html_escape(period_text(fact.period))) +
               cell("figure", html_escape(say(fact, sheet.language))) + cell("quote", quote(fact)) +
               cell("source", source_link(sheet, fact.document_id)) + "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

std::string series_part(const Sheet& sheet, const Labels& words) {
    std::string out = "<section class=\"series\" id=\"series\">\n<h2>" + html_escape(words.series) +
                      "</h2>\n<p class=\"note\">" + html_escape(words.series_note) + "</p>\n";
    for (const auto& series : sheet.series) {
        out += "<figure>\n" + yoy_chart_svg(series, sheet.language) + "</figure>\n<table class=\"series-table\">\n";
        out += header_row({words.column_period, words.column_figure, words.column_change, words.column_quote,
                           words.column_source});
        out += "<tbody>\n";
        for (const auto& point : series.points)
            out += "<tr>" + cell("period", html_escape(period_text(point.period))) +
                   cell("figure", html_escape(say(point.fact, sheet.language))) +
                   cell("change", html_escape(describe_change(point))) + cell("quote", quote(point.fact)) +
                   cell("source", source_link(sheet, point.fact.document_id)) + "</tr>\n";
        out += "</tbody>\n</table>\n";
    }
    return out + "</section>\n";
}

std::string sources_part(const Sheet& sheet, const Labels& words) {
    std::string out = "<section class=\"sources\">\n<h2>" + html_escape(words.sources) + "</h2>\n<ul>\n";
    for (const auto& document : sheet.sources) {
        out += "<li id=\"doc-" + std::to_string(document.id) + "\">[" + std::to_string(document.id) + "] <strong>" +
               html_escape(document_label(document)) + "</strong>";
        for (const std::string* detail : {&document.source, &document.date, &document.name})
            if (!detail->empty() && *detail != document_label(document)) out += " · " + html_escape(*detail);
        out += "</li>\n";
    }
    return out + "</ul>\n</section>\n";
}

}  // namespace

std::string sheet_html(const Sheet& sheet) {
    const Labels& words = labels(sheet.language);
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(words.html_lang) + "\">\n<head>\n"
                      "<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      // Nothing may be fetched; the empty data: icon stops the browser asking for one.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; img-src data:\">\n"
                      "<link rel=\"icon\" href=\"data:,\">\n"
                      "<title>" + html_escape(sheet.title) + "</title>\n<style>" + std::string(style) +
                      "</style>\n</head>\n<body>\n<header><h1>" + html_escape(sheet.title) + "</h1></header>\n<main>\n";
    if (sheet.sections.empty()) out += "<p class=\"note\">" + html_escape(words.nothing) + "</p>\n";
    for (const auto& section : sheet.sections) out += section_table(sheet, section, words);
    if (!sheet.series.empty()) out += series_part(sheet, words);
    if (!sheet.sources.empty()) out += sources_part(sheet, words);
    out += "</main>\n<footer>" + html_escape(words.generated) + "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace zgcfacts::report
