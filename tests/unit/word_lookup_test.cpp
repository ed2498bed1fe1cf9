// The lookup behind the grammar's word tables: longest match, the end of the text, misses, and the
// same answers as X3's ternary search tree, which it replaced, on the lexicon's own tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <climits>  // before Boost's char_encoding/standard.hpp, which uses UCHAR_MAX without it
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/spirit/home/support/char_encoding/standard.hpp>
#include <boost/spirit/home/x3/string/tst.hpp>
#include <boost/spirit/home/x3/support/no_case.hpp>

#include "grammar/word_lookup.hpp"
#include "recognize/lexicon.hpp"

using zgcfacts::grammar::WordLookup;
namespace x3 = boost::spirit::x3;

namespace {

using ExactCase = x3::case_compare<boost::spirit::char_encoding::standard>;

WordLookup<int> lookup_of(std::initializer_list<std::pair<std::string_view, int>> words) {
    WordLookup<int> lookup;
    for (const auto& [word, value] : words) lookup.add(word.begin(), word.end(), value);
    return lookup;
}

struct Found {
    int value = -1;             // -1: nothing found
    std::ptrdiff_t length = 0;  // how far `first` moved
};

/// Looks up the start of text[0, bound) (the whole text when bound is npos). The bytes are copied to
/// a buffer of their own, so a sanitizer build catches a read past the bound.
template <class Lookup>
Found find_in(const Lookup& lookup, std::string_view text, std::size_t bound = std::string_view::npos) {
    const std::string_view bounded = text.substr(0, bound);
    const auto bytes = std::make_unique<char[]>(bounded.size());
    std::copy(bounded.begin(), bounded.end(), bytes.get());
    const char* first = bytes.get();
    const char* last = first + bounded.size();
    const int* value = lookup.find(first, last, ExactCase{});
    return {value == nullptr ? -1 : *value, first - bytes.get()};
}

}  // namespace

TEST_CASE("WordLookup: the longest word wins") {
    const auto lookup =
        lookup_of({{"平方", 1}, {"平方公里", 2}, {"平方米", 3}, {"人", 4}, {"人次", 5}, {"人民币", 6}});
    CHECK(find_in(lookup, "平方公里内").value == 2);
    CHECK(find_in(lookup, "平方公里内").length == 12);
    CHECK(find_in(lookup, "平方米").value == 3);
    CHECK(find_in(lookup, "平方英里").value == 1);
    CHECK(find_in(lookup, "平方英里").length == 6);
    CHECK(find_in(lookup, "人次").value == 5);
    CHECK(find_in(lookup, "人民").value == 4);
    CHECK(find_in(lookup, "人民币").value == 6);
}

TEST_CASE("WordLookup: a word must end before the end of the text") {
    const auto lookup = lookup_of({{"平方", 1}, {"平方公里", 2}, {"人", 4}});
    CHECK(find_in(lookup, "平方公里", 11).value == 1);  // 公里 cut: 平方 is all that fits
    CHECK(find_in(lookup, "平方公里", 11).length == 6);
    CHECK(find_in(lookup, "平方公里", 5).value == -1);  // 平方 cut inside 方
    CHECK(find_in(lookup, "人", 2).value == -1);        // cut inside the first character
    CHECK(find_in(lookup, "人", 0).value == -1);
    CHECK(find_in(lookup, "").value == -1);
}

TEST_CASE("WordLookup: misses leave the text where it was") {
    const auto lookup = lookup_of({{"平方公里", 2}, {"km", 7}, {"KM", 8}});
    for (std::string_view text : {"公里", "平安", "平方", "平", "Km", "k", "\x80km", "\xE5", "\xE5\xB9"}) {
        CAPTURE(text);
        const Found found = find_in(lookup, text);
        CHECK(found.value == -1);
        CHECK(found.length == 0);
    }
    CHECK(find_in(lookup, "km").value == 7);  // case matters, as in X3's standard encoding
    CHECK(find_in(lookup, "KM").value == 8);
}

TEST_CASE("WordLookup: the first value of a word added twice stays; empty words are ignored") {
    WordLookup<int> lookup = lookup_of({{"元", 1}, {"元", 2}, {"", 3}});
    CHECK(find_in(lookup, "元").value == 1);
    CHECK(find_in(lookup, "").value == -1);
    const std::string_view cut = "\xE5";  // a three-byte character's first byte alone
    CHECK_THROWS_AS(lookup.add(cut.begin(), cut.end(), 4), std::invalid_argument);
}

TEST_CASE("WordLookup: a table without values says whether a word is there") {
    WordLookup<x3::unused_type> lookup;  // x3::unused_type overloads unary &, which find must not use
    const std::string_view word = "届";
    lookup.add(word.begin(), word.end(), x3::unused_type{});
    const char* first = word.data();
    CHECK(lookup.find(first, word.data() + word.size(), ExactCase{}) != nullptr);
    CHECK(first == word.data() + word.size());
}

TEST_CASE("WordLookup answers as X3's tree does on the lexicon's tables") {
    using namespace zgcfacts;
    std::vector<std::vector<std::string_view>> tables;
    auto add_words = [&](const auto& entries) {
        std::vector<std::string_view>& words = tables.emplace_back();
        for (const auto& entry : entries) words.push_back(entry.word);
    };
    add_words(lexicon::prefix_qualifiers());
    add_words(lexicon::suffix_qualifiers());
    add_words(lexicon::units());
    add_words(lexicon::per_units());
    add_words(lexicon::currency_signs());
    const auto connectors = lexicon::range_connectors();
    tables.emplace_back(connectors.begin(), connectors.end());

    // Every word of every table, back to back, and bytes that are not UTF-8.
    std::string text = "\xE5\x80\xFFkmKM";
    std::size_t longest = 0;
    for (const auto& words : tables) {
        for (std::string_view word : words) {
            text += word;
            longest = std::max(longest, word.size());
        }
    }

    for (const auto& words : tables) {
        WordLookup<int> lookup;
        x3::tst<char, int> tree;
        for (int i = 0; i < static_cast<int>(words.size()); ++i) {
            lookup.add(words[i].begin(), words[i].end(), i);
            tree.add(words[i].begin(), words[i].end(), i);
        }
        std::size_t hits = 0;
        for (std::size_t start = 0; start < text.size(); ++start) {
            const std::string_view rest = std::string_view(text).substr(start);
            for (std::size_t bound = 0; bound <= longest + 1; ++bound) {
                const Found ours = find_in(lookup, rest, bound);
                const Found theirs = find_in(tree, rest, bound);
                if (ours.value != -1) ++hits;
                if (ours.value != theirs.value || ours.length != theirs.length) {  // one report per difference
                    CAPTURE(start);
                    CAPTURE(bound);
                    CHECK(ours.value == theirs.value);
                    CHECK(ours.length == theirs.length);
                }
            }
        }
        CHECK(hits > words.size());  // every word is in the text: the comparison saw them match
    }
}
