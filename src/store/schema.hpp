// The database schema and its migrations. docs/schema.md describes the tables for users; this is
// the SQL that makes them.
#pragma once

#include "store/sqlite.hpp"

namespace zgcfacts::store {

/// 'zgcf' — PRAGMA application_id, so that the store refuses to write into another program's file.
inline constexpr int application_id = 0x7a676366;

/// Brings the schema to Store::schema_version, one migration per version, each in its own
/// transaction. A file written by a newer zgcfacts, a non-empty file of another application, or a
/// read-only connection to an out-of-date file throws StoreError (StoreErrc::schema).
/// `target` stops at an older version: tests use it to make the files earlier releases made.
void migrate(sqlite::Database& db, bool read_only, int target = Store::schema_version);

}  // namespace zgcfacts::store
