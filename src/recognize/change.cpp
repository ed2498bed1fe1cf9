#include "recognize/change.hpp"

#include <array>
#include <string>

#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

struct ChangeVerb {
    std::string_view word;
    Change change;
};

// Longer words first so 增长 is found before 增.
constexpr std::array<ChangeVerb, 34> change_verbs{{
    {"净增加", Change::up}, {"净增", Change::up}, {"净减少", Change::down}, {"净减", Change::down},
    {"上调", Change::up}, {"下调", Change::down},
    {"增长", Change::up}, {"增加", Change::up}, {"提高", Change::up}, {"提升", Change::up},
    {"上升", Change::up}, {"上涨", Change::up}, {"攀升", Change::up}, {"扩大", Change::up},
    {"增幅", Change::up}, {"增速", Change::up}, {"涨幅", Change::up}, {"翻", Change::up},
    {"下降", Change::down}, {"减少", Change::down}, {"降低", Change::down}, {"回落", Change::down},
    {"下滑", Change::down}, {"下跌", Change::down}, {"缩小", Change::down}, {"收窄", Change::down},
    {"降幅", Change::down}, {"萎缩", Change::down}, {"回升", Change::up},
    // A growth rate that speeds up or slows down (增速加快2.2个百分点), said of rates only.
    {"加快", Change::up}, {"放缓", Change::down}, {"减缓", Change::down},
    {"增", Change::up}, {"降", Change::down},
}};

/// Whether `verb` can state an amount's change (比上年减少3.1万人, 增加1200家). Not the
/// one-character 增/降, which also begin nouns (新增 is "newly added", not "more than before"), nor the
/// rate nouns 增幅/增速/涨幅/降幅, 翻, or the speeds 加快/放缓/减缓, which take a percent or a multiple.
bool changes_an_amount(std::string_view verb) {
    for (std::string_view rate_only : {"增", "降", "增幅", "增速", "涨幅", "降幅", "翻", "加快", "放缓", "减缓"})
        if (verb == rate_only) return false;
    return true;
}

// Words that may stand between the verb and the figure: 增长了, 提高约, 下降至.
constexpr std::array<std::string_view, 8> fillers{"了", "约", "达", "达到", "为", "近", "超", "逾"};

// Properties named between a comparison base and the change verb (比传统晶体能效提升).
constexpr std::array<std::string_view, 12> measured_properties{
    "能效", "效率", "性能", "速度", "精度", "成本", "功耗", "产量", "产值", "收入", "价格", "容量",
};

/// Whether the character starting at `pos` ends a clause: ，。；！？： , ; or NUL. Tested on the bytes
/// instead of decoding: clause_start looks at up to 40 characters for every figure, and clean text
/// is valid UTF-8, so each of these characters has exactly one encoding.
bool is_clause_end_at(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) -> unsigned char {
        return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return lead == ',' || lead == ';' || lead == 0;
    if (lead == 0xE3) return byte(pos + 1) == 0x80 && byte(pos + 2) == 0x82;  // 。 U+3002
    if (lead != 0xEF || byte(pos + 1) != 0xBC) return false;
    const unsigned char last = byte(pos + 2);                                    // U+FF00 + last - 0x80:
    return last == 0x8C || last == 0x9B || last == 0x81 || last == 0x9F || last == 0x9A;  // ，；！？：
}

/// The clause before `pos`: back to the previous comma or sentence end, but no further than a
/// clause can reasonably be (text without punctuation must not make every figure look back to the
/// start of the document).
std::size_t clause_start(std::string_view text, std::size_t pos) {
    constexpr int longest_clause = 40;  // characters
    std::size_t i = pos;
    for (int steps = 0; i > 0 && steps < longest_clause; ++steps) {
        const std::size_t prev = previous_char_start(text, i);
        if (is_clause_end_at(text, prev)) break;
        i = prev;
    }
    return i;
}

/// The comparison base written as 比X / 较X / 同比 / 环比 between `from` and `to`.
std::string find_base(std::string_view clause) {
    for (std::string_view word : {"同比", "环比"}) {
        if (clause.find(word) != std::string_view::npos) return std::string(word);
    }
    for (std::string_view marker : {"较", "比"}) {
        const auto at = clause.rfind(marker);
        if (at == std::string_view::npos) continue;
        std::string_view rest = clause.substr(at + marker.size());
        // The base runs to the change verb or the figure, whichever comes first.
        std::size_t stop = rest.size();
        for (const auto& verb : change_verbs) {
            const auto v = rest.find(verb.word);
            if (v != std::string_view::npos && v < stop) stop = v;
        }
        for (std::string_view soft : {"基本", "实现", "分别", "均", "都", "提", "大幅", "有所", "明显"}) {
            const auto v = rest.find(soft);
            if (v != std::string_view::npos && v < stop) stop = v;
        }
        rest = rest.substr(0, stop);
        // 比传统晶体能效提升: what is measured (能效) is named after the base; it is not the base.
        for (std::string_view measured : measured_properties) {
            if (rest.size() > measured.size() && rest.ends_with(measured)) {
                rest.remove_suffix(measured.size());
                break;
            }
        }
        if (rest.empty() || rest.size() > 30) continue;
        return marker == "较" ? "较" + std::string(rest) : std::string(rest);
    }
    return {};
}

