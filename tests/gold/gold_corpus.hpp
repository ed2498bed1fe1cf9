// The annotated part of the shared corpus: which articles have gold, the gold mentions, and our
// predictions for them. Shared by the gold test and the score.py agreement test.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "gold/gold_scoring.hpp"

namespace zgcfacts::gold {

struct GoldDocument {
    std::string name;                 // base name, as the gold's `doc` field spells it
    std::filesystem::path text_path;  // ../shared/corpus/<name>
    std::filesystem::path gold_path;  // ../shared/gold/NNN.jsonl
};

struct GoldSet {
    std::vector<GoldDocument> documents;
    std::vector<Record> gold;
};

/// The articles 000–002 and their annotations. Throws when a file is missing or malformed: the
/// shared folder exists (main() skips otherwise), so a missing file is a real error.
GoldSet load_gold_set();

/// zgcfacts::scan on each document's raw bytes, as schema records. A scan error fails the test
/// through an exception naming the document.
std::vector<Record> scan_gold_documents(const GoldSet& set);

}  // namespace zgcfacts::gold
