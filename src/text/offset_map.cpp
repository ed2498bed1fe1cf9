// text/offset_map.cpp — binary search over runs.
#include "text/offset_map.hpp"

#include <algorithm>

namespace zgcfacts::text {

namespace {

const OffsetRun& run_containing(const std::vector<OffsetRun>& runs, std::size_t from) {
    const auto before = [](std::size_t offset, const OffsetRun& run) { return offset < run.from_begin; };
    auto after = std::upper_bound(runs.begin(), runs.end(), from, before);
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
    const auto before = [](std::size_t offset, const OffsetRun& run) { return offset < run.to_begin; };
    auto after = std::upper_bound(runs.begin(), runs.end(), to, before);
    const OffsetRun& run = after == runs.begin() ? runs.front() : *(after - 1);
    const std::size_t index = (to - run.to_begin) / run.to_unit;
    return run.from_begin + index * run.from_unit;
}

}  // namespace zgcfacts::text
