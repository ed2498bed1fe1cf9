// Tables, CSV and JSONL for the command's output.
#include "store/render.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "core/json_writer.hpp"

namespace zgcfacts::render {

namespace {

/// Decodes one UTF-8 character at text[i]; returns its code point and advances i. Invalid bytes
/// count as one narrow character.
char32_t next_char(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t n = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 1;
    if (i + n > text.size()) n = 1;
    char32_t cp = n == 1 ? b0 : n == 2 ? b0 & 0x1F : n == 3 ? b0 & 0x0F : b0 & 0x07;
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += n;
    return cp;
}

bool is_wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string opt(const std::optional<std::string>& s) { return s.value_or(""); }

}  // namespace

void quantity_fields(JsonWriter& json, const StoredFact& f) {
    json.key("kind").string(to_string(f.kind));
    json.key("value").string(f.value);
    json.key("lower").string(f.lower);
    json.key("upper").string(f.upper);
    json.key("qualifier").string(to_string(f.qualifier));
    json.key("unit").string_or_null(f.unit);
    json.key("multiplier").number(f.multiplier);
    json.key("classifier").string_or_null(f.classifier);
    json.key("per").string_or_null(f.per);
    json.key("change").string_or_null(to_string(f.change));
    json.key("base").string_or_null(f.base);
}

namespace {

void fact_fields(JsonWriter& json, const StoredFact& f) {
    json.key("id").number(f.id);
    json.key("doc").string(f.document_name);
    json.key("document_id").number(f.document_id);
    json.key("document_date").string_or_null(f.document_date);
    json.key("start").number(static_cast<std::int64_t>(f.start));
    json.key("end").number(static_cast<std::int64_t>(f.end));
    json.key("surface").string(f.surface);
    quantity_fields(json, f);
    json.key("metric").string_or_null(f.metric);
    json.key("period").string_or_null(f.period);
    json.key("sentence_index").number(static_cast<std::int64_t>(f.sentence_index));
    json.key("sentence").string(f.sentence);
}

void decimal_field(JsonWriter& json, std::string_view name, const std::optional<Decimal>& d) {
    json.key(name);
    if (d) json.string(d->to_string());
    else json.null();
}

/// "超 610 亿元 (2024, 000_e1ca….txt)".
std::string citation(const StoredFact& f) {
    return fmt::format("{}  [{} #{}]", one_line(f.surface), f.document_name, f.sentence_index);
}

/// "+664 (+26.56%)", "≈-1.2 (≈-3%)", "< -13683000000 (< -16.89%)", "(1e8, 3e8) ((14.29, 50)%)".
std::string describe_change(const YoyChange& c) {
    auto signed_text = [](const Decimal& d) { return (d.is_negative() || d.is_zero() ? "" : "+") + d.to_string(); };
    const Interval& a = c.absolute_bounds;
    const Interval& p = c.percent_bounds;
    if (c.qualifier == "exact" || c.qualifier == "approx") {
        std::string mark = c.qualifier == "approx" ? "≈" : "";
        std::string pct = c.percent ? fmt::format(" ({}{}%)", mark, signed_text(*c.percent)) : "";
        return mark + signed_text(c.absolute) + pct;
    }
    if (c.qualifier == "under" || c.qualifier == "at_most") {
        const char* op = c.qualifier == "under" ? "< " : "≤ ";
        std::string pct = p.upper ? fmt::format(" ({}{}%)", p.upper_open ? "< " : "≤ ", p.upper->to_string()) : "";
        return op + a.upper->to_string() + pct;
    }
    if (c.qualifier == "over" || c.qualifier == "at_least") {
        const char* op = c.qualifier == "over" ? "> " : "≥ ";
        std::string pct = p.lower ? fmt::format(" ({}{}%)", p.lower_open ? "> " : "≥ ", p.lower->to_string()) : "";
        return op + a.lower->to_string() + pct;
    }
    if (c.qualifier == "range")
        return fmt::format("in {}{}", a.to_string(),
                           p.lower || p.upper ? fmt::format(" (% in {})", p.to_string()) : "");
    return "unknown";
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) width += is_wide(next_char(text, i)) ? 2 : 1;
    return width;
}

std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!space) out += ' ';
            space = true;
            continue;
        }
        space = false;
        out += c;
    }
    return out;
}

