// The lookup behind the grammar's word tables: x3::symbols_parser's third template parameter, in
// place of X3's ternary search tree.
//
// The tree walks one node per byte, and a Chinese character is three bytes of UTF-8, so even a miss
// followed a chain of nodes, a compare and a dependent load each. Nine lookups in ten miss (is
// there a hedge word here? a unit?), so here the words are grouped by their first character, found
// in a small hash table (or, for ASCII, a table indexed by the byte): a miss is one probe, a hit a
// few byte compares over the words that begin with that character, longest first.
//
// Matching is what the tree does with X3's standard encoding: byte for byte, case included (km and
// KM are different words), the longest word wins (平方公里 over 平方, 人次 over 人), a word must end
// at or before `last`, and a word added twice keeps its first value.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/spirit/home/x3/support/no_case.hpp>

namespace zgcfacts::grammar {

namespace word_lookup_detail {

// Matching is byte for byte, which is what X3's case_compare does; no_case[] around a word table
// would need a case-folding lookup, so it does not compile.
template <class CaseCompare>
inline constexpr bool is_exact_compare = false;
template <class Encoding>
inline constexpr bool is_exact_compare<boost::spirit::x3::case_compare<Encoding>> = true;

/// The length of the UTF-8 character that begins with `lead`. A byte that begins no character (a
/// continuation byte, or 0xF8 and up) counts as a character of one byte: text need not be valid
/// UTF-8, and since words and text are cut the same way, bytes that match still match.
constexpr std::size_t char_length(unsigned char lead) noexcept {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    if (lead < 0xF8) return 4;
    return 1;
}

// char_length() of every byte, read once per lookup.
inline constexpr std::array<unsigned char, 256> char_lengths = [] {
    std::array<unsigned char, 256> lengths{};
    for (std::size_t b = 0; b < lengths.size(); ++b)
        lengths[b] = static_cast<unsigned char>(char_length(static_cast<unsigned char>(b)));
    return lengths;
}();

/// The bytes of a character of `length` bytes (1 to 4) at `p`, packed into one number. The lead
/// byte decides the length, so two different characters never pack to the same number.
inline std::uint32_t pack_char(const char* p, std::size_t length) noexcept {
    auto byte = [p](std::size_t i) -> std::uint32_t { return static_cast<unsigned char>(p[i]); };
    // Spelled out, Chinese first: this runs on every lookup.
    if (length == 3) return byte(0) << 16 | byte(1) << 8 | byte(2);
    if (length == 1) return byte(0);
    if (length == 2) return byte(0) << 8 | byte(1);
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

}  // namespace word_lookup_detail

/// Words with a value each, looked up by the longest word that starts a text. x3::symbols_parser
/// builds one and calls add() and find(); its remove(), clear(), for_each() and at() would need more,
/// and the grammar does not use them.
template <class Value>
class WordLookup {
public:
    /// Adds the word [first, last). An empty word is ignored and a word already there keeps its
    /// value, as in X3's tree. A word must hold its first character whole.
    template <class Iterator>
    void add(Iterator first, Iterator last, const Value& value) {
        std::string word(first, last);
        if (word.empty() || contains(word)) return;
        if (lead_length_of(word.data()) > word.size())
            throw std::invalid_argument("word table: a word ends inside its first character");
        if (entries_.size() == std::numeric_limits<std::uint16_t>::max())
            throw std::length_error("word table: too many words");
        entries_.push_back({std::move(word), value});
        rebuild_index();
    }

    /// The value of the longest word that [first, last) begins with, moving `first` past it; nullptr
    /// (and `first` unchanged) when no word fits. Values stay where they are until the next add().
    template <class CaseCompare>
    const Value* find(const char*& first, const char* last, CaseCompare) const noexcept {
        static_assert(word_lookup_detail::is_exact_compare<CaseCompare>, "word tables match case exactly");
        if (first == last) return nullptr;
        const std::size_t available = static_cast<std::size_t>(last - first);
        const std::size_t lead_length = lead_length_of(first);
        if (lead_length > available) return nullptr;  // every word holds its first character whole
        // ASCII (digits, mostly: a figure starts with one) indexes its group directly.
        const unsigned char lead = static_cast<unsigned char>(*first);
        const Group& group = lead < ascii_groups_.size() ? ascii_groups_[lead]
                                                         : group_of(word_lookup_detail::pack_char(first, lead_length));
        if (group.count == 0) return nullptr;  // most lookups end here
        return longest_in(group, first, available, lead_length);
    }

private:
    struct Entry {
        std::string word;
        Value value;
    };

