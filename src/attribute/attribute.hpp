// From mentions to facts: each mention gets its sentence, metric and period.
//
// Works on the clean text and offsets only (no CleanText needed), so it can be driven by hand in
// tests and reused by anything that already has mentions.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "zgcfacts/document.hpp"

namespace zgcfacts::attribution {

struct AttributionInput {
    std::string_view text;                       // the clean text
    std::span<const Sentence> sentences;         // in order, non-overlapping
    std::span<const std::size_t> paragraph_breaks;  // clean offsets (CleanText::paragraph_breaks)
    std::span<const Mention> mentions;           // in order, non-overlapping, clean spans inside text
    int reference_year = 0;                      // 0 when unknown
};

/// One Fact per mention, in mention order. A mention outside every sentence is attributed within
/// the closest sentence before it (or the whole text when there are no sentences, with sentence 0).
/// Throws std::invalid_argument when a mention's clean span does not lie inside the text (a caller's
/// bug: scan() never reports such a span).
std::vector<Fact> attribute(const AttributionInput& input);

}  // namespace zgcfacts::attribution
