// A set of characters that is tested on UTF-8 bytes, without decoding them.
//
// The scanner asks whether a mention can start at every character of the text, and most Chinese
// text holds no numeral: decoding each character and looking it up was most of the cost of
// scanning plain prose. This set keeps one bit per character, arranged by the bytes that encode
// it, so finding the next member is a table look-up per character.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace zgcfacts::recognize {

class Utf8CharSet {
public:
    static constexpr char32_t limit = 0x10000;  // every member is below

    /// Adds a character; characters from U+10000 up are never members.
    void insert(char32_t c) noexcept;

    bool contains(char32_t c) const noexcept {
        return c < limit && ((bits_[c >> 6] >> (c & 63)) & 1) != 0;
    }

    /// The first position at or after `pos` where a member starts, or text.size() when none does
    /// (or when the next character is cut off by the end of the text). `pos` must be at the start
    /// of a character. Bytes that are not valid UTF-8 are read as the scanner's decode_valid reads
    /// them, so the answer is the same as decoding each character and calling contains().
    std::size_t find_next(std::string_view text, std::size_t pos) const noexcept;

private:
    /// Whether the three-byte character in the low three bytes of `w` (first byte lowest) is a member.
    bool member_of_three(std::uint64_t w) const noexcept {
        return (bits_[((w & 0x0Fu) << 6) | ((w >> 8) & 0x3Fu)] >> ((w >> 16) & 0x3F)) & 1;
    }

    // One bit per code point below U+10000: word c >> 6, bit c & 63. For a character of one, two
    // or three bytes the word is picked by all bytes but the last and the bit by the last byte's
    // low six bits, so no character needs to be decoded whole.
    std::array<std::uint64_t, limit / 64> bits_{};
};

}  // namespace zgcfacts::recognize