std::string truncate(std::string_view text, std::size_t columns) {
    if (display_width(text) <= columns) return std::string(text);
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        std::size_t w = is_wide(next_char(text, i)) ? 2 : 1;
        if (width + w + 1 > columns) break;
        out.append(text.substr(start, i - start));
        width += w;
    }
    return out + "…";
}

std::string table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<std::string>& notes) {
    std::vector<std::size_t> widths(headers.size());
    for (std::size_t c = 0; c < headers.size(); ++c) widths[c] = display_width(headers[c]);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], display_width(row[c]));
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text;
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
            text += cells[c];
            if (c + 1 < cells.size()) text.append(widths[c] - display_width(cells[c]) + 2, ' ');
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text;
        out += '\n';
    };
    line(headers);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        line(rows[r]);
        if (r < notes.size() && !notes[r].empty()) out += "    " + notes[r] + "\n";
    }
    return out;
}

void csv_row(const std::vector<std::string>& fields, std::string& out) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        const std::string& f = fields[i];
        if (f.find_first_of(",\"\r\n") == std::string::npos) {
            out += f;
            continue;
        }
        out += '"';
        for (char c : f) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

const std::vector<std::string>& fact_csv_header() {
    static const std::vector<std::string> header = {
        "id", "doc", "document_id", "document_date", "start", "end", "surface", "kind", "value", "lower",
        "upper", "qualifier", "unit", "multiplier", "classifier", "per", "change", "base", "metric",
        "period", "sentence_index", "sentence"};
    return header;
}

void fact_csv(const StoredFact& f, std::string& out) {
    csv_row({std::to_string(f.id), f.document_name, std::to_string(f.document_id), f.document_date,
             std::to_string(f.start), std::to_string(f.end), f.surface, std::string(to_string(f.kind)), f.value,
             opt(f.lower), opt(f.upper), std::string(to_string(f.qualifier)), f.unit, std::to_string(f.multiplier),
             f.classifier, f.per, std::string(to_string(f.change)), f.base, f.metric, f.period,
             std::to_string(f.sentence_index), f.sentence},
            out);
}

void fact_jsonl(const StoredFact& f, std::string& out) {
    JsonWriter json(out);
    json.begin_object();
    fact_fields(json, f);
    json.end_object();
    out += '\n';
}

std::string fact_table(const std::vector<StoredFact>& facts) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes;
    for (const auto& f : facts) {
        rows.push_back({std::to_string(f.id), f.period.empty() ? "-" : f.period, f.metric.empty() ? "-" : f.metric,
                        one_line(f.surface), f.value, std::string(to_string(f.qualifier)), f.unit,
                        std::string(to_string(f.kind)), fmt::format("{} #{}", f.document_name, f.sentence_index)});
        notes.push_back("“" + truncate(one_line(f.sentence), 110) + "”");
    }
    return table({"ID", "PERIOD", "METRIC", "SURFACE", "VALUE", "QUALIFIER", "UNIT", "KIND", "SOURCE"}, rows, notes);
}

void yoy_jsonl(const YoySeries& series, std::string& out) {
    for (const auto& p : series.points) {
        JsonWriter json(out);
        const StoredFact& f = p.fact;
        json.begin_object();
        json.key("period").string(p.period);
        json.key("metric").string(f.metric);
        json.key("value").string(f.value);
        json.key("lower").string(f.lower);
        json.key("upper").string(f.upper);
        json.key("qualifier").string(to_string(f.qualifier));
        json.key("kind").string(to_string(f.kind));
        json.key("unit").string_or_null(f.unit);
        json.key("surface").string(f.surface);
        json.key("sentence").string(f.sentence);
        json.key("document").string(f.document_name);
        json.key("document_id").number(f.document_id);
        json.key("fact_id").number(f.id);
        json.key("candidates").number(static_cast<std::int64_t>(p.candidates));
        json.key("corroborating").number(static_cast<std::int64_t>(p.corroborating));
        if (p.change) {
            const YoyChange& c = *p.change;
            json.key("change_from").string(c.from_period);
            json.key("change_abs").string(c.absolute.to_string());
            decimal_field(json, "change_pct", c.percent);
            json.key("change_qualifier").string(c.qualifier);
            json.key("change_exact").boolean(c.exact);
            decimal_field(json, "change_abs_lower", c.absolute_bounds.lower);
            decimal_field(json, "change_abs_upper", c.absolute_bounds.upper);
            decimal_field(json, "change_pct_lower", c.percent_bounds.lower);
            decimal_field(json, "change_pct_upper", c.percent_bounds.upper);
            json.key("change_abs_bounds").string(c.absolute_bounds.to_string());
            json.key("change_pct_bounds").string(c.percent_bounds.to_string());
        } else {
            for (const char* k : {"change_from", "change_abs", "change_pct", "change_qualifier"}) json.key(k).null();
        }
        json.end_object();
        out += '\n';
    }
}

