// Where a numeral ends, found by hand instead of by X3 combinators.
//
// Every alternative of the mention grammar starts with (or soon reaches) a numeral, so the numeral
// is read several times at each place a mention may start. Written with X3 alternatives and
// symbol tables that cost hundreds of instructions per reading; this matcher reads the same
// language byte by byte. It must accept exactly what the grammar in mention_def.hpp documents:
//
//   numeral := sign? (arabic k? | chinese-digit | 十百千 | 万亿兆)+ ((点|點) (chinese-digit | digit)+ 万亿兆*)?
//   arabic  := d{1,3} (',' ddd)+ !digit | d+, then ('.' d+)?          1,234,567  2024  902.21
//
// with the grammar's ordered-choice semantics: every repetition is greedy and never gives back
// what it took, and an optional part that does not complete is not taken at all (5点 is 5).
#pragma once

#include <array>
#include <cstddef>

namespace zgcfacts::grammar {

/// The end of the numeral starting exactly at `first`, or nullptr when no numeral starts there.
/// The bytes need not be valid UTF-8: only the exact encodings of the numeral characters match.
const char* numeral_end(const char* first, const char* last) noexcept;

/// numeral_end() remembered for the few places read last. While one mention is parsed, the
/// grammar's alternatives ask for the numeral at the same place again and again (a quarter? a date?
/// a fraction? a figure?); only the first asking reads the text. One memo serves one parse: the
/// places are told apart by `first` alone, so `last` must not change.
class NumeralMemo {
public:
    const char* numeral_end(const char* first, const char* last) noexcept;

private:
    struct Entry {
        const char* first = nullptr;
        const char* end = nullptr;  // nullptr: no numeral starts at `first`
    };
    std::array<Entry, 4> entries_{};
    std::size_t next_ = 0;  // the entry to replace next, round robin
};

/// The end of the magnitude (万 萬 亿 億, or 兆 when no SI unit follows) at `first`, or nullptr.
const char* magnitude_end(const char* first, const char* last) noexcept;

}  // namespace zgcfacts::grammar
