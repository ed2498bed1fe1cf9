// Cleaning: the whitespace rules, full-width forms, UTF-8 validation, GB18030, HTML, paragraph
// breaks, and the map from clean offsets back to the raw bytes.
#include <doctest/doctest.h>

#include <cstddef>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "text/paragraphs.hpp"
#include "zgcfacts/text.hpp"

using zgcfacts::CleanOptions;
using zgcfacts::CleanText;
using zgcfacts::Encoding;

namespace {

CleanText clean_ok(std::string_view raw, const CleanOptions& options = {}) {
    auto result = zgcfacts::clean(raw, options);
    REQUIRE_MESSAGE(result.has_value(), (result.has_value() ? std::string() : result.error().message));
    return std::move(result).value();
}

CleanOptions with_encoding(Encoding encoding) {
    CleanOptions options;
    options.encoding = encoding;
    return options;
}

CleanOptions lenient() {
    CleanOptions options;
    options.lenient_utf8 = true;
    return options;
}

CleanOptions html() {
    CleanOptions options;
    options.html = true;
    return options;
}

// The raw bytes behind the clean span that `part` occupies (its first occurrence).
std::string raw_behind(const CleanText& clean, std::string_view part) {
    const std::size_t begin = clean.text().find(part);
    REQUIRE_MESSAGE(begin != std::string::npos, std::string(part));
    return clean.raw_slice(clean.raw_begin(begin), clean.raw_end(begin + part.size()));
}

struct Case {
    const char* raw;
    const char* clean;
};

void check_cases(const std::vector<Case>& cases, const CleanOptions& options = {}) {
    for (const auto& c : cases) {
        INFO("raw := \"", std::string(c.raw), "\"");
        CHECK(clean_ok(c.raw, options).text() == c.clean);
    }
}

}  // namespace

TEST_CASE("PDF whitespace is dropped around CJK and kept between words and numbers") {
    check_cases({
        // CJK next to CJK, digits, % and punctuation: the noise PDF extraction adds.
        {"为 来 自 40 多 个 国 家", "为来自40多个国家"},
        {"4 月 25 日", "4月25日"},
        {"签约金额超 610\n\n亿元", "签约金额超610亿元"},
        {"交易共\n\n享平台。\n\n科技让", "交易共享平台。科技让"},
        {"占比超 40 %", "占比超40%"},
        {"增长\n18.2 %。", "增长18.2%。"},
        {"，\n\n2024 中关村", "，2024中关村"},
        {"（记者 张伟） 4月", "（记者张伟）4月"},
        {"“北脑二号”\n\n高性能", "“北脑二号”高性能"},
        {"中\t文\r\n\r\n字", "中文字"},
        {"TongOS2.0 和编程", "TongOS2.0和编程"},
        // Latin words keep a space, also next to CJK; numbers are never glued together.
        {"即可 AI 实时制作", "即可 AI 实时制作"},
        {"可信 AI 等", "可信 AI 等"},
        {"打造的 AI ，在", "打造的 AI，在"},        // never a space next to CJK punctuation
        {"“ F 级 ”", "“F 级”"},
        {"穆斯塔法 · 申胡", "穆斯塔法·申胡"},
        {"IC\n\nPARK", "IC PARK"},
        {"hello   world", "hello world"},
        {"23\n\n5000", "23 5000"},
        {"1 234", "1 234"},
        {"2.5 3", "2.5 3"},
        {"5G 3D", "5G 3D"},
        {"a - b", "a - b"},
        {"x, y", "x, y"},
        // A line that ends with a hyphen or slash continues on the next one.
        {"RISC-\n\nV 开源", "RISC-V 开源"},
        {"PET/\n\nCT，我们", "PET/CT，我们"},
        // A decimal number wrapped after its point; a point without a line break stays apart.
        {"增长12.\n\n5%", "增长12.5%"},
        {"12.\n5", "12.5"},
        {"2.5 3", "2.5 3"},
        {"12. 5", "12. 5"},
        {"AI.\n\n5G", "AI. 5G"},
        // The document's own leading and trailing whitespace goes.
        {" \n\n 中文 \n\n", "中文"},
        {"\n\n\n", ""},
        {"", ""},
    });
}

