// text/sentences.cpp — splitting clean text into sentences.
//
// The rules, paragraph by paragraph (CleanText::paragraph_breaks() always end a sentence, which is
// what ends a headline without punctuation):
//   - 。！？； end a sentence; so do ! ? ; unless a letter or digit follows (`Yahoo!Japan`, `a;b`).
//     '.' and ',' never do, so numbers (6.5, 1,234) are never split.
//   - Further end marks, ellipses and closing quotes or brackets right after the end mark belong
//     to the sentence: `真的？！`, `他说：“好。”`.
//   - Quotes and brackets (“” ‘’ 「」 『』 《》 〈〉 （） 【】 ()) are kept whole: an end mark inside
//     them does not end the sentence, unless the closing marks that follow it close every open
//     quote — the quotation itself ended the sentence. So `他说：“好。”然后走了。` is two sentences,
//     `他说：“好。”` and `然后走了。`, the usual way for Chinese news (“……。”某某说。), and
//     `“甲。乙。”` is one. Book titles such as 《你好！李焕英》 stay inside their sentence.
//   - Only brackets that close within the paragraph count, so a lost closing quote (or a
//     multi-paragraph quotation, which by Chinese convention leaves it out) cannot swallow the text.
//   - An ellipsis (… ⋯) ends a sentence only when closing quotes/brackets that close every open one
//     follow it, or at the end of the paragraph; elsewhere it lists on (`芯片、集群⋯⋯这批成果`).
#include <algorithm>
#include <string_view>
#include <vector>

#include "text/chars.hpp"
#include "text/utf8.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts {
namespace {

using text::is_closing_bracket;
using text::is_end_mark;

struct Character {
    char32_t code_point;
    std::size_t length;
};

Character character_at(std::string_view text, std::size_t pos) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const text::Utf8Char c = text::decode_utf8(p + pos, p + text.size());
    return {c.code_point, c.length};
}

char32_t closing_bracket_of(char32_t c) {
    switch (c) {
        case U'“': return U'”';
        case U'‘': return U'’';
        case U'「': return U'」';
        case U'『': return U'』';
        case U'《': return U'》';
        case U'〈': return U'〉';
        case U'（': return U'）';
        case U'【': return U'】';
        case U'(': return U')';
        default: return 0;
    }
}

bool is_ellipsis(char32_t c) { return c == U'…' || c == U'⋯'; }

// Where the next character that can matter (a bracket, an end mark, an ellipsis) may be. Those
// are ( ) ! ? ; in ASCII and characters with UTF-8 lead bytes E2, E3 and EF; Chinese ideographs,
// the bulk of the text, start with E4..E9 and are stepped over without decoding.
std::size_t next_candidate(std::string_view text, std::size_t pos, std::size_t end) {
    while (pos < end) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (byte == '(' || byte == ')' || byte == '!' || byte == '?' || byte == ';') return pos;
            ++pos;
        } else if (byte == 0xE2 || byte == 0xE3 || byte == 0xEF) {
            return pos;
        } else {
            pos += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        }
    }
    return end;
}

