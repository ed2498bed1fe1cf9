// Reading documents and facts back: filters become bound parameters, never SQL text.
#include <string>
#include <variant>
#include <vector>

#include <fmt/core.h>

#include "store/store_impl.hpp"

namespace zgcfacts {

namespace {

constexpr const char* document_columns =
    "id, content_hash, name, title, source, date, reference_year, reference_year_inferred, byte_size, "
    "sentence_count, fact_count, ingested_at";

StoredDocument read_document(const sqlite::Statement& s) {
    StoredDocument d;
    d.id = s.int64(0);
    d.content_hash = s.text(1);
    d.name = s.text(2);
    d.title = s.text(3);
    d.source = s.text(4);
    d.date = s.text(5);
    d.reference_year = static_cast<int>(s.int64(6));
    d.reference_year_inferred = s.int64(7) != 0;
    d.byte_size = static_cast<std::size_t>(s.int64(8));
    d.sentence_count = static_cast<std::size_t>(s.int64(9));
    d.fact_count = static_cast<std::size_t>(s.int64(10));
    d.ingested_at = s.text(11);
    return d;
}

constexpr const char* fact_select =
    "SELECT f.id, f.doc_id, d.name, d.date, f.sentence_idx, s.text, f.raw_start, f.raw_end, f.surface, "
    "f.kind, f.value, f.value_real, f.lower, f.upper, f.qualifier, f.unit, f.multiplier, f.classifier, "
    "f.per, f.change, f.base, f.metric, f.period "
    "FROM facts f JOIN documents d INDEXED BY documents_by_id ON d.id = f.doc_id "
    "JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.sentence_idx";

Change change_from_string(const std::string& text) {
    return text == "up" ? Change::up : text == "down" ? Change::down : Change::none;
}

StoredFact read_fact(const sqlite::Statement& s) {
    StoredFact f;
    f.id = s.int64(0);
    f.document_id = s.int64(1);
    f.document_name = s.text(2);
    f.document_date = s.text(3);
    f.sentence_index = static_cast<std::size_t>(s.int64(4));
    f.sentence = s.text(5);
    f.start = static_cast<std::size_t>(s.int64(6));
    f.end = static_cast<std::size_t>(s.int64(7));
    f.surface = s.text(8);
    // Unknown words (a newer writer, or a hand-edited row) fall back to the neutral values rather
    // than failing a whole query.
    f.kind = kind_from_string(s.text(9)).value_or(Kind::number);
    f.value = s.text(10);
    f.value_real = s.real(11);
    f.lower = s.optional_text(12);
    f.upper = s.optional_text(13);
    f.qualifier = qualifier_from_string(s.text(14)).value_or(Qualifier::exact);
    f.unit = s.text(15);
    f.multiplier = static_cast<int>(s.int64(16));
    f.classifier = s.text(17);
    f.per = s.text(18);
    f.change = change_from_string(s.text(19));
    f.base = s.text(20);
    f.metric = s.text(21);
    f.period = s.text(22);
    return f;
}

// The columns choosing between figures needs (yoy.cpp). All of them are in facts_by_metric and
// documents_by_id, so a metric's figures are read from one range of an index and the dates from a
// small one, never from the tables. CROSS JOIN keeps the facts as the outer loop.
constexpr const char* figure_select =
    "SELECT f.id, f.doc_id, d.date, f.sentence_idx, f.raw_start, f.kind, f.value, f.lower, f.upper, "
    "f.qualifier, f.unit, f.change, f.base, f.period "
    "FROM facts f CROSS JOIN documents d INDEXED BY documents_by_id ON d.id = f.doc_id";

StoredFact read_figure(const sqlite::Statement& s) {
    StoredFact f;
    f.id = s.int64(0);
    f.document_id = s.int64(1);
    f.document_date = s.text(2);
    f.sentence_index = static_cast<std::size_t>(s.int64(3));
    f.start = static_cast<std::size_t>(s.int64(4));
    f.kind = kind_from_string(s.text(5)).value_or(Kind::number);
    f.value = s.text(6);
    f.lower = s.optional_text(7);
    f.upper = s.optional_text(8);
    f.qualifier = qualifier_from_string(s.text(9)).value_or(Qualifier::exact);
    f.unit = s.text(10);
    f.change = change_from_string(s.text(11));
    f.base = s.text(12);
    f.period = s.text(13);
    return f;
}

/// A WHERE clause and its parameters, built together so that user text only ever travels as a
/// bound parameter.
struct Where {
    std::string sql;
    std::vector<std::variant<std::string, double, std::int64_t>> parameters;

