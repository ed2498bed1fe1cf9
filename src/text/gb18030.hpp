// text/gb18030.hpp — GB18030 (and so GBK and GB2312) to UTF-8 through glibc's iconv, keeping the
// offsets of every character in the raw bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/offset_map.hpp"
#include "zgcfacts/result.hpp"

namespace zgcfacts::text {

struct Transcoded {
    std::string utf8;
    /// decoded UTF-8 offsets → raw GB18030 offsets; contiguous on both sides.
    std::vector<OffsetRun> runs;
};

/// Decodes GB18030. A byte sequence that is not GB18030 is an Error at its raw offset, or, when
/// `lenient`, a single 0xFF byte in the output per bad raw byte — 0xFF is never UTF-8, so the
/// cleaner treats it as a bad byte like any other, and the map stays one character per character.
Result<Transcoded> decode_gb18030(std::string_view raw, bool lenient);

}  // namespace zgcfacts::text
