// text/offset_map.hpp — offset maps made of runs of equally sized characters (detail::OffsetRun).
//
// Cleaning maps clean text to the decoded input, and GB18030 decoding maps the decoded UTF-8 to the
// raw bytes; both are lists of runs, so a lookup is one binary search and a division, and a long
// verbatim stretch costs one run however long it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "zgcfacts/text.hpp"

namespace zgcfacts::text {

using detail::OffsetRun;

/// Appends characters [from_begin, from_begin + n·from_unit) ↦ [to_begin, …) in units of
/// from_unit:to_unit, extending the last run when this continues it on both sides. Inline: the
/// cleaning pass calls it for every stretch it copies.
inline void append_run(std::vector<OffsetRun>& runs, std::size_t from_begin, std::size_t to_begin,
                       std::uint32_t from_unit, std::uint32_t to_unit) {
    if (!runs.empty()) {
        const OffsetRun& last = runs.back();
        if (last.from_unit == from_unit && last.to_unit == to_unit) {
            const std::size_t count = (from_begin - last.from_begin) / from_unit;
            if (last.to_begin + count * to_unit == to_begin) return;  // the last run already covers it
        }
    }
    runs.push_back({from_begin, to_begin, from_unit, to_unit});
}

/// Where the character containing `from` starts on the `to` side. Requires a non-empty map and
/// from >= runs.front().from_begin; offsets past the last run extrapolate its units.
/// `hint`, when given, is the index of the run a previous lookup found, and is updated: a caller
/// whose offsets ascend walks forward from there instead of searching the whole map. Any hint gives
/// the same answer.
std::size_t map_begin(const std::vector<OffsetRun>& runs, std::size_t from, std::size_t* hint = nullptr);

/// Where the character containing `from_end - 1` ends on the `to` side (from_end > 0).
std::size_t map_end(const std::vector<OffsetRun>& runs, std::size_t from_end, std::size_t* hint = nullptr);

/// The reverse of map_begin for maps contiguous on the `to` side too (transcoding): the `from`
/// offset of the character containing `to`.
std::size_t map_back(const std::vector<OffsetRun>& runs, std::size_t to);

}  // namespace zgcfacts::text
