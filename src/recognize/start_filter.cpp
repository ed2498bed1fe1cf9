#include "recognize/start_filter.hpp"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "recognize/lexicon.hpp"
#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

/// A word that can begin a mention, with what must come right after it.
struct LeadWord {
    enum class Needs {
        numeral,  // a numeral, or another lead word that needs one (约人民币50元, 超百分之)
        unit,     // 十 百 千 万 亿: 几/数 count only before a unit (十几, 数百; 几天, 数据 are words)
        nothing,  // the word is a mention on its own (上半年, 翻倍)
    };
    std::string_view word;
    Needs needs;
};

class StartFilter {
public:
    StartFilter() {
        for (std::string_view chars : {"〇零一二三四五六七八九十百千万亿两俩倆幺廿卅兆壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟萬億兩"}) {
            for (std::size_t i = 0; i < chars.size(); i += char_length(chars, i)) add_numeral(char_at(chars, i));
        }
        for (char c = '0'; c <= '9'; ++c) add_numeral(static_cast<unsigned char>(c));
        for (std::string_view chars : {"十百千万亿拾佰仟萬億"}) {
            for (std::size_t i = 0; i < chars.size(); i += char_length(chars, i)) units_.insert(char_at(chars, i));
        }
        using Needs = LeadWord::Needs;
        for (const auto& q : lexicon::prefix_qualifiers()) add_lead({q.word, Needs::numeral});
        for (const auto& c : lexicon::currency_signs()) add_lead({c.word, Needs::numeral});
        for (std::string_view w : {"第", "前", "翻", "翻了", "负", "負", "-", "+"}) add_lead({w, Needs::numeral});
        for (std::string_view w : {"几", "数", "幾", "數"}) add_lead({w, Needs::unit});
        for (std::string_view w : {"上半年", "下半年", "翻倍", "翻番"}) add_lead({w, Needs::nothing});
    }

    const Utf8CharSet& starts() const noexcept { return starts_; }

    bool may_start(std::string_view text, std::size_t pos, char32_t c, int depth) const {
        if (numerals_.contains(c)) return true;
        if (!lead_firsts_.contains(c)) return false;  // so c < Utf8CharSet::limit, and has a bucket
        for (const LeadWord& lead : leads_[lead_bucket_[c]]) {
            if (!starts_with_at(text, pos, lead.word)) continue;
            if (lead.needs == LeadWord::Needs::nothing) return true;
            const std::size_t next = pos + lead.word.size();
            const char32_t after = char_at(text, next);
            if (lead.needs == LeadWord::Needs::unit) {
                if (units_.contains(after)) return true;
                continue;
            }
            if (numerals_.contains(after)) return true;
            if (depth < 2 && may_start(text, next, after, depth + 1)) return true;
        }
        return false;
    }

private:
    void add_numeral(char32_t c) {
        numerals_.insert(c);
        add_start(c);
    }
    void add_lead(LeadWord lead) {
        const char32_t first = char_at(lead.word, 0);
        if (first >= Utf8CharSet::limit || (!lead_firsts_.contains(first) && leads_.size() > UINT8_MAX)) {
            throw std::logic_error("start_filter: lead words must begin below U+10000, with < 256 first characters");
        }
        if (!lead_firsts_.contains(first)) {
            lead_bucket_[first] = static_cast<std::uint8_t>(leads_.size());
            leads_.emplace_back();
        }
        leads_[lead_bucket_[first]].push_back(lead);
        lead_firsts_.insert(first);
        add_start(first);
    }
    /// The scanner never stops at ASCII letters and punctuation: a Latin letter is inside a word
    /// (the US of US$), and of the punctuation only signs and $ lead into numbers.
    void add_start(char32_t c) {
        if (c >= 0x80 || is_ascii_digit(c) || c == U'-' || c == U'+' || c == U'$') starts_.insert(c);
    }

    Utf8CharSet numerals_;
    Utf8CharSet units_;
    Utf8CharSet lead_firsts_;
    Utf8CharSet starts_;
    // The lead words by first character: a flat index rather than a hash map, as the scanner asks
    // at every candidate start. Fewer than 256 distinct first characters (checked at start-up).
    std::vector<std::vector<LeadWord>> leads_;
    std::array<std::uint8_t, Utf8CharSet::limit> lead_bucket_{};
};

const StartFilter& filter() {
    static const StartFilter instance;
    return instance;
}

}  // namespace

const Utf8CharSet& start_characters() noexcept { return filter().starts(); }

bool may_start_mention(std::string_view text, std::size_t pos, char32_t c) {
    return filter().may_start(text, pos, c, 0);
}

}  // namespace zgcfacts::recognize
