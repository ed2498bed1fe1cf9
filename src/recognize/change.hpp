// Rates of change and what they compare with, read from the words before a figure:
//   同比增长29.1%          → change up, base 同比
//   较2013年基本实现翻倍    → change up, base 较2013年
//   是2012年的1.9倍        → base 2012年
//   为全国平均水平的2.7倍   → base 全国平均水平
#pragma once

#include <cstddef>
#include <string_view>

#include "zgcfacts/quantity.hpp"

namespace zgcfacts::recognize {

/// Sets quantity.change and quantity.base from the clause before `begin`: for percents and ratios
/// (同比增长29.1%, 是2012年的1.9倍), and for amounts written right after a change verb
/// (比上年末减少3.1万人, 增长56亿元; not 新增1200家, which counts what is new).
void read_change(std::string_view text, std::size_t begin, Quantity& quantity);

/// 实现了3倍增长, 带来15%的提升: a rate with no change verb before it takes the one that closes the
/// clause right after it (not 由5%提高到6%, where the verb leads on to the figure it reached).
void read_change_after(std::string_view text, std::size_t end, Quantity& quantity);

}  // namespace zgcfacts::recognize
