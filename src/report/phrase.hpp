// The sentence-like reading of a Quantity, one function per language (the public entry point is
// zgcfacts::say in zgcfacts/sheet.hpp). Private to src/report.
//
//   say_zh(q);   // "超610亿元", "同比增长29.1%", "是2012年的1.9倍"
//   say_en(q);   // "over 61 billion yuan", "up 29.1% year on year", "1.9 times the 2012 level"
#pragma once

#include <string>

#include "zgcfacts/quantity.hpp"

namespace zgcfacts::report {

std::string say_zh(const Quantity& quantity);
std::string say_en(const Quantity& quantity);

}  // namespace zgcfacts::report
