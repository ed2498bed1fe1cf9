// Building the benchmark inputs; see inputs.hpp.
#include "inputs.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

namespace zgcfacts::bench {

std::vector<std::string> load_articles(const std::filesystem::path& corpus_dir) {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(corpus_dir))
        if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> articles;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + path.string());
        std::ostringstream text;
        text << in.rdbuf();
        articles.push_back(text.str());
    }
    return articles;
}

std::string concatenated(const std::vector<std::string>& articles, int times) {
    std::string out;
    std::size_t size = 0;
    for (const auto& a : articles) size += a.size();
    out.reserve(size * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i)
        for (const auto& a : articles) out += a;
    return out;
}

std::vector<std::string> distinct_documents(const std::vector<std::string>& articles, int copies) {
    std::vector<std::string> docs;
    for (int copy = 0; copy < copies; ++copy)
        for (const auto& a : articles) docs.push_back(a + "\n（副本 " + std::to_string(copy) + "）\n");
    return docs;
}

std::string single_line_without_sentence_end(const std::vector<std::string>& articles, std::size_t bytes) {
    // One round of the articles with the line breaks and sentence ends replaced, then repeated.
    std::string round;
    for (const auto& a : articles) {
        for (std::size_t i = 0; i < a.size();) {
            const std::string_view rest(a.data() + i, a.size() - i);
            bool replaced = false;
            for (std::string_view end : {"。", "！", "？", "；"}) {
                if (rest.starts_with(end)) {
                    round += "，";
                    i += end.size();
                    replaced = true;
                    break;
                }
            }
            if (replaced) continue;
            const char c = a[i++];
            if (c == '\n' || c == '\r') round += ' ';
            else if (c == '!' || c == '?' || c == ';') round += ',';
            else round += c;
        }
    }
    std::string out;
    out.reserve(bytes + round.size());
    while (out.size() < bytes) out += round;
    // Cut at a character boundary: never in the middle of a UTF-8 sequence.
    std::size_t cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    return out;
}

}  // namespace zgcfacts::bench
