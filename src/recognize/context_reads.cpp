#include "recognize/context_reads.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "recognize/lexicon.hpp"
#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

// What a numbered 届 is the term of: 十四届全国人大, 二十届中央委员会, 十三届市委.
constexpr std::array<std::string_view, 14> bodies_with_terms{
    "全国人大", "全国人民代表大会", "全国政协", "人民代表大会", "代表大会", "人大", "政协", "中央",
    "全会", "市委", "省委", "区委", "县委", "董事会",
};
// What a numbered 次 is within a term: 二次会议, 五次全会.
constexpr std::array<std::string_view, 4> sessions{"会议", "全会", "全体会议", "代表大会"};

bool followed_by_any(std::string_view text, std::size_t end, std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return starts_with_at(text, end, w); });
}

/// A 届 written shortly before `begin` in the same clause (十四届全国人大|二次会议).
bool term_named_before(std::string_view text, std::size_t begin) {
    constexpr std::size_t reach = 12 * 3;  // bytes: about twelve Han characters
    const std::size_t from = begin > reach ? begin - reach : 0;
    const std::string_view before = text.substr(from, begin - from);
    const std::size_t term = before.rfind("届");
    if (term == std::string_view::npos) return false;
    for (std::string_view stop : {"，", "。", "；", "、"})
        if (before.find(stop, term) != std::string_view::npos) return false;
    return true;
}

/// One digit written alone at `pos`, Arabic or Chinese (5, 五, 两): its value, and its length in bytes.
struct Digit {
    int value;
    std::size_t length;
};
std::optional<Digit> one_digit_at(std::string_view text, std::size_t pos) {
    const char32_t c = char_at(text, pos);
    if (is_ascii_digit(c)) return Digit{static_cast<int>(c - U'0'), 1};
    constexpr std::u32string_view chinese = U"零一二三四五六七八九";
    const std::size_t at = chinese.find(c);
    if (at != std::u32string_view::npos) return Digit{static_cast<int>(at), char_length(text, pos)};
    if (c == U'两') return Digit{2, char_length(text, pos)};
    return std::nullopt;
}

/// A digit then `mark` at `pos` (5角, 2分): the digit, and where the mark ends.
std::optional<std::pair<int, std::size_t>> digit_then(std::string_view text, std::size_t pos, std::string_view mark) {
    const auto digit = one_digit_at(text, pos);
    if (!digit || !starts_with_at(text, pos + digit->length, mark)) return std::nullopt;
    return std::pair{digit->value, pos + digit->length + mark.size()};
}

}  // namespace

std::size_t extend_jiao_fen(std::string_view text, std::size_t end, Quantity& q) {
    if (q.kind != Kind::money || q.unit != "CNY" || q.multiplier != 0 || q.qualifier != Qualifier::exact ||
        !q.value.is_integer() || !ends_with_at(text, end, "元"))
        return end;
    std::size_t pos = end;
    if (starts_with_at(text, pos, "零")) pos += std::string_view("零").size();  // 十元零五分
    int hundredths = 0;
    if (const auto jiao = digit_then(text, pos, "角")) {
        hundredths += 10 * jiao->first;
        pos = jiao->second;
    }
    // 2分 but not 2分钟.
    if (const auto fen = digit_then(text, pos, "分"); fen && !starts_with_at(text, fen->second, "钟")) {
        hundredths += fen->first;
        pos = fen->second;
    }
    if (hundredths == 0) return end;
    auto value = q.value.plus(Decimal::from_int(hundredths).scaled(-2).value());
    if (!value) return end;
    q.value = *value;
    return pos;
}

void read_session_ordinal(std::string_view text, std::size_t begin, std::size_t end, Quantity& q) {
    if (q.kind != Kind::count || q.qualifier != Qualifier::exact) return;
    // 十三届五次全会, 二十届三中全会: a numbered session follows the term.
    const bool session_follows = contains_char(U"一二三四五六七八九十", char_at(text, end));
    const bool term = q.classifier == "届" && (session_follows || followed_by_any(text, end, bodies_with_terms));
    const bool session = q.classifier == "次" && followed_by_any(text, end, sessions) && term_named_before(text, begin);
    if (!term && !session) return;
    q.kind = Kind::ordinal;
    q.unit.clear();
    q.classifier.clear();
    q.multiplier = 0;
}