    void add(std::string_view clause) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += clause;
    }
    void bind(sqlite::Statement& s) const {
        int index = 1;
        for (const auto& p : parameters)
            std::visit([&](const auto& v) { s.bind(index++, v); }, p);
    }
};

/// Substring match of a metric label or sentence. Trigram FTS5 needs at least three characters;
/// shorter text is matched with an escaped LIKE over the (small) labels table or the sentences.
/// Both are case-insensitive for ASCII letters.
void add_substring(Where& where, std::string_view text, const char* fts_table, const char* fts_clause,
                   const char* like_clause) {
    if (store::utf8_length(text) >= 3) {
        where.add(fmt::format(fmt::runtime(fts_clause), fts_table));
        where.parameters.emplace_back(store::fts_phrase(text));
    } else {
        where.add(like_clause);
        where.parameters.emplace_back(store::like_substring(text));
    }
}

Where build_where(const FactFilter& filter) {
    Where where;
    if (!filter.metric.empty())
        add_substring(where, filter.metric, "metrics_fts",
                      "f.metric_id IN (SELECT rowid FROM {0} WHERE {0} MATCH ?)",
                      "f.metric_id IN (SELECT id FROM metrics WHERE label LIKE ? ESCAPE '\\')");
    if (!filter.text.empty())
        add_substring(where, filter.text, "sentences_fts",
                      "s.id IN (SELECT rowid FROM {0} WHERE {0} MATCH ?)", "s.text LIKE ? ESCAPE '\\'");
    if (!filter.period.empty()) {
        // The integer years are indexed; the text form is the fallback for unusual periods.
        if (auto span = store::parse_period(filter.period)) {
            where.add("f.period_end = ? AND f.period_start = ?");
            where.parameters.emplace_back(std::int64_t{span->second});
            where.parameters.emplace_back(std::int64_t{span->first});
        } else {
            where.add("f.period = ?");
            where.parameters.emplace_back(filter.period);
        }
    }
    if (filter.kind) {
        where.add("f.kind = ?");
        where.parameters.emplace_back(std::string(to_string(*filter.kind)));
    }
    if (!filter.unit.empty()) {
        where.add("f.unit = ?");
        where.parameters.emplace_back(filter.unit);
    }
    if (filter.qualifier) {
        where.add("f.qualifier = ?");
        where.parameters.emplace_back(std::string(to_string(*filter.qualifier)));
    }
    if (filter.min_value) {
        where.add("f.value_real >= ?");
        where.parameters.emplace_back(*filter.min_value);
    }
    if (filter.max_value) {
        where.add("f.value_real <= ?");
        where.parameters.emplace_back(*filter.max_value);
    }
    if (filter.document_id) {
        where.add("f.doc_id = ?");
        where.parameters.emplace_back(*filter.document_id);
    }
    return where;
}

}  // namespace

std::optional<StoredDocument> Store::document(std::int64_t id) const {
    auto& s = impl_->statement(fmt::format("SELECT {} FROM documents WHERE id = ?", document_columns));
    sqlite::ResetOnExit reset(s);
    s.reset().bind(1, id);
    if (!s.step("reading a document")) return std::nullopt;
    return read_document(s);
}

std::optional<StoredDocument> Store::find_document(std::string_view hash) const {
    auto& s = impl_->statement(fmt::format("SELECT {} FROM documents WHERE content_hash = ?", document_columns));
    sqlite::ResetOnExit reset(s);
    s.reset().bind(1, hash);
    if (!s.step("looking up a document")) return std::nullopt;
    return read_document(s);
}

std::vector<StoredDocument> Store::documents() const {
    auto& s = impl_->statement(fmt::format("SELECT {} FROM documents ORDER BY id", document_columns));
    sqlite::ResetOnExit reset(s);
    s.reset();
    std::vector<StoredDocument> out;
    while (s.step("listing documents")) out.push_back(read_document(s));
    return out;
}

