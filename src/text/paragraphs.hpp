// text/paragraphs.hpp — telling real paragraph ends from the line ends of PDF extraction.
//
// PDF text extraction puts a blank line after every line of a column, so "a blank line" says
// nothing by itself. A line end is taken as a paragraph end when any of these holds:
//   1. it was forced: an HTML block tag, or U+2029 PARAGRAPH SEPARATOR;
//   2. it has more line breaks than the document's usual line end: 3+ newlines where lines are
//      separated by blank lines (the PDFs), 2+ where they are separated by single newlines;
//   3. the line ends with sentence punctuation (。！？；!?; possibly followed by closing quotes or
//      brackets) — then the break agrees with the sentence end anyway;
//   4. the line is noticeably short: narrower than 60% of the upper quartile of the widths of the
//      5 lines before it, and of the 5 lines after it, and at most 64 wide (32 CJK characters).
//      The width of the line's clean text counts a CJK character as 2 and others as 1 (the spaces
//      PDF extraction spreads justified lines with are already gone). The last line of a paragraph, a headline
//      or a byline is short next to both neighbourhoods. A paragraph's first line is only indented
//      (two characters narrower), so it is not taken for a paragraph end, which keeps sentences
//      whole. Both sides must agree because a page mixes columns of different widths: the last
//      line of a narrow column is not short next to the lines before it, even when a wide column
//      follows. The upper quartile keeps the other short lines nearby (a headline block, a byline,
//      the previous paragraph's end) from dragging the reference down. The absolute limit matters where each line is a whole paragraph and
//      widths vary wildly: there, a long line without end punctuation is a paragraph cut by a page
//      break, not a headline.
// A sub-headline as wide as a paragraph's first line is missed by rule 4; it then runs into the
// following sentence, which costs less than cutting sentences at every first line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace zgcfacts::text {

/// The end of one raw line, seen from the clean text.
struct LineEnd {
    std::size_t offset = 0;      // clean offset where the line's text ends
    std::uint32_t width = 0;     // display_width of the line's clean text (saturating)
    std::uint16_t newlines = 0;  // line breaks in the whitespace after it (saturating)
    bool forced = false;         // a block tag or U+2029 was in that whitespace
};

/// The clean offsets of the line ends that look like paragraph ends, ascending. `ends` are in
/// clean-text order; the last line runs from the last end to the end of `clean`.
std::vector<std::size_t> find_paragraph_breaks(std::string_view clean, const std::vector<LineEnd>& ends);

/// Width of clean text as laid out on a page: CJK characters 2, others 1. (The spaces PDF extraction
/// adds to justify lines are gone from clean text; the spaces left separate words and count 1.)
std::size_t display_width(std::string_view clean);

}  // namespace zgcfacts::text
