// Schema migrations: a database written by an earlier release opens, is migrated in place, and
// answers every query as before, with the new indexes in use.
#include <doctest/doctest.h>

// GCC 12 warns about members left out of designated initializers even when they have default
// initializers (fixed in GCC 13); the tests use designated initializers for readable fixtures.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/record_builder.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "zgcfacts/store.hpp"

namespace fs = std::filesystem;
using namespace zgcfacts;

namespace {

struct TempFile {
    fs::path path = fs::temp_directory_path() / ("zgcfacts-schema-test-" + std::to_string(::getpid()) + ".db");
    TempFile() { remove(); }
    ~TempFile() { remove(); }
    void remove() const {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix, ec);
    }
};

std::string raw_text(const std::string& path, const char* sql) {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    sqlite::Statement s(db, sql);
    return s.step("reading") ? s.text(0) : "";
}

std::int64_t raw_count(const std::string& path, const char* sql) {
    sqlite::Database db(path, SQLITE_OPEN_READONLY);
    return db.query_int(sql, "reading");
}

/// A version-1 file as the release before version 2 wrote it: made by the version-1 schema itself,
/// then filled the way that release filled it (sentences indexed by the insert trigger).
void write_version_1(const std::string& path) {
    sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL", "test");
    store::migrate(db, false, 1);
    db.exec(R"sql(
        INSERT INTO documents(id, content_hash, name, date, reference_year, byte_size, sentence_count,
                              fact_count, clean_text)
        VALUES (1, 'v1-hash', 'old.txt', '2024-04-25', 2024, 100, 2, 2,
                '2023年签约金额为700亿元。2024年签约金额为810亿元。');
        INSERT INTO sentences(id, doc_id, idx, raw_start, raw_end, clean_start, clean_end, text) VALUES
            (1, 1, 0, 0, 36, 0, 36, '2023年签约金额为700亿元。'),
            (2, 1, 1, 36, 72, 36, 72, '2024年签约金额为810亿元。');
        INSERT INTO metrics(id, label) VALUES (1, '签约金额');
        INSERT INTO facts(doc_id, sentence_idx, raw_start, raw_end, clean_start, clean_end, surface, kind,
                          value, value_real, qualifier, unit, multiplier, metric, metric_id, period,
                          period_start, period_end) VALUES
            (1, 0, 22, 33, 22, 33, '700亿元', 'money', '70000000000', 7e10, 'exact', 'CNY', 8, '签约金额', 1,
             '2023', 2023, 2023),
            (1, 1, 58, 69, 58, 69, '810亿元', 'money', '81000000000', 8.1e10, 'exact', 'CNY', 8, '签约金额', 1,
             '2024', 2024, 2024);
    )sql", "test");
}

DocumentRecord new_document() {
    store::RecordBuilder b("new.txt", "2025-05-01");
    b.reference_year(2025);
    b.sentence("2025年签约金额为900亿元，中关村论坛再创新高。")
        .fact({.surface = "900亿元", .kind = Kind::money, .value = "90000000000", .unit = "CNY", .multiplier = 8,
               .metric = "签约金额", .period = "2025"});
    b.sentence("论坛期间还举办了平行论坛。");  // no fact in it
    return b.build();
}

}  // namespace

