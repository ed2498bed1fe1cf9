// The Store's private state: the connection and its prepared statements. Shared by the store's
// source files (store.cpp writes, query.cpp reads, yoy.cpp and corroboration.cpp analyse).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "store/sqlite.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::store {

struct Connection {
    Connection(const std::string& path, StoreOptions store_options);

    /// A statement prepared on first use and kept for the connection's life (reset and rebound on
    /// each use). Keyed by its SQL, so the dynamic filters of query() are cached too.
    sqlite::Statement& statement(const std::string& sql) {
        auto it = statements.find(sql);
        if (it == statements.end())
            it = statements.emplace(sql, std::make_unique<sqlite::Statement>(db, sql)).first;
        return *it->second;
    }

    StoreOptions options;
    sqlite::Database db;  // declared before the statements: destroyed after them
    std::unordered_map<std::string, std::unique_ptr<sqlite::Statement>> statements;
};

/// Like Store::for_each_fact but in no particular order, for choosing between figures: each fact
/// carries its id, document id and date, sentence index, start, kind, value, bounds, qualifier,
/// unit, change, base and period; the sentence, surface, document name and the other columns are
/// left empty (read them with fact()). filter.limit is not applied. With a metric filter this
/// reads one range of an index instead of a table row per fact.
void for_each_figure(Connection& impl, const FactFilter& filter,
                     const std::function<void(const StoredFact&)>& visit);

/// One fact with everything Store::query gives, or nullopt when there is no fact with that id.
std::optional<StoredFact> fact(Connection& impl, std::int64_t id);

/// "2024" → {2024, 2024}; "2017/2024" → {2017, 2024}; anything else → nullopt.
std::optional<std::pair<int, int>> parse_period(std::string_view period);

/// Number of Unicode characters in UTF-8 text (bytes that do not continue a sequence).
std::size_t utf8_length(std::string_view text);

/// An FTS5 query string matching `text` literally as a phrase: "…" with inner quotes doubled, so
/// AND/OR/NEAR, *, ^, :, parentheses and column filters are just characters.
std::string fts_phrase(std::string_view text);

/// A LIKE pattern matching `text` as a substring, with % _ and the escape character escaped
/// (use with ESCAPE '\').
std::string like_substring(std::string_view text);

}  // namespace zgcfacts::store
