#include "attribute/attribute.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "attribute/metric.hpp"
#include "attribute/period.hpp"
#include "attribute/sentence_view.hpp"
#include "attribute/time_cues.hpp"

namespace zgcfacts::attribution {

namespace {

/// True when a paragraph break lies between two consecutive sentences: a period stated in one
/// paragraph does not carry into the next.
bool paragraph_between(std::span<const std::size_t> breaks, std::size_t previous_end, std::size_t next_begin) {
    const auto first = std::lower_bound(breaks.begin(), breaks.end(), std::min(previous_end, next_begin));
    return first != breaks.end() && *first <= next_begin;
}

/// 科技创新能力持续提升 (a heading) ¶ 30余项重大科技成果: cleaning joins a heading to the figure
/// that opens the next paragraph, and scan() reads the heading's verb as the figure's change. A
/// figure that opens its sentence has no change verb before it: an amount is then a level again.
void drop_change_from_before_sentence(Mention& mention, std::size_t sentence_begin) {
    Quantity& q = mention.quantity;
    if (!is_amount(q.kind) || q.change == Change::none || mention.clean_start > sentence_begin) return;
    q.change = Change::none;
    q.base.clear();
}

/// 累计投入科研经费近2.4亿元: 累计 in the figure's clause makes it a running total since some start,
/// unless the sentence frames it in an event or a year (论坛期间，累计签约129个项目; 全年累计…),
/// whose time dates it as usual.
bool is_running_total(const SentenceView& sentence, const Mention& mention) {
    // A window, not the whole sentence: a sentence can be megabytes long (a table without 。), and
    // this is asked for every figure. UTF-8 words cannot match from the middle of a character.
    constexpr std::size_t window = 80 * 3;  // bytes: about eighty Han characters
    const std::size_t floor = mention.clean_start > window ? mention.clean_start - window : 0;
    const std::size_t begin = std::min(std::max(sentence.bounds.begin, floor), mention.clean_start);
    const std::string_view before = sentence.text.substr(begin, mention.clean_start - begin);
    std::size_t clause = 0;
    for (std::string_view mark : {"，", "；", "：", ",", ";"}) {
        const std::size_t at = before.rfind(mark);
        if (at != std::string_view::npos) clause = std::max(clause, at + mark.size());
    }
    if (before.substr(clause).find("累计") == std::string_view::npos) return false;
    for (std::string_view frame : {"期间", "本届", "全年", "年内"})
        if (before.find(frame) != std::string_view::npos) return false;
    return true;
}

bool is_time_kind(Kind kind) noexcept {
    return kind == Kind::year || kind == Kind::date || kind == Kind::period || kind == Kind::duration;
}

}  // namespace

std::vector<Fact> attribute(const AttributionInput& input) {
    for (const Mention& mention : input.mentions) {
        if (mention.clean_start > mention.clean_end || mention.clean_end > input.text.size())
            throw std::invalid_argument("mention \"" + mention.surface + "\" has clean span " +
                                        std::to_string(mention.clean_start) + ".." + std::to_string(mention.clean_end) +
                                        " outside a text of " + std::to_string(input.text.size()) + " bytes");
    }
    std::vector<Fact> facts;
    facts.reserve(input.mentions.size());

    // Without sentences the whole text is one.
    const Sentence whole{0, input.text.size()};
    const std::span<const Sentence> sentences =
        input.sentences.empty() ? std::span<const Sentence>(&whole, 1) : input.sentences;

    std::string carried;  // the period in force at the end of the previous sentence of the paragraph
    std::size_t next_mention = 0;
    for (std::size_t index = 0; index < sentences.size(); ++index) {
        // Mentions of this sentence: those before the next sentence starts (so stray mentions in a
        // gap stay with the sentence before them).
        const std::size_t limit = index + 1 < sentences.size() ? sentences[index + 1].begin : input.text.size() + 1;
        const std::size_t first = next_mention;
        std::size_t last = first;
        while (last < input.mentions.size() && input.mentions[last].clean_start < limit) ++last;
        next_mention = last;

        if (index > 0 && paragraph_between(input.paragraph_breaks, sentences[index - 1].end, sentences[index].begin))
            carried.clear();

        Sentence bounds = sentences[index];
        if (first < last) {
            bounds.begin = std::min(bounds.begin, input.mentions[first].clean_start);
            bounds.end = std::max(bounds.end, input.mentions[last - 1].clean_end);
        }
        bounds.end = std::min(bounds.end, input.text.size());
        const SentenceView view{input.text, bounds, input.mentions.subspan(first, last - first)};
        const std::vector<TimeCue> cues = find_time_cues(view, input.reference_year);

        std::string previous_metric;  // of the closest figure before, for 同比增长 and 是…的N倍
        for (std::size_t m = first; m < last; ++m) {
            const Mention& mention = input.mentions[m];
            Fact fact;
            fact.mention = mention;
            drop_change_from_before_sentence(fact.mention, sentences[index].begin);
            fact.sentence = input.sentences.empty() ? 0 : index;
            fact.metric = find_metric(view, fact.mention, previous_metric);
            fact.period = find_period(mention, cues, carried, input.reference_year,
                                      {.metric = fact.metric, .running_total = is_running_total(view, mention)});
            if (!is_time_kind(mention.quantity.kind) && mention.quantity.kind != Kind::ordinal)
                previous_metric = fact.metric;
            facts.push_back(std::move(fact));
        }
        carried = period_in_force(cues, bounds.end, carried, input.reference_year);
    }
    return facts;
}

}  // namespace zgcfacts::attribution
