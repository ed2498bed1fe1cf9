// scan(): walk the clean text, try the grammar where a figure can start, judge each reading in its
// context, and map spans back to raw bytes.
#include "zgcfacts/scan.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "grammar/mention.hpp"
#include "recognize/change.hpp"
#include "recognize/context_reads.hpp"
#include "recognize/judge.hpp"
#include "recognize/lexicon.hpp"
#include "recognize/normalize.hpp"
#include "recognize/start_filter.hpp"
#include "recognize/text_walk.hpp"
#include "recognize/time_words.hpp"
#include "text/clean_for_scan.hpp"

namespace zgcfacts {

namespace {

using recognize::char_at;
using recognize::char_length;

/// What find_mentions() reads: the mentions with their clean spans and quantities (the raw spans
/// are filled in by scan()), and for each the year it is dated relative to.
struct Found {
    std::vector<Mention> mentions;
    std::vector<int> relative_years;  // 今年 0, 去年 -1 … for a date written after such a word; kNoRelative otherwise
};
constexpr int kNoRelative = 1000;

/// The headline, dateline and lead of a text: where it says when it was written.
constexpr std::size_t opening_bytes = 360;  // about 120 Chinese characters

/// 分别提高0.3个和1.2个百分点: the unit written once, at the end of the list, is every item's.
/// From the back, so a longer list (0.3、0.5和1.2个百分点) passes the unit along.
void share_points_unit(std::string_view text, std::vector<Mention>& found) {
    for (std::size_t i = found.size(); i-- > 1;) {
        Mention& item = found[i - 1];
        if (!recognize::shares_points_unit(text, item.clean_end, found[i].clean_start, item.quantity,
                                           found[i].quantity))
            continue;
        Quantity& q = item.quantity;
        q.kind = Kind::percent;
        q.unit = "pp";
        q.classifier.clear();
        recognize::read_change(text, item.clean_start, q);
    }
}

/// 同比分别增长10%、12%: the items of a list after one change verb change the same way, against the
/// same base.
void share_change(std::string_view text, std::vector<Mention>& found) {
    for (std::size_t i = 1; i < found.size(); ++i) {
        const Quantity& first = found[i - 1].quantity;
        Quantity& next = found[i].quantity;
        if (first.change == Change::none || next.change != Change::none || !next.base.empty()) continue;
        if (next.kind != first.kind || next.unit != first.unit) continue;
        const std::string_view between =
            text.substr(found[i - 1].clean_end, found[i].clean_start - found[i - 1].clean_end);
        if (between != "、" && between != "和" && between != "及") continue;
        next.change = first.change;
        next.base = first.base;
    }
}

bool is_lower_bound(const Quantity& q) {
    return (q.qualifier == Qualifier::over || q.qualifier == Qualifier::at_least) && q.lower;
}

bool is_upper_bound(const Quantity& q) {
    return (q.qualifier == Qualifier::under || q.qualifier == Qualifier::at_most) && q.upper;
}

/// The range that the bounds `first_mention` and `second_mention` (the mention after it) make
/// together, if they make one.
std::optional<Quantity> joined_bounds(std::string_view text, const Mention& first_mention, const Mention& second_mention) {
    const Quantity& first = first_mention.quantity;
    const Quantity& second = second_mention.quantity;
    const bool lower_first = is_lower_bound(first) && is_upper_bound(second);
    if (!lower_first && !(is_upper_bound(first) && is_lower_bound(second))) return std::nullopt;
    if (first.change != Change::none || second.change != Change::none) return std::nullopt;
    const bool same_measure = first.kind == second.kind && first.unit == second.unit;
    const bool unit_at_end = first.kind == Kind::number && first.unit.empty();
    if (!same_measure && !unit_at_end) return std::nullopt;
    const std::string_view between =
        text.substr(first_mention.clean_end, second_mention.clean_start - first_mention.clean_end);
    if (!between.empty() && between != "并" && between != "并且" && between != "且" && between != "的同时")
        return std::nullopt;
    const Decimal lower = lower_first ? *first.lower : *second.lower;
    const Decimal upper = lower_first ? *second.upper : *first.upper;
    if (!(lower < upper)) return std::nullopt;
    Quantity range = second;  // the unit, kind and classifier written last
    range.qualifier = Qualifier::range;
    range.value = lower;
    range.lower = lower;
    range.upper = upper;
    return range;
}

/// 大于10小于20, 大于4865并少于20793, 不大于50不小于20: a lower and an upper bound of the same
/// measure written one right after the other, in either order, bound one range — when the lower
/// is below the upper (大于50小于12 stays two bounds). A unit written only on the second is both's.
void join_bounds(std::string_view text, Found& found) {
    // Compacted in place: a text of nothing but bounds must not cost a vector erase per pair.
    std::vector<Mention>& mentions = found.mentions;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < mentions.size(); ++i, ++kept) {
        if (i + 1 < mentions.size()) {
            if (auto range = joined_bounds(text, mentions[i], mentions[i + 1])) {
                mentions[i].clean_end = mentions[i + 1].clean_end;
                mentions[i].quantity = std::move(*range);
                if (kept != i) {
                    mentions[kept] = std::move(mentions[i]);
                    found.relative_years[kept] = found.relative_years[i];
                }
                ++i;  // the upper bound is part of it now
                continue;
            }
        }
        if (kept != i) {
            mentions[kept] = std::move(mentions[i]);
            found.relative_years[kept] = found.relative_years[i];
        }
    }
    mentions.resize(kept);
    found.relative_years.resize(kept);
}

/// Room for the mentions of `text`, so the vector (384 bytes a mention) is not copied as it grows.
/// News text holds about one mention per 250 bytes; reserved memory that stays unused is never
/// touched.
std::size_t expected_mentions(std::string_view text) { return text.size() / 128 + 8; }

/// The 1 of 2.06∶1 or the 32 of 10:32: a term after a ratio sign (or a clock's colon) is read with
/// the term before it, or not at all (0.2∶14.9∶84.9 is no single figure).
/// Byte compares only: the scan asks this at every digit.
bool follows_ratio_sign(std::string_view text, std::size_t pos) {
    constexpr std::string_view ratio_sign = "∶";
    std::size_t sign = pos;
    if (pos >= 1 && text[pos - 1] == ':')
        sign = pos - 1;
    else if (pos >= ratio_sign.size() && text.substr(pos - ratio_sign.size(), ratio_sign.size()) == ratio_sign)
        sign = pos - ratio_sign.size();
    return sign != pos && sign >= 1 && recognize::is_ascii_digit(static_cast<unsigned char>(text[sign - 1]));
}

/// 表2 or 图3 opening a line is a caption's number, though PDF cleaning joins the line to the Han
/// text that ends the line before (…如下 + 表2 reads 下表2): the raw text shows the line break.
bool numbers_a_caption_line(const CleanText& clean, std::size_t begin) {
    const std::string_view text = clean.text();
    const std::size_t mark = recognize::previous_char_start(text, begin);
    const char32_t c = char_at(text, mark);
    if (mark == 0 || (c != U'图' && c != U'表')) return false;
    const std::string gap = clean.raw_slice(clean.raw_end(mark), clean.raw_begin(mark));
    return gap.find('\n') != std::string::npos || gap.find('\r') != std::string::npos;
}

/// The date a day written without its month (25日至29日) belongs to: the last date before it that
/// names a month and is not a quarter or a run of months. nullopt when there is none.
std::optional<std::size_t> date_before(const Found& found) {
    for (std::size_t i = found.mentions.size(); i-- > 0;) {
        const Quantity& q = found.mentions[i].quantity;
        if (q.kind != Kind::date || q.date.month == 0) continue;
        if (q.qualifier == Qualifier::exact || q.date.day != 0) return i;
    }
    return std::nullopt;
}

bool day_exists(int month, int day) {
    constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= days[month - 1];
}

/// Gives days written without a month the month and year of `date` (the end of it, for a range:
/// 4月25日至5月2日 … 3日). False when the days do not exist in that month.
bool take_month_of(const Quantity& date, Quantity& days) {
    const CalendarDate& month = date.qualifier == Qualifier::range && date.date_end.month != 0 ? date.date_end
                                                                                                : date.date;
    days.date.year = month.year;
    days.date.month = month.month;
    if (days.qualifier == Qualifier::range) {
        days.date_end.year = month.year;
        days.date_end.month = month.month;
    }
    const int last_day = days.qualifier == Qualifier::range ? days.date_end.day : days.date.day;
    return day_exists(month.month, last_day);
}

/// Finds every mention in clean text; diagnostics collects numbers too large to represent.
Found find_mentions(const CleanText& clean, std::vector<Error>* diagnostics) {
    const std::string_view text = clean.text();
    Found found;
    found.mentions.reserve(expected_mentions(text));
    found.relative_years.reserve(expected_mentions(text));
    const auto& starts = recognize::start_characters();
    std::size_t pos = 0;
    // Only characters that can begin a mention stop the walk (numerals, lead words; no ASCII
    // letters or punctuation): the byte-level set passes over plain prose without decoding it.
    while ((pos = starts.find_next(text, pos)) < text.size()) {
        const unsigned char byte = static_cast<unsigned char>(text[pos]);
        std::size_t length = 1;
        const char32_t c = recognize::decode_valid(reinterpret_cast<const unsigned char*>(text.data()) + pos, length);
        if (!recognize::may_start_mention(text, pos, c)) {
            pos += length;
            continue;
        }
        // Inside a word or number that was already passed over (the 024 of x2024, the 2 of 3/2).
        if (byte < 0x80) {
            const char32_t before = recognize::char_before(text, pos);
            if (recognize::is_ascii_letter(before) || recognize::is_ascii_digit(before) || before == U'.' ||
                before == U'/' || follows_ratio_sign(text, pos) ||
                ((c == U'-' || c == U'+') && !recognize::is_ascii_digit(char_at(text, pos + 1)))) {
                pos += length;
                continue;
            }
        }

        const char* first = text.data() + pos;
        grammar::ast::Mention tree;
        if (!grammar::parse_mention(first, text.data() + text.size(), tree)) {
            pos += length;
            continue;
        }
        std::size_t end = static_cast<std::size_t>(first - text.data());
        if (byte >= 0x80 && end - pos == length) {  // one Chinese character: a lone numeral
            if (recognize::judge_lone_chinese_numeral(text, pos) == recognize::Verdict::skip_word)
                pos += recognize::fixed_word_length(text, pos);
            else
                pos += length;
            continue;
        }
        auto normalized = recognize::normalize(tree);
        if (normalized.error) {
            if (diagnostics) {
                // Quote the start of the number only: the input may be 10,000 digits long.
                std::string_view written = text.substr(pos, end - pos);
                std::string quoted(written.substr(0, std::min<std::size_t>(written.size(), 40)));
                while (!quoted.empty() && (static_cast<unsigned char>(quoted.back()) & 0xC0) == 0x80) quoted.pop_back();
                if (!quoted.empty() && static_cast<unsigned char>(quoted.back()) >= 0xC0) quoted.pop_back();
                if (quoted.size() < written.size()) quoted += "…";
                diagnostics->push_back(Error{"cannot represent the number '" + quoted + "' exactly: " +
                                                 normalized.error->message,
                                             pos});  // a clean offset; scan() maps it to the raw input
            }
            pos = end;
            continue;
        }
        if (!normalized.reading) {
            pos += length;
            continue;
        }
        auto& reading = *normalized.reading;
        switch (recognize::judge(text, pos, end, reading)) {
        case recognize::Verdict::reject:
            pos += length;
            continue;
        case recognize::Verdict::skip_word:
            pos += recognize::fixed_word_length(text, pos);
            continue;
        case recognize::Verdict::drop_prefix:
            pos += lexicon::prefix_qualifiers()[static_cast<std::size_t>(reading.prefix)].word.size();
            continue;
        case recognize::Verdict::accept:
            break;
        }
        if (reading.bare && numbers_a_caption_line(clean, pos)) {
            pos += length;
            continue;
        }
        Quantity& q = reading.quantity;
        // 4月…25日至29日: the days are of the month written before; without one they are not read.
        std::optional<std::size_t> month_source;
        if (q.kind == Kind::date && q.date.month == 0) {
            month_source = date_before(found);
            if (!month_source || !take_month_of(found.mentions[*month_source].quantity, q)) {
                pos += length;
                continue;
            }
        }
        recognize::read_count_without_classifier(text, end, reading.bare, q);
        recognize::read_money_named_beside(text, pos, end, reading.bare && reading.magnitude_only, q);
        end = recognize::extend_duration(text, end, q);
        end = recognize::extend_jiao_fen(text, end, q);
        const std::size_t previous_end = found.mentions.empty() ? 0 : found.mentions.back().clean_end;
        pos = recognize::extend_below_zero(text, pos, previous_end, q);
        recognize::read_session_ordinal(text, pos, end, q);
        recognize::read_per_before(text, pos, q);
        recognize::read_change(text, pos, q);
        recognize::read_change_after(text, end, q);
        int relative = q.kind == Kind::date && q.date.year == 0
                           ? recognize::relative_year_before(text, pos).value_or(kNoRelative)
                           : kNoRelative;
        if (month_source) relative = found.relative_years[*month_source];  // and its year
        Mention& mention = found.mentions.emplace_back();
        mention.clean_start = pos;
        mention.clean_end = end;
        mention.quantity = std::move(q);
        found.relative_years.push_back(relative);
        pos = end;
    }
    share_points_unit(text, found.mentions);
    share_change(text, found.mentions);
    join_bounds(text, found);
    return found;
}

void set_year(Quantity& q, int year) {
    if (q.kind != Kind::date || q.date.year != 0) return;
    q.date.year = year;
    if (q.qualifier == Qualifier::range) {
        q.date_end.year = year;
        if (q.date_end.month < q.date.month) ++q.date_end.year;
    }
}

/// The month the text was written in, from the first day its opening names (新华社北京3月27日电);
/// 0 when it names none.
int opening_month(const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions) {
        if (m.clean_start >= opening_bytes) break;
        if (m.quantity.kind == Kind::date && m.quantity.date.day != 0) return m.quantity.date.month;
    }
    return 0;
}

