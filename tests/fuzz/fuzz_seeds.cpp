// zgcfacts_fuzz_seeds — writes the fuzzers' seed corpora and dictionary at build time, so that no
// corpus text is committed here:
//
//   zgcfacts_fuzz_seeds OUT_DIR [CORPUS_DIR | SOURCE.cpp]...
//
//   OUT_DIR/text/   seeds for fuzz_clean, fuzz_scan and fuzz_ingest: every corpus article whole and
//                   paragraph by paragraph, the string literals of the given C++ sources (the unit
//                   tests' sentences), the sentences below, HTML and GB18030 variants. Each seed
//                   starts with the option byte those fuzzers read first.
//   OUT_DIR/expr/   seeds for fuzz_parse: expressions, with no option byte.
//   OUT_DIR/zgcfacts.dict   a libFuzzer dictionary of the words the grammar reacts to.
//
// The `regressions` list holds inputs that once broke a promise; the replay tests run every seed, so
// they keep being checked under the sanitizers.
#include <iconv.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace std::string_view_literals;

namespace {

// Option bytes (see options_from in the fuzzers): bit 0 html, bit 1 lenient, bits 2-3 encoding
// (1 utf8, 2 gb18030), bits 4-6 the date / reference year slot.
constexpr char plain = 0x00;
constexpr char html = 0x01;
constexpr char gb18030 = 0x08;
constexpr char lenient = 0x02;
constexpr char dated = 0x10;

// Sentences in the style of the corpus, covering every qualifier, kind and range form.
const std::vector<std::string_view> sentences = {
    "论坛期间，累计签约129个合作项目，签约金额超过810亿元。",
    "促成309个项目签约，签约金额约673.17亿元，同比增长29.1%。",
    "第七届中关村国际前沿科技大赛在全球八大赛区征集项目3100余项。",
    "示范区企业总收入突破8万亿元，是2012年的3.2倍。",
    "共有3000多项成果发布，其中70%-80%来自企业。",
    "2024年4月25日至29日，论坛在北京举办；2024—2027年将持续推进。",
    "近100项新技术新产品首发，不到5%的企业参与，至少20家，最多50家。",
    "人均收入18.5万元/人，较2013年下降3.2个百分点，达到全国平均水平的两倍左右。",
    "园区面积约488平方公里，装机容量100兆瓦，能量1.2MeV，投资5亿美元以上。",
    "今年一季度，营收同比增长２９．１％，去年同期为九千八百万元。",
    "数十家企业、两三个园区、上千名人才、十余万人次参与。",
    "第3届、第十二届；100倍至1万倍；5万余人；8亿多元；3100余项。",
    "超 610\n\n亿元，同比\n增长 12.5 %，合计 1,234,567 元。",
    "一二三四五六七八九十百千万亿零〇两壹贰叁肆伍陆柒捌玖拾佰仟萬億",
    "9999999999999999999999亿元；十万万万万万亿元；0.000000000000000000000000000000000000001元。",
    "“签约金额超过810亿元”，他说；“项目3000多个！”",
};

const std::vector<std::string_view> html_pages = {
    "<p>签约金额超过<b>810</b>亿元</p><p>同比增长29.1&#37;</p>",
    "<html><body><div>促成309个项目&nbsp;签约</div><br>约673.17亿元&amp;<table><tr><td>2024</td><td>3100余项</td></tr></table></body></html>",
    "<script>var x = 100亿;</script><!-- 注释 200亿 --><p>&#x4E00;&#19968;百万元</p>",
};

const std::vector<std::string_view> expressions = {
    "超 610 亿元", "约673.17亿元", "3000多项", "3100余项", "8亿多元", "70%-80%", "同比增长29.1%",
    "18.5万元/人", "100倍至1万倍", "2024年4月25日至29日", "2024—2027 年", "近 100 项", "不少于20家",
    "5万余人", "两三个", "第七届", "一千二百三十四万五千六百七十八", "负3.2%", "-3.2%", "1,234,567元",
    "９０２．２１亿元", "十万万万万万亿", "9999999999999999999999亿", "3个百分点", "500平方米",
    "1.2MeV", "100兆瓦", "5亿美元", "2024年", "4月", "3天", "两年", "数十家", "上千名", "十余万人次",
};

std::string repeat(std::string_view unit, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += unit;
    return out;
}

// Inputs that once broke a promise in some fuzzer, as found or reduced by hand (for the text fuzzers
// the first byte is the option byte). Each is written to both seed sets.
const std::vector<std::string> regressions = {
    // fuzz_scan: range [2024, 4] with lower > upper (reversed ranges, ISO dates read as ranges).
    std::string("\0" "2024-04"sv),
    // fuzz_parse: the same through parse().
    "2023-08",
    // fuzz_scan: a diagnostic at a clean-text offset, past the end of GB18030 input (中 is 2 bytes
    // there and 3 in the clean text).
    "\x08" + repeat("\xD6\xD0", 200) + repeat("1", 50),
    // fuzz_parse: bounds of a hedged negative number on the wrong side.
    "-数亿", "-01k数", "\t-\t億数",
    // fuzz_parse: stacked magnitude words whose multiplier disagreed with the value, or passed 38.
    "十兆万万万万万亿", "亿兆亿兆元", "兆亿", "十兆万千万仟万万亿",
    // fuzz_clean (HTML mode, strict): a bad byte and a NUL inside tags were skipped unchecked.
    std::string("\x01<p><td9个项\x99项</td><br\0>9亿元</p>"sv),
};

const std::vector<std::string_view> dictionary = {
    "亿", "万", "千", "百", "十", "万亿", "兆", "元", "亿元", "万元", "美元", "欧元", "%", "％", "‰",
    "约", "大约", "超", "超过", "逾", "突破", "过", "近", "将近", "接近", "不到", "不足", "以上", "以下",
    "至少", "不少于", "不低于", "最多", "不超过", "多", "余", "左右", "上下", "级", "几", "数",
    "同比", "同比增长", "同比下降", "增长", "下降", "较", "是", "的", "倍", "个百分点", "百分点",
    "年", "月", "日", "号", "季度", "今年", "去年", "前年", "至", "到", "—", "-", "～", "~", "/",
    "个", "项", "家", "人", "人次", "名", "第", "届", "平方米", "平方公里", "公里", "兆瓦", "MeV",
    "〇", "零", "一", "二", "两", "三", "九", "壹", "萬", "億", "负", "０", "９", "．", "，", ".", ",",
    "。", "；", "！", "？", "“", "”", "\n\n", " ", "\r\n",
    "<p>", "</p>", "<br>", "&amp;", "&nbsp;", "&#x4E00;", "&#37;", "<td>",
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Seeds are named by a hash of their content, so writing one twice is harmless.
void write_seed(const fs::path& dir, char option_byte, std::string_view body, bool with_option = true) {
    std::string content;
    if (with_option) content += option_byte;
    content += body;
    std::uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : content) hash = (hash ^ c) * 1099511628211ull;
    char name[32];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hash));
    std::ofstream(dir / name, std::ios::binary) << content;
}

