#include "recognize/judge.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/char_set.hpp"
#include "recognize/context_reads.hpp"
#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

// Idioms, names and fixed words that begin with a numeral the grammar could read as a figure.
// 十四五 and its kin name five-year plans (十 then the adjacent digits 四五, which would read 14..15);
// 三次产业 is the three sectors of the economy together (三次产业结构), not three times.
constexpr std::array<std::string_view, 50> fixed_words{
    "一年一度", "一成不变", "千家万户", "千方百计", "百家争鸣", "万人空巷", "千军万马",
    "五角大楼", "一带一路", "三番五次", "一五一十", "一举两得", "一石二鸟", "千篇一律",
    "万无一失", "十全十美", "三令五申", "四面八方", "五湖四海", "七上八下", "一心一意",
    "一模一样", "一技之长", "一席之地", "一臂之力", "两岸三地", "一国两制", "百年大计",
    "万家灯火", "亿万人民", "一天天", "一年年", "一次性", "一揽子", "一把手", "三好学生",
    "四个中心", "两个确立", "两个维护", "四个意识", "二十大", "十九大", "十八大", "十七大",
    "十一五", "十二五", "十三五", "十四五", "十五五", "三次产业",
};

// Ordinals that are words: 第一动力 (the primary driving force), 第一时间 (at once).
// 第一产业 … 第三产业 are the names of the primary, secondary and tertiary sectors.
constexpr std::array<std::string_view, 9> ordinal_words{
    "第一动力", "第一时间", "第一线", "第一手", "第一书记", "第一桶金", "第一产业", "第二产业", "第三产业",
};

// A one-character hedge that is the tail of a word with the character before it: 签约 is "sign",
// not "about"; 最近 is "recently", not "nearly".
// (UTF-32, so a character is looked up without decoding the list.)
struct HedgeInWord {
    std::string_view hedge;
    std::u32string_view before;  // characters that make a word with it
};
constexpr std::array<HedgeInWord, 5> hedges_in_words{{
    {"约", U"签节预制公条契违履邀特相赴守婉简誓"},
    {"近", U"最附靠临邻就亲贴拉走"},
    {"超", U"赶高"},
    {"上", U"以之线网路面身台会街场"},
    {"逾", U""},
}};

/// A list of words of two characters or more, looked up by their first two characters, so a check
/// compares only the few words that could match. judge runs for every reading, most readings start
/// no listed word, and the common first characters (一, 十) begin many words: the second character
/// is what tells 一个 from 一带一路.
class WordIndex {
public:
    template <class Words>
    explicit WordIndex(const Words& words) {
        for (std::string_view w : words) {
            const char32_t first = char_at(w, 0);
            const char32_t second = char_at(w, char_length(w, 0));
            firsts_.insert(first);
            seconds_.insert(second);
            by_start_[key(first, second)].push_back(w);
        }
    }
    /// The length in bytes of the listed word starting at `pos`, 0 when none does.
    std::size_t word_at(std::string_view text, std::size_t pos) const {
        const char32_t first = char_at(text, pos);
        if (!firsts_.contains(first)) return 0;
        const char32_t second = char_at(text, pos + char_length(text, pos));
        if (!seconds_.contains(second)) return 0;
        const auto bucket = by_start_.find(key(first, second));
        if (bucket == by_start_.end()) return 0;
        for (std::string_view w : bucket->second) {
            if (starts_with_at(text, pos, w)) return w.size();
        }
        return 0;
    }
    bool starts_at(std::string_view text, std::size_t pos) const { return word_at(text, pos) != 0; }

private:
    static std::uint64_t key(char32_t first, char32_t second) { return (std::uint64_t{first} << 32) | second; }

    Utf8CharSet firsts_;
    Utf8CharSet seconds_;
    std::unordered_map<std::uint64_t, std::vector<std::string_view>> by_start_;
};

bool starts_with_any(std::string_view text, std::size_t pos, const WordIndex& words) {
    return words.starts_at(text, pos);
}