void Store::for_each_fact(const FactFilter& filter, const std::function<void(const StoredFact&)>& visit) const {
    Where where = build_where(filter);
    std::string sql = fmt::format("{}{} ORDER BY f.doc_id, f.raw_start, f.id", fact_select, where.sql);
    if (filter.limit > 0) sql += fmt::format(" LIMIT {}", filter.limit);
    auto& s = impl_->statement(sql);
    sqlite::ResetOnExit reset(s);
    s.reset();
    where.bind(s);
    while (s.step("querying facts")) visit(read_fact(s));
}

namespace store {

void for_each_figure(Connection& impl, const FactFilter& filter,
                     const std::function<void(const StoredFact&)>& visit) {
    Where where = build_where(filter);
    // The sentence is only joined for a text filter: it is the one column outside the index.
    const char* sentences = filter.text.empty()
                                ? ""
                                : " CROSS JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.sentence_idx";
    auto& s = impl.statement(fmt::format("{}{}{}", figure_select, sentences, where.sql));
    sqlite::ResetOnExit reset(s);
    s.reset();
    where.bind(s);
    while (s.step("querying figures")) visit(read_figure(s));
}

std::optional<StoredFact> fact(Connection& impl, std::int64_t id) {
    auto& s = impl.statement(fmt::format("{} WHERE f.id = ?", fact_select));
    sqlite::ResetOnExit reset(s);
    s.reset().bind(1, id);
    if (!s.step("reading a fact")) return std::nullopt;
    return read_fact(s);
}

}  // namespace store

std::vector<StoredFact> Store::query(const FactFilter& filter) const {
    std::vector<StoredFact> out;
    for_each_fact(filter, [&](const StoredFact& f) { out.push_back(f); });
    return out;
}

std::size_t Store::count_facts(const FactFilter& filter) const {
    Where where = build_where(filter);
    auto& s = impl_->statement(fmt::format(
        "SELECT count(*) FROM facts f JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.sentence_idx{}",
        where.sql));
    sqlite::ResetOnExit reset(s);
    s.reset();
    where.bind(s);
    s.step("counting facts");
    return static_cast<std::size_t>(s.int64(0));
}

std::vector<std::string> Store::check(CheckLevel level) const {
    std::vector<std::string> problems;
    const char* doing = "checking the database";
    {
        // One read transaction: every statement below sees the same snapshot, even while another
        // connection is adding documents.
        sqlite::Transaction tx(impl_->db, doing, sqlite::Transaction::Mode::deferred);
        if (level == CheckLevel::full) {
            auto& s = impl_->statement("PRAGMA integrity_check");
            sqlite::ResetOnExit reset(s);
            s.reset();
            while (s.step(doing))
                if (auto line = s.text(0); line != "ok") problems.push_back("integrity: " + line);
        }
        if (level == CheckLevel::full) {
            auto& s = impl_->statement("PRAGMA foreign_key_check");
            sqlite::ResetOnExit reset(s);
            s.reset();
            while (s.step(doing))
                problems.push_back(fmt::format("foreign key: row {} of {} refers to a missing {} row",
                                               s.int64(1), s.text(0), s.text(2)));
        }
        {
            auto& s = impl_->statement(
                "SELECT d.id, d.name, d.sentence_count, d.fact_count, "
                "(SELECT count(*) FROM sentences WHERE doc_id = d.id), "
                "(SELECT count(*) FROM facts WHERE doc_id = d.id) FROM documents d ORDER BY d.id");
            sqlite::ResetOnExit reset(s);
            s.reset();
            while (s.step(doing))
                if (s.int64(2) != s.int64(4) || s.int64(3) != s.int64(5))
                    problems.push_back(fmt::format(
                        "document {} ({}): stored with {} sentences and {} facts, holds {} and {}",
                        s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4), s.int64(5)));
        }
        tx.commit();
    }
    if (level == CheckLevel::full && impl_->options.mode != OpenMode::read_only) {
        // FTS5's own check compares each index with its content table. It is written as an INSERT,
        // so SQLite runs it as a (brief) write transaction of its own, outside the snapshot above.
        for (const char* table : {"metrics_fts", "sentences_fts"}) {
            auto sql = fmt::format("INSERT INTO {0}({0}, rank) VALUES ('integrity-check', 1)", table);
            if (sqlite3_exec(impl_->db.handle(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                problems.push_back(fmt::format("{}: {}", table, sqlite3_errmsg(impl_->db.handle())));
        }
    }
    return problems;
}

}  // namespace zgcfacts
