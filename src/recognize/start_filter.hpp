// Where a mention can start, decided cheaply before the grammar is tried.
//
// Most of a Chinese text is not numbers, and many characters that can start a mention (人 of 人民币,
// 上 of 上万, 约 of 约100) usually start something else. Calling the grammar at each of them is what
// made scanning slow, so this filter looks one word ahead: a hedge or currency word must be followed
// by a numeral, 几/数 by a unit (十几, 数百). It only says "maybe": the grammar decides.
#pragma once

#include <bitset>
#include <cstddef>
#include <string_view>

namespace zgcfacts::recognize {

/// Characters that can begin a mention at all (numerals and the first characters of lead words),
/// indexed by code point: the one check made for every character of the text.
const std::bitset<0x10000>& start_characters() noexcept;

/// True when a mention may start at byte `pos` of clean text, where the character `c` starts.
bool may_start_mention(std::string_view text, std::size_t pos, char32_t c);

}  // namespace zgcfacts::recognize