const WordIndex& fixed_word_index() {
    static const WordIndex index(fixed_words);
    return index;
}
const WordIndex& ordinal_word_index() {
    static const WordIndex index(ordinal_words);
    return index;
}

// After 四成 the next character must not glue 成 into a word of its own (成为, 成立, 成功, 成果,
// 成本 …); any other noun is what the share is of (六成受访者, 两成企业).
bool tenths_stands_alone(char32_t next) {
    return !is_cjk_ideograph(next) || !contains_char(U"为立功果本就效员长绩熟交型品套都像片批群规事分语", next);
}

// 五大产业 counts categories; 三大学科, 两大会 do not. 三大类 stands on its own.
bool set_of_stands_alone(const Reading& r, char32_t next) {
    auto n = r.quantity.value.to_int64();
    if (!n || *n < 2 || *n > 99) return false;
    if (r.unit_word == "大类") return true;
    return is_cjk_ideograph(next) && !contains_char(U"会小型量幅力批多于约学", next);
}

// 十年来, 十年间, 十年后 are spans of time; 科学十年国际论坛 is a name.
bool duration_stands_alone(char32_t next) {
    return !is_cjk_ideograph(next) || contains_char(U"来以内间里中后前的之多左上时期是已", next);
}

// 近五年技术合同成交额, 过去十年研发投入, 最近三年营收: a span looked back on (with a hedge, or
// after 过去/最近) is a time even with its noun right after it.
bool duration_looks_back(std::string_view text, std::size_t begin, const Reading& r) {
    return r.prefix >= 0 || ends_with_at(text, begin, "过去") || ends_with_at(text, begin, "最近");
}

/// Whether “, 「 or " starts within the last `characters` characters before `begin` (or a few bytes
/// further when they are short): without one, inside_short_quote need not walk back character by
/// character, and most figures have none. It is asked for nearly every figure, so the window is
/// searched sixteen positions at a time (GCC/Clang vector extensions, any target).
bool opening_quote_within(std::string_view text, std::size_t begin, int characters) {
    constexpr std::size_t longest_character = 4;  // bytes of UTF-8
    const std::size_t reach = static_cast<std::size_t>(characters) * longest_character;
    const std::size_t from = begin > reach ? begin - reach : 0;
    const std::size_t length = begin - from;  // the window; a quote must lie wholly inside it
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + from;

    using Lanes = unsigned char __attribute__((vector_size(16)));
    constexpr Lanes lane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    constexpr std::size_t lookahead = 2;  // a lane reads its own byte and the two after it
    std::size_t i = 0;
    for (; i < length && from + i + sizeof(Lanes) + lookahead <= text.size(); i += sizeof(Lanes)) {
        Lanes b0, b1, b2;
        std::memcpy(&b0, bytes + i, sizeof b0);
        std::memcpy(&b1, bytes + i + 1, sizeof b1);
        std::memcpy(&b2, bytes + i + 2, sizeof b2);
        const auto left = static_cast<unsigned char>(std::min<std::size_t>(length - i, 255));
        const auto curly = (b0 == 0xE2) & (b1 == 0x80) & (b2 == 0x9C);   // “
        const auto corner = (b0 == 0xE3) & (b1 == 0x80) & (b2 == 0x8C);  // 「
        const auto hits = ((b0 == '"') & (lane < left)) | ((curly | corner) & (lane + 3 <= left));
        std::uint64_t halves[2];
        std::memcpy(halves, &hits, sizeof halves);
        if ((halves[0] | halves[1]) != 0) return true;
    }
    const std::string_view rest = text.substr(from + i, i < length ? length - i : 0);
    return rest.find('"') != std::string_view::npos || rest.find("“") != std::string_view::npos ||
           rest.find("「") != std::string_view::npos;
}