/// 高于全国平均水平1.2个百分点, 比全国高0.8个百分点: a percent stated as a difference from a base.
/// Only 比/较…高/低 count as one-character verbs: 高 alone also opens 高达 (as high as).
bool compare_with_base(std::string_view clause, Quantity& q) {
    struct Comparison {
        std::string_view word;
        Change change;
    };
    for (const Comparison& c : {Comparison{"高于", Change::up}, Comparison{"高出", Change::up},
                                Comparison{"快于", Change::up}, Comparison{"低于", Change::down},
                                Comparison{"慢于", Change::down}}) {
        const auto at = clause.rfind(c.word);
        if (at == std::string_view::npos) continue;
        std::string_view base = clause.substr(at + c.word.size());
        // The base runs straight to the figure; 高于均值的企业占35% compares something else.
        if (base.empty() || base.size() > 30) continue;
        bool another_figure = false;
        for (std::string_view word : {"的", "占", "达", "为", "是"})
            if (base.find(word) != std::string_view::npos) another_figure = true;
        if (another_figure) continue;
        q.change = c.change;
        q.base = std::string(base);
        return true;
    }
    for (const Comparison& c : {Comparison{"高", Change::up}, Comparison{"低", Change::down}}) {
        if (!clause.ends_with(c.word)) continue;
        std::string base = find_base(clause.substr(0, clause.size() - c.word.size()));
        if (base.empty()) continue;
        q.change = c.change;
        q.base = std::move(base);
        return true;
    }
    return false;
}

}  // namespace

void read_change(std::string_view text, std::size_t begin, Quantity& q) {
    const bool rate = q.kind == Kind::percent || q.kind == Kind::ratio;
    const bool amount = is_amount(q.kind);
    if (!rate && !amount) return;

    // A change verb right before the figure, allowing a filler word: 同比增长29.1%, 增长了3%. No
    // verb or filler holds a clause end, so they are looked for before the clause is known: most
    // amounts have none, and finding the clause means walking back up to 40 characters.
    const std::string_view written = text.substr(0, begin);
    std::string_view before = written;
    for (std::string_view filler : fillers) {
        if (ends_with_at(before, before.size(), filler)) {
            before.remove_suffix(filler.size());
            break;
        }
    }
    std::size_t verb_length = 0;  // bytes from the verb's start to the figure, filler included
    for (const auto& verb : change_verbs) {
        if (ends_with_at(before, before.size(), verb.word)) {
            if (!rate && !changes_an_amount(verb.word)) return;
            if (q.change == Change::none) q.change = verb.change;
            verb_length = written.size() - (before.size() - verb.word.size());
            break;
        }
    }
    if (verb_length == 0 && !rate && q.change == Change::none) return;  // a level, not a change

    const std::size_t start = clause_start(text, begin);
    const std::string_view clause = text.substr(start, begin - start);
    const std::size_t verb_at = verb_length == 0 ? std::string_view::npos : clause.size() - verb_length;
    if (verb_at == std::string_view::npos && q.kind == Kind::percent && compare_with_base(clause, q)) return;
    // An amount or a percent without a change verb is a level; a ratio may still have a base (是…的1.9倍).
    if (q.change == Change::none && q.kind != Kind::ratio) return;

    // 是2012年的1.9倍, 为全国平均水平的2.7倍: the base sits between the copula and 的.
    if (q.kind == Kind::ratio && verb_at == std::string_view::npos && clause.ends_with("的")) {
        std::string_view owner = clause.substr(0, clause.size() - std::string_view("的").size());
        for (std::string_view copula :
             {"相当于", "达到", "提高到", "增加到", "增长到", "是", "为", "达", "到", "至"}) {
            const auto at = owner.rfind(copula);
            if (at != std::string_view::npos) {
                owner = owner.substr(at + copula.size());
                break;
            }
        }
        if (!owner.empty() && owner.size() <= 30) q.base = std::string(owner);
        return;
    }
    // Without a change verb or 的, a ratio is a level (收入比为2.5∶1): the 比 before it is no base.
    if (q.change == Change::none) return;
    q.base = find_base(verb_at == std::string_view::npos ? clause : clause.substr(0, verb_at));
}

void read_change_after(std::string_view text, std::size_t end, Quantity& q) {
    if ((q.kind != Kind::percent && q.kind != Kind::ratio) || q.change != Change::none) return;
    std::string_view after = text.substr(end);
    if (after.starts_with("的")) after.remove_prefix(std::string_view("的").size());
    for (const auto& verb : change_verbs) {
        if (!after.starts_with(verb.word)) continue;
        // Only a whole verb that ends the clause: 增长率, 增长到, 提升至 say something else.
        if (verb.word.size() < 6 || !is_clause_end_at(after, verb.word.size())) return;
        q.change = verb.change;
        return;
    }
}

}  // namespace zgcfacts::recognize