TEST_CASE("full-width forms become ASCII; ，．： only between digits") {
    check_cases({
        {"２０２４年", "2024年"},
        {"同比增长２９．１％", "同比增长29.1%"},
        {"ＡＢＣ ｘｙｚ", "ABC xyz"},
        {"１～３", "1~3"},
        {"－３．２％", "-3.2%"},
        {"＋５", "+5"},
        {"１／２", "1/2"},
        {"4，565万", "4,565万"},
        {"1，234，567元", "1,234,567元"},
        {"４，５６５", "4,565"},
        {"4，5月", "4，5月"},        // not a group of three: a list
        {"4，5656", "4，5656"},      // four digits are no thousands group either
        {"好，很好", "好，很好"},    // the ordinary Chinese comma
        {"10：30", "10:30"},
        {"比例：3", "比例：3"},
        {"U．S．", "U．S．"},
        {"中　文", "中文"},          // U+3000 IDEOGRAPHIC SPACE is whitespace
        {"A　B", "A B"},
        {"中\xC2\xA0文 1\xC2\xA0" "2", "中文1 2"},  // NBSP
    });
}

TEST_CASE("raw spans reproduce the surface byte for byte") {
    const std::string raw = "签约金额超 610\n\n亿元，同比增长２９．１％。";
    const CleanText clean = clean_ok(raw);
    CHECK(clean.text() == "签约金额超610亿元，同比增长29.1%。");
    CHECK(raw_behind(clean, "超610亿元") == "超 610\n\n亿元");
    CHECK(raw_behind(clean, "610") == "610");
    CHECK(raw_behind(clean, "29.1%") == "２９．１％");
    CHECK(raw_behind(clean, ".") == "．");
    CHECK(raw_behind(clean, clean.text()) == raw);
    CHECK(clean.raw_begin(0) == 0);
    CHECK(clean.raw_begin(clean.text().size()) == raw.size());
    CHECK(clean.raw_end(clean.text().size()) == raw.size());

    // Dropped whitespace right after a span is not part of it; whitespace inside it is.
    const CleanText numbers = clean_ok("23\n\n5000 元");
    CHECK(numbers.text() == "23 5000元");
    CHECK(raw_behind(numbers, "23") == "23");
    CHECK(raw_behind(numbers, "23 5000") == "23\n\n5000");
    CHECK(raw_behind(numbers, "5000") == "5000");
    CHECK(numbers.raw_end(7) == 8);   // after "5000", before the dropped space
    CHECK(numbers.raw_begin(7) == 9); // 元 starts after it
}

TEST_CASE("the offset map is monotonic and consistent at every character") {
    const std::string raw = "  超 610\n\n亿元，增长２９．１％ and ＡＩ 5 %\n\n\n末尾。";
    const CleanText clean = clean_ok(raw);
    const std::string& text = clean.text();
    std::size_t previous_begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // character starts only
        INFO("clean offset ", i);
        const std::size_t begin = clean.raw_begin(i);
        CHECK(begin >= previous_begin);
        CHECK(clean.raw_end(i) <= begin);  // the previous character ends before this one starts
        previous_begin = begin;
    }
    CHECK(clean.raw_begin(0) == 2);
}

TEST_CASE("invalid UTF-8 is an error at the offending byte") {
    struct Invalid {
        std::string raw;
        std::size_t offset;
        const char* says;
    };
    const std::vector<Invalid> cases = {
        {"ab\xC0\x80", 2, "overlong"},
        {"\xE0\x80\x80", 0, "overlong"},
        {"x\xF0\x80\x80\x80", 1, "overlong"},
        {"x\xED\xA0\x80y", 1, "surrogate"},
        {"\xF4\x90\x80\x80", 0, "beyond U+10FFFF"},
        {"ok \xF5\x80\x80\x80", 3, "beyond U+10FFFF"},
        {"\xFF", 0, "never occurs"},
        {"中\xE4\xB8", 3, "cut off"},
        {"\xE4\xB8" "A", 0, "incomplete"},
        {"a\x80" "b", 1, "continuation byte 80"},
    };
    for (const auto& c : cases) {
        INFO("raw := ", c.raw);
        const auto result = zgcfacts::clean(c.raw, with_encoding(Encoding::utf8));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().offset == c.offset);
        CHECK(result.error().message.find("invalid UTF-8") != std::string::npos);
        CHECK(result.error().message.find(c.says) != std::string::npos);
        CHECK(result.error().message.find("byte " + std::to_string(c.offset)) != std::string::npos);
    }
}

