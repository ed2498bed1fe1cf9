#include "attribute/sentence_view.hpp"

#include <algorithm>

namespace zgcfacts::attribution {

// Mentions are in order and never overlap, so both their starts and their ends are sorted: binary
// search keeps a sentence with many figures (tables flattened into one line) linear overall.

const Mention* SentenceView::mention_ending_at(std::size_t offset) const noexcept {
    const auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                                     [](const Mention& m, std::size_t o) { return m.clean_end < o; });
    if (it == mentions.end() || it->clean_end != offset || it->clean_start >= it->clean_end) return nullptr;
    return &*it;
}

const Mention* SentenceView::mention_starting_at(std::size_t offset) const noexcept {
    const auto it = std::lower_bound(mentions.begin(), mentions.end(), offset,
                                     [](const Mention& m, std::size_t o) { return m.clean_start < o; });
    if (it == mentions.end() || it->clean_start != offset || it->clean_start >= it->clean_end) return nullptr;
    return &*it;
}

bool SentenceView::inside_mention(std::size_t begin, std::size_t end) const noexcept {
    // The first mention ending after `begin` is the only one that can overlap [begin, end) first.
    const auto it = std::upper_bound(mentions.begin(), mentions.end(), begin,
                                     [](std::size_t b, const Mention& m) { return b < m.clean_end; });
    return it != mentions.end() && it->clean_start < end;
}

}  // namespace zgcfacts::attribution