    // The words of entries_ that begin with one character: entries_[begin, begin + count). A group
    // with count 0 is an empty slot.
    struct Group {
        std::uint32_t first_char = 0;  // pack_char() of it
        std::uint16_t begin = 0;
        std::uint16_t count = 0;
    };

    // The longest word of `group` that the text at `first` begins with, `first` moved past it.
    const Value* longest_in(const Group& group, const char*& first, std::size_t available,
                            std::size_t lead_length) const noexcept {
        // Longest first, so the first word that matches is the longest.
        const std::size_t end = std::size_t{group.begin} + group.count;
        for (std::size_t i = group.begin; i != end; ++i) {
            const Entry& entry = entries_[i];
            if (entry.word.size() <= available && same_after_lead(entry.word, first, lead_length)) {
                first += entry.word.size();
                return std::addressof(entry.value);
            }
        }
        return nullptr;
    }

    static std::size_t lead_length_of(const char* p) noexcept {
        return word_lookup_detail::char_lengths[static_cast<unsigned char>(*p)];
    }

    // Whether `word` matches the text at `text`, which begins with the word's first character (of
    // `lead_length` bytes) and has at least word.size() bytes. The rest of a word is a few bytes, so
    // a loop costs less than a call to memcmp.
    static bool same_after_lead(const std::string& word, const char* text, std::size_t lead_length) noexcept {
        for (std::size_t i = lead_length; i < word.size(); ++i)
            if (word[i] != text[i]) return false;
        return true;
    }

    std::size_t home_slot(std::uint32_t first_char) const noexcept {
        return static_cast<std::uint32_t>(first_char * 0x9E3779B1u) >> hash_shift_;  // Fibonacci hashing
    }

    // The group of a character that is not ASCII, or the empty slot where it would be. The table has
    // at least four times as many slots as groups, so most misses end at the first slot they read.
    const Group& group_of(std::uint32_t first_char) const noexcept {
        for (std::size_t slot = home_slot(first_char);; slot = (slot + 1) & slot_mask_) {
            const Group& group = groups_[slot];
            if (group.first_char == first_char || group.count == 0) return group;
        }
    }

    static std::uint32_t first_char_of(const std::string& word) noexcept {
        return word_lookup_detail::pack_char(word.data(), lead_length_of(word.data()));
    }

    bool contains(const std::string& word) const noexcept {
        return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& entry) { return entry.word == word; });
    }

    // Tables are built once, at start-up, and hold a few hundred words: sorting them all again on
    // each add() is simpler than inserting in place and costs nothing that matters.
    void rebuild_index() {
        std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
            const std::uint32_t char_a = first_char_of(a.word);
            const std::uint32_t char_b = first_char_of(b.word);
            return char_a != char_b ? char_a < char_b : a.word.size() > b.word.size();
        });
        std::vector<Group> runs;
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const std::uint32_t first_char = first_char_of(entries_[i].word);
            if (runs.empty() || runs.back().first_char != first_char)
                runs.push_back({first_char, static_cast<std::uint16_t>(i), 0});
            ++runs.back().count;
        }
        int bits = 1;
        while ((std::size_t{1} << bits) < 4 * runs.size()) ++bits;
        groups_.assign(std::size_t{1} << bits, Group{});
        slot_mask_ = groups_.size() - 1;
        hash_shift_ = 32 - bits;
        ascii_groups_ = {};
        for (const Group& run : runs) {
            if (run.first_char < ascii_groups_.size()) {
                ascii_groups_[run.first_char] = run;
                continue;
            }
            std::size_t slot = home_slot(run.first_char);
            while (groups_[slot].count != 0) slot = (slot + 1) & slot_mask_;
            groups_[slot] = run;
        }
    }

    std::vector<Entry> entries_;                         // grouped by first character, longest first
    std::array<Group, 128> ascii_groups_{};               // groups of ASCII first characters
    std::vector<Group> groups_ = std::vector<Group>(2);  // hash table of the other groups
    std::size_t slot_mask_ = 1;                          // groups_.size() - 1
    int hash_shift_ = 31;                                // 32 - log2(groups_.size())
};

}  // namespace zgcfacts::grammar
