// text/utf8.hpp — decoding one UTF-8 character with the reason when the bytes are not UTF-8.
//
// The decoder is strict in the sense of RFC 3629: overlong forms, UTF-16 surrogates, code points
// beyond U+10FFFF and sequences cut short are all rejected, each with its own reason so an error
// message can say what is wrong rather than just "invalid".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace zgcfacts::text {

enum class Utf8Problem : std::uint8_t {
    none,
    lone_continuation,     // 80..BF where a character should start
    overlong,              // C0, C1, E0 80..9F, F0 80..8F: a longer form than the code point needs
    surrogate,             // ED A0..BF: U+D800..U+DFFF are not characters
    beyond_unicode,        // F4 90..BF, F5..F7: above U+10FFFF
    not_utf8,              // F8..FF never occur in UTF-8
    missing_continuation,  // a lead byte followed by something other than a continuation byte
    truncated,             // the input ends inside a character
};

struct Utf8Char {
    char32_t code_point = 0;
    std::uint8_t length = 1;  // bytes consumed; 1 when there is a problem
    Utf8Problem problem = Utf8Problem::none;
};

/// Decodes the character starting at `p` (p < end).
inline Utf8Char decode_utf8(const unsigned char* p, const unsigned char* end) noexcept {
    const unsigned char lead = p[0];
    if (lead < 0x80) return {lead, 1, Utf8Problem::none};
    // Nearly all of Chinese text, without the general loop below: a well-formed three-byte
    // character whose lead byte puts no limit on the second byte (E0 and ED do).
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && end - p >= 3 && (p[1] & 0xC0) == 0x80 &&
        (p[2] & 0xC0) == 0x80) {
        const char32_t code_point = (char32_t(lead & 0x0Fu) << 12) | (char32_t(p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        return {code_point, 3, Utf8Problem::none};
    }
    if (lead < 0xC0) return {0, 1, Utf8Problem::lone_continuation};
    if (lead < 0xC2) return {0, 1, Utf8Problem::overlong};
    if (lead >= 0xF8) return {0, 1, Utf8Problem::not_utf8};
    if (lead >= 0xF5) return {0, 1, Utf8Problem::beyond_unicode};

    const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // The second byte carries the range restrictions that rule out overlongs, surrogates and
    // values past U+10FFFF; check it before the rest so the reason names the real problem.
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    Utf8Problem outside = Utf8Problem::missing_continuation;
    if (lead == 0xE0) { low = 0xA0; outside = Utf8Problem::overlong; }
    else if (lead == 0xED) { high = 0x9F; outside = Utf8Problem::surrogate; }
    else if (lead == 0xF0) { low = 0x90; outside = Utf8Problem::overlong; }
    else if (lead == 0xF4) { high = 0x8F; outside = Utf8Problem::beyond_unicode; }

    char32_t code_point = lead & (0x7Fu >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if (p + i >= end) return {0, 1, Utf8Problem::truncated};
        const unsigned char byte = p[i];
        if ((byte & 0xC0) != 0x80) return {0, 1, Utf8Problem::missing_continuation};
        if (i == 1 && (byte < low || byte > high)) return {0, 1, outside};
        code_point = (code_point << 6) | (byte & 0x3Fu);
    }
    return {code_point, static_cast<std::uint8_t>(length), Utf8Problem::none};
}

/// Appends the UTF-8 encoding of a valid code point.
void append_utf8(std::string& out, char32_t code_point);

/// "overlong encoding (C0 80)": what is wrong with the bytes at `p`, for error messages.
std::string describe_utf8_problem(Utf8Problem problem, const unsigned char* p,
                                  const unsigned char* end);

}  // namespace zgcfacts::text
