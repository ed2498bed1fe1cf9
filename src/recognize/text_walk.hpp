// Small helpers for looking at clean text around a mention, character by character.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/utf8.hpp"

namespace zgcfacts::recognize {

/// The code point starting at `pos` (0 at the end of the text or on a malformed byte).
inline char32_t char_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto c = text::decode_utf8(p + pos, p + text.size());
    return c.problem == text::Utf8Problem::none ? c.code_point : 0;
}

/// Decodes the character at `p` in text known to be valid UTF-8 (clean text always is), without
/// the checks decode_utf8 makes: the scanner calls this for every character.
inline char32_t decode_valid(const unsigned char* p, std::size_t& length) noexcept {
    const unsigned char b0 = p[0];
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    if (b0 < 0xE0) {
        length = 2;
        return (char32_t(b0 & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (b0 < 0xF0) {
        length = 3;
        return (char32_t(b0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    length = 4;
    return (char32_t(b0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

/// Byte length of the character starting at `pos` (1 for a malformed byte).
inline std::size_t char_length(std::string_view text, std::size_t pos) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    return text::decode_utf8(p + pos, p + text.size()).length;
}

/// Start of the character before `pos` (pos itself at the start of the text).
inline std::size_t previous_char_start(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t i = pos - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
}

/// The code point before `pos` (0 at the start).
inline char32_t char_before(std::string_view text, std::size_t pos) {
    return pos == 0 ? 0 : char_at(text, previous_char_start(text, pos));
}

inline bool is_cjk_ideograph(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF);
}
inline bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// True when `c` is one of `characters`.
inline bool contains_char(std::u32string_view characters, char32_t c) {
    return characters.find(c) != std::u32string_view::npos;
}

/// True when the text at `pos` starts with `word`. The word's last byte is tested first: callers
/// try many words at each place, mostly sharing the first character and differing in the last.
inline bool starts_with_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos > text.size() || text.size() - pos < word.size()) return false;
    if (!word.empty() && text[pos + word.size() - 1] != word.back()) return false;
    return text.substr(pos, word.size()) == word;
}

/// True when the text just before `pos` ends with `word`, its last byte tested first as in
/// starts_with_at: a figure is compared with dozens of verbs and fillers that mostly differ there.
inline bool ends_with_at(std::string_view text, std::size_t pos, std::string_view word) {
    const std::string_view head = text.substr(0, pos);
    if (head.size() < word.size()) return false;
    if (!word.empty() && head.back() != word.back()) return false;
    return head.ends_with(word);
}

}  // namespace zgcfacts::recognize
