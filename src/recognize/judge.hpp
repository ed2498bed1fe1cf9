// Deciding, from the words around it, whether a normalized reading is a figure at all.
//
// The grammar reads 一批 as "one batch", 千家万户 as "a thousand households", 签约309个 as
// "about 309" and 5G as "5". These are words, names and idioms, and precision counts as much as
// recall, so each reading is judged in its context before it becomes a mention.
#pragma once

#include <cstddef>
#include <string_view>

#include "recognize/normalize.hpp"

namespace zgcfacts::recognize {

enum class Verdict {
    accept,
    reject,              // not a figure: move on by one character
    drop_prefix,         // the hedge word belongs to a word (签约, 最近): read again after it
};

/// `begin`/`end`: the reading's span in the clean text.
Verdict judge(std::string_view text, std::size_t begin, std::size_t end, const Reading& reading);

/// Extends a duration over what completes it: 一年多来, 十年来, 4年以来. Returns the new end and
/// marks 多 as more_than_round on the quantity.
std::size_t extend_duration(std::string_view text, std::size_t end, Quantity& quantity);

}  // namespace zgcfacts::recognize
