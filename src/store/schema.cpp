// Schema creation and migrations, keyed by PRAGMA user_version.
#include "store/schema.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/core.h>

namespace zgcfacts::store {

namespace {

// Version 1. Comments here explain choices; column meanings are in docs/schema.md.
constexpr const char* schema_v1 = R"sql(
CREATE TABLE documents (
    id                      INTEGER PRIMARY KEY,
    content_hash            TEXT NOT NULL UNIQUE,      -- SHA-256 of the raw bytes: re-ingest = no-op
    name                    TEXT NOT NULL,
    title                   TEXT,
    source                  TEXT,
    date                    TEXT,
    reference_year          INTEGER,
    reference_year_inferred INTEGER NOT NULL DEFAULT 0,
    byte_size               INTEGER NOT NULL,
    sentence_count          INTEGER NOT NULL,          -- what was written, for consistency checks
    fact_count              INTEGER NOT NULL,
    clean_text              TEXT NOT NULL,
    ingested_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,                   -- rowid for the full-text index
    doc_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    raw_start   INTEGER NOT NULL,
    raw_end     INTEGER NOT NULL,
    clean_start INTEGER NOT NULL,
    clean_end   INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);

-- Distinct metric labels: the full-text index over them stays small however many facts there are,
-- and a metric lookup becomes "labels matching the text, then facts by label id".
CREATE TABLE metrics (
    id    INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE
);

CREATE TABLE facts (
    id           INTEGER PRIMARY KEY,
    doc_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    raw_start    INTEGER NOT NULL,
    raw_end      INTEGER NOT NULL,
    clean_start  INTEGER NOT NULL,
    clean_end    INTEGER NOT NULL,
    surface      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    value        TEXT NOT NULL,                        -- exact decimal text; never rounded
    value_real   REAL,                                 -- for sorting and range filters only
    lower        TEXT,
    lower_real   REAL,
    upper        TEXT,
    upper_real   REAL,
    qualifier    TEXT NOT NULL,
    unit         TEXT,
    multiplier   INTEGER NOT NULL DEFAULT 0,
    classifier   TEXT,
    per          TEXT,
    change       TEXT,
    base         TEXT,
    metric       TEXT,                                 -- the label, repeated for plain SQL users
    metric_id    INTEGER REFERENCES metrics(id),
    period       TEXT,
    period_start INTEGER,
    period_end   INTEGER,
    FOREIGN KEY (doc_id, sentence_idx) REFERENCES sentences(doc_id, idx) ON DELETE CASCADE
);

-- (doc_id, sentence_idx) also serves the foreign key, so deleting a document does not scan facts.
CREATE INDEX facts_by_sentence ON facts(doc_id, sentence_idx);
CREATE INDEX facts_by_metric   ON facts(metric_id, period_end);
CREATE INDEX facts_by_period   ON facts(period_end, period_start);
CREATE INDEX facts_by_value    ON facts(kind, unit, value_real);

-- Trigram full-text indexes (substring search that works for Chinese, which has no spaces).
-- External content: the text lives once, in the tables above; triggers keep the indexes in step.
CREATE VIRTUAL TABLE metrics_fts USING fts5(label, content='metrics', content_rowid='id',
                                            tokenize='trigram');
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',
                                              tokenize='trigram');

CREATE TRIGGER metrics_fts_insert AFTER INSERT ON metrics BEGIN
    INSERT INTO metrics_fts(rowid, label) VALUES (new.id, new.label);
END;
CREATE TRIGGER metrics_fts_delete AFTER DELETE ON metrics BEGIN
    INSERT INTO metrics_fts(metrics_fts, rowid, label) VALUES ('delete', old.id, old.label);
END;
CREATE TRIGGER metrics_fts_update AFTER UPDATE ON metrics BEGIN
    INSERT INTO metrics_fts(metrics_fts, rowid, label) VALUES ('delete', old.id, old.label);
    INSERT INTO metrics_fts(rowid, label) VALUES (new.id, new.label);
END;
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

-- For people exploring with sqlite3 or Datasette: every fact with its quote and document.
CREATE VIEW fact_details AS
SELECT f.id, d.name AS document, d.date AS document_date, f.period, f.metric, f.surface, f.kind,
       f.value, f.lower, f.upper, f.qualifier, f.unit, f.classifier, f.per, f.change, f.base,
       s.text AS sentence, f.doc_id, f.sentence_idx, f.raw_start, f.raw_end
FROM facts f
JOIN documents d ON d.id = f.doc_id
JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.sentence_idx;
)sql";

// Version 2: faster year over year and ingest (issue 3 §7).
constexpr const char* schema_v2 = R"sql(
-- Every column year over year reads from a fact is in this index, so a series is one range of it
-- rather than a jump into the table for each of its facts (a million-fact database has them on
-- as many pages). It starts with the columns of the old one, so the lookups it served still work;
-- facts without a metric, which no metric lookup can find, are left out to keep ingest cheaper.
DROP INDEX facts_by_metric;
CREATE INDEX facts_by_metric ON facts(metric_id, period_end, unit, kind, qualifier, value, lower, upper,
                                      change, base, period, doc_id, sentence_idx, raw_start)
    WHERE metric_id IS NOT NULL;