TEST_CASE("runs of ideographs of every length, broken at every position") {
    // The cleaner skips ideographs many at a time; these cases put each kind of break (a line
    // break, punctuation, a digit, a character that needs attention, a bad byte) at every
    // position of runs long enough to cross several steps.
    const std::string ideographs = "中关村论坛发布科技成果签约项目金额亿元增长";  // 21 characters
    auto run_of = [&](std::size_t characters) {
        std::string run;
        for (std::size_t i = 0; i < characters; ++i) run += ideographs.substr((i % 21) * 3, 3);
        return run;
    };
    for (std::size_t before = 0; before <= 40; ++before) {
        for (std::size_t after = 1; after <= 20; after += 19) {
            const std::string head = run_of(before);
            const std::string tail = run_of(after);
            INFO("characters before the break: ", before, ", after: ", after);
            CHECK(clean_ok(head + "\n" + tail).text() == head + tail);
            CHECK(clean_ok(head + "，" + tail).text() == head + "，" + tail);
            CHECK(clean_ok(head + "7" + tail).text() == head + "7" + tail);
            CHECK(clean_ok(head + "９" + tail).text() == head + "9" + tail);
            CHECK(clean_ok(head + "\xE3\x80\x80" + tail).text() == head + tail);  // ideographic space
            // Ideographs from U+4000 (lead E4 below B8) are skipped the same way.
            CHECK(clean_ok(head + "\xE4\x80\x80" + tail).text() == head + "\xE4\x80\x80" + tail);
            for (const std::string bad : {"\xE4\xB8", "\xE4\x41\x80", "\xED\xA0\x80", "\x80", "\xFF"}) {
                const auto result = zgcfacts::clean(head + bad + tail, with_encoding(Encoding::utf8));
                REQUIRE_FALSE(result.has_value());
                CHECK(result.error().offset == head.size());
            }
        }
    }
}

TEST_CASE("lenient mode turns each bad byte into a separator") {
    const CleanOptions options = lenient();
    check_cases({
        {"6\xFF" "5", "6 5"},
        {"中\x80文", "中 文"},
        {"超\xC0\x80" "610亿元", "超 610亿元"},
        {"\xFF\xFE中文\xFF", "中文"},
    }, options);
    CHECK(clean_ok(std::string_view("ab\0cd", 5), options).text() == "ab cd");
    const CleanText text = clean_ok("6\xFF" "5", options);
    CHECK(text.raw_begin(2) == 2);
    CHECK(text.raw_slice(text.raw_begin(0), text.raw_end(3)) == "6\xFF" "5");
}

TEST_CASE("BOM, NUL and empty input") {
    const CleanText bom = clean_ok("\xEF\xBB\xBF中文");
    CHECK(bom.text() == "中文");
    CHECK(bom.raw_begin(0) == 3);
    CHECK(clean_ok("中\xEF\xBB\xBF文").text() == "中文");  // U+FEFF inside the text is whitespace

    const auto nul = zgcfacts::clean(std::string_view("ab\0cd", 5));
    REQUIRE_FALSE(nul.has_value());
    CHECK(nul.error().offset == 2);
    CHECK(nul.error().message.find("NUL") != std::string::npos);

    const CleanText empty = clean_ok("");
    CHECK(empty.text().empty());
    CHECK(empty.paragraph_breaks().empty());
    CHECK(empty.raw_begin(0) == 0);
    CHECK(empty.raw_end(0) == 0);
    CHECK(zgcfacts::split_sentences(empty).empty());
}

TEST_CASE("GB18030 input: forced, detected, and mapped to raw GB offsets") {
    // 超 610\r\n\r\n亿元，同比增长２９．１％ in GB18030, then a four-byte character (U+1F600).
    const std::string gb = "\xB3\xAC 610\r\n\r\n\xD2\xDA\xD4\xAA\xA3\xAC\xCD\xAC\xB1\xC8\xD4\xF6\xB3\xA4"
                           "\xA3\xB2\xA3\xB9\xA3\xAE\xA3\xB1\xA3\xA5\x94\x39\xFC\x36";
    for (const Encoding encoding : {Encoding::gb18030, Encoding::auto_detect}) {
        const CleanText clean = clean_ok(gb, with_encoding(encoding));
        CHECK(clean.encoding() == Encoding::gb18030);
        CHECK(clean.text() == "超610亿元，同比增长29.1%😀");
        const std::size_t six = clean.text().find("610");
        CHECK(clean.raw_begin(six) == 3);
        CHECK(clean.raw_begin(0) == 0);
        CHECK(clean.raw_end(six + 3) == 6);
        CHECK(raw_behind(clean, "610亿元") == "610\r\n\r\n亿元");
        CHECK(raw_behind(clean, "29.1%") == "２９．１％");
        CHECK(raw_behind(clean, "😀") == "😀");
        CHECK(clean.raw_begin(clean.text().find("😀")) == gb.size() - 4);
        CHECK(clean.raw_end(clean.text().size()) == gb.size());
        CHECK(clean.raw_begin(clean.text().size()) == gb.size());
        CHECK(clean.raw_slice(0, gb.size()) == "超 610\r\n\r\n亿元，同比增长２９．１％😀");
    }
}

