// From an analysed Document to the record the store writes.
#include <utility>

#include "zgcfacts/store.hpp"

namespace zgcfacts {

DocumentRecord make_record(std::string_view raw, const Document& document, DocumentInfo info) {
    DocumentRecord record;
    record.content_hash = content_hash(raw);
    record.byte_size = raw.size();
    record.info = std::move(info);
    record.clean_text = document.text.text();
    record.reference_year = document.reference_year;
    record.reference_year_inferred = document.reference_year_inferred;
    record.sentences.reserve(document.sentences.size());
    const std::string& clean = document.text.text();
    for (const Sentence& s : document.sentences) {
        SentenceRecord out;
        out.clean_start = s.begin;
        out.clean_end = s.end;
        out.raw_start = document.text.raw_begin(s.begin);
        out.raw_end = s.end > s.begin ? document.text.raw_end(s.end) : out.raw_start;
        // The cleaned text, not the raw bytes: PDF line breaks inside words would otherwise break
        // both reading and substring search. raw_start/raw_end lead back to the original bytes.
        out.text = clean.substr(s.begin, s.end - s.begin);
        record.sentences.push_back(std::move(out));
    }
    record.facts = document.facts;
    return record;
}

}  // namespace zgcfacts