std::string yoy_table(const YoySeries& series) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes;
    for (const auto& p : series.points) {
        const StoredFact& f = p.fact;
        rows.push_back({p.period, one_line(f.surface), f.value, std::string(to_string(f.qualifier)),
                        p.change ? describe_change(*p.change) : "",
                        fmt::format("{}/{}", p.corroborating, p.candidates),
                        fmt::format("{} #{}", f.document_name, f.sentence_index)});
        notes.push_back("“" + truncate(one_line(f.sentence), 110) + "”");
    }
    std::string head = fmt::format("{} — {} ({})\n", series.metric, series.unit.empty() ? "no unit" : series.unit,
                                   to_string(series.kind));
    return head + table({"PERIOD", "SURFACE", "VALUE", "QUALIFIER", "CHANGE", "AGREE/OF", "SOURCE"}, rows, notes);
}

void groups_jsonl(const std::vector<CorroborationGroup>& groups, std::string& out) {
    for (const auto& g : groups) {
        JsonWriter json(out);
        json.begin_object();
        json.key("metric").string(g.metric);
        json.key("labels").begin_array();
        for (const auto& l : g.labels) json.string(l);
        json.end_array();
        json.key("period").string(g.period);
        json.key("kind").string(to_string(g.kind));
        json.key("unit").string_or_null(g.unit);
        json.key("contradiction").boolean(g.contradiction());
        json.key("clusters").begin_array();
        for (std::size_t k = 0; k < g.clusters.size(); ++k) {
            const Cluster& c = g.clusters[k];
            json.begin_object();
            json.key("contradicts").boolean(g.contradicts(k));
            json.key("intersection").string(c.intersection.to_string());
            decimal_field(json, "lower", c.intersection.lower);
            json.key("lower_open").boolean(c.intersection.lower_open);
            decimal_field(json, "upper", c.intersection.upper);
            json.key("upper_open").boolean(c.intersection.upper_open);
            json.key("documents").number(static_cast<std::int64_t>(c.documents));
            json.key("facts").begin_array();
            for (const auto& f : c.facts) {
                json.begin_object();
                fact_fields(json, f);
                json.end_object();
            }
            json.end_array();
            json.end_object();
        }
        json.end_array();
        json.end_object();
        out += '\n';
    }
}

std::string groups_text(const std::vector<CorroborationGroup>& groups) {
    std::string out;
    for (const auto& g : groups) {
        std::size_t figures = 0;
        for (const auto& c : g.clusters) figures += c.facts.size();
        const char* verdict = g.contradiction()         ? " — CONTRADICTION"
                              : g.clusters.size() > 1 ? ", they differ within one document"
                                                      : ", all agree";
        out += fmt::format("{} · {} · {} ({}) — {} figures{}\n", g.metric, g.period, g.unit.empty() ? "-" : g.unit,
                           to_string(g.kind), figures, verdict);
        if (g.labels.size() > 1) {
            std::string labels;
            for (const auto& l : g.labels) labels += (labels.empty() ? "" : ", ") + l;
            out += fmt::format("  labels: {}\n", labels);
        }
        for (std::size_t i = 0; i < g.clusters.size(); ++i) {
            const Cluster& c = g.clusters[i];
            const char* role = i == 0             ? "consensus"
                               : g.contradicts(i) ? "contradicts the consensus"
                                                  : "differs, in the consensus' own document (likely another thing)";
            out += fmt::format("  {} {} ({} from {} document{}): {}\n", i == 0 ? "agree" : "conflict",
                               c.intersection.to_string(), c.facts.size(), c.documents, c.documents == 1 ? "" : "s",
                               role);
            for (const auto& f : c.facts) out += fmt::format("    {}  {}\n", citation(f), truncate(one_line(f.sentence), 80));
        }
        out += '\n';
    }
    return out;
}

}  // namespace zgcfacts::render
