// text/paragraphs.cpp — the paragraph-end rules of paragraphs.hpp.
#include "text/paragraphs.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>

#include "text/chars.hpp"
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

// Whether the line ends with an end mark, looking past closing quotes, brackets and spaces.
bool ends_with_sentence_punctuation(std::string_view clean, std::size_t begin, std::size_t end) {
    while (end > begin) {
        const char32_t c = last_code_point(clean, begin, end);
        const bool closing = is_closing_bracket(c) || c == ']' || c == '"' || c == '\'' || c == ' ';
        if (!closing) return is_end_mark(c);
    }
    return false;
}

// A line ending in a comma or in a word that needs more after it (的, 为, 占, 和 …) stops mid-sentence,
// however short: a heading or the last line of a paragraph never ends so (…的比重为 / 28.6%。).
bool ends_mid_sentence(std::string_view clean, std::size_t begin, std::size_t end) {
    while (end > begin && clean[end - 1] == ' ') --end;
    if (end == begin) return false;
    const char32_t c = last_code_point(clean, begin, end);
    constexpr std::u32string_view needs_more = U"，、,的为占和与及是达在从至到比较由约近超过";
    return needs_more.find(c) != std::u32string_view::npos;
}

// "## 科技创新能力持续提升": a Markdown heading (text converted from web pages and PDFs often
// carries them) is a paragraph of its own, however long the lines around it.
bool is_markdown_heading(std::string_view clean, std::size_t begin, std::size_t end) {
    while (begin < end && clean[begin] == ' ') ++begin;
    return begin < end && clean[begin] == '#';
}

// Whether a line of width `width` is noticeably short next to lines first … last-1: under
// 60% of their upper quartile. Of five lines that is the second widest; of fewer (near the start
// or end of the text) the widest. No lines at all do not object.
template <class Widths>
bool dwarfed(std::size_t width, const Widths& widths, std::size_t first, std::size_t last) {
    if (first >= last) return true;
    std::size_t widest = 0;
    std::size_t second = 0;
    for (std::size_t i = first; i < last; ++i) {  // min/max rather than branches: widths vary
        const std::size_t w = widths(i);
        second = std::max(second, std::min(widest, w));
        widest = std::max(widest, w);
    }
    const std::size_t reference = last - first == window_radius ? second : widest;
    return width * 100 < reference * short_percent;
}

// Width each byte adds, for the bytes the eight-at-a-time loop leaves over.
constexpr std::array<std::uint8_t, 256> byte_widths = [] {
    std::array<std::uint8_t, 256> widths{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        widths[byte] = byte < 0x80 ? 1 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    }
    return widths;
}();

}  // namespace

namespace {

// Width of eight bytes, in each byte of the result: 1 when the byte starts a character (is not
// 10xxxxxx), plus 1 when it leads a 3- or 4-byte character (111xxxxx). Each test leaves its answer
// in the top bit of every byte, shifted down to 0/1.
std::uint64_t widths_of_word(std::uint64_t word) {
    constexpr std::uint64_t top = 0x8080808080808080;
    const std::uint64_t bit7 = word & top;
    const std::uint64_t bit6 = (word << 1) & top;
    const std::uint64_t bit5 = (word << 2) & top;
    const std::uint64_t starts = top & ~(bit7 & ~bit6);
    const std::uint64_t wide = bit7 & bit6 & bit5;
    return (starts >> 7) + (wide >> 7);  // 0..2 in every byte
}

// The sum of the eight bytes of `per_byte`.
std::size_t sum_bytes(std::uint64_t per_byte) {
    constexpr std::uint64_t low_bytes = 0x00FF00FF00FF00FF;
    const std::uint64_t pairs = (per_byte & low_bytes) + ((per_byte >> 8) & low_bytes);
    return static_cast<std::size_t>((pairs * 0x0001000100010001) >> 48);
}

}  // namespace

std::size_t display_width(std::string_view clean) {
    const std::size_t size = clean.size();
    std::size_t width = 0;
    std::size_t i = 0;
    while (i + 8 <= size) {
        // Each byte of the sum grows by at most 2 per word: add up 64 words before emptying it.
        std::uint64_t sum = 0;
        for (const std::size_t stop = std::min(size & ~std::size_t{7}, i + 64 * 8); i < stop; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, clean.data() + i, 8);
            sum += widths_of_word(word);
        }
        width += sum_bytes(sum);
    }
    if (i == size) return width;
    if constexpr (std::endian::native == std::endian::little) {
        if (size >= 8) {
            // The last eight bytes again, with the ones already counted shifted out (they are the
            // low bytes of a little-endian word): no byte-by-byte tail.
            std::uint64_t word;
            std::memcpy(&word, clean.data() + size - 8, 8);
            return width + sum_bytes(widths_of_word(word) >> (8 * (8 - (size - i))));
        }
    }
    for (; i < size; ++i) width += byte_widths[static_cast<unsigned char>(clean[i])];
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
    const std::size_t last_line = display_width(clean.substr(ends.back().offset));
    const auto width = [&](std::size_t k) -> std::size_t { return k < ends.size() ? ends[k].width : last_line; };
    const std::size_t lines = ends.size() + 1;

    for (std::size_t k = 0; k < ends.size(); ++k) {
        const LineEnd& end = ends[k];
        const std::size_t begin = k == 0 ? 0 : ends[k - 1].offset;
        // Cheap tests first; the neighbours are lines k-5 … k-1 and k+1 … k+5, where they exist.
        bool paragraph = end.forced || end.newlines >= more_than_usual;
        if (!paragraph && end.width <= longest_short) {
            paragraph = dwarfed(end.width, width, k >= window_radius ? k - window_radius : 0, k) &&
                        dwarfed(end.width, width, k + 1, std::min(lines, k + 1 + window_radius)) &&
                        !ends_mid_sentence(clean, begin, end.offset);
        }
        if (!paragraph) paragraph = ends_with_sentence_punctuation(clean, begin, end.offset);
        if (!paragraph) paragraph = is_markdown_heading(clean, begin, end.offset);
        if (paragraph && end.offset > 0 && end.offset < clean.size() &&
            (breaks.empty() || breaks.back() < end.offset)) {
            breaks.push_back(end.offset);
        }
    }
    return breaks;
}

}  // namespace zgcfacts::text
