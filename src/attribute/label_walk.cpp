#include "attribute/label_walk.hpp"

#include <algorithm>

#include "attribute/lexicon.hpp"
#include "attribute/utf8_walk.hpp"

namespace zgcfacts::attribution {

namespace {

bool is_ascii_alnum(char32_t c) noexcept {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

/// Cleaning keeps a space next to Latin words (可信 AI 等, 300兆瓦级 F 级): such a space, between two
/// label characters at least one of which is Latin, is part of a label.
bool is_inner_space(std::string_view text, std::size_t pos) noexcept {
    if (pos == 0 || pos + 1 >= text.size() || text[pos] != ' ') return false;
    const char32_t before = code_point_at(text, previous_boundary(text, pos));
    const char32_t after = code_point_at(text, pos + 1);
    return is_label_char(before) && is_label_char(after) && (is_ascii_alnum(before) || is_ascii_alnum(after));
}

/// PM2.5年均浓度, TongOS2.0: a point between two ASCII digits is part of a name in a label (a
/// figure's own decimals are never inside a label: the figure is a mention).
bool is_inner_point(std::string_view text, std::size_t pos) noexcept {
    if (pos == 0 || pos + 1 >= text.size() || text[pos] != '.') return false;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return digit(text[pos - 1]) && digit(text[pos + 1]);
}

constexpr std::size_t npos = std::string_view::npos;

/// Where the “ opening a short quotation that closes with the ” at `close` starts, or npos: a
/// quoted name of up to max_quoted_chars characters, within the sentence.
constexpr std::size_t max_quoted_chars = 10;

std::size_t quote_opening_before(std::string_view text, std::size_t close, std::size_t floor) {
    if (!text.substr(close).starts_with("”")) return npos;
    const std::size_t reach = max_quoted_chars * 3 + std::string_view("“").size();
    const std::size_t from = std::max(floor, close > reach ? close - reach : 0);
    const std::size_t open = text.substr(from, close - from).rfind("“");
    return open == npos ? npos : from + open;
}

/// Moves `pos` back over breakers and spaces that sit between a subject and its figure
/// (招商总额|达到|902.21亿元). Stops at a mention so that a base like 较2013年 stays visible. 的 is
/// skipped only for comparisons (是…的2.7倍); elsewhere what precedes 的 modifies the figure's own
/// noun (这次下线的300兆瓦级…) and is not its subject.
std::size_t skip_breakers_back(const SentenceView& sentence, std::size_t pos, bool skip_de) {
    const std::size_t floor = sentence.bounds.begin;
    while (pos > floor && sentence.mention_ending_at(pos) == nullptr) {
        if (sentence.text[pos - 1] == ' ') {
            --pos;
            continue;
        }
        std::size_t length = breaker_ending_at(sentence.text, pos, floor);
        if (length == 0) length = hedge_ending_at(sentence.text, pos, floor);
        if (length == 0) length = averaging_adverbs().longest_ending_at(sentence.text, pos, floor);
        if (length == 0) break;
        if (!skip_de && sentence.text.substr(pos - length, length) == "的") break;
        pos -= length;
    }
    return pos;
}

/// The comparison marker ending at `pos`, unless it is part of a noun (比 in 占比, 比重): its length or 0.
std::size_t marker_ending_at(std::string_view text, std::size_t pos, std::size_t floor) {
    const std::size_t length = comparison_markers().longest_ending_at(text, pos, floor);
    if (length == 0 || shielding_words().covers(text, pos - length, pos)) return 0;
    return length;
}

/// The label [begin, end), or empty when it is shorter than min_label_chars.
std::string_view label_or_nothing(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t chars = 0;
    for (std::size_t pos = begin; pos < end && chars < min_label_chars; pos = next_boundary(text, pos)) ++chars;
    if (chars < min_label_chars) return {};
    return text.substr(begin, end - begin);
}

/// Collects label characters backwards from `end`; returns where the label starts. With
/// `stop_at_markers`, a comparison marker also ends the label (占全省的35%: 占 is not a breaker, but
/// it opens the base).
std::size_t collect_back(const SentenceView& sentence, std::size_t end, bool stop_at_markers) {
    const std::string_view text = sentence.text;
    const std::size_t floor = sentence.bounds.begin;
    std::size_t pos = end;
    for (std::size_t count = 0; pos > floor && count < max_label_chars; ++count) {
        if (sentence.mention_ending_at(pos) != nullptr) break;
        if (breaker_ending_at(text, pos, floor) != 0) break;
        if (stop_at_markers && marker_ending_at(text, pos, floor) != 0) break;
        const std::size_t previous = previous_boundary(text, pos);
        if (previous < floor) break;
        if (const std::size_t open = quote_opening_before(text, previous, floor); open != npos) {
            pos = open;  // 专精特新“小巨人”企业: a short quoted name inside the noun phrase
            continue;
        }
        if (!is_label_char(code_point_at(text, previous)) && !is_inner_space(text, previous) &&
            !is_inner_point(text, previous))
            break;
        pos = previous;
    }
    return pos;
}

bool preceded_by_de(std::string_view text, std::size_t skipped_begin, std::size_t skipped_end) {
    return text.substr(skipped_begin, skipped_end - skipped_begin).find("的") != std::string_view::npos;
}

/// The comparison marker that ends at `pos` (0 if none). 是/为/占/相当于/到 count only in the 是…的N倍,
/// 提高到…的N倍 and 占…的N% shapes, where the figure directly follows 的; 较/比/同比 … always introduce a base.
std::size_t comparison_marker_at(std::string_view text, std::size_t pos, std::size_t floor, bool after_de) {
    const std::size_t length = marker_ending_at(text, pos, floor);
    if (length == 0) {
        // 由2012年的5.95%: a starting point, stepped over like a base, only in the …的N shape.
        const std::size_t start = starting_point_markers().longest_ending_at(text, pos, floor);
        if (start == 0 || !after_de || shielding_words().covers(text, pos - start, pos)) return 0;
        return start;
    }
    const std::string_view marker = text.substr(pos - length, length);
    const bool copula = marker == "是" || marker == "为" || marker == "占" || marker == "相当于" ||
                        marker.ends_with("到");  // 提高到原来的2倍
    if (copula && !after_de) return 0;
    return length;
}

}  // namespace

std::string_view label_before(const SentenceView& sentence, std::size_t from, bool step_over_bases) {
    const std::string_view text = sentence.text;
    const std::size_t floor = sentence.bounds.begin;
    std::size_t pos = std::max(from, floor);
    // A base is stepped over at most a few times: 较2013年 … 相较于 … is already unusual.
    for (int round = 0; round < 3; ++round) {
        const std::size_t end = skip_breakers_back(sentence, pos, step_over_bases);
        const bool after_de = preceded_by_de(text, end, pos);
        const std::size_t begin = collect_back(sentence, end, step_over_bases);
        if (!step_over_bases) return label_or_nothing(text, begin, end);

        // Where a base would end: right before the label, or before a time mention that is the
        // whole base (较2013年, 是2012年的).
        std::size_t base_end = begin;
        if (begin == end) {
            if (const Mention* mention = sentence.mention_ending_at(begin); mention != nullptr)
                base_end = mention->clean_start;
        }
        const std::size_t marker = comparison_marker_at(text, base_end, floor, after_de);
        if (marker == 0) return label_or_nothing(text, begin, end);
        pos = base_end - marker;
    }
    return {};
}

std::string_view label_after(const SentenceView& sentence, std::size_t from) {
    const std::string_view text = sentence.text;
    const std::size_t ceiling = std::min(sentence.bounds.end, text.size());
    while (from < ceiling && is_inner_space(text, from)) ++from;
    std::size_t pos = from;
    for (std::size_t count = 0; pos < ceiling && count < max_label_chars; ++count) {
        if (sentence.mention_starting_at(pos) != nullptr) {
            // 151个国家和41个国际组织: the conjunction before the next figure joins the figures, not
            // the nouns (国家和地区, where a noun follows, stays whole).
            for (std::string_view conjunction : {"和", "与", "及"}) {
                if (pos - from > conjunction.size() && text.substr(0, pos).ends_with(conjunction)) {
                    pos -= conjunction.size();
                    break;
                }
            }
            break;
        }
        if (const std::size_t length = breaker_starting_at(text, pos, ceiling); length != 0) {
            // 世界一流的新型研发机构: an attribute ending in 一流 continues to the head noun.
            const bool attributive_de = text.substr(pos, length) == "的" && pos > from &&
                                        attributive_words().longest_ending_at(text, pos, from) != 0;
            if (!attributive_de) break;
            pos += length;
            continue;
        }
        const char32_t c = code_point_at(text, pos);
        if (c == U'“' && pos == from) {
            // A quoted name right after an ordinal or count: take it whole, then go on.
            const std::size_t close = text.substr(0, ceiling).find("”", pos);
            if (close == std::string_view::npos) break;
            pos = close + std::string_view("”").size();
            continue;
        }
        // 300家企业年均增长: the adverb opens the change, not the noun.
        if (averaging_adverbs().longest_starting_at(text, pos, ceiling) != 0) break;
        if (!is_label_char(c) && !is_inner_space(text, pos) && !is_inner_point(text, pos)) break;
        pos = next_boundary(text, pos);
    }
    return label_or_nothing(text, from, pos);
}

std::string_view widen_to_share(const SentenceView& sentence, std::string_view label) {
    if (label.empty() || share_nouns().longest_ending_at(label, label.size()) == 0) return label;
    constexpr std::string_view de = "的";
    const std::string_view text = sentence.text;
    const std::size_t label_begin = static_cast<std::size_t>(label.data() - text.data());
    const std::size_t label_end = label_begin + label.size();
    // 占地区生产总值的比重: the whole stands before 的.
    std::size_t before = label_begin;
    if (before >= sentence.bounds.begin + de.size() && text.substr(0, before).ends_with(de)) before -= de.size();
    // The subject, 占 and the whole are one run of label characters (占 is no breaker); 占 is found in
    // the run rather than as a marker because words like 占地 shield it (占地区生产总值).
    const std::size_t run_begin = collect_back(sentence, before, false);
    const std::size_t zhan = text.substr(run_begin, before - run_begin).rfind("占");
    if (zhan == std::string_view::npos) return label;
    // With no subject before 占 (…增长12.5%，占规模以上工业增加值的比重为28.6%), or a fragment of one
    // character cut off by a breaker, the label starts at 占.
    const std::size_t zhan_at = run_begin + zhan;
    if (label_or_nothing(text, run_begin, zhan_at).empty()) return text.substr(zhan_at, label_end - zhan_at);
    return text.substr(run_begin, label_end - run_begin);
}

}  // namespace zgcfacts::attribution