/// 1—11月, 前三季度, 上半年, 三季度 without a year: statistics of a run of months from January, a
/// quarter or a half are reported once it is over, so one that ends after the month the text was
/// written in is last year's (a text of 3月27日 reporting 1—11月 reports last year's).
bool reported_before(const Mention& m, int written_month) {
    const Quantity& q = m.quantity;
    if (written_month == 0 || q.kind != Kind::date || q.qualifier != Qualifier::range || q.date.day != 0) return false;
    const bool statistical_run = q.date.month == 1 || m.surface.find("季度") != std::string::npos ||
                                 m.surface.find("半年") != std::string::npos;
    return statistical_run && q.date_end.month > written_month;
}

}  // namespace

std::vector<Mention> scan(const CleanText& text, int reference_year, std::vector<Error>* diagnostics) {
    const std::size_t known = diagnostics ? diagnostics->size() : 0;
    Found found = find_mentions(text, diagnostics);
    if (diagnostics) {
        for (std::size_t i = known; i < diagnostics->size(); ++i)
            (*diagnostics)[i].offset = text.raw_begin((*diagnostics)[i].offset);
    }
    std::vector<Mention>& mentions = found.mentions;
    CleanText::RawCursor raw(text);  // the mentions are in text order
    for (Mention& m : mentions) {
        m.start = raw.raw_begin(m.clean_start);
        m.end = raw.raw_end(m.clean_end);
        m.surface = text.raw_slice(m.start, m.end);
    }
    const int year = reference_year != 0 ? reference_year : infer_reference_year(text, mentions);
    if (year != 0) {
        const int written_month = opening_month(mentions);
        for (std::size_t i = 0; i < mentions.size(); ++i) {
            int offset = found.relative_years[i];
            if (offset == kNoRelative) offset = reported_before(mentions[i], written_month) ? -1 : 0;
            set_year(mentions[i].quantity, year + offset);
        }
    }
    return std::move(found.mentions);
}