// “四个中心”, “0”到“1”, “科学十年”, “2+2+N”: a number inside a short quotation is part of a name or
// a slogan. Short: the quotation marks are at most a few characters away on both sides.
bool inside_short_quote(std::string_view text, std::size_t begin, std::size_t end) {
    constexpr int reach = 6;
    if (!opening_quote_within(text, begin, reach)) return false;
    auto is_stop = [](char32_t c) { return c == 0 || c == U'，' || c == U'。' || c == U'；' || c == U'：'; };
    bool opened = false;
    std::size_t pos = begin;
    for (int i = 0; i < reach && pos > 0; ++i) {
        pos = previous_char_start(text, pos);
        const char32_t c = char_at(text, pos);
        if (c == U'“' || c == U'「' || c == U'"') {
            opened = true;
            break;
        }
        if (is_stop(c) || c == U'”' || c == U'」') return false;
    }
    if (!opened) return false;
    pos = end;
    for (int i = 0; i < reach && pos < text.size(); ++i) {
        const char32_t c = char_at(text, pos);
        if (c == U'”' || c == U'」' || c == U'"') return true;
        if (is_stop(c) || c == U'“' || c == U'「') return false;
        pos += char_length(text, pos);
    }
    return false;
}

bool looks_like_list_marker(std::string_view text, std::size_t begin, std::size_t end) {
    const char32_t before = char_before(text, begin);
    const char32_t after = char_at(text, end);
    if ((before == U'(' || before == U'（') && (after == U')' || after == U'）')) return true;
    // Footnote marks: [1], ［2］, 【3】.
    if ((before == U'[' || before == U'［' || before == U'【') && (after == U']' || after == U'］' || after == U'】'))
        return true;
    // 1.加快建设: a full stop right before a Chinese word numbers an item wherever it stands (PDF
    // cleaning joins 主要任务 1.加快 into one run).
    if (after == U'.' && is_cjk_ideograph(char_at(text, end + 1))) return true;
    // A marker opens a line or a clause; 下降1.5、0.8和0.2个百分点 lists numbers after a verb.
    if (is_cjk_ideograph(before)) return false;
    return after == U'、' || after == U')' || after == U'）' ||
           (after == U'.' && !is_ascii_digit(char_at(text, end + 1)));
}

// Idioms with a numeral inside, not at their start (the scan may begin at 上万 in 成千上万).
constexpr std::array<std::string_view, 6> idioms_around_numerals{
    "成千上万", "成百上千", "数以万计", "数以千计", "数以亿计", "数以百计",
};

/// Whether `c` is a character of one of idioms_around_numerals.
bool occurs_in_idioms(char32_t c) {
    static const Utf8CharSet characters = [] {
        Utf8CharSet all;
        for (std::string_view idiom : idioms_around_numerals) {
            for (std::size_t i = 0; i < idiom.size(); i += char_length(idiom, i)) all.insert(char_at(idiom, i));
        }
        return all;
    }();
    return characters.contains(c);
}

/// Whether the candidate at `begin` lies inside one of idioms_around_numerals.
bool inside_idiom(std::string_view text, std::size_t begin) {
    // An idiom around `begin` has the character there as one of its own (clean text is valid UTF-8,
    // so characters line up); most candidates start with a digit, and one lookup rules them out.
    if (!occurs_in_idioms(char_at(text, begin))) return false;
    for (std::string_view idiom : idioms_around_numerals) {
        const std::size_t from = begin >= idiom.size() ? begin - idiom.size() + 1 : 0;
        const std::size_t found = text.substr(from, begin - from + idiom.size()).find(idiom);
        if (found != std::string_view::npos && from + found <= begin) return true;
    }
    return false;
}

/// How many digits the span holds when it is nothing but ASCII digits (0 otherwise).
std::size_t digits_only_length(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (!is_ascii_digit(static_cast<unsigned char>(text[i]))) return 0;
    return end - begin;
}

