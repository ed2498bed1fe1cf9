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

/// judge()'s verdict on a reading that is one Chinese numeral character and nothing else (the 一
/// of 统一, 一方面; 百 of 百花齐放): never a figure, so the scanner asks this instead of normalizing
/// it, which is most of the cost of plain prose full of 一.
Verdict judge_lone_chinese_numeral(std::string_view text, std::size_t begin);

/// True when `q` (ending at `end`) is the head of a list whose last figure `next` (from
/// `next_begin`) carries the unit for all: 分别提高0.3个和1.2个百分点, 0.3、0.5和1.2个百分点. The 0.3个
/// is then percentage points, not a count of 个.
bool shares_points_unit(std::string_view text, std::size_t end, std::size_t next_begin, const Quantity& q,
                        const Quantity& next);

/// Extends a duration over what completes it (一年多来, 十年来, 4年以来), and a ratio or tenths over
/// the 多 after them (3倍多, 两成多). Returns the new end and marks 多 as more_than_round on the
/// quantity.
std::size_t extend_duration(std::string_view text, std::size_t end, Quantity& quantity);

}  // namespace zgcfacts::recognize
