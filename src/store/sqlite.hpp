// Thin RAII owners of SQLite handles, private to the store.
//
//   sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   sqlite::Statement insert(db, "INSERT INTO t(a, b) VALUES (?, ?)");   // prepared once
//   {
//       sqlite::Transaction tx(db, "adding document a.txt");            // BEGIN IMMEDIATE
//       insert.reset().bind(1, 42).bind(2, "text").run("adding document a.txt");
//       tx.commit();                                                    // else rolled back
//   }
//
// Every failure throws zgcfacts::StoreError carrying SQLite's code and message, the database file,
// and the `doing` text the caller passed, so a message reads
// "/tmp/facts.db: adding document a.txt: database is locked".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "zgcfacts/store.hpp"

namespace zgcfacts::sqlite {

/// Maps an SQLite result code to the store's error categories.
StoreErrc classify(int sqlite_code) noexcept;

class Database {
public:
    /// Opens with sqlite3_open_v2 flags. Throws StoreError (cannot_open …) naming `path`.
    Database(std::string path, int flags);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const noexcept { return db_; }
    const std::string& path() const noexcept { return path_; }

    /// Runs SQL without results (may be several statements).
    void exec(std::string_view sql, std::string_view doing);
    /// First column of the first row of a one-value query, as an integer.
    std::int64_t query_int(std::string_view sql, std::string_view doing);

    std::int64_t last_insert_rowid() const noexcept { return sqlite3_last_insert_rowid(db_); }
    bool in_transaction() const noexcept { return sqlite3_get_autocommit(db_) == 0; }

    /// Throws the StoreError for `code`, with SQLite's current message for this connection.
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Ends a previous run and clears the bindings; call before binding for a new run.
    Statement& reset() noexcept;

    // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT) so callers may pass
    // temporaries.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind_null(int index);
    /// NULL for an empty string: the schema stores "no unit" as NULL, not ''.
    Statement& bind_text_or_null(int index, std::string_view text);
    Statement& bind(int index, const std::optional<std::string>& text);

    /// Advances; true when a row is available. Throws on error.
    bool step(std::string_view doing);
    /// Steps to the end, for statements without results, then resets.
    void run(std::string_view doing);

    std::int64_t int64(int column) const noexcept;
    double real(int column) const noexcept;
    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    bool is_null(int column) const noexcept;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// Resets a statement when it goes out of scope, so that an early return or an exception does not
/// leave it holding a read snapshot (which would keep a reader from seeing new documents and block
/// WAL checkpoints).
class ResetOnExit {
public:
    explicit ResetOnExit(Statement& statement) noexcept : statement_(statement) {}
    ~ResetOnExit() { statement_.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    Statement& statement_;
};

/// A transaction as a scope: rolled back by the destructor unless commit() ran.
class Transaction {
public:
    enum class Mode { deferred, immediate };
    /// `immediate` takes the write lock at once, so a busy database fails here rather than halfway.
    Transaction(Database& db, std::string doing, Mode mode = Mode::immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& db_;
    std::string doing_;
    bool done_ = false;
};

}  // namespace zgcfacts::sqlite