bool is_ascii_alnum(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A bracket that opens (+1) or closes (-1) a pair matched within the paragraph.
struct BracketEvent {
    std::size_t pos;
    int delta;
};

class ParagraphSplitter {
public:
    ParagraphSplitter(std::string_view text, std::vector<Sentence>& out) : text_(text), out_(out) {}

    void split(std::size_t begin, std::size_t end) {
        end_ = end;
        match_brackets(begin);
        depth_ = 0;
        next_event_ = 0;
        std::size_t sentence = skip_spaces(begin);
        for (std::size_t pos = next_candidate(text_, begin, end_); pos < end_;
             pos = next_candidate(text_, pos, end_)) {
            const Character c = character_at(text_, pos);
            if (take_event(pos)) {
                pos += c.length;
            } else if (is_end_mark(c.code_point) && ends_here(c, pos)) {
                pos = absorb_closing(pos + c.length, true);
                if (depth_ == 0) sentence = emit(sentence, pos);
            } else if (is_ellipsis(c.code_point)) {
                std::size_t after = pos + c.length;
                for (Character next = c; after < end_; after += next.length) {
                    next = character_at(text_, after);
                    if (!is_ellipsis(next.code_point)) break;
                }
                pos = absorb_closing(after, false);
                if ((pos > after && depth_ == 0) || pos >= end_) sentence = emit(sentence, pos);
            } else {
                pos += c.length;
            }
        }
        emit(sentence, end_);
    }

private:
    // Records which brackets of [begin, end_) are matched, by a stack per paragraph.
    void match_brackets(std::size_t begin) {
        events_.clear();
        open_.clear();
        for (std::size_t pos = next_candidate(text_, begin, end_); pos < end_;
             pos = next_candidate(text_, pos, end_)) {
            const Character c = character_at(text_, pos);
            if (closing_bracket_of(c.code_point) != 0) {
                open_.push_back({c.code_point, pos});
            } else if (is_closing_bracket(c.code_point)) {
                for (std::size_t k = open_.size(); k-- > 0;) {
                    if (closing_bracket_of(open_[k].code_point) == c.code_point) {
                        events_.push_back({open_[k].pos, +1});
                        events_.push_back({pos, -1});
                        open_.resize(k);  // brackets opened inside and never closed are ignored
                        break;
                    }
                }
            }
            pos += c.length;
        }
        std::sort(events_.begin(), events_.end(),
                  [](const BracketEvent& a, const BracketEvent& b) { return a.pos < b.pos; });
    }

    // Applies the bracket event at `pos`, if any.
    bool take_event(std::size_t pos) {
        if (next_event_ >= events_.size() || events_[next_event_].pos != pos) return false;
        depth_ += events_[next_event_].delta;
        ++next_event_;
        return true;
    }

    // ASCII ! ? ; end a sentence only when no letter or digit follows.
    bool ends_here(const Character& c, std::size_t pos) const {
        if (c.code_point >= 0x80 || pos + 1 >= end_) return true;
        return !is_ascii_alnum(static_cast<unsigned char>(text_[pos + 1]));
    }

    // Moves past closing brackets — and, after an end mark, more end marks and ellipses — that
    // belong to the sentence just ended. Stops at a bracket that opens.
    std::size_t absorb_closing(std::size_t pos, bool after_end_mark) {
        while (pos < end_) {
            const Character c = character_at(text_, pos);
            if (next_event_ < events_.size() && events_[next_event_].pos == pos) {
                if (events_[next_event_].delta > 0) break;
                take_event(pos);
            } else if (!is_closing_bracket(c.code_point) &&
                       !(after_end_mark && (is_end_mark(c.code_point) || is_ellipsis(c.code_point)))) {
                break;
            }
            pos += c.length;
        }
        return pos;
    }

    std::size_t skip_spaces(std::size_t pos) const {
        while (pos < end_ && text_[pos] == ' ') ++pos;
        return pos;
    }

    // Adds [begin, end) without trailing spaces if anything is left; returns where the next starts.
    std::size_t emit(std::size_t begin, std::size_t end) {
        std::size_t last = end;
        while (last > begin && text_[last - 1] == ' ') --last;
        if (last > begin) out_.push_back({begin, last});
        return skip_spaces(end);
    }

    struct Open {
        char32_t code_point;
        std::size_t pos;
    };

    std::string_view text_;
    std::vector<Sentence>& out_;
    std::size_t end_ = 0;
    std::vector<BracketEvent> events_;
    std::vector<Open> open_;
    std::size_t next_event_ = 0;
    int depth_ = 0;
};

}  // namespace

std::vector<Sentence> split_sentences(const CleanText& clean) {
    const std::string& text = clean.text();
    std::vector<Sentence> sentences;
    ParagraphSplitter splitter(text, sentences);
    std::size_t paragraph = 0;
    for (const std::size_t end : clean.paragraph_breaks()) {
        if (end <= paragraph || end >= text.size()) continue;
        splitter.split(paragraph, end);
        paragraph = end;
    }
    splitter.split(paragraph, text.size());
    return sentences;
}

}  // namespace zgcfacts
