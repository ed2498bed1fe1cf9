// The cheap tests the scanner makes before it tries the grammar: the byte-level character set,
// the start filter built on it, and the hand-written numeral matcher the grammar reads numerals with.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "grammar/mention.hpp"
#include "grammar/numeral_text.hpp"
#include "recognize/judge.hpp"
#include "recognize/normalize.hpp"
#include "recognize/char_set.hpp"
#include "recognize/start_filter.hpp"
#include "recognize/text_walk.hpp"
#include "text/utf8.hpp"

using zgcfacts::recognize::Utf8CharSet;

namespace {

Utf8CharSet set_of(std::u32string_view characters) {
    Utf8CharSet set;
    for (char32_t c : characters) set.insert(c);
    return set;
}

/// Bytes matched by numeral_end at the start of `text`, or -1 when no numeral starts there.
long numeral_length(std::string_view text) {
    const char* end = zgcfacts::grammar::numeral_end(text.data(), text.data() + text.size());
    return end == nullptr ? -1 : end - text.data();
}

long magnitude_length(std::string_view text) {
    const char* end = zgcfacts::grammar::magnitude_end(text.data(), text.data() + text.size());
    return end == nullptr ? -1 : end - text.data();
}

}  // namespace

TEST_CASE("Utf8CharSet holds characters of one, two and three bytes") {
    const Utf8CharSet set = set_of(U"5£一约");
    CHECK(set.contains(U'5'));
    CHECK(set.contains(U'£'));
    CHECK(set.contains(U'一'));
    CHECK(set.contains(U'约'));
    CHECK_FALSE(set.contains(U'6'));
    CHECK_FALSE(set.contains(U'的'));
    CHECK_FALSE(set.contains(U'\U0001F600'));  // beyond U+FFFF: never a member
}

TEST_CASE("Utf8CharSet::find_next finds the next member without decoding") {
    const Utf8CharSet set = set_of(U"5£一");
    const std::string text = "ab的£x一😀5";
    CHECK(set.find_next(text, 0) == text.find("£"));
    CHECK(set.find_next(text, text.find("£") + 2) == text.find("一"));
    CHECK(set.find_next(text, text.find("一") + 3) == text.find("5"));  // past a four-byte character
    CHECK(set.find_next(text, text.size()) == text.size());
    CHECK(set.find_next("的的的", 0) == 9);  // none: the end of the text
    CHECK(set.find_next("5", 0) == 0);
    // A character cut off by the end is never looked at: the search stops there.
    CHECK(set.find_next(std::string_view("的\xE4\xB8", 5), 0) == 5);
}

TEST_CASE("start characters: numerals and lead words, no ASCII letters") {
    const Utf8CharSet& starts = zgcfacts::recognize::start_characters();
    std::string ascii;
    for (char32_t c = 0; c < 0x80; ++c) {
        if (starts.contains(c)) ascii += static_cast<char>(c);
    }
    CHECK(ascii == "$+-0123456789");  // not the H of HK$ or the U of US$
    for (char32_t c : std::u32string_view(U"一十万两约超近上第几数人￥")) CHECK(starts.contains(c));
    CHECK_FALSE(starts.contains(U'的'));
}

TEST_CASE("may_start_mention looks one word ahead") {
    using zgcfacts::recognize::may_start_mention;
    auto at_start = [](std::string_view text) {
        return may_start_mention(text, 0, zgcfacts::recognize::char_at(text, 0));
    };
    CHECK(at_start("三万"));
    CHECK(at_start("约100"));
    CHECK(at_start("约人民币50元"));  // a lead word after a lead word
    CHECK_FALSE(at_start("约定"));
    CHECK(at_start("几十"));
    CHECK_FALSE(at_start("几天"));  // 几 counts only before a unit
    CHECK(at_start("上半年"));      // a mention on its own
    CHECK_FALSE(at_start("上海"));
}

TEST_CASE("numeral_end reads what the grammar's numeral reads") {
    const struct {
        const char* text;
        long length;  // bytes, -1: no numeral
    } rows[] = {
        {"2024年", 4},          {"1,234,567元", 9},   {"1,2345", 1},   // groups of exactly three, or plain digits
        {"1,234,56", 5},        {"902.21亿元", 9},   {"3.5.6", 3},    {"5.", 1},
        {"15k", 3},             {"15km", 2},          {"15k元", 3},    // k for thousands, not the k of km
        {"3千米", 1},           {"3千万", 7},         {"3兆瓦", 1},    {"3兆元", 4},  // SI prefixes
        {"三点五亿元", 12},     {"5点", 1},           {"五点半", 3},   // decimals need a digit after 点
        {"负三", 6},            {"-5", 2},            {"+5", 2},       {"-", -1},  {"负", -1},
        {"十几个", 6},          {"二〇二四年", 12},   {"廿", 3},       {"元", -1}, {"", -1},
    };
    for (const auto& row : rows) {
        const std::string text = row.text;
        CAPTURE(text);
        CHECK(numeral_length(text) == row.length);
    }
}

TEST_CASE("magnitude_end and the memo of numerals") {
    CHECK(magnitude_length("万元") == 3);
    CHECK(magnitude_length("億") == 3);
    CHECK(magnitude_length("兆瓦") == -1);
    CHECK(magnitude_length("兆元") == 3);
    CHECK(magnitude_length("千") == -1);

    const std::string text = "3000多万元，第七届";
    const char* last = text.data() + text.size();
    zgcfacts::grammar::NumeralMemo memo;
    for (int round = 0; round < 2; ++round) {  // the second round is answered from the memo
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            CAPTURE(pos);
            CHECK(memo.numeral_end(text.data() + pos, last) == zgcfacts::grammar::numeral_end(text.data() + pos, last));
        }
    }
}

TEST_CASE("a lone Chinese numeral is judged as judge() judges its reading") {
    // The scanner answers judge_lone_chinese_numeral() for a Chinese numeral the grammar reads
    // alone, without normalizing it; the answer must be what judge() says of the full reading.
    using namespace zgcfacts;
    const std::u32string numerals = U"〇零一二三四五六七八九十百千万亿两俩倆幺廿卅兆壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟萬億兩";
    const char* contexts[][2] = {
        {"统", "方面"}, {"推进", "体化"}, {"", "带一路"}, {"成", "。"}, {"第", "产业"}, {"“", "”"},
        {"A", "花齐放"}, {"十", "五规划"}, {"", ""}, {"共同", "心"},
    };
    int lone = 0;
    for (char32_t c : numerals) {
        std::string numeral;
        text::append_utf8(numeral, c);
        for (const auto& context : contexts) {
            const std::string text = std::string(context[0]) + numeral + context[1];
            const std::size_t begin = std::string_view(context[0]).size();
            const char* first = text.data() + begin;
            grammar::ast::Mention tree;
            if (!grammar::parse_mention(first, text.data() + text.size(), tree)) continue;
            if (first != text.data() + begin + numeral.size()) continue;  // more than the numeral
            ++lone;
            CAPTURE(text);
            const auto normalized = recognize::normalize(tree);
            const recognize::Verdict shortcut = recognize::judge_lone_chinese_numeral(text, begin);
            if (!normalized.reading) {
                CHECK(shortcut == recognize::Verdict::reject);
                continue;
            }
            CHECK(recognize::judge(text, begin, begin + numeral.size(), *normalized.reading) == shortcut);
        }
    }
    CHECK(lone > 300);  // nearly every numeral in nearly every context is read alone
}
