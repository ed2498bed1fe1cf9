// A set of words looked up at a position of a text: "which listed word ends here?" (walking
// backwards from a figure) or "starts here?" (walking forwards). Longest match wins, so 相较于 is
// found before 于. Words are bucketed by their first and last code point, so a lookup compares only
// the few words that could match.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zgcfacts::attribution {

class WordList {
public:
    /// The views must outlive the list (the lexicon passes string literals).
    WordList(std::initializer_list<std::string_view> words);

    /// Byte length of the longest word that ends exactly at `end` and starts at or after `floor`;
    /// 0 when none does.
    std::size_t longest_ending_at(std::string_view text, std::size_t end, std::size_t floor = 0) const;

    /// Byte length of the longest word that starts at `begin` and ends at or before `ceiling`;
    /// 0 when none does.
    std::size_t longest_starting_at(std::string_view text, std::size_t begin,
                                    std::size_t ceiling = std::string_view::npos) const;

    /// True when a listed word longer than [begin, end) occurs in `text` over a span that contains
    /// [begin, end): 比 at offset b is covered by 占比 when 占 precedes it.
    bool covers(std::string_view text, std::size_t begin, std::size_t end) const;

    /// The longest word length in bytes (bounds how far around a position a word can reach).
    std::size_t max_length() const noexcept { return max_length_; }

private:
    using Bucket = std::vector<std::string_view>;  // longest first
    std::unordered_map<char32_t, Bucket> by_first_;
    std::unordered_map<char32_t, Bucket> by_last_;
    std::size_t max_length_ = 0;
};

}  // namespace zgcfacts::attribution
