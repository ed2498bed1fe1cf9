// Crash safety of `zgcfacts ingest`: killed with SIGKILL at random moments, the database must pass
// PRAGMA integrity_check and hold only whole documents; and a reader working beside a running ingest
// must never see a document with some of its sentences or facts missing.
//
// "Whole" is judged against analyze() of the same bytes in this process, not against the counts the
// store wrote for itself, so a store that recorded a wrong count would be caught too.
//
// Kill moments are drawn uniformly over the length of one uninterrupted run, measured first. That
// measurement only spreads the kills; nothing here asserts how long anything takes.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "zgcfacts/document.hpp"
#include "zgcfacts/store.hpp"

namespace fs = std::filesystem;
using namespace zgcfacts;
using Clock = std::chrono::steady_clock;

namespace {

struct Expected {
    std::size_t sentences = 0;
    std::size_t facts = 0;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A directory of documents big enough that a kill often lands inside a document's transaction,
/// each distinct (its own content hash), made from the repository's sample articles.
struct Corpus {
    fs::path root;
    fs::path dir;
    std::map<std::string, Expected> by_hash;  // content hash → what a whole document holds
    std::map<std::string, Expected> by_file;  // file name → the same

    explicit Corpus(std::size_t documents, std::size_t repetitions) {
        root = fs::temp_directory_path() / fmt::format("zgcfacts-crash-{}", ::getpid());
        fs::remove_all(root);
        dir = root / "docs";
        fs::create_directories(dir);
        std::vector<std::string> samples;
        for (const auto& entry : fs::directory_iterator(fs::path(ZGCFACTS_SOURCE_DIR) / "samples" / "corpus"))
            samples.push_back(slurp(entry.path()));
        REQUIRE_FALSE(samples.empty());
        for (std::size_t d = 0; d < documents; ++d) {
            std::string text;
            for (std::size_t r = 0; r < repetitions; ++r)
                text += fmt::format("（第{}号文件第{}部分）\n", d, r) + samples[(d + r) % samples.size()] + "\n\n";
            const std::string name = fmt::format("doc{:03}.txt", d);
            std::ofstream(dir / name, std::ios::binary) << text;
            auto document = analyze(text);
            REQUIRE(document.has_value());
            REQUIRE_FALSE(document->facts.empty());
            const Expected e{document->sentences.size(), document->facts.size()};
            by_hash[content_hash(text)] = e;
            by_file[name] = e;
        }
    }
    ~Corpus() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    std::string db() const { return (root / "facts.db").string(); }
    void remove_db() const {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db() + suffix);
    }
};

pid_t start_ingest(const Corpus& corpus) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int null_fd = ::open("/dev/null", O_RDWR);
        ::dup2(null_fd, 0);
        ::dup2(null_fd, 1);
        ::dup2(null_fd, 2);
        const std::string db = corpus.db();
        const std::string dir = corpus.dir.string();
        ::execl(ZGCFACTS_CLI_PATH, ZGCFACTS_CLI_PATH, "ingest", "--quiet", "--db", db.c_str(), dir.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

// ---------------------------------------------------------------------------------------------
// Reading the database with SQLite directly (failures throw std::runtime_error with the SQL)

struct Db {
    sqlite3* handle = nullptr;
    Db(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
            const std::string message = handle ? sqlite3_errmsg(handle) : "out of memory";
            sqlite3_close(handle);
            handle = nullptr;
            throw std::runtime_error("cannot open " + path + ": " + message);
        }
        sqlite3_busy_timeout(handle, 10000);
    }
    ~Db() { sqlite3_close(handle); }

    /// Every row of a query, each column as text ("" for NULL).
    std::vector<std::vector<std::string>> rows(const char* sql) const {
        sqlite3_stmt* stmt = nullptr;
        const int prepared = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
        if (prepared != SQLITE_OK) throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(handle));
        std::vector<std::vector<std::string>> out;
        int step;
        while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* text = sqlite3_column_text(stmt, c);
                row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
            }
            out.push_back(std::move(row));
        }
        const std::string error = step == SQLITE_DONE ? "" : sqlite3_errmsg(handle);
        sqlite3_finalize(stmt);
        if (!error.empty()) throw std::runtime_error(std::string(sql) + ": " + error);
        return out;
    }
    void exec(const char* sql) const {
        char* error = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error(std::string(sql) + ": " + message);
        }
    }
};

/// Per document: content hash, stored counts, and the rows really present — all in one snapshot.
constexpr const char* documents_sql = R"sql(
SELECT d.content_hash, d.sentence_count, d.fact_count,
       (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),
       (SELECT count(*) FROM facts f WHERE f.doc_id = d.id)
