// The times a sentence states that can date the figures after them:
//
//   2023年，中国科幻产业总营收达…        → 2023            (a year as topic)
//   截至去年底，…累计注册企业7165家      → reference − 1   (a relative year)
//   自2017年启动以来，…累计为219家…      → 2017/reference  (a cumulative span)
//   十年来，…技术合同超4.9万项          → reference−10/reference
//   《…方案（2024—2027年）》，部署50项…  → 2024/2027
//   由2012年的5.95%提高到6.73%            → 2012, for 5.95% only
//
// and the times that do not: a comparison base (较2013年, 是2012年的, 去年同期) and the start of an
// event without 以来 (本届大赛于2022年6月启动，共吸引… — the figures are the edition's, not 2022's).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "attribute/sentence_view.hpp"

namespace zgcfacts::attribution {

struct TimeCue {
    std::size_t begin = 0;  // clean offsets of the time expression
    std::size_t end = 0;
    std::string period;     // "2023" or "2017/2024"
    /// A time written as 2012年的5.95% dates only the figure after 的, which starts here; npos when
    /// the cue dates every figure after it.
    std::size_t only_for = npos;
    /// 目前, 如今: the present, which continues a span running up to it (自2017年…以来 … 目前，已有15家).
    bool now = false;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    bool dates_every_figure() const noexcept { return only_for == npos; }
};

/// The cues of one sentence in text order. `reference_year` (0 = unknown) resolves relative years
/// and closes cumulative spans; cues that would need it are dropped when it is 0.
std::vector<TimeCue> find_time_cues(const SentenceView& sentence, int reference_year);

/// "2024", or "2017/2024" (a single year when both ends are the same).
std::string format_period(int first_year, int last_year);

/// The period a time mention refers to itself: a year's own year, a date's year (the reference year
/// for a year-less date), a period's span; "" for durations and anything without a year.
std::string own_period(const Mention& mention, int reference_year);

}  // namespace zgcfacts::attribution