TEST_CASE("encoding detection prefers UTF-8 and reports the UTF-8 error when nothing fits") {
    CHECK(clean_ok("中文 2024", with_encoding(Encoding::auto_detect)).encoding() == Encoding::utf8);
    CHECK(clean_ok("plain ASCII").encoding() == Encoding::utf8);
    CHECK(clean_ok("\xD6\xD0\xCE\xC4").text() == "中文");

    // 0xFF is neither UTF-8 nor GB18030.
    const auto neither = zgcfacts::clean("ok \xFF");
    REQUIRE_FALSE(neither.has_value());
    CHECK(neither.error().offset == 3);
    CHECK(neither.error().message.find("invalid UTF-8") != std::string::npos);
    CHECK(clean_ok("ok \xFF" "1", lenient()).text() == "ok 1");

    // Forced GB18030: undecodable bytes are an error at their raw offset, or separators.
    const auto bad = zgcfacts::clean("\xD6\xD0\xFF\xCE\xC4", with_encoding(Encoding::gb18030));
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().offset == 2);
    CHECK(bad.error().message.find("GB18030") != std::string::npos);
    CleanOptions lenient_gb = with_encoding(Encoding::gb18030);
    lenient_gb.lenient_utf8 = true;
    const CleanText separated = clean_ok("1\xFF" "2\xD6\xD0", lenient_gb);
    CHECK(separated.text() == "1 2中");
    CHECK(separated.raw_begin(separated.text().find("中")) == 3);

    // Mostly-UTF-8 text with a damaged byte is UTF-8 with an error, even if GB18030 could read it.
    const std::string damaged = "签约金额\xC0\xAF" "ab";  // GB18030 reads this as 绛剧害閲戦蜡ab
    const auto refused = zgcfacts::clean(damaged);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().offset == 12);
    CHECK(clean_ok(damaged, lenient()).text() == "签约金额 ab");
    // With fewer well-formed characters than that, GB18030 is the better reading.
    CHECK(clean_ok("\xE7\xAD\xBE\xC0\xAF" "ab").encoding() == Encoding::gb18030);

    // UTF-8 forced on GB bytes is an error, not a guess.
    CHECK_FALSE(zgcfacts::clean("\xD6\xD0\xCE\xC4", with_encoding(Encoding::utf8)).has_value());
}

TEST_CASE("HTML: tags stripped, entities decoded, blocks become paragraph breaks") {
    const CleanOptions options = html();
    check_cases({
        {"<p>超 610</p><p>亿元</p>", "超610亿元"},
        {"超<b>610</b>亿元", "超610亿元"},
        {"A&amp;B &lt;3 &#x4E2D;&#25991; &ldquo;好&rdquo;&nbsp;了", "A&B <3中文“好”了"},
        {"&quot;x&apos; &gt; 1&mdash;2", "\"x' > 1—2"},
        {"a<!-- <p>hidden</p> -->b<script>var p = '<p>';</script>c<STYLE>p { }</STYLE>d", "abcd"},
        {"<!DOCTYPE html><html><head><title>标题</title></head><body>正文</body></html>", "标题正文"},
        {"<table><tr><td>2023</td><td>810</td></tr></table>", "2023 810"},
        {"<td>签约</td><td>金额</td>", "签约 金额"},
        {"a < b && c", "a < b && c"},
        {"&foo; &#0; &#xD800; &#1114112;", "&foo; &#0; &#xD800; &#1114112;"},
        {"<a href=\"x>y\">链接</a>文字", "链接文字"},
        {"&#65296;&#xFF05;", "0%"},
        {"1&nbsp;000", "1 000"},
    }, options);

    const std::string raw = "<div>第一段</div>\n<div class=\"x\">第二段：23</div><br/>5000";
    const CleanText clean = clean_ok(raw, options);
    CHECK(clean.text() == "第一段第二段：23 5000");
    CHECK(clean.paragraph_breaks() == std::vector<std::size_t>{9, 23});
    CHECK(clean.raw_begin(0) == 5);
    CHECK(raw_behind(clean, "第二段") == "第二段");
    CHECK(raw_behind(clean, "23 5000") == "23</div><br/>5000");

    const CleanText entity = clean_ok("x &lt;&lt; y", options);
    CHECK(raw_behind(entity, "<<") == "&lt;&lt;");
    CHECK(raw_behind(entity, "<") == "&lt;");
}

