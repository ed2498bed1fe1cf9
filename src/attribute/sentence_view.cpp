#include "attribute/sentence_view.hpp"

namespace zgcfacts::attribution {

// Sentences hold a handful of mentions, so a linear look is both simplest and fast.

const Mention* SentenceView::mention_ending_at(std::size_t offset) const noexcept {
    for (const Mention& mention : mentions)
        if (mention.clean_end == offset && mention.clean_start < mention.clean_end) return &mention;
    return nullptr;
}

const Mention* SentenceView::mention_starting_at(std::size_t offset) const noexcept {
    for (const Mention& mention : mentions)
        if (mention.clean_start == offset && mention.clean_start < mention.clean_end) return &mention;
    return nullptr;
}

bool SentenceView::inside_mention(std::size_t begin, std::size_t end) const noexcept {
    for (const Mention& mention : mentions)
        if (begin < mention.clean_end && mention.clean_start < end) return true;
    return false;
}

}  // namespace zgcfacts::attribution
