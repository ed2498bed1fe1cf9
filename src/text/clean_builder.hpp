// text/clean_builder.hpp — the cleaning pass over decoded UTF-8, building a CleanText.
//
// clean() (clean.cpp) chooses the encoding and decodes GB18030; this class does the rest in one
// sweep: UTF-8 validation, HTML, full-width forms, whitespace, the offset map and the line ends that
// paragraphs.hpp turns into paragraph breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/offset_map.hpp"
#include "text/paragraphs.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts {

/// Cleans one decoded (UTF-8) input. A friend of CleanText, whose fields it fills.
class CleanTextBuilder {
public:
    struct Failure {
        std::string what;    // "invalid UTF-8", "NUL byte"
        std::string detail;  // what exactly is wrong
        std::size_t offset;  // in the decoded input
        bool bad_utf8;       // another encoding might read these bytes
    };

    /// `decoded` must outlive the builder. Lenient: bad UTF-8 bytes, or NUL bytes, are separators
    /// instead of errors. Without `paragraphs` the result has no paragraph breaks, and the line
    /// ends they are found from are not measured (scan() never asks for them).
    CleanTextBuilder(std::string_view decoded, bool html, bool lenient_utf8, bool lenient_nul,
                     bool paragraphs = true);

    /// The pass itself; a Failure (offset into `decoded`) when the input cannot be read.
    std::optional<Failure> run();

    /// The result; `raw` is kept for raw_slice (the decoded UTF-8 when transcoding is not empty).
    CleanText finish(std::string raw, std::size_t raw_size, std::vector<text::OffsetRun> transcoding,
                     Encoding encoding);
    /// The result of UTF-8 input that reads `raw` (the decoded input itself) in place instead of
    /// keeping a copy: it must not outlive `raw`.
    CleanText finish_borrowing(std::string_view raw);

    /// The clean text of empty input.
    static CleanText empty_text(Encoding encoding);

private:
    // Whitespace seen but not yet decided on.
    struct PendingSpace {
        bool active = false;
        std::size_t begin = 0;
        std::size_t end = 0;
        std::uint32_t newlines = 0;
        bool hard = false;   // a bad byte or a table cell: always one space
        bool block = false;  // an HTML block tag or U+2029: a paragraph break
    };

    // Advances over characters copied as they are; stops at anything else, including bad bytes.
    std::size_t scan_verbatim(std::size_t pos) const;

    // Whatever scan_verbatim stopped at: whitespace, markup, a character to convert, a bad byte.
    std::optional<Failure> handle_special(std::size_t& pos);

    // A run of ASCII whitespace and control characters, counting its line breaks.
    void read_ascii_space(std::size_t& pos);

    // A tag, comment or declaration (HTML mode); fails on bad bytes inside it, see check_hidden.
    std::optional<Failure> read_markup(std::size_t& pos);
    // Bad UTF-8 or NUL bytes in [begin, end) of the input that is skipped, not copied, unless lenient.
    std::optional<Failure> check_hidden(std::size_t begin, std::size_t end) const;

    void read_reference(std::size_t& pos);

    // A character from the slow path: whitespace, a full-width form, or one to copy. `replaced`:
    // the raw bytes are not the character's UTF-8 (a character reference).
    void emit_character(char32_t c, std::size_t pos, std::uint32_t length, bool replaced);

    // ，．： become ASCII only right after an ASCII digit and before a digit; ， moreover only
    // before exactly three digits, as a thousands separator (`4，565`, not the list `4，5月`).
    bool sits_between_digits(char32_t c, std::size_t next) const;

    void emit_ascii(char ascii, std::size_t pos, std::uint32_t length);

    void emit_verbatim(std::size_t begin, std::size_t end);

    // Adds whitespace (or markup acting as whitespace) to the pending run.
    void add_space(std::size_t begin, std::size_t length, std::uint32_t newlines, bool hard, bool block);

    // Decides the pending whitespace now that the next character, `next`, is known.
    void settle_space(char32_t next);

    // The whitespace rule of the file comment of clean_builder.cpp.
    bool keeps_space(const PendingSpace& space, char32_t next) const;

    // The last character of the clean text so far (which is not empty).
    char32_t last_character() const;

    std::string_view in_;
    const unsigned char* begin_;
    const unsigned char* end_;
    bool html_;
    bool lenient_utf8_;
    bool lenient_nul_;
    bool paragraphs_;
    const bool* verbatim_;  // which ASCII bytes are copied as they are (128 entries)

    std::string out_;
    std::vector<text::OffsetRun> segments_;
    std::vector<text::LineEnd> line_ends_;
    std::size_t line_start_ = 0;  // clean offset where the current raw line began
    PendingSpace pending_;
};


}  // namespace zgcfacts
