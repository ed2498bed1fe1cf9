// Sentence splitting: end marks, numbers, quotes and brackets, ellipses, paragraph breaks, and the
// invariants every split must keep (non-empty, ordered, covering all non-space text).
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/text.hpp"

using zgcfacts::CleanOptions;
using zgcfacts::CleanText;

namespace {

CleanText clean_ok(std::string_view raw, const CleanOptions& options = {}) {
    auto result = zgcfacts::clean(raw, options);
    REQUIRE_MESSAGE(result.has_value(), (result.has_value() ? std::string() : result.error().message));
    return std::move(result).value();
}

std::vector<std::string> sentences_of(const CleanText& clean) {
    std::vector<std::string> out;
    for (const auto& s : zgcfacts::split_sentences(clean)) {
        out.push_back(clean.text().substr(s.begin, s.end - s.begin));
    }
    return out;
}

std::vector<std::string> sentences_of(std::string_view raw, const CleanOptions& options = {}) {
    return sentences_of(clean_ok(raw, options));
}

// Sentences are non-empty, in order, do not overlap, carry no outer spaces, and every non-space
// byte of the text is in one of them.
void check_invariants(const CleanText& clean) {
    const std::string& text = clean.text();
    std::size_t covered = 0;
    for (const auto& s : zgcfacts::split_sentences(clean)) {
        REQUIRE(s.begin < s.end);
        REQUIRE(s.end <= text.size());
        REQUIRE(s.begin >= covered);
        for (std::size_t i = covered; i < s.begin; ++i) REQUIRE(text[i] == ' ');
        CHECK(text[s.begin] != ' ');
        CHECK(text[s.end - 1] != ' ');
        covered = s.end;
    }
    for (std::size_t i = covered; i < text.size(); ++i) REQUIRE(text[i] == ' ');
}

struct Case {
    const char* raw;
    std::vector<std::string> sentences;
};

}  // namespace

TEST_CASE("sentences end at 。！？； and at ASCII !?; that end a sentence") {
    const std::vector<Case> cases = {
        {"第一句。第二句！第三句？第四句；第五句", {"第一句。", "第二句！", "第三句？", "第四句；", "第五句"}},
        {"真的？！好。", {"真的？！", "好。"}},
        {"Really?! Yes. OK", {"Really?!", "Yes. OK"}},
        {"Yahoo!Japan is here! Next; done", {"Yahoo!Japan is here!", "Next;", "done"}},
        {"a;b and x?y stay", {"a;b and x?y stay"}},
        {"没有标点的一句话", {"没有标点的一句话"}},
        {"", {}},
        {" \n\n ", {}},
    };
    for (const auto& c : cases) {
        INFO("raw := ", std::string(c.raw));
        CHECK(sentences_of(c.raw) == c.sentences);
    }
}

TEST_CASE("numbers are never split") {
    const std::vector<Case> cases = {
        {"同比增长6.5%，达到1,234,567元。", {"同比增长6.5%，达到1,234,567元。"}},
        {"增长２９．１％。下降4，565万元。", {"增长29.1%。", "下降4,565万元。"}},
        {"时间10：30。", {"时间10:30。"}},
        {"版本TongOS2.0发布。", {"版本TongOS2.0发布。"}},
    };
    for (const auto& c : cases) {
        INFO("raw := ", std::string(c.raw));
        CHECK(sentences_of(c.raw) == c.sentences);
    }
}

