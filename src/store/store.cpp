// Opening the store, adding, replacing and removing documents.
#include <filesystem>
#include <utility>

#include <fmt/core.h>

#include "store/schema.hpp"
#include "store/store_impl.hpp"

namespace zgcfacts {

namespace {

int open_flags(OpenMode mode) {
    switch (mode) {
    case OpenMode::create: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case OpenMode::existing: return SQLITE_OPEN_READWRITE;
    case OpenMode::read_only: return SQLITE_OPEN_READONLY;
    }
    return SQLITE_OPEN_READWRITE;
}

bool is_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

/// SQLite says only "unable to open database file"; find out why, when the reason is simple.
void explain_open_failure(const std::string& path, OpenMode mode) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p(path);
    if (fs::is_directory(p, ec))
        throw StoreError(StoreErrc::cannot_open, SQLITE_CANTOPEN, path, "opening", "it is a directory");
    if (mode != OpenMode::create && !fs::exists(p, ec))
        throw StoreError(StoreErrc::cannot_open, SQLITE_CANTOPEN, path, "opening",
                         "no such file (run `zgcfacts ingest --db FILE` to create one)");
    fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec))
        throw StoreError(StoreErrc::cannot_open, SQLITE_CANTOPEN, path, "opening",
                         fmt::format("directory {} does not exist", dir.string()));
}

}  // namespace

