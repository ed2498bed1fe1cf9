// text/offset_map.cpp — binary search over runs.
#include "text/offset_map.hpp"

#include <algorithm>

namespace zgcfacts::text {

namespace {

/// The index of the last run starting at or before `from` (0 when none does).
std::size_t search_run(const std::vector<OffsetRun>& runs, std::size_t first, std::size_t from) {
    const auto before = [](std::size_t offset, const OffsetRun& run) { return offset < run.from_begin; };
    const auto after = std::upper_bound(runs.begin() + static_cast<std::ptrdiff_t>(first), runs.end(), from, before);
    return after == runs.begin() ? 0 : static_cast<std::size_t>(after - runs.begin()) - 1;
}

/// search_run, starting from the run a previous lookup found when `from` lies at or after it: the
/// next few runs are tried one by one (nearby offsets are the common case), the rest searched.
std::size_t find_run(const std::vector<OffsetRun>& runs, std::size_t from, std::size_t* hint) {
    if (hint == nullptr || *hint >= runs.size() || runs[*hint].from_begin > from) {
        const std::size_t found = search_run(runs, 0, from);
        if (hint != nullptr) *hint = found;
        return found;
    }
    constexpr int walk = 8;
    std::size_t at = *hint;
    for (int step = 0; step < walk && at + 1 < runs.size() && runs[at + 1].from_begin <= from; ++step) ++at;
    if (at + 1 < runs.size() && runs[at + 1].from_begin <= from) at = search_run(runs, at + 1, from);
    *hint = at;
    return at;
}

}  // namespace

std::size_t map_begin(const std::vector<OffsetRun>& runs, std::size_t from, std::size_t* hint) {
    const OffsetRun& run = runs[find_run(runs, from, hint)];
    const std::size_t index = (from - run.from_begin) / run.from_unit;
    return run.to_begin + index * run.to_unit;
}

std::size_t map_end(const std::vector<OffsetRun>& runs, std::size_t from_end, std::size_t* hint) {
    const OffsetRun& run = runs[find_run(runs, from_end - 1, hint)];
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
