// zgcfacts/sheet.hpp — fact sheets: the figures of a document, a period or a metric, each said the
// way a person would say it, with the sentence it came from and its source.
//
//   zgcfacts::Store store("facts.db");
//   zgcfacts::SheetScope scope;
//   scope.period = "2024";                                   // or document_id, or metric
//   zgcfacts::SheetOptions options;
//   options.language = zgcfacts::Language::en;
//   zgcfacts::Sheet sheet = zgcfacts::build_sheet(store, scope, options);
//   std::string page = zgcfacts::render_sheet(sheet, zgcfacts::SheetFormat::html);
//
// A Sheet is plain data collected from the Store, so a program can change it before rendering
// (drop a section, retitle it, add a series of its own) or render its parts itself:
//
//   zgcfacts::say(*zgcfacts::parse("超 610 亿元"), zgcfacts::Language::en);  // "over 61 billion yuan"
//   zgcfacts::say(*zgcfacts::parse("3000多项"), zgcfacts::Language::zh);     // "3000多项"
//   zgcfacts::YoyOptions yoy;
//   yoy.metric = "签约金额";
//   std::string svg = zgcfacts::yoy_chart_svg(store.yoy(yoy), zgcfacts::Language::zh);
//
// The HTML page is one self-contained file: inline CSS and SVG, no script, no network (its
// Content-Security-Policy forbids any fetch), every piece of text escaped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "zgcfacts/quantity.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts {

enum class Language { zh, en };
enum class SheetFormat { markdown, html, json };

/// How a figure reads to a person, in Chinese or in English:
///
///   超610亿元 / over 61 billion yuan          3000多项 / 3,000-odd items
///   约673.17亿元 / about 67.317 billion yuan   近100项 / nearly 100 items
///   同比增长29.1% / up 29.1% year on year      是2012年的1.9倍 / 1.9 times the 2012 level
///
/// Chinese keeps the scale it was written in (673.17亿, 5万); English uses thousands separators
/// and million / billion / trillion. Time kinds read as dates ("2024年4月25日" / "25 April 2024").
std::string say(const Quantity& quantity, Language language);
/// The same for a stored fact (its decimal strings read back exactly); the surface text when the
/// stored values cannot be read.
std::string say(const StoredFact& fact, Language language);

/// The change from the previous period, compact: "+29.1%", "≈ −16.89%", "< −16.89%",
/// "+5%…+12%"; "" for the first point of a series.
std::string describe_change(const YoyPoint& point);

/// What a sheet covers. Empty fields do not restrict; several restrict together.
struct SheetScope {
    std::optional<std::int64_t> document_id;
    std::string period;  // exact period, "2024" or "2017/2024"
    std::string metric;  // substring of the metric label, as in FactFilter
};

struct SheetOptions {
    Language language = Language::zh;
    /// "" = a title made from the scope ("Fact sheet — period 2024").
    std::string title;
    /// Also list years, dates, periods, durations and ordinals (by default only figures: money,
    /// counts, percentages, ratios, measures, other numbers).
    bool include_time = false;
    /// Year-over-year series for the metrics on the sheet (one chart each in HTML).
    bool series = true;
};

/// The figures of one kind: one table on the sheet.
struct SheetSection {
    Kind kind = Kind::number;
    std::vector<StoredFact> facts;
};

struct Sheet {
    std::string title;
    Language language = Language::zh;
    SheetScope scope;
    /// Kinds in a fixed order (money, count, percent, ratio, measure, number, then time kinds).
    std::vector<SheetSection> sections;
    /// One per metric on the sheet with figures for two or more periods: Store::yoy of the label,
    /// over the whole database, so a document's figure is seen beside other years. Since yoy
    /// matches labels by substring, a series is kept only when at least half of its points carry
    /// the label exactly (金额 is not charted from 签约金额 figures), and drawn once.
    std::vector<YoySeries> series;
    /// The documents the facts and series points come from, by id.
    std::vector<StoredDocument> sources;
};

/// Collects a sheet from the store. Throws StoreError on database failures.
Sheet build_sheet(const Store& store, const SheetScope& scope, const SheetOptions& options = {});

/// Markdown (GitHub tables), one self-contained HTML page, or JSON (decimals as strings, every
/// figure said in both languages).
std::string render_sheet(const Sheet& sheet, SheetFormat format);

/// An inline SVG bar chart of a series: one bar per period, hedged figures drawn as such — an
/// open, fading end for over / at least, a faded top under a dashed cap for nearly / at most, a
/// whisker box from lower to upper for 3000多 and ranges, a diamond marker for about — and the
/// change from the previous period under each bar. "" for a series without points.
std::string yoy_chart_svg(const YoySeries& series, Language language);

/// The heading of a section's kind: "金额" / "Money".
std::string kind_heading(Kind kind, Language language);

}  // namespace zgcfacts
