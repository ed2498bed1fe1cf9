// zgcfacts/document.hpp — a whole document analysed: clean text, sentences, attributed facts.
//
//   zgcfacts::AnalyzeOptions options;
//   options.date = "2024-04-30";                           // optional; drives 今年/去年 and the
//                                                          // reference year
//   auto doc = zgcfacts::analyze(bytes, options);          // Result<Document>
//   for (const auto& fact : doc->facts)
//       fmt::print("{} {} = {}\n", fact.period, fact.metric, fact.mention.quantity);
//
// A Fact is a Mention plus what it measures (metric), which period it refers to, and the sentence it
// came from, so every number can be traced back to its quote.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/result.hpp"
#include "zgcfacts/scan.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts {

struct Fact {
    Mention mention;
    /// What the figure measures, a label copied from the sentence (签约金额, 招商合作项目); "" if unclear.
    std::string metric;
    /// "2024", or "2017/2024" for a cumulative span; "" if it cannot be told.
    std::string period;
    /// Index into Document::sentences.
    std::size_t sentence = 0;
};

struct AnalyzeOptions {
    CleanOptions clean;
    /// Publication date "YYYY-MM-DD" (or "YYYY"); empty: the reference year is inferred from the text.
    std::string date;
    /// When set, receives one Error (raw byte offset) per number recognized but too large to hold
    /// exactly; such numbers are left out of the facts (see ScanOptions::diagnostics).
    std::vector<Error>* diagnostics = nullptr;
};

struct Document {
    CleanText text;
    std::vector<Sentence> sentences;
    std::vector<Fact> facts;
    /// The year relative words and year-less dates resolve against; 0 when unknown.
    int reference_year = 0;
    /// True when reference_year was inferred from the text rather than given by the date option,
    /// so users can see (and correct) the guess.
    bool reference_year_inferred = false;

    /// The raw text of a sentence, as UTF-8.
    std::string sentence_text(std::size_t index) const;
};

/// Cleans, splits, scans and attributes one document. Fails only where cleaning fails (the Error
/// names the byte) or when `date` is malformed.
Result<Document> analyze(std::string_view raw, const AnalyzeOptions& options = {});

}  // namespace zgcfacts
