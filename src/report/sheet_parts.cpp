// Shared pieces of the sheet formats (see sheet_parts.hpp).
#include "report/sheet_parts.hpp"

#include <algorithm>

#include "report/labels.hpp"

namespace zgcfacts::report {

namespace {

/// The surface without the whitespace cleaning removed ("超 610\n亿元" → "超610亿元").
std::string without_whitespace(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out += c;
    return out;
}

}  // namespace

QuoteParts split_quote(const StoredFact& fact) {
    for (const std::string& figure : {fact.surface, without_whitespace(fact.surface)}) {
        if (figure.empty()) continue;
        if (auto at = fact.sentence.find(figure); at != std::string::npos)
            return {fact.sentence.substr(0, at), figure, fact.sentence.substr(at + figure.size())};
    }
    return {fact.sentence, "", ""};
}

std::string period_text(const std::string& period) {
    if (period.empty()) return "—";
    std::string out = period;
    if (auto slash = out.find('/'); slash != std::string::npos) out.replace(slash, 1, "–");
    return out;
}

std::string document_label(const StoredDocument& document) {
    if (!document.title.empty()) return document.title;
    // A file name reads better than the path it was ingested by; the sources list keeps the path.
    const auto slash = document.name.find_last_of('/');
    return slash == std::string::npos || slash + 1 == document.name.size() ? document.name
                                                                             : document.name.substr(slash + 1);
}

const StoredDocument* find_source(const Sheet& sheet, std::int64_t document_id) {
    auto it = std::find_if(sheet.sources.begin(), sheet.sources.end(),
                           [&](const StoredDocument& d) { return d.id == document_id; });
    return it == sheet.sources.end() ? nullptr : &*it;
}

std::string default_title(const SheetScope& scope, const StoredDocument* document, Language language) {
    const Labels& words = labels(language);
    const bool en = language == Language::en;
    std::string parts;
    auto add = [&](const std::string& part) {
        if (!parts.empty()) parts += en ? ", " : "，";
        parts += part;
    };
    if (scope.document_id) {
        const std::string name = document ? document_label(*document) : "#" + std::to_string(*scope.document_id);
        add(en ? std::string(words.document) + " " + name : "《" + name + "》");
    }
    if (!scope.period.empty())
        add(en ? std::string(words.period) + " " + period_text(scope.period) : period_text(scope.period) + "年");
    if (!scope.metric.empty())
        add(en ? std::string(words.metric) + " " + scope.metric : std::string(words.metric) + "“" + scope.metric + "”");
    if (parts.empty()) parts = words.all_documents;
    return std::string(words.sheet) + std::string(words.title_separator) + parts;
}

}  // namespace zgcfacts::report
