// analyze(): clean → sentences → scan → attribute, the whole pipeline for one document.
#include <utility>

#include "attribute/attribute.hpp"
#include "attribute/reference_date.hpp"
#include "zgcfacts/document.hpp"

namespace zgcfacts {

Result<Document> analyze(std::string_view raw, const AnalyzeOptions& options) {
    // Check the option first: a bad --date should fail before any work is done.
    int given_year = 0;
    if (!options.date.empty()) {
        auto year = attribution::reference_year_from_date(options.date);
        if (!year) return year.error();
        given_year = *year;
    }

    auto cleaned = clean(raw, options.clean);
    if (!cleaned) return cleaned.error();

    Document document;
    document.text = std::move(*cleaned);
    document.sentences = split_sentences(document.text);

    std::vector<Mention> mentions = scan(document.text, given_year, options.diagnostics);
    if (given_year != 0) {
        document.reference_year = given_year;
    } else {
        // The guess is recorded as a guess, so that users can see it and pass --date instead.
        document.reference_year = infer_reference_year(document.text, mentions);
        document.reference_year_inferred = document.reference_year != 0;
    }
    if (document.reference_year != 0) resolve_dates(mentions, document.reference_year);

    document.facts = attribution::attribute({
        .text = document.text.text(),
        .sentences = document.sentences,
        .paragraph_breaks = document.text.paragraph_breaks(),
        .mentions = mentions,
        .reference_year = document.reference_year,
    });
    return document;
}

}  // namespace zgcfacts