FROM documents d ORDER BY d.id
)sql";

/// Problems with the documents of one snapshot (empty: every document is whole).
std::vector<std::string> partial_documents(const Db& db, const Corpus& corpus, std::size_t& documents) {
    std::vector<std::string> problems;
    const auto rows = db.rows(documents_sql);
    documents = rows.size();
    for (const auto& r : rows) {
        auto expected = corpus.by_hash.find(r[0]);
        if (expected == corpus.by_hash.end()) {
            problems.push_back("a document that was never ingested: " + r[0]);
            continue;
        }
        const auto want_sentences = std::to_string(expected->second.sentences);
        const auto want_facts = std::to_string(expected->second.facts);
        if (r[1] != want_sentences || r[3] != want_sentences || r[2] != want_facts || r[4] != want_facts)
            problems.push_back(fmt::format("document {}: sentences {} (recorded {}), facts {} (recorded {}); "
                                           "whole it has {} and {}",
                                           r[0].substr(0, 12), r[3], r[1], r[4], r[2], want_sentences, want_facts));
    }
    for (const char* orphans : {"SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)",
                                "SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)"}) {
        const auto n = db.rows(orphans);
        if (n.at(0).at(0) != "0") problems.push_back(fmt::format("{} rows without a document: {}", n[0][0], orphans));
    }
    return problems;
}

/// Opens the database as a user would after the crash (recovering the WAL) and checks it whole.
/// Returns the number of documents it holds.
std::size_t check_after_crash(const Corpus& corpus) {
    if (!fs::exists(corpus.db())) return 0;  // killed before the file was created
    std::size_t documents = 0;
    {
        Db db(corpus.db(), SQLITE_OPEN_READWRITE);
        const auto integrity = db.rows("PRAGMA integrity_check");
        REQUIRE(integrity.size() == 1);
        CHECK(integrity[0][0] == "ok");
        const auto version = db.rows("PRAGMA user_version");
        if (version.at(0).at(0) == "0") {
            // Killed before the schema was committed: an empty file, which the next run sets up.
            CHECK(db.rows("SELECT count(*) FROM sqlite_schema").at(0).at(0) == "0");
            return 0;
        }
        CHECK(db.rows("PRAGMA foreign_key_check").empty());
        db.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')");
        db.exec("INSERT INTO metrics_fts(metrics_fts) VALUES ('integrity-check')");
        db.exec("BEGIN");
        const auto problems = partial_documents(db, corpus, documents);
        db.exec("COMMIT");
        for (const auto& p : problems) FAIL_CHECK(p);
    }
    // The library's own check as a second opinion.
    Store store(corpus.db());
    const auto problems = store.check(CheckLevel::full);
    for (const auto& p : problems) FAIL_CHECK("Store::check: ", p);
    return documents;
}

}  // namespace

TEST_CASE("SIGKILL at random moments during ingest leaves an intact database of whole documents") {
    const std::size_t documents = 16;
    Corpus corpus(documents, 30);

    // One uninterrupted run: it must store everything, and its length spreads the kills below.
    const auto started = Clock::now();
    const pid_t first = start_ingest(corpus);
    int status = 0;
    REQUIRE(::waitpid(first, &status, 0) == first);
    const auto full_run = Clock::now() - started;
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(check_after_crash(corpus) == documents);
    corpus.remove_db();

    const unsigned seed = std::random_device{}();
    MESSAGE("kill schedule seed ", seed, "; an uninterrupted run took ",
            std::chrono::duration_cast<std::chrono::milliseconds>(full_run).count(), " ms");
    std::mt19937 random(seed);
    const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(full_run).count();

    const int kills = 30;
    std::map<std::size_t, int> seen;  // documents stored at a kill → how often
    int finished_first = 0;
    std::size_t stored = 0;
    for (int k = 0; k < kills; ++k) {
        CAPTURE(k);
        // Every third kill starts from an empty database, so kills keep landing early in a run too.
        if (k % 3 == 0) {
            corpus.remove_db();
            stored = 0;
        }
        // A run resumes after the documents already stored, so it is shorter: scale the window
        // (one document more, for starting up and skipping what is stored).
        const long long remaining = static_cast<long long>(documents - stored) + 1;
        const long long window = full_us * remaining / static_cast<long long>(documents);
        std::uniform_int_distribution<long long> moment(0, window);
        const pid_t pid = start_ingest(corpus);
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        ::kill(pid, SIGKILL);
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        if (WIFEXITED(status)) {
            ++finished_first;
            CHECK(WEXITSTATUS(status) == 0);
        }
        stored = check_after_crash(corpus);
        ++seen[stored];
        // Start over once everything is in, so that later kills still land in the middle of a run.
        if (stored == documents) {
            corpus.remove_db();
            stored = 0;
        }
    }
    std::string histogram;
    for (const auto& [count, times] : seen) histogram += fmt::format(" {}:{}", count, times);
    MESSAGE(kills, " kills (", finished_first, " runs had already finished); documents stored at a kill:", histogram);

    // After all that, one more run completes the database.
    corpus.remove_db();
    const pid_t last = start_ingest(corpus);
    REQUIRE(::waitpid(last, &status, 0) == last);
    CHECK(WIFEXITED(status));
    CHECK(check_after_crash(corpus) == documents);
}

