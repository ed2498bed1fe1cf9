#include "recognize/char_set.hpp"

#include <bit>
#include <cstring>

namespace zgcfacts::recognize {

void Utf8CharSet::insert(char32_t c) noexcept {
    if (c < limit) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
}

std::size_t Utf8CharSet::find_next(std::string_view text, std::size_t pos) const noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    while (pos < size) {
        // A run of three-byte characters, nearly all of Chinese text, in a loop of its own: one
        // table word per character, picked by the first two bytes, and a bit by the third.
        if (size - pos >= 3) {
            const unsigned char* q = p + pos;
            const unsigned char* const last_whole = p + size - 3;  // the last place a character fits
            // Two characters a step where eight bytes can be read (little-endian): one test for
            // both lead bytes, then the two look-ups.
            if constexpr (std::endian::native == std::endian::little) {
                constexpr std::uint64_t lead_mask = 0xF0'0000F0;  // bytes 0 and 3
                constexpr std::uint64_t lead_bits = 0xE0'0000E0;
                while (p + size - q >= 8) {
                    std::uint64_t w;
                    std::memcpy(&w, q, sizeof w);
                    if ((w & lead_mask) != lead_bits) break;
                    if (member_of_three(w)) return static_cast<std::size_t>(q - p);
                    if (member_of_three(w >> 24)) return static_cast<std::size_t>(q - p) + 3;
                    q += 6;
                }
            }
            while (q <= last_whole && (q[0] & 0xF0) == 0xE0) {
                if ((bits_[((q[0] & 0x0Fu) << 6) | (q[1] & 0x3Fu)] >> (q[2] & 0x3F)) & 1) {
                    return static_cast<std::size_t>(q - p);
                }
                q += 3;
            }
            pos = static_cast<std::size_t>(q - p);
        }
        if (pos >= size) break;
        const unsigned b0 = p[pos];
        if ((b0 & 0xF0) == 0xE0) return size;  // cut off by the end of the text
        if (b0 < 0x80) {
            if (contains(b0)) return pos;
            ++pos;
        } else if (b0 < 0xE0) {
            if (size - pos < 2) return size;
            if ((bits_[b0 & 0x1F] >> (p[pos + 1] & 0x3F)) & 1) return pos;
            pos += 2;
        } else {
            // Four bytes: beyond the set, unless the bytes are an overlong form of a smaller one.
            if (size - pos < 4) return size;
            const char32_t c = (char32_t(b0 & 0x07) << 18) | (char32_t(p[pos + 1] & 0x3F) << 12) |
                               (char32_t(p[pos + 2] & 0x3F) << 6) | char32_t(p[pos + 3] & 0x3F);
            if (contains(c)) return pos;
            pos += 4;
        }
    }
    return size;
}

}  // namespace zgcfacts::recognize
