// The words around the figures on a fact sheet (headings, column names, legends), in Chinese and
// English, in one table so the renderers never hard-code a language. Private to src/report.
//
//   const auto& words = zgcfacts::report::labels(zgcfacts::Language::en);
//   words.column_figure;   // "Figure"
#pragma once

#include <string_view>

#include "zgcfacts/sheet.hpp"

namespace zgcfacts::report {

struct Labels {
    std::string_view html_lang;       // "zh-CN", "en"
    std::string_view sheet;           // "数据事实表" / "Fact sheet"
    std::string_view title_separator; // " · " / " — "
    std::string_view all_documents;
    std::string_view document;        // scope words
    std::string_view period;
    std::string_view metric;
    std::string_view column_metric;
    std::string_view column_period;
    std::string_view column_figure;
    std::string_view column_quote;
    std::string_view column_source;
    std::string_view column_change;
    std::string_view series;          // heading of the year-over-year part
    std::string_view series_note;     // how a figure was chosen for a period
    std::string_view sources;
    std::string_view nothing;         // the sheet has no figures
    std::string_view unlabelled;      // a figure without a metric label
    std::string_view legend_exact;
    std::string_view legend_over;
    std::string_view legend_under;
    std::string_view legend_range;
    std::string_view legend_about;
    std::string_view generated;       // footer
};

const Labels& labels(Language language);

}  // namespace zgcfacts::report
