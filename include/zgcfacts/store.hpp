// zgcfacts/store.hpp — the fact database: documents, sentences and facts in one SQLite file.
//
//   zgcfacts::Store store("facts.db");                           // created and migrated on open
//   zgcfacts::DocumentInfo info;
//   info.name = "a.txt";
//   info.date = "2024-04-30";                                    // drives 今年/去年
//   auto added = store.ingest(bytes, info);                      // Result<AddOutcome>
//   if (!added) std::cerr << added.error().message << '\n';      // input problem (bad UTF-8 …)
//   else if (added->status == zgcfacts::AddStatus::duplicate) …  // same bytes stored before
//
//   zgcfacts::FactFilter filter;
//   filter.metric = "签约金额";                                   // substring of the metric label
//   for (const auto& f : store.query(filter))
//       fmt::print("{} {} {} ({})\n", f.period, f.metric, f.surface, f.document_name);
//
//   zgcfacts::YoyOptions yoy;
//   yoy.metric = "签约金额";
//   auto series = store.yoy(yoy);                               // one figure per period + changes
//   auto groups = store.corroboration();                        // agreeing and conflicting figures
//
// Database failures (locked, corrupt, full disk, unwritable path) throw StoreError, whose message
// names the file and what the store was doing; every write is one transaction, so a failure leaves
// the database as it was. Problems in the input text are reported through Result, as elsewhere.
//
// A Store is one SQLite connection: use it from one thread at a time, and open one Store per thread
// for concurrent readers (WAL lets them read while a writer adds documents; each read sees whole
// documents only). The schema is documented in docs/schema.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/decimal.hpp"
#include "zgcfacts/document.hpp"
#include "zgcfacts/quantity.hpp"
#include "zgcfacts/result.hpp"

namespace zgcfacts {

namespace store {
struct Connection;  // private: the SQLite connection and its prepared statements
}

// ---------------------------------------------------------------------------------------------
// Errors

/// The broad reason a database operation failed, for callers that react differently (retry on
/// `busy`, give up on `corrupt`, free space on `full`).
enum class StoreErrc {
    busy,        // another connection held a lock longer than the busy timeout
    corrupt,     // not a database, malformed, or not a zgcfacts database
    full,        // disk (or the configured page limit) full
    cannot_open, // the file or its directory cannot be opened or created
    read_only,   // the file or the connection is read-only
    io,          // an operating-system I/O error
    schema,      // the schema version is newer than this library, or the file belongs to another app
    other,
};

std::string_view to_string(StoreErrc code) noexcept;

class StoreError : public std::runtime_error {
public:
    /// `sqlite_code` is SQLite's extended result code (0 when the failure did not come from SQLite).
    StoreError(StoreErrc code, int sqlite_code, std::string path, std::string operation,
               std::string detail);

