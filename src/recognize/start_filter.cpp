#include "recognize/start_filter.hpp"

#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

#include "recognize/lexicon.hpp"
#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

class StartFilter {
public:
    StartFilter() {
        for (std::string_view chars : {"〇零一二三四五六七八九十百千万亿两俩倆幺廿卅兆壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟萬億兩"}) {
            for (std::size_t i = 0; i < chars.size(); i += char_length(chars, i)) numerals_.set(char_at(chars, i));
        }
        for (char c = '0'; c <= '9'; ++c) numerals_.set(static_cast<unsigned char>(c));
        for (std::string_view chars : {"十百千万亿拾佰仟萬億"}) {
            for (std::size_t i = 0; i < chars.size(); i += char_length(chars, i)) units_.set(char_at(chars, i));
        }
        // Words that lead into a number. Each needs a numeral (or another lead word) after it.
        for (const auto& q : lexicon::prefix_qualifiers()) add_lead(q.word);
        for (const auto& c : lexicon::currency_signs()) add_lead(c.word);
        for (std::string_view w : {"第", "前", "翻", "负", "負", "-", "+", "几", "数", "幾", "數"}) add_lead(w);
        // Words that are mentions on their own.
        for (std::string_view w : {"上半年", "下半年", "翻倍", "翻番"}) complete_.emplace_back(w);
        for (const auto& w : complete_) first_chars_.set(char_at(w, 0));
        starts_ = numerals_ | first_chars_;
    }

    const std::bitset<0x10000>& starts() const noexcept { return starts_; }

    bool may_start(std::string_view text, std::size_t pos, char32_t c, int depth) const {
        if (c >= first_chars_.size()) return false;
        if (numerals_[c]) return true;
        if (!first_chars_[c]) return false;
        for (const auto& word : complete_) {
            if (starts_with_at(text, pos, word)) return true;
        }
        const auto found = leads_.find(c);
        if (found == leads_.end()) return false;
        for (const auto& word : found->second) {
            if (!starts_with_at(text, pos, word)) continue;
            const std::size_t next = pos + word.size();
            const char32_t after = char_at(text, next);
            // 几/数 count only before a unit: 几十, 数百 (几天, 数据 are words).
            if (word == "几" || word == "数" || word == "幾" || word == "數") {
                if (after < units_.size() && units_[after]) return true;
                continue;
            }
            if (after < numerals_.size() && numerals_[after]) return true;
            if (depth < 2 && may_start(text, next, after, depth + 1)) return true;  // 约人民币50元, 超百分之
        }
        return false;
    }

private:
    void add_lead(std::string_view word) {
        const char32_t first = char_at(word, 0);
        leads_[first].emplace_back(word);
        first_chars_.set(first);
    }

    std::bitset<0x10000> numerals_;
    std::bitset<0x10000> units_;
    std::bitset<0x10000> first_chars_;
    std::bitset<0x10000> starts_;
    std::unordered_map<char32_t, std::vector<std::string>> leads_;  // by first character
    std::vector<std::string> complete_;
};

const StartFilter& filter() {
    static const StartFilter instance;
    return instance;
}

}  // namespace

const std::bitset<0x10000>& start_characters() noexcept { return filter().starts(); }

bool may_start_mention(std::string_view text, std::size_t pos, char32_t c) {
    return filter().may_start(text, pos, c, 0);
}

}  // namespace zgcfacts::recognize
