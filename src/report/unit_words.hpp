// Units, classifiers and comparison bases in the words a reader expects, in Chinese and in
// English. Private to the fact sheets (src/report).
//
//   zh_unit("CNY");               // "元"    (the recognizer's own word for the symbol)
//   en_unit("CNY", false);        // "yuan"
//   en_classifier("项", true);    // "items"
//   en_base_noun("2012年");       // "2012"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zgcfacts::report {

/// The Chinese word for a unit symbol ("CNY" → 元, "pp" → 个百分点, "MW" → 兆瓦); "" for "count"
/// and for no unit; the symbol itself when no word is known.
std::string zh_unit(std::string_view symbol);

/// The English unit after a number: "yuan", "US dollars", "percentage points", "times", "MW",
/// "m²", "days" (`plural` picks "day" / "days"); "" for "count" and "%" (the sign goes on the
/// number) and for no unit.
std::string en_unit(std::string_view symbol, bool plural);

/// The English noun for a Chinese classifier: 项 → item(s), 家 → organization(s), 人/名/位 →
/// person / people; "" for 个 and for classifiers with no natural noun.
std::string en_classifier(std::string_view classifier, bool plural);

/// "per person" for 人, "per tonne" for 吨 …, "per <the Chinese word>" otherwise.
std::string en_per(std::string_view per);

/// What a comparison base refers to, in English, when it is known: "2012" for 2012年 and
/// 较2012年, "the previous year" for 上年 / 去年, "the national average" for 全国平均水平.
std::optional<std::string> en_base_noun(std::string_view base);

}  // namespace zgcfacts::report
