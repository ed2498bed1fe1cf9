// text/clean_text.cpp — CleanText's way back from clean offsets to raw bytes.
//
// Two maps at most: clean text → decoded UTF-8 (segments_), then decoded UTF-8 → raw GB18030 bytes
// (transcoding_, only for GB18030 input). Each lookup is a binary search over runs, or for a
// RawCursor a walk forward from where its previous lookup ended.
#include "text/offset_map.hpp"
#include "zgcfacts/text.hpp"

#include <algorithm>

namespace zgcfacts {

std::size_t CleanText::raw_begin(std::size_t clean_begin) const { return raw_begin(clean_begin, nullptr); }

std::size_t CleanText::raw_end(std::size_t clean_end) const { return raw_end(clean_end, nullptr); }

std::size_t CleanText::raw_begin(std::size_t clean_begin, MapHints* hints) const {
    if (clean_begin >= text_.size()) return raw_size_;
    const std::size_t decoded = text::map_begin(segments_, clean_begin, hints ? &hints->segment : nullptr);
    return transcoding_.empty() ? decoded
                                : text::map_begin(transcoding_, decoded, hints ? &hints->transcoding : nullptr);
}

std::size_t CleanText::raw_end(std::size_t clean_end, MapHints* hints) const {
    if (text_.empty()) return raw_size_;
    if (clean_end == 0) return raw_begin(0, hints);  // an empty span at the start stays empty
    clean_end = std::min(clean_end, text_.size());
    const std::size_t decoded = text::map_end(segments_, clean_end, hints ? &hints->segment : nullptr);
    return transcoding_.empty() ? decoded
                                : text::map_end(transcoding_, decoded, hints ? &hints->transcoding : nullptr);
}

std::string CleanText::raw_slice(std::size_t raw_begin, std::size_t raw_end) const {
    raw_begin = std::min(raw_begin, raw_size_);
    raw_end = std::clamp(raw_end, raw_begin, raw_size_);
    if (transcoding_.empty()) {
        const std::string_view raw = borrowed_raw_.data() != nullptr ? borrowed_raw_ : std::string_view(raw_);
        return std::string(raw.substr(raw_begin, raw_end - raw_begin));
    }
    // GB18030: find the same characters in the decoded copy.
    const auto decoded = [&](std::size_t raw) {
        return raw >= raw_size_ ? raw_.size() : text::map_back(transcoding_, raw);
    };
    const std::size_t from = decoded(raw_begin);
    return raw_.substr(from, decoded(raw_end) - from);
}

}  // namespace zgcfacts
