// zgcfacts/scan.hpp — recognize numeric expressions: one (`parse`) or all in a text (`scan`).
//
//   auto q = zgcfacts::parse("约673.17亿元");          // Result<Quantity>
//   q->value.to_string();                              // "67317000000"
//
//   auto mentions = zgcfacts::scan(article_bytes);    // Result<std::vector<Mention>>
//   for (const auto& m : *mentions)
//       fmt::print("{}..{} {} → {}\n", m.start, m.end, m.surface, m.quantity);  // zgcfacts/format.hpp
//
// Offsets are byte offsets into the raw input, so `raw.substr(m.start, m.end - m.start) == m.surface`
// for UTF-8 input, PDF line breaks inside the figure included.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/quantity.hpp"
#include "zgcfacts/result.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts {

struct Mention {
    std::size_t start = 0;        // raw byte offsets, half-open
    std::size_t end = 0;
    std::size_t clean_start = 0;  // the same span in CleanText::text()
    std::size_t clean_end = 0;
    std::string surface;          // the raw text of the span, as UTF-8
    Quantity quantity;
};

struct ScanOptions {
    CleanOptions clean;
    /// Year for dates written without one (4月25日). 0: infer it from the text (see
    /// infer_reference_year); dates stay year-less when nothing can be inferred.
    int reference_year = 0;
    /// When set, receives one Error per numeric expression that was recognized but cannot be
    /// represented exactly (more than 38 digits, beyond 10^38); such mentions are left out.
    std::vector<Error>* diagnostics = nullptr;
};

/// Parses exactly one expression (surrounding whitespace allowed). The Error says what could not be
/// read and at which byte, e.g. trailing text after a complete figure.
Result<Quantity> parse(std::string_view expression);

/// Every numeric mention of a raw text, in order, non-overlapping. Fails only where cleaning fails.
Result<std::vector<Mention>> scan(std::string_view raw, const ScanOptions& options = {});

/// The same on text already cleaned (no error is possible past cleaning); `diagnostics` as in
/// ScanOptions.
std::vector<Mention> scan(const CleanText& text, int reference_year = 0,
                          std::vector<Error>* diagnostics = nullptr);

/// The year a text is mostly about, from its year mentions: the most frequent year, the latest on a
/// tie; 0 when the text names none.
int infer_reference_year(const std::vector<Mention>& mentions);

/// The same, reading the words around each year in `text` (the text the mentions were scanned
/// from): a year written as a goal (到2027年, 力争2030年, 2030年前) is what the text looks ahead
/// to, and a year compared with (较2019年, 比2012年) what it looks back on; neither is when it was
/// written, and neither votes. scan() and analyze() use this one.
int infer_reference_year(const CleanText& text, const std::vector<Mention>& mentions);

/// Fills the year of year-less dates (and resolves 今年/去年 when recognized) from `year`.
void resolve_dates(std::vector<Mention>& mentions, int year);

}  // namespace zgcfacts
