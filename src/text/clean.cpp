// text/clean.cpp — clean(): choosing the encoding, then handing the decoded text to the builder.
//
// Auto-detection costs nothing for valid UTF-8: the input is cleaned as strict UTF-8 right away,
// and only when that meets a byte that is not UTF-8 — before any run of well-formed multi-byte
// characters has shown the text to be UTF-8 — is it decoded as GB18030 and cleaned again.
#include <optional>
#include <string>

#include <fmt/format.h>

#include "text/clean_builder.hpp"
#include "text/clean_for_scan.hpp"
#include "text/gb18030.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts {
namespace {

Error to_error(const CleanTextBuilder::Failure& failure, std::size_t raw_offset) {
    return Error{fmt::format("{} at byte {}: {}", failure.what, raw_offset, failure.detail), raw_offset};
}

struct Attempt {
    std::optional<CleanText> text;
    std::optional<CleanTextBuilder::Failure> failure;
};

// What a caller needs of the result: clean() hands out a CleanText that lives on its own, with
// paragraph breaks; scan() reads its text within one call and never asks for paragraphs, so it
// need not copy the input nor measure its lines.
struct Needs {
    bool own_raw;
    bool paragraphs;
};

Attempt clean_utf8(std::string_view raw, const CleanOptions& options, bool lenient_utf8, Needs needs) {
    CleanTextBuilder builder(raw, options.html, lenient_utf8, options.lenient_utf8, needs.paragraphs);
    if (auto failure = builder.run()) return {std::nullopt, std::move(failure)};
    if (!needs.own_raw) return {builder.finish_borrowing(raw), std::nullopt};
    return {builder.finish(std::string(raw), raw.size(), {}, Encoding::utf8), std::nullopt};
}

Result<CleanText> clean_gb18030(std::string_view raw, const CleanOptions& options, text::Transcoded decoded,
                                Needs needs) {
    CleanTextBuilder builder(decoded.utf8, options.html, options.lenient_utf8, options.lenient_utf8,
                             needs.paragraphs);
    if (auto failure = builder.run()) {
        // Only a NUL can fail here: iconv's output is valid UTF-8, and bad GB18030 bytes reach the
        // builder (as 0xFF) only in lenient mode.
        return to_error(*failure, text::map_begin(decoded.runs, failure->offset));
    }
    // The builder is done reading decoded.utf8, so it can move into the result.
    return builder.finish(std::move(decoded.utf8), raw.size(), std::move(decoded.runs), Encoding::gb18030);
}

// Well-formed UTF-8 is no coincidence: GB18030 text read as UTF-8 fails within its first few
// non-ASCII characters. Text with several multi-byte characters before its first bad byte is UTF-8
// with damage in it, and the damage is what the caller must hear about, not GB18030 mojibake.
bool proven_utf8(std::string_view valid_prefix) {
    constexpr std::size_t enough = 4;
    std::size_t multibyte = 0;
    for (const char c : valid_prefix) {
        if (static_cast<unsigned char>(c) >= 0xC0 && ++multibyte >= enough) return true;
    }
    return false;
}

Result<CleanText> clean_as(std::string_view raw, const CleanOptions& options, Needs needs) {
    if (raw.empty()) {
        return CleanTextBuilder::empty_text(options.encoding == Encoding::gb18030 ? Encoding::gb18030
                                                                                  : Encoding::utf8);
    }
    if (options.encoding == Encoding::gb18030) {
        auto decoded = text::decode_gb18030(raw, options.lenient_utf8);
        if (!decoded) return decoded.error();
        return clean_gb18030(raw, options, std::move(*decoded), needs);
    }

    // UTF-8, or auto-detection, which starts as strict UTF-8 and looks further only when that fails.
    const bool detect = options.encoding == Encoding::auto_detect;
    Attempt utf8 = clean_utf8(raw, options, options.lenient_utf8 && !detect, needs);
    if (utf8.text) return std::move(*utf8.text);
    if (!detect || !utf8.failure->bad_utf8) return to_error(*utf8.failure, utf8.failure->offset);

    if (!proven_utf8(raw.substr(0, utf8.failure->offset))) {
        if (auto decoded = text::decode_gb18030(raw, false)) {
            return clean_gb18030(raw, options, std::move(*decoded), needs);
        }
    }
    if (options.lenient_utf8) {
        Attempt lenient = clean_utf8(raw, options, true, needs);
        if (lenient.text) return std::move(*lenient.text);
        return to_error(*lenient.failure, lenient.failure->offset);
    }
    return to_error(*utf8.failure, utf8.failure->offset);
}

}  // namespace

Result<CleanText> clean(std::string_view raw, const CleanOptions& options) {
    return clean_as(raw, options, {.own_raw = true, .paragraphs = true});
}

namespace text {

Result<CleanText> clean_for_scan(std::string_view raw, const CleanOptions& options) {
    return clean_as(raw, options, {.own_raw = false, .paragraphs = false});
}

}  // namespace text

}  // namespace zgcfacts