-- A document row carries the whole cleaned text, so each takes a page of its own, and reading the
-- name and date of the documents of a thousand facts read a thousand pages. This index holds just
-- those columns, densely. The planner prefers the rowid, so queries name it (INDEXED BY).
CREATE INDEX documents_by_id ON documents(id, name, date);

-- FTS5 writes its pending terms out as a new segment at every statement savepoint, and each
-- trigger-carrying INSERT opens one: the per-row trigger made a segment per sentence, and merging
-- them was most of the cost of an ingest. store.cpp now indexes a document's sentences with one
-- statement at the end of its transaction. Deletes and updates keep their triggers.
DROP TRIGGER sentences_fts_insert;
-- Merge segments sixteen at a time rather than four: each level is rewritten less often, for a
-- little more work per text search (more segments to look in).
INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 16);
)sql";

// Version 3: the sentence index holds the sentences that carry a fact. Text search filters facts
// (query --text), and a fact's sentence is the only one that can match for it, so indexing the
// others cost most of an ingest's time (about 60% of the text of news articles) for nothing.
constexpr const char* schema_v3 = R"sql(
ALTER TABLE sentences ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;  -- 1: in sentences_fts
UPDATE sentences SET indexed = 1
WHERE EXISTS (SELECT 1 FROM facts f WHERE f.doc_id = sentences.doc_id AND f.sentence_idx = sentences.idx);

-- The index's content is this view, so FTS5's own 'rebuild' and 'integrity-check' see exactly the
-- sentences it should hold.
CREATE VIEW indexed_sentences AS SELECT id, text FROM sentences WHERE indexed;

DROP TRIGGER sentences_fts_delete;
DROP TRIGGER sentences_fts_update;
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='indexed_sentences', content_rowid='id',
                                              tokenize='trigram');
INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 16);
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');

-- Inserts are indexed by store.cpp, one statement per document (see version 2).
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences WHEN old.indexed BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text, indexed ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.indexed;
    INSERT INTO sentences_fts(rowid, text) SELECT new.id, new.text WHERE new.indexed;
END;
)sql";

/// migrations[i] takes the schema from version i to version i + 1.
const std::vector<const char*>& migrations() {
    static const std::vector<const char*> all = {schema_v1, schema_v2, schema_v3};
    return all;
}

}  // namespace

void migrate(sqlite::Database& db, bool read_only, int target_version) {
    static_assert(Store::schema_version == 3, "add the new version to migrations()");
    if (target_version < 0 || static_cast<std::size_t>(target_version) > migrations().size())
        throw std::invalid_argument(fmt::format("no schema version {}", target_version));
    const std::int64_t target = target_version;

    auto check_owner = [&](std::int64_t version) {
        std::int64_t app = db.query_int("PRAGMA application_id", "reading the schema version");
        if (app != 0 && app != application_id)
            throw StoreError(StoreErrc::schema, 0, db.path(), "opening",
                             fmt::format("the file belongs to another application (application_id {:#x})",
                                         app));
        if (version > target)
            throw StoreError(StoreErrc::schema, 0, db.path(), "opening",
                             fmt::format("schema version {} is newer than this zgcfacts understands "
                                         "(up to {}); upgrade zgcfacts",
                                         version, target));
        if (version == 0 &&
            db.query_int("SELECT count(*) FROM sqlite_schema", "reading the schema") > 0)
            throw StoreError(StoreErrc::schema, 0, db.path(), "opening",
                             "the file is an SQLite database of another application (it has tables "
                             "but no zgcfacts schema version); not touching it");
    };

    std::int64_t version = db.query_int("PRAGMA user_version", "reading the schema version");
    check_owner(version);
    if (version == target) return;
    if (read_only)
        throw StoreError(StoreErrc::schema, 0, db.path(), "opening",
                         fmt::format("schema version {} needs migrating to {}, which a read-only "
                                     "connection cannot do; open it once for writing",
                                     version, target));
    while (version < target) {
        std::string doing = fmt::format("migrating the schema from version {} to {}", version, version + 1);
        sqlite::Transaction tx(db, doing);
        // Another process may have migrated between our read and our write lock.
        version = db.query_int("PRAGMA user_version", doing);
        check_owner(version);
        if (version >= target) break;
        db.exec(migrations()[static_cast<std::size_t>(version)], doing);
        db.exec(fmt::format("PRAGMA user_version = {}; PRAGMA application_id = {}", version + 1,
                            application_id),
                doing);
        tx.commit();
        ++version;
    }
}

}  // namespace zgcfacts::store
