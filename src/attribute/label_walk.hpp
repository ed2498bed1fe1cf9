// Walking from a figure to the noun phrase next to it. There is no segmenter: a label is the longest
// run of label characters (Han, ASCII letters/digits) that does not cross punctuation, another
// mention, the sentence bounds or a phrase breaker from lexicon.cpp, and is at most
// max_label_chars long.
#pragma once

#include <cstddef>
#include <string_view>

#include "attribute/sentence_view.hpp"

namespace zgcfacts::attribution {

/// Shortest label, in code points: a single character left between two breakers (共设的第一项 → 设)
/// is a verb or a fragment far more often than a noun.
inline constexpr std::size_t min_label_chars = 2;

/// Longest label, in code points. Long enough for 优秀初创企业和创业团队, short enough that a missed
/// breaker cannot drag half a sentence along.
inline constexpr std::size_t max_label_chars = 24;

/// The noun phrase that ends where the figure starts (`from`), after skipping the breakers right
/// before the figure (达到, 超, 共计, 同比增长 …). With `step_over_bases`, a comparison base between
/// the subject and the figure (相较于传统晶体, 较2013年, 是…的) is skipped and the walk continues
/// before it; the result may then be empty (同比增长29.1% has no subject of its own).
std::string_view label_before(const SentenceView& sentence, std::size_t from, bool step_over_bases);

/// The noun phrase that starts right after the figure (`from`): the counted noun after a classifier.
/// Empty when a breaker or punctuation follows the figure directly. An opening quote right after the
/// figure is taken with its contents (第三代“香山”处理器核).
std::string_view label_after(const SentenceView& sentence, std::size_t from);

/// A label naming a share (全球比重, 比重) with 占 before it: widened to the subject and the whole
/// (光伏组件产量占全球比重, 经费投入占地区生产总值的比重), since the share alone says not of what;
/// with no subject in the clause, from 占 on (占全球比重). Other labels come back as they are.
std::string_view widen_to_share(const SentenceView& sentence, std::string_view label);

}  // namespace zgcfacts::attribution