/// 图1, 表2 opening a caption, and 见表2, 如图3所示, 附表1, 下表2 referring to one: the number of a
/// figure or table. After another word it is a word and a number (数据表 23).
bool numbers_a_figure_or_table(std::string_view text, std::size_t begin, char32_t before) {
    if (before != U'图' && before != U'表') return false;
    const char32_t word_before = char_before(text, previous_char_start(text, begin));
    return !is_cjk_ideograph(word_before) || contains_char(U"见如附下上详", word_before);
}

/// A bare number that is a clock time, a phone number, a code or a model name rather than a figure:
/// 9时30分, 8点, 10:32, 7×24, 4.0版, 010-62345678, 股票代码688001, iPhone 15. Figures of five digits and more
/// are written with a unit (元, 个, 人); without one, a long digit string is an identifier.
bool names_a_time_or_code(std::string_view text, std::size_t begin, std::size_t end) {
    const char32_t before = char_before(text, begin);
    const char32_t after = char_at(text, end);
    // 9时30分, 24时, 8点, 9点30分 (read as 9.30 by the decimal rule), 9点半.
    if (after == U'时' || after == U'点' || after == U'分') return true;
    // 共12页: a page count of the document itself.
    if (after == U'页') return true;
    // 7×24小时 (always), 4.0版本 and 工业4.0 (versions, not amounts).
    if (after == U'×' || after == U'*' || after == U'版') return true;
    if (text.substr(begin, end - begin).ends_with(".0")) return true;
    if (after == U':' && is_ascii_digit(char_at(text, end + 1))) return true;
    if (before == U':' && begin >= 2 && is_ascii_digit(static_cast<unsigned char>(text[begin - 2]))) return true;
    const std::size_t digits = digits_only_length(text, begin, end);
    if (digits >= 5) return true;
    // iPhone 15, GPT-4: a number after a Latin word and a space or hyphen names a model.
    if ((before == U' ' || before == U'-') && begin >= 2 && is_ascii_letter(static_cast<unsigned char>(text[begin - 2])))
        return true;
    return false;
}

/// 010-62345678, 0086: an integer written with a leading zero is a code, whatever follows it.
bool leading_zero_code(std::string_view text, std::size_t begin) {
    return begin + 1 < text.size() && text[begin] == '0' && is_ascii_digit(static_cast<unsigned char>(text[begin + 1]));
}

/// Whether a colon ratio is a clock time instead: 10:30 is, unless a ratio is spoken of just before
/// it (比例为1:10, 之比为3:20). Written with the ratio sign (∶) it is always a ratio.
bool clock_time_not_ratio(std::string_view text, std::size_t begin, std::size_t end, const Reading& r) {
    if (!r.clock_like || text.substr(begin, end - begin).find("∶") != std::string_view::npos) return false;
    constexpr std::size_t reach = 4 * std::string_view("比").size();  // four characters back
    const std::size_t from = begin > reach ? begin - reach : 0;
    return text.substr(from, begin - from).find("比") == std::string_view::npos;
}

/// 25日 with its month written earlier stands where a date stands: opening a clause, or after 于 在
/// 至 到 从 自 (截)止. 连续3日, 近7日, 3日内 and 7日均线 are spans of days.
bool day_stands_as_date(char32_t before, char32_t after) {
    if (is_cjk_ideograph(before) && !contains_char(U"于在至到从自止", before)) return false;
    return !contains_char(U"内来均", after);
}

}  // namespace

