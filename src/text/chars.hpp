// text/chars.hpp — what the cleaner needs to know about a character: is it whitespace, does it turn
// into ASCII, and which class it belongs to when deciding whether whitespace next to it is noise.
#pragma once

#include <cstdint>

namespace zgcfacts::text {

/// Classes for the whitespace rule. Whitespace is dropped next to CJK punctuation, and next to a
/// CJK character unless the other side is a Latin word; it is kept, as one space, between Latin
/// words and numbers.
enum class CharClass : std::uint8_t {
    none,        // nothing (start of text)
    wide,        // CJK ideographs, kana, hangul, emoji: written next to Latin words with a space
    wide_punct,  // CJK and full-width punctuation, “”‘’…—·, symbols ℃①▶: never beside a space
    digit,       // 0-9
    numeric,  // % and . : they stick to numbers
    latin,    // letters of alphabetic scripts
    other,    // ASCII punctuation and the rest
};

/// How a whitespace character counts when deciding about paragraphs.
enum class SpaceKind : std::uint8_t {
    not_space,
    space,      // spaces, tabs, NBSP, U+3000, zero-width characters, control characters
    line_break, // LF, lone CR, VT, FF, NEL, U+2028
    paragraph,  // U+2029 PARAGRAPH SEPARATOR
};

constexpr bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char32_t c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Whitespace kind of a non-ASCII code point (ASCII is handled by the cleaner's byte tables).
constexpr SpaceKind unicode_space_kind(char32_t c) noexcept {
    switch (c) {
        case 0x0085:  // NEXT LINE
        case 0x2028:  // LINE SEPARATOR
            return SpaceKind::line_break;
        case 0x2029:
            return SpaceKind::paragraph;
        case 0x00A0:  // NO-BREAK SPACE
        case 0x1680:  // OGHAM SPACE MARK
        case 0x202F:  // NARROW NO-BREAK SPACE
        case 0x205F:  // MEDIUM MATHEMATICAL SPACE
        case 0x2060:  // WORD JOINER
        case 0x3000:  // IDEOGRAPHIC SPACE
        case 0xFEFF:  // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
            return SpaceKind::space;
        default:
            // U+2000..U+200A are the typographic spaces, U+200B..U+200D the zero-width ones;
            // U+0080..U+009F are C1 controls, which only appear in text as extraction debris.
            if ((c >= 0x2000 && c <= 0x200D) || (c >= 0x80 && c <= 0x9F)) return SpaceKind::space;
            return SpaceKind::not_space;
    }
}

/// The ASCII character a full-width form always becomes (digits, letters, ％～－＋／), or 0.
/// ，．： are not here: they become ASCII only between digits (see the cleaner).
constexpr char fullwidth_to_ascii(char32_t c) noexcept {
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<char>('0' + (c - 0xFF10));
    if (c >= 0xFF21 && c <= 0xFF3A) return static_cast<char>('A' + (c - 0xFF21));
    if (c >= 0xFF41 && c <= 0xFF5A) return static_cast<char>('a' + (c - 0xFF41));
    switch (c) {
        case 0xFF05: return '%';
        case 0xFF5E: return '~';
        case 0xFF0D: return '-';
        case 0xFF0B: return '+';
        case 0xFF0F: return '/';
        default: return 0;
    }
}

/// Full-width punctuation that becomes ASCII only when it sits between two digits:
/// `4，565`, `２９．１`, `10：30`. Elsewhere ， is the ordinary Chinese comma and must stay.
constexpr char between_digits_ascii(char32_t c) noexcept {
    switch (c) {
        case 0xFF0C: return ',';
        case 0xFF0E: return '.';
        case 0xFF1A: return ':';
        default: return 0;
    }
}

/// Marks that end a sentence: 。！？； and their ASCII forms (which end one only before a non-letter,
/// for the sentence splitter to check).
constexpr bool is_end_mark(char32_t c) noexcept {
    switch (c) {
        case U'。': case U'！': case U'？': case U'；': case U'!': case U'?': case U';':
            return true;
        default:
            return false;
    }
}

/// Closing quotes and brackets, which stay with the sentence they close.
constexpr bool is_closing_bracket(char32_t c) noexcept {
    switch (c) {
        case U'”': case U'’': case U'」': case U'』': case U'》': case U'〉': case U'）': case U'】': case U')':
            return true;
        default:
            return false;
    }
}

/// Class of a character as it appears in the clean text (after full-width conversion).
constexpr CharClass classify(char32_t c) noexcept {
    if (c < 0x80) {
        if (is_ascii_digit(c)) return CharClass::digit;
        if (is_ascii_letter(c)) return CharClass::latin;
        if (c == '%' || c == '.') return CharClass::numeric;
        return CharClass::other;
    }
    if (c < 0x2000) {
        if (c == 0xB7) return CharClass::wide_punct;  // the middle dot of transliterated names: 穆斯塔法·申胡
        if (c == 0xD7 || c == 0xF7) return CharClass::other;  // × ÷
        // Latin-1 letters through Cyrillic, Armenian, Hebrew, Arabic …: words of alphabetic scripts.
        if (c >= 0xC0) return CharClass::latin;
        return CharClass::other;
    }
    // General punctuation (dashes, curly quotes, …, ‰, ※), letterlike symbols (℃), arrows, maths,
    // circled numbers ①, box drawing, shapes ▶◎, dingbats; CJK symbols and punctuation 、。《》「」;
    // vertical, compatibility and small forms; full-width punctuation ，：（）！ and ￥.
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x2100 && c <= 0x2BFF) ||
        (c >= 0x3001 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
        (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
        (c >= 0xFFE0 && c <= 0xFFEE)) {
        return CharClass::wide_punct;
    }
    // Everything else from the CJK radicals on: kana, bopomofo, hangul, ideographs, emoji.
    if (c >= 0x2E80) return CharClass::wide;
    return CharClass::other;
}

}  // namespace zgcfacts::text
