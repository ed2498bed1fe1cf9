#include "attribute/utf8_walk.hpp"

namespace zgcfacts::attribution {

namespace {

bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0U) == 0x80U; }

}  // namespace

std::size_t next_boundary(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size()) return text.size();
    ++pos;
    while (pos < text.size() && is_continuation(static_cast<unsigned char>(text[pos]))) ++pos;
    return pos;
}

std::size_t previous_boundary(std::string_view text, std::size_t pos) noexcept {
    if (pos == 0) return 0;
    if (pos > text.size()) pos = text.size();
    --pos;
    // A code point is at most four bytes; stop after three continuation bytes even if the text is
    // malformed, so a bad byte costs one step, not a walk to the start.
    for (int steps = 0; pos > 0 && steps < 3 && is_continuation(static_cast<unsigned char>(text[pos])); ++steps)
        --pos;
    return pos;
}

char32_t code_point_at(std::string_view text, std::size_t pos) noexcept {
    constexpr char32_t replacement = 0xFFFD;
    if (pos >= text.size()) return replacement;
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80U) return lead;
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        value = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        value = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        value = lead & 0x07U;
    } else {
        return replacement;
    }
    if (pos + length > text.size()) return replacement;
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + i]);
        if (!is_continuation(byte)) return replacement;
        value = (value << 6) | (byte & 0x3FU);
    }
    return value;
}

bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // Extension A
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x3134F);  // Extensions B–G
}

bool is_label_char(char32_t c) noexcept {
    if (is_han(c)) return true;
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
    return c == U'&' || c == U'-' || c == U'+';
}

}  // namespace zgcfacts::attribution