/// UTF-8 → GB18030 with the C library's iconv; "" when it has no such converter.
std::string to_gb18030(std::string_view utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) return {};
    std::string in(utf8);
    std::string out(in.size() * 2 + 16, '\0');
    char* src = in.data();
    char* dst = out.data();
    std::size_t src_left = in.size();
    std::size_t dst_left = out.size();
    const bool ok = iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1);
    iconv_close(cd);
    if (!ok) return {};
    out.resize(out.size() - dst_left);
    return out;
}

/// Paragraphs of an article (split at line breaks), the unit most of the grammar sees at once.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.size() > 8) out.push_back(line);
    return out;
}

/// The ordinary and raw string literals of a C++ source, unescaped. Comments and character literals
/// are skipped so that an apostrophe or a quote inside them does not derail the scan.
std::vector<std::string> string_literals(const std::string& source) {
    std::vector<std::string> out;
    std::size_t i = 0;
    const std::size_t n = source.size();
    while (i < n) {
        const char c = source[i];
        if (c == '/' && i + 1 < n && source[i + 1] == '/') {
            i = source.find('\n', i);
            if (i == std::string::npos) break;
        } else if (c == '/' && i + 1 < n && source[i + 1] == '*') {
            i = source.find("*/", i + 2);
            if (i == std::string::npos) break;
            i += 2;
        } else if (c == '\'') {
            // A character literal, or a digit separator (1'000) — either way skip the quoted char.
            const bool separator = i > 0 && std::isalnum(static_cast<unsigned char>(source[i - 1])) &&
                                   i + 1 < n && std::isalnum(static_cast<unsigned char>(source[i + 1]));
            if (separator) { ++i; continue; }
            i += (i + 1 < n && source[i + 1] == '\\') ? 2 : 1;
            const std::size_t close = source.find('\'', i + 1);
            if (close == std::string::npos) break;
            i = close + 1;
        } else if (c == 'R' && i + 1 < n && source[i + 1] == '"') {
            const std::size_t open = source.find('(', i + 2);
            if (open == std::string::npos) break;
            const std::string closing = ")" + source.substr(i + 2, open - i - 2) + "\"";
            const std::size_t close = source.find(closing, open + 1);
            if (close == std::string::npos) break;
            out.push_back(source.substr(open + 1, close - open - 1));
            i = close + closing.size();
        } else if (c == '"') {
            std::string literal;
            ++i;
            while (i < n && source[i] != '"') {
                if (source[i] != '\\' || i + 1 >= n) { literal += source[i++]; continue; }
                const char e = source[i + 1];
                i += 2;
                switch (e) {
                case 'n': literal += '\n'; break;
                case 't': literal += '\t'; break;
                case 'r': literal += '\r'; break;
                case '0': literal += '\0'; break;
                case 'x': {
                    std::size_t used = 0;
                    const std::string hex = source.substr(i, 2);
                    try {
                        literal += static_cast<char>(std::stoi(hex, &used, 16));
                    } catch (...) {
                        used = 0;
                    }
                    i += used;
                    break;
                }
                default: literal += e; break;
                }
            }
            ++i;
            out.push_back(std::move(literal));
        } else {
            ++i;
        }
    }
    return out;
}

