// One sentence of clean text as attribution sees it: its bounds and where the numeric mentions in it
// sit. Labels and time cues never cross a sentence, and never run into another mention.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "zgcfacts/scan.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts::attribution {

struct SentenceView {
    std::string_view text;            // the whole clean text (offsets are into it)
    Sentence bounds;                  // clean offsets of the sentence
    std::span<const Mention> mentions;  // the mentions inside it, in order

    /// The mention whose clean span ends exactly at `offset`, or nullptr.
    const Mention* mention_ending_at(std::size_t offset) const noexcept;
    /// The mention whose clean span starts exactly at `offset`, or nullptr.
    const Mention* mention_starting_at(std::size_t offset) const noexcept;
    /// True when [begin, end) overlaps a mention.
    bool inside_mention(std::size_t begin, std::size_t end) const noexcept;
};

}  // namespace zgcfacts::attribution