    StoreErrc code() const noexcept { return code_; }
    int sqlite_code() const noexcept { return sqlite_code_; }
    /// The database file.
    const std::string& path() const noexcept { return path_; }
    /// What the store was doing: "opening", "adding document a.txt", "querying facts" …
    const std::string& operation() const noexcept { return operation_; }
    /// SQLite's own message ("database is locked").
    const std::string& detail() const noexcept { return detail_; }

private:
    StoreErrc code_;
    int sqlite_code_;
    std::string path_;
    std::string operation_;
    std::string detail_;
};

// ---------------------------------------------------------------------------------------------
// Opening

enum class OpenMode {
    create,     // create the file when missing (the default)
    existing,   // the file must exist; it may still be migrated
    read_only,  // no writes at all; an out-of-date schema is an error
};

struct StoreOptions {
    OpenMode mode = OpenMode::create;
    /// How long a write waits for another writer's lock before failing with StoreErrc::busy.
    int busy_timeout_ms = 5000;
    /// Upper limit on the database size in pages (0: SQLite's default). Hitting it fails like a full
    /// disk; tests use it to simulate one.
    std::int64_t max_page_count = 0;
    /// Fault injection for tests: called before each fact of a document is written, with its index.
    /// Whatever it throws aborts the add and rolls the whole document back.
    std::function<void(std::size_t fact_index)> before_fact;
};

// ---------------------------------------------------------------------------------------------
// Adding documents

/// What the caller knows about a document besides its bytes.
struct DocumentInfo {
    std::string name;    // file name or path as given ("-" for stdin)
    std::string title;
    std::string source;  // publisher, URL …
    std::string date;    // "YYYY-MM-DD" or "YYYY"; drives 今年/去年 and the reference year
};

/// A sentence as stored: offsets in the raw bytes and in the cleaned text, and its cleaned text.
struct SentenceRecord {
    std::size_t raw_start = 0;
    std::size_t raw_end = 0;
    std::size_t clean_start = 0;
    std::size_t clean_end = 0;
    std::string text;
};

/// Everything the store writes for one document. Usually made by make_record() from analyze()'s
/// Document; tests and importers can fill one by hand.
struct DocumentRecord {
    std::string content_hash;  // content_hash() of the raw bytes: the identity of the document
    std::size_t byte_size = 0;
    DocumentInfo info;
    std::string clean_text;
    int reference_year = 0;
    bool reference_year_inferred = false;
    std::vector<SentenceRecord> sentences;
    std::vector<Fact> facts;   // Fact::sentence indexes `sentences`
};

/// SHA-256 of the bytes, as 64 lowercase hex digits.
std::string content_hash(std::string_view raw);

/// The record for an analysed document (`raw` are the bytes it was analysed from).
DocumentRecord make_record(std::string_view raw, const Document& document, DocumentInfo info);

enum class AddStatus {
    added,      // a new document
    duplicate,  // the same bytes were stored before: nothing written, `document_id` is the old one
};

struct AddOutcome {
    AddStatus status = AddStatus::added;
    std::int64_t document_id = 0;
    std::size_t sentences = 0;  // written (0 for a duplicate)
    std::size_t facts = 0;
};

// ---------------------------------------------------------------------------------------------
// Reading

struct StoredDocument {
    std::int64_t id = 0;
    std::string content_hash;
    std::string name;
    std::string title;
    std::string source;
    std::string date;
    int reference_year = 0;
    bool reference_year_inferred = false;
    std::size_t byte_size = 0;
    std::size_t sentence_count = 0;
    std::size_t fact_count = 0;
    std::string ingested_at;  // UTC, "2024-05-01T08:00:00Z"
};

/// A fact with the quote and the document it came from. Strings that the schema allows to be null
/// are "" here; `lower`/`upper` stay optional because "" is not a number.
struct StoredFact {
    std::int64_t id = 0;
    std::int64_t document_id = 0;
    std::string document_name;
    std::string document_date;
    std::size_t sentence_index = 0;
    std::string sentence;       // the cleaned sentence text
    std::size_t start = 0;      // raw byte offsets of the surface
    std::size_t end = 0;
    std::string surface;        // raw text, PDF line breaks included
    Kind kind = Kind::number;
    std::string value;          // exact decimal (or "2024-04-25" for dates, "2024/2027" for periods)
    double value_real = 0;      // a double copy, for sorting and charts only
    std::optional<std::string> lower;
    std::optional<std::string> upper;
    Qualifier qualifier = Qualifier::exact;
    std::string unit;
    int multiplier = 0;
    std::string classifier;
    std::string per;
    Change change = Change::none;
    std::string base;
    std::string metric;
    std::string period;         // "2024", "2017/2024", ""
};

struct FactFilter {
    /// Substring of the metric label: "金额" finds 签约金额 and 成交金额. Any characters are safe: the
    /// text is matched literally, never as SQL or FTS5 syntax.
    std::string metric;
    /// Substring of the sentence text, matched literally.
    std::string text;
    /// Exact period: "2024" or "2017/2024".
    std::string period;
    std::optional<Kind> kind;
    std::string unit;
    std::optional<Qualifier> qualifier;
    /// Range on the value (value_real, so inclusive and approximate for huge numbers).
    std::optional<double> min_value;
    std::optional<double> max_value;
    std::optional<std::int64_t> document_id;
    /// 0: no limit.
    std::size_t limit = 0;
};

/// A set of numbers between two bounds; a missing bound is unbounded. `*_open` excludes the bound.
struct Interval {
    std::optional<Decimal> lower;
    std::optional<Decimal> upper;
    bool lower_open = false;
    bool upper_open = false;

