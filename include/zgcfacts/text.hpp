// zgcfacts/text.hpp — from raw bytes to the clean text the grammar reads, with a map back.
//
//   auto clean = zgcfacts::clean("超 610\n\n亿元，同比增长２９．１％");
//   clean->text();                          // "超610亿元，同比增长29.1%"
//   std::size_t b = clean->text().find("610");
//   std::size_t e = clean->text().find("，");
//   clean->raw_slice(clean->raw_begin(b), clean->raw_end(e));   // "610\n\n亿元", byte for byte
//   for (auto s : zgcfacts::split_sentences(*clean)) …          // clean-text ranges
//
// What cleaning does, in one pass: decode (UTF-8, with a BOM accepted; GB18030 by option or
// detected when the bytes are not UTF-8 but are GB18030); optionally strip HTML; map full-width
// digits, letters and ％～－＋／ to ASCII, and ，．： too where they sit between digits (`4，565`,
// `２９．１`, `10：30`; elsewhere ， is the Chinese comma and stays); drop the whitespace PDF
// extraction puts inside Chinese text (next to CJK characters and punctuation, unless the other side
// is a Latin word), keeping a single space where it separates two Latin words or two numbers — never
// gluing `23\n\n5000` into one number. Every later stage reports raw byte offsets through this map,
// so a figure can always be traced back to the exact bytes it came from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/result.hpp"

namespace zgcfacts {

enum class Encoding { auto_detect, utf8, gb18030 };

struct CleanOptions {
    Encoding encoding = Encoding::auto_detect;
    /// Invalid UTF-8 is an Error naming the byte offset; lenient turns each bad byte into a separator.
    bool lenient_utf8 = false;
    /// Treat the input as HTML: tags stripped, entities decoded, block tags become paragraph breaks.
    bool html = false;
};

/// A sentence as a half-open range of clean-text byte offsets.
struct Sentence {
    std::size_t begin = 0;
    std::size_t end = 0;
};

namespace detail {
/// Internal to the offset map (see src/text/offset_map.hpp): a run of characters that are
/// `from_unit` bytes long on one side of a mapping and `to_unit` bytes long on the other, starting at
/// `from_begin` and `to_begin`. A verbatim copy is a run of 1:1 units; `２０２４` → `2024` is four 3:1
/// units; a replaced character (an entity, a whitespace run kept as one space) is a single unit. Runs
/// are contiguous on the `from` side, so a run's extent is implied by the next run's `from_begin`.
struct OffsetRun {
    std::size_t from_begin;
    std::size_t to_begin;
    std::uint32_t from_unit;
    std::uint32_t to_unit;
};
}  // namespace detail

class CleanText {
public:
    /// The cleaned UTF-8 text.
    const std::string& text() const noexcept { return text_; }
    /// The encoding the input was read as.
    Encoding encoding() const noexcept { return encoding_; }

    /// Raw byte offset where the character at clean offset `clean_begin` starts.
    /// `raw_begin(text().size())` is the raw input's size. O(log n).
    std::size_t raw_begin(std::size_t clean_begin) const;
    /// Raw byte offset just past the raw bytes of the character that ends at clean offset
    /// `clean_end` (whitespace dropped after it is not included; whitespace dropped inside a span
    /// [b, e) lies inside [raw_begin(b), raw_end(e))). `raw_end(0)` is `raw_begin(0)`. O(log n).
    std::size_t raw_end(std::size_t clean_end) const;
    /// The raw bytes [raw_begin, raw_end) as UTF-8: verbatim for UTF-8 input, transcoded otherwise.
    std::string raw_slice(std::size_t raw_begin, std::size_t raw_end) const;
    /// Clean offsets, ascending, where a paragraph ends: an HTML block tag, or a raw line end that
    /// looks like a paragraph end rather than PDF line wrapping — the line ends with sentence
    /// punctuation, is much shorter than the lines around it (headlines, bylines, a paragraph's last
    /// line), or is followed by more blank lines than usual (see src/text/paragraphs.hpp). Sentence
    /// splitting ends a sentence at each, which ends headlines that have no punctuation.
    const std::vector<std::size_t>& paragraph_breaks() const noexcept { return paragraph_breaks_; }

private:
    // Where the previous lookup of a RawCursor ended: an index into segments_ and transcoding_.
    struct MapHints {
        std::size_t segment = 0;
        std::size_t transcoding = 0;
    };

public:
    /// raw_begin and raw_end for many spans: the same answers, but each lookup walks the offset map
    /// forward from where the previous one ended instead of searching all of it. For spans visited
    /// in text order (scan() maps every mention); in any other order it is only slower. The cursor
    /// must not outlive the text.
    class RawCursor {
    public:
        explicit RawCursor(const CleanText& text) noexcept : text_(&text) {}
        std::size_t raw_begin(std::size_t clean_begin) { return text_->raw_begin(clean_begin, &hints_); }
        std::size_t raw_end(std::size_t clean_end) { return text_->raw_end(clean_end, &hints_); }

    private:
        const CleanText* text_;
        MapHints hints_;
    };

private:
    friend class CleanTextBuilder;

    std::size_t raw_begin(std::size_t clean_begin, MapHints* hints) const;
    std::size_t raw_end(std::size_t clean_end, MapHints* hints) const;

    std::string text_;
    std::string raw_;  // the input (UTF-8 after decoding when it was GB18030) for raw_slice
    /// scan() cleans UTF-8 input for the length of one call only, so it reads the caller's bytes
    /// here instead of copying them into raw_ (empty otherwise).
    std::string_view borrowed_raw_;
    /// Clean text → decoded input (the raw bytes themselves unless the input was GB18030).
    std::vector<detail::OffsetRun> segments_;
    /// Decoded UTF-8 (raw_) → raw GB18030 bytes; empty for UTF-8 input.
    std::vector<detail::OffsetRun> transcoding_;
    std::vector<std::size_t> paragraph_breaks_;
    std::size_t raw_size_ = 0;
    Encoding encoding_ = Encoding::utf8;
};

/// Cleans raw input. Errors, each with the raw offset of the offending byte and a message saying
/// what is wrong: invalid UTF-8 (overlong, surrogate, beyond U+10FFFF, truncated, stray continuation
/// byte) unless lenient; undecodable GB18030 when GB18030 is forced, unless lenient; NUL bytes
/// (binary input) unless lenient. Lenient mode makes each such byte a separator: one space in the
/// clean text, so it always splits numbers and words. Empty input gives empty text, not an error.
Result<CleanText> clean(std::string_view raw, const CleanOptions& options = {});

/// Splits clean text into sentences on 。！？； (and !?; ending a sentence), never inside numbers;
/// closing quotes and brackets after the end mark stay with the sentence. Quotes and brackets are
/// kept whole: an end mark inside “…” 「…」 《…》 （…） does not end the sentence unless the quotation
/// closes right after it — `他说：“好。”然后走了。` is `他说：“好。”` + `然后走了。`. An ellipsis ends a
/// sentence only before a closing quote or at a paragraph end. Every paragraph break ends a sentence.
/// The sentences are non-empty, in order, trimmed of spaces, and cover all non-space text.
std::vector<Sentence> split_sentences(const CleanText& text);

}  // namespace zgcfacts
