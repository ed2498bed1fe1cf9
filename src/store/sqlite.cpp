// RAII owners of SQLite handles; see sqlite.hpp.
#include "store/sqlite.hpp"

#include <limits>
#include <utility>

#include <fmt/core.h>

namespace zgcfacts::sqlite {

StoreErrc classify(int sqlite_code) noexcept {
    switch (sqlite_code & 0xff) {  // the primary code; extended codes keep it in the low byte
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreErrc::busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreErrc::corrupt;
    case SQLITE_FULL: return StoreErrc::full;
    case SQLITE_CANTOPEN: return StoreErrc::cannot_open;
    case SQLITE_READONLY: return StoreErrc::read_only;
    case SQLITE_IOERR: return StoreErrc::io;
    default: return StoreErrc::other;
    }
}

namespace {

[[noreturn]] void throw_error(int code, const std::string& path, std::string_view doing,
                              std::string detail) {
    throw StoreError(classify(code), code, path, std::string(doing), std::move(detail));
}

}  // namespace

// ---------------------------------------------------------------------------------------------

Database::Database(std::string path, int flags) : path_(std::move(path)) {
    int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        // A handle is usually allocated even on failure; it holds the message and must be closed.
        std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw_error(rc, path_, "opening", std::move(detail));
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() {
    // close_v2 defers the close until statements are finalized; the Store owns those and destroys
    // them first anyway.
    sqlite3_close_v2(db_);
}

void Database::fail(int code, std::string_view doing) const {
    std::string detail = sqlite3_errmsg(db_);
    // SQLite's message for a few codes is terse; say what it means for the user.
    if ((code & 0xff) == SQLITE_BUSY)
        detail += " (another process is writing to it; try again or raise --busy-timeout)";
    else if ((code & 0xff) == SQLITE_FULL)
        detail += " (the disk or the database's size limit is full)";
    throw_error(code, path_, doing, std::move(detail));
}

void Database::exec(std::string_view sql, std::string_view doing) {
    std::string text(sql);
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, doing);
}

std::int64_t Database::query_int(std::string_view sql, std::string_view doing) {
    Statement statement(*this, sql);
    ResetOnExit reset(statement);
    if (!statement.step(doing)) return 0;
    return statement.int64(0);
}

// ---------------------------------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw std::length_error("SQL statement too long");
    int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "preparing a statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::reset() noexcept {
    // sqlite3_reset repeats the last step's error code; that error was already reported.
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) db_.fail(rc, "binding a parameter");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) db_.fail(rc, "binding a parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) db_.fail(rc, "binding a parameter");
    return *this;
}

Statement& Statement::bind_null(int index) {
    int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) db_.fail(rc, "binding a parameter");
    return *this;
}

Statement& Statement::bind_text_or_null(int index, std::string_view text) {
    return text.empty() ? bind_null(index) : bind(index, text);
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

bool Statement::step(std::string_view doing) {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail(rc, doing);
}

void Statement::run(std::string_view doing) {
    ResetOnExit reset(*this);
    while (step(doing)) {
    }
}

std::int64_t Statement::int64(int column) const noexcept { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const noexcept { return sqlite3_column_double(stmt_, column); }

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!data) return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

bool Statement::is_null(int column) const noexcept {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

// ---------------------------------------------------------------------------------------------

Transaction::Transaction(Database& db, std::string doing, Mode mode) : db_(db), doing_(std::move(doing)) {
    db_.exec(mode == Mode::immediate ? "BEGIN IMMEDIATE" : "BEGIN", doing_);
}

Transaction::~Transaction() {
    if (done_) return;
    // SQLite rolls back by itself after some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM);
    // a second ROLLBACK would fail with "no transaction is active", so check first.
    if (db_.in_transaction()) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT", doing_);
    done_ = true;
}

}  // namespace zgcfacts::sqlite
