// Completing a reading from the words right around it, once it is judged a figure: what the
// grammar cannot see because it lies outside the span (零下 before 5℃, 每 before the amount) or
// because the same words count in one place and number in another (十四届 of 全国人大).
#pragma once

#include <cstddef>
#include <string_view>

#include "zgcfacts/quantity.hpp"

namespace zgcfacts::recognize {

/// 十四届全国人大二次会议, 十三届五次全会: sessions are numbered, not counted. Turns such a count of 届
/// or 次 into an ordinal.
void read_session_ordinal(std::string_view text, std::size_t begin, std::size_t end, Quantity& quantity);

/// 部署5方面50项任务: a bare number right before a noun that is counted without a classifier is a
/// count (the classifier stays empty: 方面 is the noun, not a measure word).
void read_count_without_classifier(std::string_view text, std::size_t end, bool bare, Quantity& quantity);

/// 百万奖金, 奖金百万, 融资千万: two magnitudes alone (百万, 千万, 百亿) between `begin` and `end`, right
/// before or after a word for a sum of money (达, 高达, 为 may stand between), are that many yuan;
/// judge() accepts such a bare magnitude only then.
bool money_named_beside(std::string_view text, std::size_t begin, std::size_t end);

/// Makes the bare magnitude that money_named_beside() vouches for an amount of yuan.
void read_money_named_beside(std::string_view text, std::size_t begin, std::size_t end, bool bare,
                             Quantity& quantity);

/// 每平方米6.5万元, 每吨3000元: a "per" written before the amount, right before it. Sets the
/// quantity's per like 6.5万元/平方米 would; the span stays the amount.
void read_per_before(std::string_view text, std::size_t begin, Quantity& quantity);

/// 5元5角, 3元5角2分, 十元零五分: dimes (角) and cents (分) after whole yuan are part of the amount.
/// Returns the new end, and adds them to the quantity's value.
std::size_t extend_jiao_fen(std::string_view text, std::size_t end, Quantity& quantity);

/// 零下5℃ is −5 °C: takes 零下 into a temperature written after it and returns the new start,
/// never before `floor` (where the previous mention ends: mentions do not overlap).
std::size_t extend_below_zero(std::string_view text, std::size_t begin, std::size_t floor, Quantity& quantity);

}  // namespace zgcfacts::recognize
