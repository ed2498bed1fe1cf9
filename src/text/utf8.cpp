// text/utf8.cpp — UTF-8 encoding and the wording of decoding problems.
#include "text/utf8.hpp"

#include <fmt/format.h>

namespace zgcfacts::text {

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

namespace {

// The bytes a reader needs to see: the offending sequence as far as it goes, at most four bytes.
std::string hex_bytes(const unsigned char* p, const unsigned char* end, std::size_t wanted) {
    std::string out;
    for (std::size_t i = 0; i < wanted && p + i < end; ++i) {
        if (i > 0) out += ' ';
        out += fmt::format("{:02X}", p[i]);
    }
    return out;
}

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

}  // namespace

std::string describe_utf8_problem(Utf8Problem problem, const unsigned char* p,
                                  const unsigned char* end) {
    const std::size_t length = sequence_length(p[0]);
    switch (problem) {
        case Utf8Problem::none:
            return "valid UTF-8";
        case Utf8Problem::lone_continuation:
            return fmt::format("continuation byte {} without a lead byte", hex_bytes(p, end, 1));
        case Utf8Problem::overlong:
            return fmt::format("overlong encoding ({})", hex_bytes(p, end, length));
        case Utf8Problem::surrogate:
            return fmt::format("UTF-16 surrogate encoded as UTF-8 ({})", hex_bytes(p, end, length));
        case Utf8Problem::beyond_unicode:
            return fmt::format("code point beyond U+10FFFF ({})", hex_bytes(p, end, length));
        case Utf8Problem::not_utf8:
            return fmt::format("byte {} never occurs in UTF-8", hex_bytes(p, end, 1));
        case Utf8Problem::missing_continuation: {
            std::size_t present = 1;
            while (present < length && p + present < end && (p[present] & 0xC0) == 0x80) ++present;
            return fmt::format("incomplete {}-byte sequence ({} followed by {})", length,
                               hex_bytes(p, end, present), hex_bytes(p + present, end, 1));
        }
        case Utf8Problem::truncated:
            return fmt::format("{}-byte sequence cut off by the end of the input ({})", length,
                               hex_bytes(p, end, length));
    }
    return "invalid UTF-8";
}

}  // namespace zgcfacts::text
