#include "attribute/metric.hpp"

#include "attribute/label_walk.hpp"
#include "attribute/lexicon.hpp"

namespace zgcfacts::attribution {

namespace {

/// Where a kind's label is usually written.
enum class LabelSide {
    none,               // time mentions: they date other figures, they do not measure anything
    after_then_before,  // 231个招商合作项目, 6亿多元资金支持, 第七届中关村…大赛; else the subject before
    before,             // 占比超40%, 同比增长29.1%, 设立4年以来: the subject comes first
};

LabelSide label_side(Kind kind) noexcept {
    switch (kind) {
        case Kind::money:
        case Kind::count:
        case Kind::measure:
        case Kind::number:
        case Kind::ordinal:
            return LabelSide::after_then_before;
        case Kind::percent:
        case Kind::ratio:
        case Kind::duration:
            return LabelSide::before;
        case Kind::year:
        case Kind::date:
        case Kind::period:
            return LabelSide::none;
    }
    return LabelSide::none;
}

/// Percentages, ratios and stated changes are measured against something (同比, 较2013年, 是…的):
/// their label skips that base and, if nothing is left, is the metric of the figure they qualify.
bool is_comparative(const Quantity& quantity) noexcept {
    return quantity.kind == Kind::percent || quantity.kind == Kind::ratio || quantity.change != Change::none ||
           !quantity.base.empty();
}

/// 人均GDP超过20万元，约合2.8万美元: a figure converted into another unit restates the figure
/// before it, whose metric it shares.
bool is_conversion(const SentenceView& sentence, const Mention& mention) {
    const std::string_view before = sentence.text.substr(0, mention.clean_start);
    return mention.surface.starts_with("约合") || before.ends_with("折合") || before.ends_with("约合") ||
           before.ends_with("相当于");
}

/// How far the next item of a list may be for its noun to be shared (开幕式10项、成果专场发布会19项科技成果).
constexpr std::size_t max_shared_head_distance = 12 * 3;  // bytes: about twelve Han characters

/// 开幕式10项、成果专场发布会19项科技成果: a figure with no noun of its own, followed by 、/和 and a
/// figure with the same classifier, shares the noun after that figure.
std::string_view shared_head(const SentenceView& sentence, const Mention& mention) {
    const Quantity& q = mention.quantity;
    if (q.classifier.empty()) return {};
    const std::string_view between_start = sentence.text.substr(mention.clean_end);
    if (!between_start.starts_with("、") && !between_start.starts_with("和") && !between_start.starts_with("及"))
        return {};
    for (const Mention& next : sentence.mentions) {
        if (next.clean_start <= mention.clean_start) continue;
        if (next.clean_start - mention.clean_end > max_shared_head_distance) return {};
        if (next.quantity.kind == q.kind && next.quantity.classifier == q.classifier)
            return label_after(sentence, next.clean_end);
        return {};  // a different figure comes first: not the same list
    }
    return {};
}

bool is_latin(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The label as people write it: a space between Latin and Han (RISC-V 开源, F 级) is typography and
/// goes; a space between two Latin words (Open Source) stays.
std::string compact(std::string_view label) {
    std::string out;
    out.reserve(label.size());
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label[i] == ' ') {
            const bool latin_both_sides = i > 0 && i + 1 < label.size() && is_latin(label[i - 1]) && is_latin(label[i + 1]);
            if (!latin_both_sides) continue;
        }
        out += label[i];
    }
    return out;
}

/// 房价为每平方米6.5万元: the per written before the amount is part of the figure, not its subject.
std::size_t start_past_leading_per(const SentenceView& sentence, const Mention& mention) {
    const std::string& per = mention.quantity.per;
    const std::size_t start = mention.clean_start;
    if (per.empty()) return start;
    const std::string leading = "每" + per;
    const std::string_view before = sentence.text.substr(0, start);
    if (!before.ends_with(leading) || start - leading.size() < sentence.bounds.begin) return start;
    return start - leading.size();
}

}  // namespace

std::string find_metric(const SentenceView& sentence, const Mention& mention, std::string_view previous_metric) {
    const LabelSide side = label_side(mention.quantity.kind);
    if (side == LabelSide::none) return {};
    if (mention.quantity.kind == Kind::count && mention.quantity.classifier == "地") {
        // 京津冀三地一张图规划: N地 counts the places named right before it; what follows is what
        // they do (与会者围绕三地协同创新: no places named, and 与会者 are none).
        const std::string_view places = label_before(sentence, mention.clean_start, false);
        const bool adjacent = places.data() + places.size() == sentence.text.data() + mention.clean_start;
        if (!places.empty() && adjacent) return compact(places);
    }
    if (side == LabelSide::after_then_before) {
        const std::string_view after = label_after(sentence, mention.clean_end);
        if (!after.empty()) return compact(after);
        const std::string_view shared = shared_head(sentence, mention);
        if (!shared.empty()) return compact(shared);
    }
    if (mention.quantity.kind == Kind::percent && sentence.text.substr(mention.clean_end).starts_with("的")) {
        // 60%的科创板上市企业: the share is of the noun after 的.
        const std::string_view of = label_after(sentence, mention.clean_end + std::string_view("的").size());
        if (!of.empty()) return compact(of);
    }
    const bool comparative = is_comparative(mention.quantity);
    std::string_view before =
        widen_to_share(sentence, label_before(sentence, start_past_leading_per(sentence, mention), comparative));
    if (before.empty() && (comparative || is_conversion(sentence, mention))) return std::string(previous_metric);
    constexpr std::string_view zhan = "占";
    if (before.starts_with(zhan) && share_nouns().longest_ending_at(before, before.size()) != 0) {
        // 高技术制造业增加值增长12.5%，占规模以上工业增加值的比重为28.6%: the share is the previous
        // figure's subject's.
        if (!previous_metric.empty()) return std::string(previous_metric) + compact(before);
        before.remove_prefix(zhan.size());
    }
    return compact(before);
}

}  // namespace zgcfacts::attribution
