// The benchmark's inputs, all built from the five shared articles so they read like real text.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace zgcfacts::bench {

/// The articles of ../shared/corpus, in name order, as raw bytes.
std::vector<std::string> load_articles(const std::filesystem::path& corpus_dir);

/// All articles one after the other, `times` times (100× ≈ 8.6 MB).
std::string concatenated(const std::vector<std::string>& articles, int times);

/// `copies` rounds of the articles as separate documents, each made distinct by a last line naming
/// its copy, so the store's duplicate check (by content hash) does not skip them.
std::vector<std::string> distinct_documents(const std::vector<std::string>& articles, int copies);

/// About `bytes` bytes of article text on one line with no sentence end: line breaks dropped and
/// 。！？；!?; turned into ，, cut at a character boundary. The hostile case of issue 5: one
/// "sentence" as large as the input.
std::string single_line_without_sentence_end(const std::vector<std::string>& articles, std::size_t bytes);

}  // namespace zgcfacts::bench