namespace {

// A line of `count` CJK characters (3 UTF-8 bytes, width 2 each), optionally ending in 。.
std::string cjk_line(std::size_t count, bool full_stop = false) {
    static const std::string pool = "科技创新园区发展成果论坛项目企业合作";
    std::string line;
    for (std::size_t i = 0; i + (full_stop ? 1 : 0) < count; ++i) line += pool.substr((i % 18) * 3, 3);
    if (full_stop) line += "。";
    return line;
}

// Builds a PDF-like document line by line, remembering where each line ends in the clean text.
struct PdfPage {
    std::string raw;
    std::size_t clean_size = 0;
    std::vector<std::size_t> line_ends;

    void add(const std::string& line, const char* separator = "\n\n") {
        raw += line + separator;
        clean_size += line.size();
        line_ends.push_back(clean_size);
    }
};

}  // namespace

TEST_CASE("paragraph breaks: short lines, sentence ends and extra blank lines, not every line") {
    // Laid out like the PDF extractions: a column 16 characters wide, a blank line after every line,
    // a headline and byline on top, paragraphs whose first line is indented by two characters.
    PdfPage page;
    page.add(cjk_line(8));         // 0 headline: short                 → break
    page.add(cjk_line(4));         // 1 byline: short                   → break
    page.add(cjk_line(14));        // 2 indented first line             → none
    page.add(cjk_line(16));        // 3
    page.add(cjk_line(16));        // 4
    page.add(cjk_line(4, true));   // 5 ends with 。                    → break
    page.add(cjk_line(14));        // 6 indented first line             → none
    page.add(cjk_line(16));        // 7
    page.add(cjk_line(16), "\n\n\n");  // 8 full width, but three newlines → break
    page.add(cjk_line(14));        // 9
    page.add(cjk_line(16));        // 10
    page.add(cjk_line(6));         // 11 short last line, no punctuation → break
    page.add(cjk_line(14));        // 12
    page.add(cjk_line(16));        // 13
    page.add(cjk_line(16));        // 14
    page.add(cjk_line(16));        // 15
    for (int i = 0; i < 8; ++i) page.add(cjk_line(9));   // 16-23 a narrow column on the next page …
    for (int i = 0; i < 8; ++i) page.add(cjk_line(16));  // 24-31 … then a wide one: 23 is no break
    const CleanText clean = clean_ok(page.raw);
    REQUIRE(clean.text().size() == page.clean_size);
    const auto& ends = page.line_ends;
    CHECK(clean.paragraph_breaks() == std::vector<std::size_t>{ends[0], ends[1], ends[5], ends[8], ends[11]});
}

TEST_CASE("paragraph breaks in plain text with one paragraph per line") {
    // Single newlines are the usual line end here, so a blank line is an extra one.
    const std::string raw =
        "标题没有标点\n"
        "第一段的内容比标题长很多很多，而且以句号结束。\n"
        "第二段的内容也比标题长很多很多，没有句号结束\n"
        "第三段的内容也比标题长很多很多，同样很长很长\n\n"
        "第四段";
    const CleanText clean = clean_ok(raw);
    const std::string& text = clean.text();
    std::vector<std::string> ends;
    for (const std::size_t offset : clean.paragraph_breaks()) ends.push_back(text.substr(offset - 6, 6));
    CHECK(ends == std::vector<std::string>{"标点", "束。", "很长"});
}