namespace {

/// Words for sums of money that a bare 百万 or 千万 next to them is an amount of.
constexpr std::array<std::string_view, 11> money_nouns{"奖金", "资金", "投资", "融资", "基金", "金额", "经费",
                                                       "补贴", "奖励", "资助", "总额"};

bool money_noun_at(std::string_view text, std::size_t pos) {
    for (std::string_view noun : money_nouns)
        if (starts_with_at(text, pos, noun)) return true;
    return false;
}

bool money_noun_before(std::string_view text, std::size_t pos) {
    for (std::string_view verb : {"高达", "达到", "达", "为"}) {
        if (ends_with_at(text, pos, verb)) {
            pos -= verb.size();
            break;
        }
    }
    for (std::string_view noun : money_nouns)
        if (ends_with_at(text, pos, noun)) return true;
    return false;
}

}  // namespace

bool money_named_beside(std::string_view text, std::size_t begin, std::size_t end) {
    // Two magnitudes (百万, not 万 or 百): one alone is mostly a word (万众, 百姓).
    if (end - begin != 2 * std::string_view("万").size() || !contains_char(U"十百千", char_at(text, begin)) ||
        !contains_char(U"万亿", char_at(text, begin + std::string_view("万").size())))
        return false;
    return money_noun_before(text, begin) || money_noun_at(text, end);
}

void read_money_named_beside(std::string_view text, std::size_t begin, std::size_t end, bool bare, Quantity& q) {
    if (!bare || q.kind != Kind::number || !money_named_beside(text, begin, end)) return;
    q.kind = Kind::money;
    q.unit = "CNY";
}

void read_count_without_classifier(std::string_view text, std::size_t end, bool bare, Quantity& q) {
    if (!bare || q.kind != Kind::number || !q.value.is_integer() || q.value.is_negative()) return;
    if (!starts_with_at(text, end, "方面")) return;
    q.kind = Kind::count;
    q.unit = "count";
}

namespace {

/// The longest word of lexicon::per_units(), in bytes.
std::size_t longest_per_unit() {
    static const std::size_t longest = [] {
        std::size_t size = 0;
        for (const lexicon::Unit& unit : lexicon::per_units()) size = std::max(size, unit.word.size());
        return size;
    }();
    return longest;
}

}  // namespace

void read_per_before(std::string_view text, std::size_t begin, Quantity& q) {
    if (!q.per.empty() || !is_amount(q.kind)) return;
    const std::string_view before = text.substr(0, begin);
    // Most figures have no 每 in reach: one search of the last few bytes rules out every unit word,
    // instead of comparing each of them with the text.
    constexpr std::string_view per = "每";
    const std::size_t reach = std::min(before.size(), longest_per_unit() + per.size());
    if (before.substr(before.size() - reach).find(per) == std::string_view::npos) return;
    for (const lexicon::Unit& unit : lexicon::per_units()) {
        const std::string_view word = unit.word;
        if (word.size() < 3 || !before.ends_with(word)) continue;  // Han words only: not the h of 每h
        if (before.substr(0, before.size() - word.size()).ends_with("每")) {
            q.per = std::string(word);
            return;
        }
    }
}

std::size_t extend_below_zero(std::string_view text, std::size_t begin, std::size_t floor, Quantity& q) {
    constexpr std::string_view below_zero = "零下";
    if (q.kind != Kind::measure || q.unit != "degC" || begin < floor + below_zero.size() ||
        text.substr(begin - below_zero.size(), below_zero.size()) != below_zero)
        return begin;
    const Decimal zero = Decimal::from_int(0);
    if (q.value <= zero) return begin;  // 零下-5℃ says it twice; leave it as written
    // A range below zero (零下5至10℃) runs from −10 to −5: the bounds swap as they change sign.
    auto negated = [&](const Decimal& d) { return zero.minus(d); };
    auto value = negated(q.value);
    if (!value) return begin;
    std::optional<Decimal> lower, upper;
    if (q.upper) {
        auto v = negated(*q.upper);
        if (!v) return begin;
        lower = *v;
    }
    if (q.lower) {
        auto v = negated(*q.lower);
        if (!v) return begin;
        upper = *v;
    }
    q.value = *value;
    q.lower = lower;
    q.upper = upper;
    return begin - below_zero.size();
}

}  // namespace zgcfacts::recognize