Verdict judge(std::string_view text, std::size_t begin, std::size_t end, const Reading& r) {
    const Quantity& q = r.quantity;
    const char32_t before = char_before(text, begin);
    const char32_t after = char_at(text, end);

    if (starts_with_any(text, begin, fixed_word_index())) return Verdict::skip_word;
    if (inside_idiom(text, begin)) return Verdict::reject;
    if (r.single_financial) return Verdict::reject;
    // 翻了近一番: only the doubling rule reads a number before 番.
    if (char_at(text, end) == U'番') return Verdict::reject;
    const bool time_kind = q.kind == Kind::date || q.kind == Kind::year || q.kind == Kind::period;
    if (!time_kind && leading_zero_code(text, begin)) return Verdict::reject;  // 04月25日 is a date
    // 如图3所示 reads 3所 as a count of institutions otherwise.
    if (!time_kind && numbers_a_figure_or_table(text, begin, before)) return Verdict::reject;
    if (q.kind == Kind::date && q.date.month == 0 && !day_stands_as_date(before, after)) return Verdict::reject;
    if (clock_time_not_ratio(text, begin, end, r)) return Verdict::reject;
    if (q.kind == Kind::ordinal) {
        // 第3页 numbers a page of the document, which says nothing about the world.
        if (after == U'页' || starts_with_any(text, begin, ordinal_word_index())) return Verdict::reject;
        return Verdict::accept;
    }

    // A hedge that is really the end of a word: read the number again without it.
    if (r.prefix >= 0) {
        const auto word = lexicon::prefix_qualifiers()[static_cast<std::size_t>(r.prefix)].word;
        for (const auto& h : hedges_in_words) {
            if (word == h.hedge && contains_char(h.before, before)) return Verdict::drop_prefix;
        }
        // 过 is a hedge only where it starts a phrase (过万人), never inside 通过, 经过, 超过.
        if (word == "过" && is_cjk_ideograph(before)) return Verdict::drop_prefix;
    }

    // Digits glued to Latin letters are names and codes: 5G, 3D, P4, TongOS2.0.
    // A mention that ends in a Chinese word (2024年一季度GDP, 3个GPU) is not glued to what follows.
    const bool ends_in_chinese = end > begin && is_cjk_ideograph(char_before(text, end));
    if (is_ascii_letter(before) || (is_ascii_letter(after) && !ends_in_chinese)) {
        if (!r.unit_class || is_ascii_letter(after)) return Verdict::reject;
    }

    if (inside_short_quote(text, begin, end)) return Verdict::reject;
    // 10+5年贯通培养, 3+1+2模式: a number after a number and a plus is a term of a scheme's name.
    if (before == U'+' && is_ascii_digit(char_before(text, begin - 1))) return Verdict::reject;

    // 近7日, 超过10日: a hedged span of days or months, which we do not read (日 is no unit here).
    if (q.kind == Kind::number && !r.unit_class && q.unit.empty() && (after == U'日' || after == U'月'))
        return Verdict::reject;
    if (r.bare) {
        // A Chinese numeral without unit or hedge is mostly a word (统一, 四川, 千行百业, 三十而立);
        // one with inner structure standing on its own (一百五十二。) is a number. The scanner
        // relies on this for one Chinese character (judge_lone_chinese_numeral): keep them agreeing.
        if (r.magnitude_only) return money_named_beside(text, begin, end) ? Verdict::accept : Verdict::reject;
        if (r.chinese_only && !(r.structured && !is_cjk_ideograph(after))) return Verdict::reject;
        if (q.kind == Kind::year) return Verdict::accept;  // 2024 中关村论坛, 报告(2022)
        if (looks_like_list_marker(text, begin, end)) return Verdict::reject;
        // 3-4月 style fragments and numbers right before a date word are parts of dates.
        if (after == U'月' || after == U'日' || after == U'号') return Verdict::reject;
        // 3角: dimes, money we read only after whole yuan (5元5角), or a corner.
        if (after == U'角') return Verdict::reject;
        // 2+2+N, 1+X: numbers joined by a plus name a scheme.
        if (after == U'+' || before == U'+') return Verdict::reject;
        // 1/2/3, 3/2: a number before a slash and digits is part of a code or an unread fraction.
        if (after == U'/' && is_ascii_digit(char_at(text, end + 1))) return Verdict::reject;
        if (names_a_time_or_code(text, begin, end)) return Verdict::reject;
        return Verdict::accept;
    }

    // 一个, 一批, 一家: the numeral one is an article far more often than a count, and 一元 starts
    // words (一元化); 一米, 一美元, 一倍 are amounts.
    const bool article_like = q.kind == Kind::count || (q.kind == Kind::money && r.unit_word != "" &&
                                                        (q.unit == "CNY"));
    if (r.single_one && article_like && r.prefix < 0 && r.suffix < 0 && q.qualifier == Qualifier::exact)
        return Verdict::reject;

    // 千家万户, 百年: a bare magnitude counts something only with a hedge (近千项) or 余/多 (百余位),
    // or as money named by two magnitudes (百亿元, 千万美元); 万元 and 亿元 alone are units of account
    // (万元GDP能耗).
    if (r.magnitude_only && r.prefix < 0 && q.qualifier == Qualifier::exact && q.kind != Kind::percent &&
        !(q.value < Decimal::from_int(100)) && !(q.kind == Kind::money && contains_char(U"十百千拾佰仟", char_at(text, begin))))
        return Verdict::reject;

    if (r.unit_class == lexicon::UnitClass::tenths && !tenths_stands_alone(after)) return Verdict::reject;
    if (r.unit_class == lexicon::UnitClass::set_of && !set_of_stands_alone(r, after)) return Verdict::reject;
    if (r.unit_word == "年" && after == U'代') return Verdict::reject;  // 80年代 is a decade
    if (q.kind == Kind::duration && r.chinese_only && !duration_stands_alone(after) &&
        !duration_looks_back(text, begin, r))
        return Verdict::reject;
    if (r.unit_class == lexicon::UnitClass::classifier && r.unit_word == "地" && !r.chinese_only)
        return Verdict::reject;  // 三地 (three places) is written in words
    return Verdict::accept;
}