Result<std::vector<Mention>> scan(std::string_view raw, const ScanOptions& options) {
    auto text = text::clean_for_scan(raw, options.clean);
    if (!text) return text.error();
    return scan(*text, options.reference_year, options.diagnostics);
}

namespace {

/// 到2027年, 力争2030年, 2030年前: a year the text sets as a goal.
bool is_target_year(std::string_view text, const Mention& year) {
    const std::string_view before = text.substr(0, year.clean_start);
    if (before.ends_with("截至") || before.ends_with("截止至")) return false;  // a cut-off date is a past one
    for (std::string_view goal : {"到", "至", "力争", "争取", "预计", "计划", "目标", "有望"})
        if (before.ends_with(goal)) return true;
    return text.substr(year.clean_end).starts_with("前");
}

/// 较2019年, 比2012年, 与2019年相比: a year compared with is an earlier one, not the text's own.
bool is_base_year(std::string_view text, const Mention& year) {
    const std::string_view before = text.substr(0, year.clean_start);
    if (before.ends_with("较") || before.ends_with("比")) return true;
    // 与/同 also end words (参与, 共同): only with the 相比 that closes the comparison.
    const bool opened = before.ends_with("与") || before.ends_with("同");
    return opened && text.substr(year.clean_end).starts_with("相比");
}

/// 截至2024年底, 2024年末, 2024年12月底: a year-end cut-off is written once the year is over, so it
/// names a past year rather than the one the text was written in.
bool is_year_end(std::string_view text, const Mention& time) {
    const Quantity& q = time.quantity;
    const bool whole_year = q.kind == Kind::year || (q.kind == Kind::date && q.date.month == 12);
    if (!whole_year) return false;
    const std::string_view after = text.substr(time.clean_end);
    return after.starts_with("底") || after.starts_with("末");
}

/// The calendar year a year or a dated mention names, 0 for anything else. Dates count only when
/// their year is written (2025年3月27日, 2025-03-27), not filled in from a reference year.
int written_year(const Mention& m) {
    const Quantity& q = m.quantity;
    if (q.kind == Kind::year) {
        const auto year = q.value.to_int64();
        return year ? static_cast<int>(*year) : 0;
    }
    if (q.kind != Kind::date || q.date.year == 0) return 0;
    const bool year_written =
        m.surface.find("年") != std::string::npos || m.surface.find(std::to_string(q.date.year)) != std::string::npos;
    return year_written ? q.date.year : 0;
}

/// A year that says nothing about when the text was written: a goal, a base compared with, a
/// year-end cut-off.
bool is_other_than_own_year(std::string_view text, const Mention& m) {
    return is_target_year(text, m) || is_base_year(text, m) || is_year_end(text, m);
}

/// The headline, dateline and lead: 2025中关村论坛年会开幕, 新华社北京2025年3月27日电. The latest year
/// there is the text's own even when its body reports an earlier year's statistics at length; the
/// latest, because a lead may first recall the past (2019年、2021年、2023年，…先后3次… 2024中关村论坛
/// 年会召开之际).
int opening_year(const std::vector<Mention>& mentions, std::string_view text) {
    int latest = 0;
    for (const auto& m : mentions) {
        if (m.clean_start >= opening_bytes) break;
        if (m.quantity.kind == Kind::period) {
            // 《行动计划（2025—2029年）》: a plan is issued as its span begins.
            if (const auto first = m.quantity.value.to_int64()) latest = std::max(latest, static_cast<int>(*first));
            continue;
        }
        if (m.quantity.kind != Kind::year && m.quantity.kind != Kind::date) continue;
        if (is_other_than_own_year(text, m)) continue;
        latest = std::max(latest, written_year(m));
    }
    return latest;
}

/// The most frequent year, the latest on a tie. Goals and bases do not vote; year-end cut-offs
/// vote only when nothing else does.
int most_voted_year(const std::vector<Mention>& mentions, std::string_view text) {
    std::map<int, int> votes;
    std::map<int, int> year_end_votes;
    for (const auto& m : mentions) {
        const Kind kind = m.quantity.kind;
        if (kind != Kind::year && (kind != Kind::date || m.quantity.date.year == 0)) continue;
        // Only years written out: a date that took its year from an earlier guess does not vote again.
        const int year = written_year(m);
        if (year == 0) continue;
        if (text.empty()) {
            ++votes[year];
        } else if (is_year_end(text, m)) {
            ++year_end_votes[year];
        } else if (kind == Kind::date || !(is_target_year(text, m) || is_base_year(text, m))) {
            ++votes[year];
        }
    }
    const std::map<int, int>& counted = votes.empty() ? year_end_votes : votes;
    int best = 0;
    int best_votes = 0;
    for (const auto& [year, count] : counted) {
        if (count >= best_votes) {  // ascending order: a tie goes to the later year
            best = year;
            best_votes = count;
        }
    }
    return best;
}

}  // namespace

int infer_reference_year(const std::vector<Mention>& mentions) { return most_voted_year(mentions, {}); }

int infer_reference_year(const CleanText& text, const std::vector<Mention>& mentions) {
    if (const int year = opening_year(mentions, text.text())) return year;
    return most_voted_year(mentions, text.text());
}

void resolve_dates(std::vector<Mention>& mentions, int year) {
    if (year == 0) return;
    for (auto& m : mentions) set_year(m.quantity, year);
}

}  // namespace zgcfacts
