// Deciding, from the words around it, whether a normalized reading is a figure at all.
//
// The grammar reads 一批 as "one batch", 千家万户 as "a thousand households", 签约309个 as
// "about 309" and 5G as "5". These are words, names and idioms, and precision counts as much as
// recall, so each reading is judged in its context before it becomes a mention.
#pragma once

#include <cstddef>
#include <string_view>

#include "recognize/normalize.hpp"

namespace zgcfacts::recognize {

enum class Verdict {
    accept,
    reject,              // not a figure: move on by one character
    drop_prefix,         // the hedge word belongs to a word (签约, 最近): read again after it
    skip_word,           // an idiom or name (一带一路, 十四五): no part of it is a figure either
};

/// The length of the idiom or name that judge() answered skip_word for, starting at `begin`.
std::size_t fixed_word_length(std::string_view text, std::size_t begin);

/// `begin`/`end`: the reading's span in the clean text.
Verdict judge(std::string_view text, std::size_t begin, std::size_t end, const Reading& reading);

/// True when `q` (ending at `end`) is the head of a list whose last figure `next` (from
/// `next_begin`) carries the unit for all: 分别提高0.3个和1.2个百分点, 0.3、0.5和1.2个百分点. The 0.3个
/// is then percentage points, not a count of 个.
bool shares_points_unit(std::string_view text, std::size_t end, std::size_t next_begin, const Quantity& q,
                        const Quantity& next);

/// Extends a duration over what completes it (一年多来, 十年来, 4年以来), and a ratio over the 多
/// after it (3倍多). Returns the new end and marks 多 as more_than_round on the quantity.
std::size_t extend_duration(std::string_view text, std::size_t end, Quantity& quantity);

/// 十四届全国人大二次会议, 十三届五次全会: sessions are numbered, not counted. Turns such a count of 届
/// or 次 into an ordinal.
void read_session_ordinal(std::string_view text, std::size_t begin, std::size_t end, Quantity& quantity);

/// 部署5方面50项任务: a bare number right before a noun that is counted without a classifier is a
/// count (the classifier stays empty: 方面 is the noun, not a measure word).
void read_count_without_classifier(std::string_view text, std::size_t end, bool bare, Quantity& quantity);

/// 每平方米6.5万元, 每吨3000元: a "per" written before the amount, right before it. Sets the
/// quantity's per like 6.5万元/平方米 would; the span stays the amount.
void read_per_before(std::string_view text, std::size_t begin, Quantity& quantity);

/// 零下5℃ is −5 °C: takes 零下 into a temperature written after it and returns the new start,
/// never before `floor` (where the previous mention ends: mentions do not overlap).
std::size_t extend_below_zero(std::string_view text, std::size_t begin, std::size_t floor, Quantity& quantity);

}  // namespace zgcfacts::recognize
