// The sheet as Markdown (GitHub tables): a table per kind of figure, a table per year-over-year
// series, and the numbered sources the tables point to. Text from documents is escaped so that a
// sentence can neither break the table (|, line breaks) nor smuggle in HTML or links.
#include "report/labels.hpp"
#include "report/sheet_parts.hpp"
#include "report/sheet_renderers.hpp"
#include "store/render.hpp"

namespace zgcfacts::report {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Text safe inside a table cell, a heading or a source line. `<` and `&` are escaped only where
/// Markdown could read them as the start of an HTML tag or an entity, so the sheet stays readable as
/// plain text in a terminal ("< −16.89%", not "&lt; −16.89%"). `>` is left alone: it means a block
/// quote only at the start of a line, and every line here starts with our own "#", "|" or "[n]".
std::string escape(std::string_view text) {
    std::string out;
    const std::string line = render::one_line(text);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const char next = i + 1 < line.size() ? line[i + 1] : '\0';
        switch (c) {
        case '<':
            if (is_ascii_letter(next) || next == '/' || next == '!' || next == '?') out += "&lt;";
            else out += c;
            break;
        case '&':
            if (is_ascii_letter(next) || next == '#') out += "&amp;";
            else out += c;
            break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~':
            out += '\\';
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

std::string row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& cell : cells) out += " " + cell + " |";
    return out + "\n";
}

std::string table_head(const std::vector<std::string_view>& headers) {
    std::string out = "|";
    std::string rule = "|";
    for (auto h : headers) {
        out += " " + std::string(h) + " |";
        rule += " --- |";
    }
    return out + "\n" + rule + "\n";
}

std::string quote(const StoredFact& fact) {
    const QuoteParts parts = split_quote(fact);
    if (parts.figure.empty()) return escape(parts.before);
    return escape(parts.before) + "**" + escape(parts.figure) + "**" + escape(parts.after);
}

/// "[2]": digits in brackets, left unescaped because no link definition can match them.
std::string source_reference(std::int64_t document_id) { return "[" + std::to_string(document_id) + "]"; }

}  // namespace

std::string sheet_markdown(const Sheet& sheet) {
    const Labels& words = labels(sheet.language);
    std::string out = "# " + escape(sheet.title) + "\n\n";
    if (sheet.sections.empty()) out += std::string(words.nothing) + "\n\n";

    for (const auto& section : sheet.sections) {
        out += "## " + kind_heading(section.kind, sheet.language) + " (" + std::to_string(section.facts.size()) + ")\n\n";
        out += table_head({words.column_metric, words.column_period, words.column_figure, words.column_quote,
                           words.column_source});
        for (const auto& fact : section.facts)
            out += row({fact.metric.empty() ? std::string(words.unlabelled) : escape(fact.metric),
                        escape(period_text(fact.period)), escape(say(fact, sheet.language)), quote(fact),
                        source_reference(fact.document_id)});
        out += "\n";
    }

    if (!sheet.series.empty()) {
        out += "## " + std::string(words.series) + "\n\n" + std::string(words.series_note) + "\n\n";
        for (const auto& series : sheet.series) {
            out += "### " + escape(series.metric) + "\n\n";
            out += table_head({words.column_period, words.column_figure, words.column_change, words.column_quote,
                               words.column_source});
            for (const auto& point : series.points)
                out += row({escape(period_text(point.period)), escape(say(point.fact, sheet.language)),
                            escape(describe_change(point)), quote(point.fact),
                            source_reference(point.fact.document_id)});
            out += "\n";
        }
    }

    if (!sheet.sources.empty()) {
        out += "## " + std::string(words.sources) + "\n\n";
        for (const auto& document : sheet.sources) {
            out += source_reference(document.id) + " " + escape(document_label(document));
            for (const std::string* detail : {&document.source, &document.date, &document.name})
                if (!detail->empty() && *detail != document_label(document)) out += " · " + escape(*detail);
            out += "  \n";  // two spaces: a line break, so each source is on its own line
        }
        out += "\n";
    }
    return out;
}

}  // namespace zgcfacts::report
