// Finding and loading the annotated articles; see gold_corpus.hpp.
#include "gold/gold_corpus.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "support/shared.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::gold {
namespace {

// The gold files are named by the article's number; the article's file name adds a content hash
// (000_e1caa956fec627ee.txt), so it is found by its prefix.
std::filesystem::path article_for(const std::string& number) {
    const auto corpus = test::shared_dir() / "corpus";
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
        const auto name = entry.path().filename().string();
        if (name.starts_with(number + "_") && name.ends_with(".txt")) found.push_back(entry.path());
    }
    if (found.size() != 1)
        throw std::runtime_error(fmt::format("expected one article {}_*.txt in {}, found {}", number,
                                             corpus.string(), found.size()));
    return found.front();
}

}  // namespace

GoldSet load_gold_set() {
    GoldSet set;
    for (const std::string number : {"000", "001", "002"}) {
        GoldDocument doc;
        doc.text_path = article_for(number);
        doc.name = doc.text_path.filename().string();
        doc.gold_path = test::shared_dir() / "gold" / (number + ".jsonl");
        auto records = records_from_jsonl(test::read_file(doc.gold_path));
        for (const auto& r : records)
            if (r.doc != doc.name)
                throw std::runtime_error(fmt::format("{}: mention of '{}', expected '{}'", doc.gold_path.string(),
                                                     r.doc, doc.name));
        set.gold.insert(set.gold.end(), records.begin(), records.end());
        set.documents.push_back(std::move(doc));
    }
    return set;
}

std::vector<Record> scan_gold_documents(const GoldSet& set) {
    std::vector<Record> pred;
    for (const auto& doc : set.documents) {
        const std::string raw = test::read_file(doc.text_path);
        auto mentions = zgcfacts::scan(raw);
        if (!mentions)
            throw std::runtime_error(fmt::format("scan({}) failed at byte {}: {}", doc.name,
                                                 mentions.error().offset, mentions.error().message));
        auto records = from_mentions(*mentions, doc.name);
        pred.insert(pred.end(), records.begin(), records.end());
    }
    return pred;
}

}  // namespace zgcfacts::gold