TEST_CASE("a short line that stops mid-sentence is no paragraph end") {
    // One paragraph per line, as in plain text; each short line ends in a word that needs more.
    struct Row {
        const char* last;  // how the short line ends
        bool paragraph;
    };
    const Row rows[] = {
        {"的比重为", false}, {"增长12.5%，", false}, {"芯片、", false}, {"企业的", false}, {"两地和", false},
        {"同比增长超过", false}, {"金额约", false},
        // A heading or a paragraph's last line ends otherwise.
        {"科技创新", true}, {"综合", true},
    };
    for (const auto& row : rows) {
        CAPTURE(std::string(row.last));
        const std::string raw = std::string("上半年全市规模以上高技术制造业增加值同比增长了百分之十几\n") + "短行" +
                                row.last + "\n" + "28.6%。全年软件和信息服务业实现营业收入超过一万亿元以上的规模";
        const CleanText clean = clean_ok(raw);
        const std::string& text = clean.text();
        const std::size_t short_end = text.find(row.last) + std::string(row.last).size();
        bool found = false;
        for (const std::size_t offset : clean.paragraph_breaks()) found = found || offset == short_end;
        CHECK(found == row.paragraph);
    }
}

TEST_CASE("display width counts CJK characters as 2 and others as 1") {
    const std::vector<std::pair<std::string, std::size_t>> cases = {
        {"", 0},
        {"a", 1},
        {"a b", 3},
        {"中", 2},
        {"中文 2024 年", 12},
        {"é·x", 3},
        {"😀", 2},
        {"“北脑二号”高性能侵入式智能脑机系统⋯⋯", 40},
        {"3000 多项科技成果搭建交易共", 27},
    };
    for (const auto& c : cases) {  // not a structured binding: INFO captures it, clang 14 refuses
        INFO("text := ", c.first);
        CHECK(zgcfacts::text::display_width(c.first) == c.second);
    }
    // Every length and alignment agrees with counting character by character.
    const std::string mixed = "签约 amount 超610亿元，é😀 “好” 1 2 3 中关村论坛";
    for (std::size_t begin = 0; begin < mixed.size(); ++begin) {
        for (std::size_t end = begin; end <= mixed.size(); ++end) {
            std::size_t expected = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const auto byte = static_cast<unsigned char>(mixed[i]);
                if (byte < 0x80) expected += 1;
                else if (byte >= 0xE0) expected += 2;
                else if (byte >= 0xC0) expected += 1;
            }
            REQUIRE(zgcfacts::text::display_width(std::string_view(mixed).substr(begin, end - begin)) == expected);
        }
    }
}

TEST_CASE("paragraph breaks after a Markdown heading, however long the lines around it") {
    const std::string raw =
        "北京全国重点实验室达到80家，全国排名第一。\n\n"
        "## 科技创新能力持续提升\n\n"
        "30余项重大科技成果发布。";
    const CleanText clean = clean_ok(raw);
    const std::string& text = clean.text();
    std::vector<std::string> ends;
    for (const std::size_t offset : clean.paragraph_breaks()) ends.push_back(text.substr(offset - 6, 6));
    CHECK(ends == std::vector<std::string>{"一。", "提升"});
}

TEST_CASE("RawCursor answers as raw_begin and raw_end do, in any order of lookups") {
    // Many short lines, full-width digits and spaces: a map of many runs, so the cursor both steps
    // forward and has to search (far ahead, or behind its last run).
    std::string utf8;
    for (int line = 0; line < 40; ++line) utf8 += "第" + std::to_string(line) + "行 增长２９．１％\n\n中文 AI 5 %\n";
    const std::string gb = "\xB3\xAC 610\r\n\r\n\xD2\xDA\xD4\xAA\xA3\xAC\xCD\xAC\xB1\xC8\xD4\xF6\xB3\xA4"
                           "\xA3\xB2\xA3\xB9\xA3\xAE\xA3\xB1\xA3\xA5\x94\x39\xFC\x36";
    for (const CleanText& clean : {clean_ok(utf8), clean_ok(gb, with_encoding(Encoding::gb18030))}) {
        const std::size_t size = clean.text().size();
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i <= size; ++i) order.push_back(i);                 // ascending
        for (std::size_t i = size + 1; i-- > 0;) order.push_back(i);                // descending
        for (std::size_t i = 0; i <= size; i += 97) order.push_back((i * 31) % (size + 1));  // jumps
        CleanText::RawCursor cursor(clean);
        for (const std::size_t offset : order) {
            INFO("clean offset ", offset);
            CHECK(cursor.raw_begin(offset) == clean.raw_begin(offset));
            CHECK(cursor.raw_end(offset) == clean.raw_end(offset));
        }
    }
}
