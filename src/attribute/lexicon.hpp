// The word tables attribution relies on. Without a segmenter or dictionary, a metric label is found
// by walking from a figure until something that cannot be part of a noun phrase: punctuation, another
// figure, or one of the words listed here. All tables live in lexicon.cpp, each with the reason it
// exists, so that tuning the heuristics means editing data, not code.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "attribute/word_list.hpp"

namespace zgcfacts::attribution {

/// Function words, adverbs and clause-level verbs (的 了 在 是 将 达到 发布 提供 …): a noun-phrase
/// label never runs across one of them.
const WordList& phrase_breakers();

/// One-character hedges and linking verbs (约 近 超 逾 达 占) skipped between a subject and its figure
/// but not phrase breakers elsewhere, where they are parts of words (习近平, 碳达峰).
const WordList& figure_hedges();

/// Adverbs of averaging (年均, 平均) skipped between a subject and its figure (成交额年均增长15%,
/// 失业率平均为4.1%) but part of the noun they open elsewhere (PM2.5年均浓度, 全市平均工资).
const WordList& averaging_adverbs();

/// Nouns naming a share of a whole (比重, 份额): 产量占全球比重 measures the subject's share, so its
/// label keeps the subject and the whole.
const WordList& share_nouns();

/// Words that contain a breaker but are themselves noun material (占比 contains 比, 有限 contains 有,
/// 签约 contains 约): a breaker inside one of these does not end the label.
const WordList& shielding_words();

/// Words that introduce a comparison base (较, 相较于, 同比, 是 in 是…的2.7倍). A rate of change or a
/// ratio measures the figure before the base, not the base itself.
const WordList& comparison_markers();

/// Words that open the starting point of a change (研发投入强度由2012年的5.95%提高到6.73%): like a base,
/// what stands before them is the metric; unlike a base, the time after them dates the figure after 的.
const WordList& starting_point_markers();

/// Attributes that take 的 inside a noun phrase (世界一流的新型研发机构): after a count, a label
/// ending in one of these continues past 的 to the head noun.
const WordList& attributive_words();

/// Prepositions that date an event (自2023年3月启动, 于2022年6月启动): without a following 以来
/// the time tells when something started, not which period the figures describe.
const WordList& event_time_markers();

/// Words after a time that make it the start of a cumulative span (2017年以来, 十年来).
const WordList& cumulative_markers();

/// A word for a year relative to the document's reference year (今年 0, 去年 -1). `now` marks the
/// words for the present moment (目前, 如今): a count as it stands now, which ends any span running
/// up to it rather than starting a year of its own.
struct RelativeYear {
    std::string_view word;
    int offset;
    bool now = false;
};
std::span<const RelativeYear> relative_years();

/// A five-year plan by its number (“十四五” is 2021–2025).
struct PlanPeriod {
    std::string_view word;
    int first_year;  // the last is four years later
};
std::span<const PlanPeriod> plan_periods();

/// Words after a plan's name that make it the span of the figures (“十四五”时期, 期间, 末).
const WordList& plan_span_suffixes();

/// Words after a relative year that make it a comparison base rather than the period (去年同期).
const WordList& base_period_suffixes();

/// The byte length of the hedge that ends exactly at `end` and is not part of a shielding word.
std::size_t hedge_ending_at(std::string_view text, std::size_t end, std::size_t floor);

/// The byte length of the breaker that ends exactly at `end` (starting at or after `floor`) and is not
/// part of a shielding word around it; 0 when there is none.
std::size_t breaker_ending_at(std::string_view text, std::size_t end, std::size_t floor);

/// The same for a breaker that starts at `begin` (ending at or before `ceiling`).
std::size_t breaker_starting_at(std::string_view text, std::size_t begin, std::size_t ceiling);

}  // namespace zgcfacts::attribution
