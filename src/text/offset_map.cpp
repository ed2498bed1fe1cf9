// text/offset_map.cpp — binary search over runs.
#include "text/offset_map.hpp"

#include <algorithm>

namespace zgcfacts::text {

void append_run(std::vector<OffsetRun>& runs, std::size_t from_begin, std::size_t to_begin,
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

namespace {

const OffsetRun& run_containing(const std::vector<OffsetRun>& runs, std::size_t from) {
    auto after = std::upper_bound(runs.begin(), runs.end(), from,
                                  [](std::size_t offset, const OffsetRun& run) { return offset < run.from_begin; });
    return after == runs.begin() ? runs.front() : *(after - 1);
}

}  // namespace

std::size_t map_begin(const std::vector<OffsetRun>& runs, std::size_t from) {
    const OffsetRun& run = run_containing(runs, from);
    const std::size_t index = (from - run.from_begin) / run.from_unit;
    return run.to_begin + index * run.to_unit;
}

std::size_t map_end(const std::vector<OffsetRun>& runs, std::size_t from_end) {
    const OffsetRun& run = run_containing(runs, from_end - 1);
    const std::size_t index = (from_end - 1 - run.from_begin) / run.from_unit;
    return run.to_begin + (index + 1) * run.to_unit;
}

std::size_t map_back(const std::vector<OffsetRun>& runs, std::size_t to) {
    auto after = std::upper_bound(runs.begin(), runs.end(), to,
                                  [](std::size_t offset, const OffsetRun& run) { return offset < run.to_begin; });
    const OffsetRun& run = after == runs.begin() ? runs.front() : *(after - 1);
    const std::size_t index = (to - run.to_begin) / run.to_unit;
    return run.from_begin + index * run.from_unit;
}

}  // namespace zgcfacts::text