/// A literal worth seeding with: it has a digit or a non-ASCII byte (Chinese text, numerals).
bool interesting(std::string_view s) {
    for (unsigned char c : s)
        if ((c >= '0' && c <= '9') || c >= 0x80) return true;
    return false;
}

/// A dictionary entry in libFuzzer's syntax: every byte outside printable ASCII as \xNN.
std::string dictionary_entry(std::string_view word) {
    std::string out = "\"";
    for (unsigned char c : word) {
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        }
    }
    return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: zgcfacts_fuzz_seeds OUT_DIR [CORPUS_DIR | SOURCE.cpp]...\n";
        return 2;
    }
    const fs::path out = argv[1];
    const fs::path text = out / "text";
    const fs::path expr = out / "expr";
    fs::remove_all(text);
    fs::remove_all(expr);
    fs::create_directories(text);
    fs::create_directories(expr);

    std::size_t articles = 0, literals = 0;
    for (int a = 2; a < argc; ++a) {
        const fs::path input = argv[a];
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::set<fs::path> files;  // sorted, for reproducible seeds
            for (const auto& entry : fs::directory_iterator(input, ec))
                if (entry.is_regular_file()) files.insert(entry.path());
            for (const auto& file : files) {
                const std::string article = read_file(file);
                write_seed(text, plain, article);
                write_seed(text, dated, article);
                for (const auto& p : paragraphs(article)) write_seed(text, plain, p);
                ++articles;
            }
        } else if (fs::is_regular_file(input, ec)) {
            for (const auto& literal : string_literals(read_file(input))) {
                if (!interesting(literal)) continue;
                write_seed(text, plain, literal);
                if (literal.size() < 80) write_seed(expr, plain, literal, false);
                ++literals;
            }
        } else {
            // A missing shared folder is not an error: the built-in seeds still cover the grammar.
            std::cerr << "zgcfacts_fuzz_seeds: skipping " << input << " (not found)\n";
        }
    }

    for (auto s : sentences) {
        write_seed(text, plain, s);
        write_seed(text, lenient, std::string(s) + "\xFF\xC0\xAF");
        if (auto gb = to_gb18030(s); !gb.empty()) write_seed(text, gb18030, gb);
    }
    for (auto page : html_pages) write_seed(text, html, page);
    for (auto e : expressions) write_seed(expr, plain, e, false);
    for (const auto& r : regressions) {
        write_seed(text, plain, r, false);  // as found: the first byte is already the option byte
        write_seed(expr, plain, r, false);
    }

    std::ofstream dict(out / "zgcfacts.dict", std::ios::binary);
    for (auto word : dictionary) dict << dictionary_entry(word) << '\n';

    std::cout << "zgcfacts_fuzz_seeds: " << articles << " articles, " << literals << " test strings → " << out
              << '\n';
    return 0;
}