bool shares_points_unit(std::string_view text, std::size_t end, std::size_t next_begin, const Quantity& q,
                        const Quantity& next) {
    if (next.unit != "pp" || next_begin <= end || q.qualifier != Qualifier::exact) return false;
    const std::string_view between = text.substr(end, next_begin - end);
    if (between != "和" && between != "、" && between != "与" && between != "及" && between != "或") return false;
    const bool bare_number = q.kind == Kind::number && q.unit.empty();
    const bool cut_short_of_points = q.kind == Kind::count && q.classifier == "个";  // 0.3个和1.2个百分点
    return bare_number || cut_short_of_points;
}

Verdict judge_lone_chinese_numeral(std::string_view text, std::size_t begin) {
    // As judge() decides a bare reading written in Chinese without inner structure: after the
    // idioms and names, every rule for it says reject.
    return starts_with_any(text, begin, fixed_word_index()) ? Verdict::skip_word : Verdict::reject;
}

std::size_t fixed_word_length(std::string_view text, std::size_t begin) {
    return fixed_word_index().word_at(text, begin);
}

std::size_t extend_duration(std::string_view text, std::size_t end, Quantity& q) {
    const bool tenths = q.kind == Kind::percent && ends_with_at(text, end, "成");
    if (q.kind != Kind::duration && q.kind != Kind::ratio && !tenths) return end;
    // 一年多, 3倍多, 两成多: 多 after the unit is more than so many, up to the next round number, as
    // 3000多 is 3000..4000 (两成多 is 20..30%).
    if (starts_with_at(text, end, "多") && q.qualifier == Qualifier::exact) {
        q.qualifier = Qualifier::more_than_round;
        q.lower = q.value;
        if (auto next = next_round(q.value)) q.upper = *next;
        end += std::string_view("多").size();
    }
    if (q.kind != Kind::duration) return end;  // 以来 and 来 complete durations only
    for (std::string_view tail : {"以来", "来"}) {
        // 十年来 (over the past ten years), but not 十年来自… (ten years came from).
        if (starts_with_at(text, end, tail) && !starts_with_at(text, end, "来自") && !starts_with_at(text, end, "来说")) {
            end += tail.size();
            break;
        }
    }
    return end;
}

}  // namespace zgcfacts::recognize
