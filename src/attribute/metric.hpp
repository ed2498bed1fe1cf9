// What a figure measures: a short label copied from its sentence.
//
//   招商总额达到902.21亿元      → 招商总额      (the noun phrase before, past 达到)
//   发布231个招商合作项目        → 招商合作项目  (for counts: the noun after the classifier)
//   总营收达1132.9亿元，同比增长29.1% → 总营收 for both (a change belongs to the figure it changes)
//   是全国平均水平的2.7倍        → the metric of the figure it multiplies, not the base
//
// Labels are bounded by punctuation, other mentions, the sentence, a maximum length and the words in
// lexicon.cpp; see label_walk.hpp for the walk itself.
#pragma once

#include <string>
#include <string_view>

#include "attribute/sentence_view.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::attribution {

/// The metric of `mention` (one of sentence.mentions). `previous_metric` is the metric of the closest
/// figure before it in the same sentence ("" if none): rates of change and ratios whose own subject
/// is empty take it over. Time mentions (years, dates, periods) get "".
std::string find_metric(const SentenceView& sentence, const Mention& mention, std::string_view previous_metric);

}  // namespace zgcfacts::attribution
