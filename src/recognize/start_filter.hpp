// Where a mention can start, decided cheaply before the grammar is tried.
//
// Most of a Chinese text is not numbers, and many characters that can start a mention (人 of 人民币,
// 上 of 上万, 约 of 约100) usually start something else. Calling the grammar at each of them is what
// made scanning slow, so this filter looks one word ahead: a hedge or currency word must be followed
// by a numeral, 几/数 by a unit (十几, 数百). It only says "maybe": the grammar decides.
#pragma once

#include <cstddef>
#include <string_view>

#include "recognize/char_set.hpp"

namespace zgcfacts::recognize {

/// Characters at which the scanner considers a mention: numerals and the first characters of lead
/// words, less ASCII letters and punctuation (the US of US$ is inside a word; $ itself is a start).
/// The one check made for every character of the text.
const Utf8CharSet& start_characters() noexcept;

/// True when a mention may start at byte `pos` of clean text, where the character `c` starts.
bool may_start_mention(std::string_view text, std::size_t pos, char32_t c);

}  // namespace zgcfacts::recognize
