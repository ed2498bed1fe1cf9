// libFuzzer target for analyze() + Store::ingest into an in-memory database: whatever the bytes,
// either the analysis error comes back and nothing is stored, or exactly the analysed document is
// stored — every sentence and fact, values unchanged — and the database stays consistent.
//
// Input layout: byte 0 chooses the clean options (bits 0-3, as in fuzz_clean.cpp) and the
// publication date (bits 4-6, one of `dates`; the last slot takes the date from the input's next
// 10 bytes, to reach the date validation); the rest is the raw text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "zgcfacts/store.hpp"

namespace {

[[noreturn]] void broken(const char* promise, std::size_t a, std::size_t b) {
    std::fprintf(stderr, "fuzz_ingest: broken promise: %s (%zu, %zu)\n", promise, a, b);
    std::abort();
}

void expect(bool ok, const char* promise, std::size_t a = 0, std::size_t b = 0) {
    if (!ok) broken(promise, a, b);
}

zgcfacts::Store& database() {
    // One database for the whole run (opening one per input would dominate the time); every input
    // removes what it added, so it stays small.
    static zgcfacts::Store store(":memory:");
    return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t control = data[0];
    std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);

    zgcfacts::AnalyzeOptions options;
    options.clean.html = (control & 1) != 0;
    options.clean.lenient_utf8 = (control & 2) != 0;
    switch ((control >> 2) & 3) {
    case 1: options.clean.encoding = zgcfacts::Encoding::utf8; break;
    case 2: options.clean.encoding = zgcfacts::Encoding::gb18030; break;
    default: options.clean.encoding = zgcfacts::Encoding::auto_detect; break;
    }
    static constexpr const char* dates[] = {"", "2024-04-30", "2023", "1999-12-31", "2000-02-29", "0001-01-01", "9999"};
    const unsigned date_choice = (control >> 4) & 7;
    if (date_choice < 7) {
        options.date = dates[date_choice];
    } else {
        const std::size_t n = raw.size() < 10 ? raw.size() : 10;
        options.date.assign(raw.substr(0, n));
        raw.remove_prefix(n);
    }

    zgcfacts::DocumentInfo info;
    info.name = "fuzz-input";
    info.date = options.date;

    auto& store = database();
    const auto analysed = zgcfacts::analyze(raw, options);
    zgcfacts::Result<zgcfacts::AddOutcome> outcome = zgcfacts::AddOutcome{};
    try {
        outcome = store.ingest(raw, info, options);
    } catch (const zgcfacts::StoreError& e) {
        // An in-memory database has no disk to fill and no other writer: any failure is a bug.
        std::fprintf(stderr, "fuzz_ingest: StoreError: %s\n", e.what());
        std::abort();
    }

    expect(analysed.has_value() == outcome.has_value(), "ingest fails exactly when analyze fails");
    if (!outcome) {
        expect(outcome.error().message == analysed.error().message, "ingest reports analyze's error");
        expect(outcome.error().offset == analysed.error().offset, "ingest reports analyze's offset",
               outcome.error().offset, analysed.error().offset);
        expect(store.documents().empty(), "a failed ingest stores nothing");
        return 0;
    }

    expect(outcome->status == zgcfacts::AddStatus::added, "new bytes are added");
    expect(outcome->sentences == analysed->sentences.size(), "every sentence is stored", outcome->sentences,
           analysed->sentences.size());
    expect(outcome->facts == analysed->facts.size(), "every fact is stored", outcome->facts, analysed->facts.size());

    zgcfacts::FactFilter filter;
    filter.document_id = outcome->document_id;
    const auto stored = store.query(filter);
    expect(stored.size() == analysed->facts.size(), "the stored facts read back", stored.size(),
           analysed->facts.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const auto& fact = analysed->facts[i];
        expect(stored[i].value == fact.mention.quantity.value_text(), "a value is stored exactly", i);
        expect(stored[i].surface == fact.mention.surface, "a surface is stored exactly", i);
        expect(stored[i].start == fact.mention.start && stored[i].end == fact.mention.end, "offsets are stored", i);
        expect(stored[i].metric == fact.metric && stored[i].period == fact.period, "attribution is stored", i);
    }

    // The same bytes again add nothing.
    auto again = store.ingest(raw, info, options);
    expect(again.has_value() && again->status == zgcfacts::AddStatus::duplicate &&
               again->document_id == outcome->document_id,
           "re-ingesting identical bytes is a no-op");

    // Every so often the full consistency check (integrity, foreign keys, full-text indexes).
    static unsigned runs = 0;
    if (++runs % 64 == 0) {
        const auto problems = store.check(zgcfacts::CheckLevel::full);
        if (!problems.empty()) {
            std::fprintf(stderr, "fuzz_ingest: check failed: %s\n", problems.front().c_str());
            std::abort();
        }
    }
    expect(store.remove(outcome->document_id), "the document can be removed");
    expect(store.documents().empty(), "removing leaves nothing behind");
    return 0;
}
