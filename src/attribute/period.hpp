// Which period a figure refers to.
//
// Figures take the last time cue before them in their sentence (see time_cues.hpp); without one, the
// cue carried over from earlier sentences of the same paragraph (2022年，…6.5%以上。其中，基础研究
// 占16%左右。 → 2022 for both); without that, the document's reference year — for the kinds that are
// statistics of a period (money, counts, percentages). Time mentions get their own period.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "attribute/time_cues.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::attribution {

/// The period in force after the cues of a sentence before `position`, given the one carried into
/// the sentence: the last cue that dates every figure, except that the present (目前) continues a
/// span that runs up to the reference year (自2017年启动以来，…。目前，已有15家… → 2017/2024).
std::string period_in_force(std::span<const TimeCue> cues, std::size_t position, std::string_view carried,
                            int reference_year);

/// What attribution knows of a figure beyond its quantity.
struct FigureContext {
    /// Its metric label: a measure of an amount produced or used (粮食产量, 发电量) is a statistic of
    /// a period; other measures (300兆瓦级, 30微米) are properties.
    std::string_view metric;
    /// A cumulative total (累计投入…2.4亿元), which a single year carried from an earlier sentence or
    /// the reference year does not date; a time stated in its own sentence or a span still does.
    bool running_total = false;
};

/// `cues`: the cues of the mention's sentence; `carried`: the period in force at the end of the
/// previous sentence of the paragraph ("" if none); `reference_year`: 0 when unknown.
std::string find_period(const Mention& mention, std::span<const TimeCue> cues, std::string_view carried,
                        int reference_year, const FigureContext& figure = {});

}  // namespace zgcfacts::attribution