TEST_CASE("a version 1 database is migrated in place and keeps answering as before") {
    TempFile file;
    const auto path = file.path.string();
    write_version_1(path);
    REQUIRE(raw_count(path, "PRAGMA user_version") == 1);

    Store store(path);
    CHECK(raw_count(path, "PRAGMA user_version") == Store::schema_version);
    CHECK(raw_text(path, "SELECT sql FROM sqlite_schema WHERE name = 'facts_by_metric'").find("raw_start") !=
          std::string::npos);
    CHECK(raw_count(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'documents_by_id'") == 1);
    CHECK(raw_count(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts_insert'") == 0);
    CHECK(raw_count(path, "SELECT count(*) FROM sentences_fts_config WHERE k = 'automerge' AND v = 16") == 1);

    // What version 1 stored: found by metric, by sentence text (indexed by the old trigger), by yoy.
    FactFilter by_text;
    by_text.text = "签约金额为810";
    auto found = store.query(by_text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == "810亿元");
    CHECK(found[0].document_name == "old.txt");
    CHECK(found[0].document_date == "2024-04-25");

    YoyOptions yoy;
    yoy.metric = "签约";
    auto series = store.yoy(yoy);
    REQUIRE(series.points.size() == 2);
    REQUIRE(series.points[1].change);
    CHECK(series.points[1].change->absolute.to_string() == "11000000000");
    CHECK(series.points[1].fact.sentence == "2024年签约金额为810亿元。");

    // What version 2 adds is indexed too, and the index stays consistent through a removal.
    auto added = store.add(new_document());
    FactFilter forum;
    forum.text = "中关村论坛";
    REQUIRE(store.query(forum).size() == 1);
    CHECK(store.yoy(yoy).points.size() == 3);
    CHECK(store.check(CheckLevel::full).empty());
    CHECK(store.remove(1));
    CHECK(store.query(by_text).empty());
    CHECK(store.query(forum).size() == 1);
    CHECK(store.check(CheckLevel::full).empty());
    CHECK(store.remove(added.document_id));
    CHECK(store.check(CheckLevel::full).empty());
}

TEST_CASE("a read-only connection refuses a version 1 file rather than reading it half migrated") {
    TempFile file;
    const auto path = file.path.string();
    write_version_1(path);
    StoreOptions read_only;
    read_only.mode = OpenMode::read_only;
    CHECK_THROWS_AS(Store(path, read_only), StoreError);
    CHECK(raw_count(path, "PRAGMA user_version") == 1);
}

namespace {

/// A version-2 file with a sentence that carries a fact and one that does not, both in the
/// full-text index as version 2 indexed every sentence.
void write_version_2(const std::string& path) {
    sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL", "test");
    store::migrate(db, false, 2);
    db.exec(R"sql(
        INSERT INTO documents(id, content_hash, name, date, reference_year, byte_size, sentence_count,
                              fact_count, clean_text)
        VALUES (1, 'v2-hash', 'old.txt', '2024-04-25', 2024, 100, 2, 1,
                '2024年签约金额为810亿元。论坛在京开幕。');
        INSERT INTO sentences(id, doc_id, idx, raw_start, raw_end, clean_start, clean_end, text) VALUES
            (1, 1, 0, 0, 36, 0, 36, '2024年签约金额为810亿元。'),
            (2, 1, 1, 36, 57, 36, 57, '论坛在京开幕。');
        INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences;
        INSERT INTO metrics(id, label) VALUES (1, '签约金额');
        INSERT INTO facts(doc_id, sentence_idx, raw_start, raw_end, clean_start, clean_end, surface, kind,
                          value, value_real, qualifier, unit, multiplier, metric, metric_id, period,
                          period_start, period_end) VALUES
            (1, 0, 22, 33, 22, 33, '810亿元', 'money', '81000000000', 8.1e10, 'exact', 'CNY', 8, '签约金额', 1,
             '2024', 2024, 2024);
    )sql", "test");
}

}  // namespace

TEST_CASE("version 3 keeps only sentences with facts in the text index, also for migrated files") {
    TempFile file;
    const auto path = file.path.string();
    write_version_2(path);
    REQUIRE(raw_count(path, "SELECT count(*) FROM sentences_fts_docsize") == 2);

    Store store(path);
    CHECK(raw_count(path, "PRAGMA user_version") == Store::schema_version);
    CHECK(raw_count(path, "SELECT count(*) FROM sentences WHERE indexed") == 1);
    CHECK(raw_count(path, "SELECT count(*) FROM sentences_fts_docsize") == 1);
    CHECK(store.check(CheckLevel::full).empty());

    FactFilter by_text;
    by_text.text = "签约金额为810";
    REQUIRE(store.query(by_text).size() == 1);

    // A new document: its fact-less sentence is stored but not indexed; removing it keeps the index
    // consistent with its content.
    auto added = store.add(new_document());
    CHECK(raw_count(path, "SELECT count(*) FROM sentences") == 4);
    CHECK(raw_count(path, "SELECT count(*) FROM sentences_fts_docsize") == 2);
    FactFilter parallel;
    parallel.text = "平行论坛";  // only in the fact-less sentence: no fact to find
    CHECK(store.query(parallel).empty());
    CHECK(store.check(CheckLevel::full).empty());
    CHECK(store.remove(added.document_id));
    CHECK(store.remove(1));
    CHECK(raw_count(path, "SELECT count(*) FROM sentences_fts_docsize") == 0);
    CHECK(store.check(CheckLevel::full).empty());
}