store::Connection::Connection(const std::string& path, StoreOptions store_options)
    : options(std::move(store_options)),
      db([&] {
          try {
              return sqlite::Database(path, open_flags(options.mode));
          } catch (const StoreError& e) {
              if (e.code() == StoreErrc::cannot_open) explain_open_failure(path, options.mode);
              throw;
          }
      }()) {
    const bool read_only = options.mode == OpenMode::read_only;
    sqlite3_busy_timeout(db.handle(), options.busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON", "opening");
    if (!read_only && !is_memory(path)) {
        // WAL: readers keep reading while a writer adds a document, and see it only once committed.
        // synchronous=NORMAL is safe from corruption in WAL mode; a power cut may lose the last
        // commits but never leaves half a document. This is also the first statement that reads
        // the file, so a file that is not a database fails here, while opening.
        db.exec("PRAGMA journal_mode = WAL", "opening");
        db.exec("PRAGMA synchronous = NORMAL", "opening");
        // A document writes a few hundred pages to the WAL (its rows, index pages, the full-text
        // segment); checkpointing every 1000 pages, SQLite's default, synced the disk every few
        // documents and cost more wall time than the writing. 10000 pages (40 MB at most) cut it.
        db.exec("PRAGMA wal_autocheckpoint = 10000", "opening");
    } else {
        db.query_int("PRAGMA user_version", "opening");
    }
    if (options.max_page_count > 0)
        db.exec(fmt::format("PRAGMA max_page_count = {}", options.max_page_count), "opening");
    store::migrate(db, read_only);
}

Store::Store(const std::string& path, StoreOptions options)
    : impl_(std::make_unique<store::Connection>(path, std::move(options))) {}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const noexcept { return impl_->db.path(); }

// ---------------------------------------------------------------------------------------------

namespace {

std::optional<std::int64_t> find_by_hash(store::Connection& impl, std::string_view hash, std::string_view doing) {
    auto& find = impl.statement("SELECT id FROM documents WHERE content_hash = ?");
    sqlite::ResetOnExit reset(find);
    find.reset().bind(1, hash);
    if (!find.step(doing)) return std::nullopt;
    return find.int64(0);
}

std::int64_t metric_id(store::Connection& impl, std::string_view label, std::string_view doing) {
    auto& find = impl.statement("SELECT id FROM metrics WHERE label = ?");
    {
        sqlite::ResetOnExit reset(find);
        find.reset().bind(1, label);
        if (find.step(doing)) return find.int64(0);
    }
    impl.statement("INSERT INTO metrics(label) VALUES (?)").reset().bind(1, label).run(doing);
    return impl.db.last_insert_rowid();
}

std::optional<double> real_of(const std::optional<Decimal>& d) {
    if (!d) return std::nullopt;
    return d->to_double();
}

void bind_optional_real(sqlite::Statement& s, int index, std::optional<double> v) {
    if (v) s.bind(index, *v);
    else s.bind_null(index);
}

/// Adds the document's sentences that carry a fact to the full-text index, in one statement and
/// after every other write of the document: FTS5 writes its pending terms out as a segment at each
/// statement savepoint that follows, so indexing row by row (or before the facts) would leave many
/// tiny segments to merge.
void index_sentences(store::Connection& impl, std::int64_t doc_id, const std::string& doing) {
    impl.statement("INSERT INTO sentences_fts(rowid, text) "
                   "SELECT id, text FROM sentences WHERE doc_id = ? AND indexed")
        .reset()
        .bind(1, doc_id)
        .run(doing);
}

/// Writes the document; the caller holds the transaction.
AddOutcome write_document(store::Connection& impl, const DocumentRecord& record, const std::string& doing) {
    if (auto existing = find_by_hash(impl, record.content_hash, doing))
        return {AddStatus::duplicate, *existing, 0, 0};

    for (const auto& fact : record.facts)
        if (fact.sentence >= record.sentences.size())
            throw std::invalid_argument(fmt::format("{}: fact '{}' refers to sentence {} of {}", doing,
                                                    fact.mention.surface, fact.sentence,
                                                    record.sentences.size()));

    auto& insert_document = impl.statement(
        "INSERT INTO documents(content_hash, name, title, source, date, reference_year, "
        "reference_year_inferred, byte_size, sentence_count, fact_count, clean_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert_document.reset()
        .bind(1, record.content_hash)
        .bind(2, record.info.name)
        .bind_text_or_null(3, record.info.title)
        .bind_text_or_null(4, record.info.source)
        .bind_text_or_null(5, record.info.date);
    if (record.reference_year != 0) insert_document.bind(6, record.reference_year);
    else insert_document.bind_null(6);
    insert_document.bind(7, record.reference_year_inferred ? 1 : 0)
        .bind(8, static_cast<std::int64_t>(record.byte_size))
        .bind(9, static_cast<std::int64_t>(record.sentences.size()))
        .bind(10, static_cast<std::int64_t>(record.facts.size()))
        .bind(11, record.clean_text)
        .run(doing);
    const std::int64_t doc_id = impl.db.last_insert_rowid();

    // Only sentences that carry a fact go into the full-text index (schema version 3).
    std::vector<bool> carries_fact(record.sentences.size(), false);
    for (const auto& fact : record.facts) carries_fact[fact.sentence] = true;
    auto& insert_sentence = impl.statement(
        "INSERT INTO sentences(doc_id, idx, raw_start, raw_end, clean_start, clean_end, text, indexed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < record.sentences.size(); ++i) {
        const auto& s = record.sentences[i];
        insert_sentence.reset()
            .bind(1, doc_id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, static_cast<std::int64_t>(s.raw_start))
            .bind(4, static_cast<std::int64_t>(s.raw_end))
            .bind(5, static_cast<std::int64_t>(s.clean_start))
            .bind(6, static_cast<std::int64_t>(s.clean_end))
            .bind(7, s.text)
            .bind(8, carries_fact[i] ? 1 : 0)
            .run(doing);
    }

    auto& insert_fact = impl.statement(
        "INSERT INTO facts(doc_id, sentence_idx, raw_start, raw_end, clean_start, clean_end, surface, "
        "kind, value, value_real, lower, lower_real, upper, upper_real, qualifier, unit, multiplier, "
        "classifier, per, change, base, metric, metric_id, period, period_start, period_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t k = 0; k < record.facts.size(); ++k) {
        if (impl.options.before_fact) impl.options.before_fact(k);
        const Fact& fact = record.facts[k];
        const Mention& m = fact.mention;
        const Quantity& q = m.quantity;
        // Dates have no meaningful number; every other kind's value is a decimal (a year, a count …).
        std::optional<double> value_real;
        if (q.kind != Kind::date) value_real = q.value.to_double();
        std::optional<double> lower_real, upper_real;
        if (q.kind != Kind::date) {
            lower_real = real_of(q.lower);
            upper_real = real_of(q.upper);
        }
        insert_fact.reset()
            .bind(1, doc_id)
            .bind(2, static_cast<std::int64_t>(fact.sentence))
            .bind(3, static_cast<std::int64_t>(m.start))
            .bind(4, static_cast<std::int64_t>(m.end))
            .bind(5, static_cast<std::int64_t>(m.clean_start))
            .bind(6, static_cast<std::int64_t>(m.clean_end))
            .bind(7, m.surface)
            .bind(8, to_string(q.kind))
            .bind(9, q.value_text());
        bind_optional_real(insert_fact, 10, value_real);
        insert_fact.bind(11, q.lower_text());
        bind_optional_real(insert_fact, 12, lower_real);
        insert_fact.bind(13, q.upper_text());
        bind_optional_real(insert_fact, 14, upper_real);
        insert_fact.bind(15, to_string(q.qualifier))
            .bind_text_or_null(16, q.unit)
            .bind(17, q.multiplier)
            .bind_text_or_null(18, q.classifier)
            .bind_text_or_null(19, q.per)
            .bind_text_or_null(20, to_string(q.change))
            .bind_text_or_null(21, q.base)
            .bind_text_or_null(22, fact.metric);
        if (fact.metric.empty()) insert_fact.bind_null(23);
        else insert_fact.bind(23, metric_id(impl, fact.metric, doing));
        insert_fact.bind_text_or_null(24, fact.period);
        if (auto span = store::parse_period(fact.period)) insert_fact.bind(25, span->first).bind(26, span->second);
        else insert_fact.bind_null(25).bind_null(26);
        insert_fact.run(doing);
    }
    index_sentences(impl, doc_id, doing);
    return {AddStatus::added, doc_id, record.sentences.size(), record.facts.size()};
}

/// Deletes a document (its sentences and facts go by cascade) and the labels no fact uses any more.
bool delete_document(store::Connection& impl, std::int64_t id, const std::string& doing) {
    // Labels the document used: collected first, because the cascade removes the facts naming them.
    auto& labels = impl.statement("SELECT DISTINCT metric_id FROM facts WHERE doc_id = ? AND metric_id IS NOT NULL");
    std::vector<std::int64_t> metric_ids;
    {
        sqlite::ResetOnExit reset(labels);
        labels.reset().bind(1, id);
        while (labels.step(doing)) metric_ids.push_back(labels.int64(0));
    }
    impl.statement("DELETE FROM documents WHERE id = ?").reset().bind(1, id).run(doing);
    if (sqlite3_changes(impl.db.handle()) == 0) return false;
    auto& orphan = impl.statement(
        "DELETE FROM metrics WHERE id = ? AND NOT EXISTS (SELECT 1 FROM facts WHERE metric_id = ?)");
    for (auto metric : metric_ids) orphan.reset().bind(1, metric).bind(2, metric).run(doing);
    return true;
}

std::string describe(const DocumentRecord& record) {
    return fmt::format("adding document {}", record.info.name.empty() ? "(unnamed)" : record.info.name);
}

}  // namespace

AddOutcome Store::add(const DocumentRecord& record) {
    const std::string doing = describe(record);
    sqlite::Transaction tx(impl_->db, doing);
    AddOutcome outcome = write_document(*impl_, record, doing);
    tx.commit();
    return outcome;
}

Result<AddOutcome> Store::ingest(std::string_view raw, const DocumentInfo& info, const AnalyzeOptions& options) {
    // The hash check first: re-ingesting an archive should not pay for analysing it again.
    std::string hash = content_hash(raw);
    if (auto existing = find_document(hash)) return AddOutcome{AddStatus::duplicate, existing->id, 0, 0};
    AnalyzeOptions effective = options;
    if (effective.date.empty()) effective.date = info.date;
    auto document = analyze(raw, effective);
    if (!document) return document.error();
    return add(make_record(raw, *document, info));
}

bool Store::remove(std::int64_t document_id) {
    const std::string doing = fmt::format("removing document {}", document_id);
    sqlite::Transaction tx(impl_->db, doing);
    bool removed = delete_document(*impl_, document_id, doing);
    tx.commit();
    return removed;
}

AddOutcome Store::replace(std::int64_t document_id, const DocumentRecord& record) {
    const std::string doing = fmt::format("replacing document {} with {}", document_id, record.info.name);
    sqlite::Transaction tx(impl_->db, doing);
    delete_document(*impl_, document_id, doing);
    AddOutcome outcome = write_document(*impl_, record, doing);
    tx.commit();
    return outcome;
}

// ---------------------------------------------------------------------------------------------

namespace store {

std::optional<std::pair<int, int>> parse_period(std::string_view period) {
    auto year = [](std::string_view s) -> std::optional<int> {
        if (s.size() != 4) return std::nullopt;
        int y = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            y = y * 10 + (c - '0');
        }
        return y;
    };
    if (auto y = year(period)) return std::pair{*y, *y};
    if (period.size() == 9 && period[4] == '/') {
        auto a = year(period.substr(0, 4));
        auto b = year(period.substr(5));
        if (a && b) return std::pair{*a, *b};
    }
    return std::nullopt;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string fts_phrase(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string like_substring(std::string_view text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

}  // namespace store
}  // namespace zgcfacts