/// Runs `zgcfacts query --format jsonl` on the corpus database and counts its rows per file name.
/// Each row names its document as "doc":"<path>" (plain ASCII paths here).
std::map<std::string, std::size_t> cli_facts_per_file(const Corpus& corpus) {
    const std::string out = (corpus.root / "query.out").string();
    const pid_t reader = ::fork();
    REQUIRE(reader >= 0);
    if (reader == 0) {
        const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        const std::string db = corpus.db();
        ::execl(ZGCFACTS_CLI_PATH, ZGCFACTS_CLI_PATH, "query", "--db", db.c_str(), "--format", "jsonl",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    REQUIRE(::waitpid(reader, &status, 0) == reader);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    const std::string doc_key = "\"doc\":\"";
    const std::string lines = slurp(out);
    std::map<std::string, std::size_t> facts_per_file;
    for (std::size_t at = lines.find(doc_key); at != std::string::npos; at = lines.find(doc_key, at + 1)) {
        const std::size_t begin = at + doc_key.size();
        const std::size_t end = lines.find('"', begin);
        ++facts_per_file[fs::path(lines.substr(begin, end - begin)).filename().string()];
    }
    return facts_per_file;
}

TEST_CASE("a reader beside a running ingest never sees part of a document") {
    const std::size_t documents = 16;
    Corpus corpus(documents, 30);
    const pid_t writer = start_ingest(corpus);

    std::size_t snapshots = 0, cli_reads = 0;
    std::set<std::size_t> sizes_seen;
    std::vector<std::string> problems;
    auto check_cli_read = [&] {
        for (const auto& [file, count] : cli_facts_per_file(corpus)) {
            auto expected = corpus.by_file.find(file);
            if (expected == corpus.by_file.end()) {
                problems.push_back("zgcfacts query showed an unknown document " + file);
            } else if (count != expected->second.facts) {
                problems.push_back(fmt::format("zgcfacts query showed {} of {}'s {} facts", count, file,
                                               expected->second.facts));
            }
        }
        ++cli_reads;
    };
    int status = 0;
    bool done = false;
    while (!done) {
        done = ::waitpid(writer, &status, WNOHANG) == writer;  // read once more after it ends
        if (!fs::exists(corpus.db())) continue;
        try {
            Db db(corpus.db(), SQLITE_OPEN_READONLY);
            if (db.rows("PRAGMA user_version").at(0).at(0) == "0") continue;  // schema not committed yet
            std::size_t stored = 0;
            db.exec("BEGIN");
            for (auto& p : partial_documents(db, corpus, stored)) problems.push_back(std::move(p));
            db.exec("COMMIT");
            sizes_seen.insert(stored);
            ++snapshots;
        } catch (const std::runtime_error& e) {
            // While the file is being created a read-only open can fail; after that, never.
            if (snapshots > 0) problems.push_back(std::string("a read failed: ") + e.what());
            continue;
        }
        // Every so often the command itself reads: each document's facts arrive all or none.
        if (snapshots % 8 == 1) check_cli_read();
    }
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    for (const auto& p : problems) FAIL_CHECK(p);
    CHECK(snapshots > 0);
    CHECK(sizes_seen.count(documents) == 1);  // the last read saw everything
    // And the command, once the ingest is over, shows every document whole.
    const auto final_read = cli_facts_per_file(corpus);
    CHECK(final_read.size() == documents);
    for (const auto& [file, count] : final_read) CHECK(count == corpus.by_file.at(file).facts);
    MESSAGE(snapshots, " snapshots and ", cli_reads, " zgcfacts query runs during the ingest saw ", sizes_seen.size(),
            " different document counts");
}
