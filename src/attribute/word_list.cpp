#include "attribute/word_list.hpp"

#include <algorithm>

#include "attribute/utf8_walk.hpp"

namespace zgcfacts::attribution {

WordList::WordList(std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
        if (word.empty()) continue;
        by_first_[code_point_at(word, 0)].push_back(word);
        by_last_[code_point_at(word, previous_boundary(word, word.size()))].push_back(word);
        max_length_ = std::max(max_length_, word.size());
    }
    const auto longest_first = [](std::string_view a, std::string_view b) { return a.size() > b.size(); };
    for (auto& [key, bucket] : by_first_) std::stable_sort(bucket.begin(), bucket.end(), longest_first);
    for (auto& [key, bucket] : by_last_) std::stable_sort(bucket.begin(), bucket.end(), longest_first);
}

std::size_t WordList::longest_ending_at(std::string_view text, std::size_t end, std::size_t floor) const {
    if (end == 0 || end > text.size() || end <= floor) return 0;
    const auto found = by_last_.find(code_point_at(text, previous_boundary(text, end)));
    if (found == by_last_.end()) return 0;
    for (std::string_view word : found->second) {
        if (word.size() <= end - floor && text.substr(end - word.size(), word.size()) == word) return word.size();
    }
    return 0;
}

std::size_t WordList::longest_starting_at(std::string_view text, std::size_t begin, std::size_t ceiling) const {
    ceiling = std::min(ceiling, text.size());
    if (begin >= ceiling) return 0;
    const auto found = by_first_.find(code_point_at(text, begin));
    if (found == by_first_.end()) return 0;
    for (std::string_view word : found->second) {
        if (word.size() <= ceiling - begin && text.substr(begin, word.size()) == word) return word.size();
    }
    return 0;
}

bool WordList::covers(std::string_view text, std::size_t begin, std::size_t end) const {
    if (begin >= end || end > text.size()) return false;
    const std::size_t reach = max_length_ > end - begin ? max_length_ - (end - begin) : 0;
    // Try every code point start from `begin` back as far as a listed word could reach.
    for (std::size_t start = begin;; start = previous_boundary(text, start)) {
        const auto found = by_first_.find(code_point_at(text, start));
        if (found != by_first_.end()) {
            for (std::string_view word : found->second) {
                if (word.size() > end - begin && start + word.size() >= end && start + word.size() <= text.size() &&
                    text.substr(start, word.size()) == word)
                    return true;
            }
        }
        if (start == 0 || begin - start >= reach) break;
    }
    return false;
}

}  // namespace zgcfacts::attribution
