#include "attribute/time_cues.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "attribute/lexicon.hpp"
#include "attribute/utf8_walk.hpp"

namespace zgcfacts::attribution {

namespace {

/// How far after a time a 以来 may stand and still close it (自2017年启动大赛以来).
constexpr std::size_t max_chars_to_since = 10;

std::optional<int> integer_year(const Decimal& value) {
    const auto year = value.to_int64();
    if (!year || *year < 1 || *year > 9999) return std::nullopt;
    return static_cast<int>(*year);
}

/// The first and last year a time mention names, if it names any.
std::optional<std::pair<int, int>> years_of(const Mention& mention, int reference_year) {
    const Quantity& q = mention.quantity;
    switch (q.kind) {
        case Kind::year:
            if (auto year = integer_year(q.value)) return std::pair{*year, *year};
            return std::nullopt;
        case Kind::date: {
            const int year = q.date.year != 0 ? q.date.year : reference_year;
            if (year == 0) return std::nullopt;
            return std::pair{year, year};
        }
        case Kind::period: {
            const auto first = integer_year(q.value);
            if (!first) return std::nullopt;
            std::optional<int> last;
            if (q.upper) last = integer_year(*q.upper);
            return std::pair{*first, last ? std::max(*first, *last) : *first};
        }
        default:
            return std::nullopt;
    }
}

/// Is a 以来 (or a 来 right after the time) closing the clause that starts at `end`?
bool followed_by_since(const SentenceView& sentence, std::size_t end) {
    const std::string_view text = sentence.text;
    if (cumulative_markers().longest_starting_at(text, end, sentence.bounds.end) != 0) return true;
    std::size_t pos = end;
    for (std::size_t count = 0; pos < sentence.bounds.end && count < max_chars_to_since; ++count) {
        if (text.substr(pos).starts_with("以来")) return true;
        if (!is_label_char(code_point_at(text, pos))) return false;
        pos = next_boundary(text, pos);
    }
    return false;
}

/// 过去一年, 过去五年: the years before the current one (a report written in 2025 looks back on
/// 2024, or on 2020–2024).
bool past_years(const SentenceView& sentence, const Mention& duration) {
    return sentence.text.substr(0, duration.clean_start).ends_with("过去");
}

/// 近五年, 最近三年, and 过去五年: the last years up to now, as 十年来 is.
bool looks_back(const SentenceView& sentence, const Mention& duration) {
    const std::string_view before = sentence.text.substr(0, duration.clean_start);
    return duration.surface.starts_with("近") || past_years(sentence, duration) || before.ends_with("最近");
}

enum class Role { topic, since, figure_after_de, ignored };

/// The figure that starts right after a 的 following the time (2012年的5.95%), or nullptr.
const Mention* figure_after_de(const SentenceView& sentence, std::size_t end) {
    constexpr std::string_view de = "的";
    if (!sentence.text.substr(end).starts_with(de)) return nullptr;
    const Mention* figure = sentence.mention_starting_at(end + de.size());
    if (figure == nullptr) return nullptr;
    switch (figure->quantity.kind) {
        case Kind::year: case Kind::date: case Kind::period: case Kind::duration: case Kind::ordinal:
            return nullptr;  // 2023年的4月, 2024年的第一: times and positions, not figures
        default:
            return figure;
    }
}

/// What a time does in its sentence; for figure_after_de, the figure it dates.
struct TimeRole {
    Role role;
    const Mention* figure = nullptr;
};

/// Whether [begin, …) starts its sentence or a clause of it (after ，；：).
bool opens_clause(const SentenceView& sentence, std::size_t begin) {
    if (begin <= sentence.bounds.begin) return true;
    const std::string_view before = sentence.text.substr(0, begin);
    return before.ends_with("，") || before.ends_with("；") || before.ends_with("：") || before.ends_with(",");
}

/// 去年同期相比, 同期相较: the comparison word follows.
bool followed_by_comparison(std::string_view text, std::size_t end) {
    const std::string_view after = text.substr(end);
    return after.starts_with("相比") || after.starts_with("相较") || after.starts_with("比");
}

/// Whether a time at [begin, end) dates what follows, opens a cumulative span, dates one figure
/// after 的, or is a base or an event time that says nothing about the figures.
TimeRole role_of(const SentenceView& sentence, std::size_t begin, std::size_t end) {
    const std::string_view text = sentence.text;
    const std::size_t floor = sentence.bounds.begin;
    const std::size_t ceiling = sentence.bounds.end;
    const std::size_t marker = comparison_markers().longest_ending_at(text, begin, floor);
    if (marker != 0 && !shielding_words().covers(text, begin - marker, begin)) {
        // 比2022年的290亿元: the base's own value is 2022's; 是2012年的1.9倍 and 占全国的35% are not.
        const Mention* figure = figure_after_de(sentence, end);
        const bool relative = figure != nullptr &&
                              (figure->quantity.kind == Kind::ratio || figure->quantity.kind == Kind::percent);
        const std::string_view word = text.substr(begin - marker, marker);
        const bool copula = word == "是" || word == "为" || word == "占" || word == "相当于";
        if (figure == nullptr || relative || copula) return {Role::ignored};
        return {Role::figure_after_de, figure};
    }
    if (const std::size_t suffix = base_period_suffixes().longest_starting_at(text, end, ceiling); suffix != 0) {
        // 比去年同期增长 compares with it; 去年同期，新设企业250家 opening a clause states its figures.
        return opens_clause(sentence, begin) && !followed_by_comparison(text, end + suffix) ? TimeRole{Role::topic}
                                                                                          : TimeRole{Role::ignored};
    }
    // 与2013年相比: the comparison word follows the time.
    if (text.substr(end).starts_with("相比") || text.substr(end).starts_with("相较")) return {Role::ignored};
    if (followed_by_since(sentence, end)) return {Role::since};
    if (const Mention* figure = figure_after_de(sentence, end)) return {Role::figure_after_de, figure};
    if (event_time_markers().longest_ending_at(text, begin, floor) != 0) return {Role::ignored};
    return {Role::topic};
}

void add_mention_cue(const SentenceView& sentence, const Mention& mention, int reference_year,
                     std::vector<TimeCue>& cues) {
    const Quantity& q = mention.quantity;
    if (q.kind == Kind::duration) {
        // 十年来 / 设立4年以来 / 近五年: a span of that many years up to the reference year; 过去五年
        // ends the year before it.
        const bool counts_years = mention.surface.find("年") != std::string::npos;
        const bool since = mention.surface.ends_with("来") || followed_by_since(sentence, mention.clean_end);
        if (!counts_years || !(since || looks_back(sentence, mention)) || reference_year == 0) return;
        const double years = std::floor(q.value.to_double());
        if (years < 1 || years > 200) return;
        const int first = reference_year - static_cast<int>(years);
        const int last = past_years(sentence, mention) ? reference_year - 1 : reference_year;
        cues.push_back({mention.clean_start, mention.clean_end, format_period(first, last)});
        return;
    }
    const auto years = years_of(mention, reference_year);
    if (!years) return;
    const TimeRole role = role_of(sentence, mention.clean_start, mention.clean_end);
    switch (role.role) {
        case Role::ignored:
            return;
        case Role::since:
            // A span runs to the reference year; without one, the start year is all we know.
            cues.push_back({mention.clean_start, mention.clean_end,
                            format_period(years->first, std::max(years->second, reference_year))});
            return;
        case Role::topic:
            cues.push_back({mention.clean_start, mention.clean_end, format_period(years->first, years->second)});
            return;
        case Role::figure_after_de:
            cues.push_back({mention.clean_start, mention.clean_end, format_period(years->first, years->second),
                            role.figure->clean_start});
            return;
    }
}

void add_relative_cues(const SentenceView& sentence, int reference_year, std::vector<TimeCue>& cues) {
    if (reference_year == 0) return;
    const std::string_view text = sentence.text.substr(0, sentence.bounds.end);
    for (const RelativeYear& relative : relative_years()) {
        for (std::size_t at = text.find(relative.word, sentence.bounds.begin); at != std::string_view::npos;
             at = text.find(relative.word, at + relative.word.size())) {
            const std::size_t end = at + relative.word.size();
            if (sentence.inside_mention(at, end)) continue;  // the grammar already read it (今年5月)
            const TimeRole role = role_of(sentence, at, end);
            if (role.role == Role::ignored) continue;
            const int year = reference_year + relative.offset;
            TimeCue cue{at, end, role.role == Role::since ? format_period(year, reference_year) : format_period(year, year)};
            if (role.figure != nullptr) cue.only_for = role.figure->clean_start;
            cue.now = relative.now && role.role == Role::topic;
            cues.push_back(std::move(cue));
        }
    }
}

/// “十四五”以来 (since the plan began) and “十四五”时期 (the plan's five years) date the figures
/// after them; a plan named otherwise (“十四五”规划提出) is a document, not a time.
void add_plan_cues(const SentenceView& sentence, int reference_year, std::vector<TimeCue>& cues) {
    const std::string_view text = sentence.text.substr(0, sentence.bounds.end);
    for (const PlanPeriod& plan : plan_periods()) {
        for (std::size_t at = text.find(plan.word, sentence.bounds.begin); at != std::string_view::npos;
             at = text.find(plan.word, at + plan.word.size())) {
            std::size_t end = at + plan.word.size();
            if (text.substr(end).starts_with("”")) end += std::string_view("”").size();
            const int last_year = plan.first_year + 4;
            if (followed_by_since(sentence, end)) {
                if (reference_year == 0) continue;
                cues.push_back({at, end, format_period(plan.first_year, std::max(plan.first_year, reference_year))});
            } else if (text.substr(end).starts_with("末")) {
                cues.push_back({at, end, format_period(last_year, last_year)});
            } else if (plan_span_suffixes().longest_starting_at(text, end, text.size()) != 0) {
                cues.push_back({at, end, format_period(plan.first_year, last_year)});
            }
        }
    }
}

}  // namespace

std::string format_period(int first_year, int last_year) {
    if (first_year == last_year) return std::to_string(first_year);
    return fmt::format("{}/{}", first_year, last_year);
}

std::vector<TimeCue> find_time_cues(const SentenceView& sentence, int reference_year) {
    std::vector<TimeCue> cues;
    for (const Mention& mention : sentence.mentions) add_mention_cue(sentence, mention, reference_year, cues);
    add_relative_cues(sentence, reference_year, cues);
    add_plan_cues(sentence, reference_year, cues);
    std::stable_sort(cues.begin(), cues.end(), [](const TimeCue& a, const TimeCue& b) { return a.begin < b.begin; });
    return cues;
}

std::string own_period(const Mention& mention, int reference_year) {
    if (mention.quantity.kind == Kind::duration) return {};
    const auto years = years_of(mention, reference_year);
    if (!years) return {};
    return format_period(years->first, years->second);
}

}  // namespace zgcfacts::attribution
