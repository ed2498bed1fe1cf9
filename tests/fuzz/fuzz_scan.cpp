// libFuzzer target for scan(): every mention of arbitrary bytes must be a real, in-order span of the
// input whose quantity is internally consistent, and scan must fail exactly where clean() fails.
//
// Input layout: byte 0 chooses the clean options (bits 0-3, as in fuzz_clean.cpp) and a reference
// year (bits 4-6); the rest is the raw text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/format.hpp"
#include "zgcfacts/scan.hpp"

namespace {

[[noreturn]] void broken(const char* promise, std::size_t a, std::size_t b) {
    std::fprintf(stderr, "fuzz_scan: broken promise: %s (%zu, %zu)\n", promise, a, b);
    std::abort();
}

void expect(bool ok, const char* promise, std::size_t a = 0, std::size_t b = 0) {
    if (!ok) broken(promise, a, b);
}

zgcfacts::ScanOptions options_from(std::uint8_t byte) {
    zgcfacts::ScanOptions options;
    options.clean.html = (byte & 1) != 0;
    options.clean.lenient_utf8 = (byte & 2) != 0;
    switch ((byte >> 2) & 3) {
    case 1: options.clean.encoding = zgcfacts::Encoding::utf8; break;
    case 2: options.clean.encoding = zgcfacts::Encoding::gb18030; break;
    default: options.clean.encoding = zgcfacts::Encoding::auto_detect; break;
    }
    static constexpr int years[] = {0, 2024, 2023, 1999, 2000, 1, 9999, 0};
    options.reference_year = years[(byte >> 4) & 7];
    return options;
}

// The decimal survives a round trip through its text: nothing was rounded or made a float.
void check_decimal(const zgcfacts::Decimal& d) {
    const std::string text = d.to_string();
    auto again = zgcfacts::Decimal::parse(text);
    expect(again.has_value() && *again == d, "a decimal reads back from its own text", text.size());
}

void check_quantity(const zgcfacts::Quantity& q) {
    check_decimal(q.value);
    if (q.lower) check_decimal(*q.lower);
    if (q.upper) check_decimal(*q.upper);
    // Ranges included: a range written high to low (80至70亿元) must not become an empty interval.
    if (q.lower && q.upper) expect(*q.lower <= *q.upper, "lower bound <= upper bound");
    (void)q.value_text();
    (void)q.lower_text();
    (void)q.upper_text();
    expect(!zgcfacts::describe(q).empty(), "a quantity describes itself");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    auto options = options_from(data[0]);
    const std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
    std::vector<zgcfacts::Error> diagnostics;
    options.diagnostics = &diagnostics;

    auto mentions = zgcfacts::scan(raw, options);
    auto cleaned = zgcfacts::clean(raw, options.clean);
    expect(mentions.has_value() == cleaned.has_value(), "scan fails exactly where clean fails");
    if (!mentions) {
        expect(mentions.error().offset == cleaned.error().offset, "scan reports clean's error offset",
               mentions.error().offset, cleaned.error().offset);
        return 0;
    }

    const std::string& text = cleaned->text();
    const bool verbatim = cleaned->encoding() == zgcfacts::Encoding::utf8 && !options.clean.lenient_utf8;
    std::size_t last_end = 0;
    for (const auto& m : *mentions) {
        expect(m.start < m.end && m.end <= raw.size(), "a mention is a non-empty span of the input", m.start, m.end);
        expect(m.start >= last_end, "mentions in order and not overlapping", last_end, m.start);
        last_end = m.end;
        expect(m.clean_start < m.clean_end && m.clean_end <= text.size(), "the clean span is inside the clean text",
               m.clean_start, m.clean_end);
        expect(cleaned->raw_begin(m.clean_start) == m.start, "start is the raw offset of clean_start", m.start);
        expect(cleaned->raw_end(m.clean_end) == m.end, "end is the raw offset of clean_end", m.end);
        if (verbatim) expect(raw.substr(m.start, m.end - m.start) == m.surface, "surface is the raw bytes", m.start, m.end);
        check_quantity(m.quantity);
    }
    for (const auto& d : diagnostics) {
        expect(!d.message.empty(), "a diagnostic says what");
        expect(d.offset < raw.size(), "a diagnostic points into the input", d.offset, raw.size());
    }
    return 0;
}
