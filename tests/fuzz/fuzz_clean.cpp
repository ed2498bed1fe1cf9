// libFuzzer target for clean() and split_sentences(): arbitrary bytes must give either an Error that
// points into the input or a clean text whose offset map and sentences stay inside their bounds.
//
// Input layout: the first byte chooses the options (see options_from), the rest is the raw text.
// The checks are the promises of zgcfacts/text.hpp; a broken promise aborts so libFuzzer keeps the
// input as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "zgcfacts/text.hpp"

namespace {

[[noreturn]] void broken(const char* promise, std::size_t a, std::size_t b) {
    std::fprintf(stderr, "fuzz_clean: broken promise: %s (%zu, %zu)\n", promise, a, b);
    std::abort();
}

void expect(bool ok, const char* promise, std::size_t a = 0, std::size_t b = 0) {
    if (!ok) broken(promise, a, b);
}

zgcfacts::CleanOptions options_from(std::uint8_t byte) {
    zgcfacts::CleanOptions options;
    options.html = (byte & 1) != 0;
    options.lenient_utf8 = (byte & 2) != 0;
    switch ((byte >> 2) & 3) {
    case 1: options.encoding = zgcfacts::Encoding::utf8; break;
    case 2: options.encoding = zgcfacts::Encoding::gb18030; break;
    default: options.encoding = zgcfacts::Encoding::auto_detect; break;
    }
    return options;
}

// Strict UTF-8 check of our own, so the library's validator is not checked against itself.
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >= 0xC2 && b < 0xE0) ? 2 : (b >= 0xE0 && b < 0xF0) ? 3
                                   : (b >= 0xF0 && b < 0xF5) ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        char32_t cp = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        const char32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : n == 4 ? 0x10000 : 0;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

bool starts_character(std::string_view s, std::size_t i) {
    return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto options = options_from(data[0]);
    const std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);

    auto result = zgcfacts::clean(raw, options);
    if (!result) {
        const auto& e = result.error();
        expect(!e.message.empty(), "an error says what went wrong");
        // npos only for problems without a position (a missing iconv converter).
        expect(e.offset == zgcfacts::Error::npos || e.offset < raw.size(), "an error points into the input",
               e.offset, raw.size());
        return 0;
    }

    const std::string& text = result->text();
    expect(valid_utf8(text), "clean text is valid UTF-8");
    expect(result->raw_begin(text.size()) == raw.size(), "raw_begin(size) is the raw size",
           result->raw_begin(text.size()), raw.size());

    // The offset map: inside the raw input and never running backwards.
    std::size_t previous = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (!starts_character(text, i)) continue;
        const std::size_t begin = result->raw_begin(i);
        expect(begin <= raw.size(), "raw_begin inside the input", begin, raw.size());
        expect(begin >= previous, "raw_begin is monotonic", previous, begin);
        previous = begin;
        if (i > 0) {
            const std::size_t end = result->raw_end(i);
            expect(end <= raw.size(), "raw_end inside the input", end, raw.size());
            expect(end <= begin || i == text.size(), "a character ends before the next one starts", end, begin);
        }
    }

    for (std::size_t b : result->paragraph_breaks()) expect(b <= text.size(), "paragraph break inside the text", b);

    std::size_t last_end = 0;
    for (const auto& s : zgcfacts::split_sentences(*result)) {
        expect(s.begin <= s.end && s.end <= text.size(), "sentence inside the text", s.begin, s.end);
        expect(s.begin >= last_end, "sentences in order, not overlapping", last_end, s.begin);
        expect(starts_character(text, s.begin) && starts_character(text, s.end), "sentence on character boundaries",
               s.begin, s.end);
        last_end = s.end;
        if (s.begin == s.end) continue;
        const std::size_t raw_begin = result->raw_begin(s.begin);
        const std::size_t raw_end = result->raw_end(s.end);
        expect(raw_begin <= raw_end, "a sentence's raw span is not reversed", raw_begin, raw_end);
        const std::string slice = result->raw_slice(raw_begin, raw_end);
        // Verbatim UTF-8 is only promised when the input had no bad bytes.
        if (!options.lenient_utf8) expect(valid_utf8(slice), "raw_slice of a sentence is UTF-8", raw_begin, raw_end);
    }
    return 0;
}
