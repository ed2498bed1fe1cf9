#include "recognize/char_set.hpp"

namespace zgcfacts::recognize {

void Utf8CharSet::insert(char32_t c) noexcept {
    if (c < limit) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
}

std::size_t Utf8CharSet::find_next(std::string_view text, std::size_t pos) const noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    while (pos < size) {
        const unsigned b0 = p[pos];
        if ((b0 & 0xF0) == 0xE0) {  // three bytes, as nearly all of Chinese text: tested first
            if (size - pos < 3) return size;
            if ((bits_[((b0 & 0x0F) << 6) | (p[pos + 1] & 0x3F)] >> (p[pos + 2] & 0x3F)) & 1) return pos;
            pos += 3;
        } else if (b0 < 0x80) {
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
