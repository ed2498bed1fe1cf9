// text/paragraphs.cpp — the paragraph-end rules of paragraphs.hpp.
#include "text/paragraphs.hpp"

#include <array>
#include <cstring>

#include "text/utf8.hpp"

namespace zgcfacts::text {
namespace {

constexpr std::size_t window_radius = 5;   // lines compared on each side
constexpr std::size_t short_percent = 60;  // narrower than this share of the neighbours is short
constexpr std::size_t longest_short = 64;  // wider lines (32+ CJK characters) are body text

// The code point that ends at `end` (end > begin), and where it starts.
char32_t last_code_point(std::string_view text, std::size_t begin, std::size_t& end) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const Utf8Char c = decode_utf8(p + start, p + end);
    end = start;
    return c.code_point;
}

bool is_closing(char32_t c) {
    switch (c) {
        case U'”': case U'’': case U'」': case U'』': case U'》': case U'〉': case U'）': case U'】':
        case U')': case U']': case U'"': case U'\'': case U' ':
            return true;
        default:
            return false;
    }
}

bool is_sentence_end(char32_t c) {
    switch (c) {
        case U'。': case U'！': case U'？': case U'；': case U'!': case U'?': case U';':
            return true;
        default:
            return false;
    }
}

bool ends_with_sentence_punctuation(std::string_view clean, std::size_t begin, std::size_t end) {
    while (end > begin) {
        const char32_t c = last_code_point(clean, begin, end);
        if (!is_closing(c)) return is_sentence_end(c);
    }
    return false;
}

// The widths of the lines on one side of the current one, kept sorted as they slide line by line.
class Neighbours {
public:
    void add(std::size_t value) {
        std::size_t i = size_++;
        for (; i > 0 && values_[i - 1] > value; --i) values_[i] = values_[i - 1];
        values_[i] = value;
    }
    void remove(std::size_t value) {
        std::size_t i = 0;
        while (values_[i] != value) ++i;
        for (; i + 1 < size_; ++i) values_[i] = values_[i + 1];
        --size_;
    }
    /// Whether `width` is noticeably short next to these lines: under 60% of their upper quartile.
    /// No lines (the start or end of the text) do not object.
    bool dwarfs(std::size_t width) const {
        return size_ == 0 || width * 100 < values_[size_ * 3 / 4] * short_percent;
    }

private:
    std::array<std::size_t, window_radius> values_{};
    std::size_t size_ = 0;
};

// Width each byte adds, for the bytes the eight-at-a-time loop leaves over.
constexpr std::array<std::uint8_t, 256> byte_widths = [] {
    std::array<std::uint8_t, 256> widths{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        widths[byte] = byte < 0x80 ? (byte != ' ' ? 1 : 0) : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    }
    return widths;
}();

}  // namespace

std::size_t display_width(std::string_view clean) {
    // Eight bytes at a time: a byte counts 1 when it starts a character (is not 10xxxxxx) and is not
    // a space, plus 1 when it leads a 3- or 4-byte character (111xxxxx). Each test leaves its answer
    // in the top bit of every byte; shifted down to 0/1 per byte, a multiplication adds the bytes up.
    constexpr std::uint64_t top = 0x8080808080808080;
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7F;
    constexpr std::uint64_t spaces = 0x2020202020202020;
    constexpr std::uint64_t ones = 0x0101010101010101;
    std::size_t width = 0;
    std::size_t i = 0;
    for (; i + 8 <= clean.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, clean.data() + i, 8);
        const std::uint64_t bit7 = word & top;
        const std::uint64_t bit6 = (word << 1) & top;
        const std::uint64_t bit5 = (word << 2) & top;
        const std::uint64_t x = word ^ spaces;  // a space becomes a zero byte
        const std::uint64_t space = ~(((x & low7) + low7) | x | low7);
        const std::uint64_t starts = ~(bit7 & ~bit6) & ~space & top;
        const std::uint64_t wide = bit7 & bit6 & bit5;
        const std::uint64_t per_byte = (starts >> 7) + (wide >> 7);  // 0..2 in every byte
        width += static_cast<std::size_t>((per_byte * ones) >> 56);
    }
    for (; i < clean.size(); ++i) width += byte_widths[static_cast<unsigned char>(clean[i])];
    return width;
}

std::vector<std::size_t> find_paragraph_breaks(std::string_view clean, const std::vector<LineEnd>& ends) {
    std::vector<std::size_t> breaks;
    if (ends.empty()) return breaks;

    // The usual line end: blank lines (PDF extraction) or single newlines (plain text files).
    std::size_t single = 0;
    std::size_t blank = 0;
    for (const auto& end : ends) {
        if (end.newlines == 1) ++single;
        else if (end.newlines >= 2) ++blank;
    }
    const std::uint32_t more_than_usual = blank >= single ? 3 : 2;

    // Line k runs from the end of line k-1 to ends[k]; the last line runs to the end of the text.
    std::vector<std::size_t> widths(ends.size() + 1);
    for (std::size_t k = 0; k <= ends.size(); ++k) {
        const std::size_t begin = k == 0 ? 0 : ends[k - 1].offset;
        const std::size_t end = k < ends.size() ? ends[k].offset : clean.size();
        widths[k] = display_width(clean.substr(begin, end - begin));
    }

    // Line k is compared with lines k-5 … k-1 and with lines k+1 … k+5, as far as they exist.
    Neighbours before;
    Neighbours after;
    for (std::size_t k = 1; k <= window_radius && k < widths.size(); ++k) after.add(widths[k]);
    for (std::size_t k = 0; k < ends.size(); ++k) {
        if (k > 0) {
            if (k > window_radius) before.remove(widths[k - window_radius - 1]);
            before.add(widths[k - 1]);
            after.remove(widths[k]);
            if (k + window_radius < widths.size()) after.add(widths[k + window_radius]);
        }
        const LineEnd& end = ends[k];
        const std::size_t begin = k == 0 ? 0 : ends[k - 1].offset;
        bool paragraph = end.forced || end.newlines >= more_than_usual ||
                         ends_with_sentence_punctuation(clean, begin, end.offset);
        if (!paragraph) {
            paragraph = widths[k] <= longest_short && before.dwarfs(widths[k]) && after.dwarfs(widths[k]);
        }
        if (paragraph && end.offset > 0 && end.offset < clean.size() &&
            (breaks.empty() || breaks.back() < end.offset)) {
            breaks.push_back(end.offset);
        }
    }
    return breaks;
}

}  // namespace zgcfacts::text