    static Interval point(const Decimal& value) { return {value, value, false, false}; }
    bool is_point() const;
    bool is_empty() const;
    bool contains(const Decimal& value) const;
    /// The numbers in both (possibly empty).
    Interval intersect(const Interval& other) const;
    /// "[3100, 3200)", "(81000000000, ∞)", "3164".
    std::string to_string() const;
};

// ---------------------------------------------------------------------------------------------
// Year over year

struct YoyOptions {
    std::string metric;  // substring of the metric label, as in FactFilter
    std::string unit;    // "" = the unit most of the matching figures have
    int from = 0;        // periods ending in [from, to]; 0 = open
    int to = 0;
};

/// The change from the previous period of the same series, as written and as bounded by the
/// figures' intervals (see docs/schema.md, "Year over year").
struct YoyChange {
    std::string from_period;
    /// Current value minus previous value, as written.
    Decimal absolute;
    /// (current / previous − 1) × 100, two decimals; nullopt when the previous value is 0.
    std::optional<Decimal> percent;
    /// Where the true change lies given each figure's qualifier: exact figures make a point, 超810亿
    /// against 约673.17亿 gives (−∞, −13683000000).
    Interval absolute_bounds;
    Interval percent_bounds;
    /// Both figures exact: the change is exact. Otherwise it is approximate or bounded.
    bool exact = false;
    /// exact, approx, over, at_least, under, at_most, range, or unknown — describes absolute_bounds.
    std::string qualifier;
};

struct YoyPoint {
    std::string period;
    StoredFact fact;                 // the figure chosen for the period
    std::size_t candidates = 0;      // figures the period had to choose from
    std::size_t corroborating = 0;   // other sentences stating a compatible figure
    std::optional<YoyChange> change; // none for the first period of a series
};

struct YoySeries {
    std::string metric;
    Kind kind = Kind::number;
    std::string unit;
    /// Yearly figures first, by year; then cumulative figures (2017/2023, 2017/2024) by end year.
    /// A change is only computed between points of the same series (yearly, or same start year).
    std::vector<YoyPoint> points;
};

// ---------------------------------------------------------------------------------------------
// Corroboration

struct CorroborationOptions {
    std::string metric;  // substring filter on the label, "" = all
    std::string period;  // exact period, "" = all
};

/// Figures whose intervals share at least one number.
struct Cluster {
    std::vector<StoredFact> facts;
    Interval intersection;          // the numbers every figure allows
    std::size_t documents = 0;      // distinct documents among `facts`
};

/// Figures with the same period, kind and unit whose metric labels match (one contains the other,
/// after normalization), from at least two sentences.
struct CorroborationGroup {
    std::string metric;  // the shortest label of the group
    std::vector<std::string> labels;
    std::string period;
    Kind kind = Kind::number;
    std::string unit;
    /// Largest first: clusters[0] is the consensus; every other cluster disagrees with it.
    std::vector<Cluster> clusters;

    /// Whether cluster `k` (k ≥ 1) contradicts the consensus: it holds a figure from a document the
    /// consensus does not come from alone. Two figures of one article that disagree are taken to be
    /// about different things (5个项目 in one paragraph, 7个项目 in another), not a contradiction:
    /// an article rarely contradicts itself, and sources are what corroboration compares.
    bool contradicts(std::size_t k) const {
        if (k == 0 || k >= clusters.size()) return false;
        for (const auto& a : clusters[0].facts)
            for (const auto& b : clusters[k].facts)
                if (a.document_id != b.document_id) return true;
        return false;
    }
    /// Whether any cluster contradicts the consensus (see contradicts()).
    bool contradiction() const {
        for (std::size_t k = 1; k < clusters.size(); ++k)
            if (contradicts(k)) return true;
        return false;
    }
};

// ---------------------------------------------------------------------------------------------

enum class CheckLevel { quick, full };

class Store {
public:
    /// The current schema version (PRAGMA user_version).
    static constexpr int schema_version = 3;

    /// Opens (and creates or migrates) the database at `path`; ":memory:" for a private in-memory
    /// one. Throws StoreError.
    explicit Store(const std::string& path, StoreOptions options = {});
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const noexcept;

    /// Adds a document in one transaction. Identical bytes stored before add nothing.
    AddOutcome add(const DocumentRecord& record);
    /// Analyses `raw` (skipped when the same bytes are stored already) and adds it. The Result holds
    /// analysis errors (invalid UTF-8 …); database failures throw.
    Result<AddOutcome> ingest(std::string_view raw, const DocumentInfo& info,
                              const AnalyzeOptions& options = {});

    /// Removes a document with its sentences and facts. False when there was none with that id.
    bool remove(std::int64_t document_id);
    /// Replaces a document with a new version in one transaction (the old one stays if it fails).
    /// Returns the outcome of adding the new one; a duplicate of another document leaves the old one
    /// removed and reports the other's id.
    AddOutcome replace(std::int64_t document_id, const DocumentRecord& record);

    std::optional<StoredDocument> document(std::int64_t id) const;
    std::optional<StoredDocument> find_document(std::string_view content_hash) const;
    std::vector<StoredDocument> documents() const;

    /// Facts matching the filter, by document and position.
    std::vector<StoredFact> query(const FactFilter& filter) const;
    /// The same, streamed (for exports of the whole database).
    void for_each_fact(const FactFilter& filter,
                       const std::function<void(const StoredFact&)>& visit) const;
    std::size_t count_facts(const FactFilter& filter = {}) const;

    YoySeries yoy(const YoyOptions& options) const;
    std::vector<CorroborationGroup> corroboration(const CorroborationOptions& options = {}) const;

    /// Consistency check, empty when all is well, else one line per problem. `quick`: every
    /// document holds exactly the sentences and facts it was stored with (one read snapshot, cheap,
    /// safe beside a writer). `full` adds SQLite's integrity_check, the foreign keys and the
    /// full-text indexes.
    std::vector<std::string> check(CheckLevel level = CheckLevel::full) const;

private:
    std::unique_ptr<store::Connection> impl_;
};

}  // namespace zgcfacts