TEST_CASE("quotes and brackets are kept whole; a quotation ending in an end mark ends the sentence") {
    const std::vector<Case> cases = {
        // The closing quote stays with the sentence it ends.
        {"他说：“好。”然后走了。", {"他说：“好。”", "然后走了。"}},
        {"他问：“为什么？”", {"他问：“为什么？”"}},
        // Several sentences inside one quotation stay together, as the quotation.
        {"“甲。乙！”丙说。", {"“甲。乙！”", "丙说。"}},
        {"“生态高‘颜值’，发展高质量。我们要努力。”中关村软件园公司总经理姜爱娜说。",
         {"“生态高‘颜值’，发展高质量。我们要努力。”", "中关村软件园公司总经理姜爱娜说。"}},
        // Quotes and titles inside a sentence do not end it.
        {"以“开辟前沿赛道”为主题。", {"以“开辟前沿赛道”为主题。"}},
        {"《你好！李焕英》很好看。", {"《你好！李焕英》很好看。"}},
        {"「甲。」乙『丙！』丁。", {"「甲。」", "乙『丙！』", "丁。"}},
        {"（注意！）请看。", {"（注意！）", "请看。"}},
        {"见(附件!)后。", {"见(附件!)", "后。"}},
        // A quote that never closes is not a quote: it cannot swallow the text after it.
        {"他说：“好。然后走了。", {"他说：“好。", "然后走了。"}},
        // A stray closing quote after an end mark is kept with the sentence.
        {"好。”然后。", {"好。”", "然后。"}},
        // A closing bracket that belongs to an earlier bracket ends nothing on its own.
        {"甲（乙。丙）丁。", {"甲（乙。丙）丁。"}},
    };
    for (const auto& c : cases) {
        INFO("raw := ", std::string(c.raw));
        CHECK(sentences_of(c.raw) == c.sentences);
    }
}

TEST_CASE("an ellipsis ends a sentence only before a closing quote or at the end") {
    const std::vector<Case> cases = {
        {"量子云算力集群、脑机系统⋯⋯这批成果令人瞩目。", {"量子云算力集群、脑机系统⋯⋯这批成果令人瞩目。"}},
        {"他说：“我来介绍……”刚进入中心。", {"他说：“我来介绍……”", "刚进入中心。"}},
        {"技术服务7500家次……", {"技术服务7500家次……"}},
        {"等等……。下一句。", {"等等……。", "下一句。"}},
    };
    for (const auto& c : cases) {
        INFO("raw := ", std::string(c.raw));
        CHECK(sentences_of(c.raw) == c.sentences);
    }
}

TEST_CASE("a paragraph break ends a headline without punctuation") {
    CleanOptions html;
    html.html = true;
    CHECK(sentences_of("<h1>中关村论坛开幕</h1><p>正文第一句。第二句。</p>", html) ==
          std::vector<std::string>{"中关村论坛开幕", "正文第一句。", "第二句。"});
    // A quote left open at a paragraph end does not reach into the next paragraph.
    CHECK(sentences_of("<p>他说：“第一段没有闭合</p><p>第二段。”</p>", html) ==
          std::vector<std::string>{"他说：“第一段没有闭合", "第二段。”"});

    // The same in PDF text: a headline and a byline, short next to the 14-character column.
    const std::string pdf =
        "中关村论坛开幕式\n\n记者张伟\n\n一年一度的科技盛会如约而\n\n至，论坛吸引了来自一百多个国\n\n"
        "家和地区顶尖科学家与会者。科\n\n技让未来之光照进现实";
    CHECK(sentences_of(pdf) == std::vector<std::string>{
                                   "中关村论坛开幕式", "记者张伟",
                                   "一年一度的科技盛会如约而至，论坛吸引了来自一百多个国家和地区顶尖科学家与会者。",
                                   "科技让未来之光照进现实"});
}

TEST_CASE("sentence invariants hold on mixed and scrambled text") {
    const std::string sample =
        "签约金额超 610\n\n亿元，同比增长２９．１％。“好！”他说：“是的。”\n\n(a; b) Yahoo! 《书名！》……\n\n"
        "hi！  ok?? 「甲。」 ⋯⋯”） 23\n\n5000 元；最后";
    check_invariants(clean_ok(sample));

    // Deterministic scrambles of characters that matter to the splitter.
    const std::vector<std::string> pieces = {"。", "！", "？", "；", "!", "?", ";", "…", "⋯", "“", "”",
                                             "‘", "’", "「", "」", "《", "》", "（", "）", "(", ")",
                                             "中", "文", "a", "1", ".", ",", " ", "\n\n", "\n\n\n"};
    std::uint32_t state = 12345;
    for (int round = 0; round < 300; ++round) {
        std::string raw;
        for (int i = 0; i < 40; ++i) {
            state = state * 1664525u + 1013904223u;
            raw += pieces[(state >> 8) % pieces.size()];
        }
        INFO("raw := ", raw);
        check_invariants(clean_ok(raw));
    }
}
