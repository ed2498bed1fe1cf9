// The zgcfacts command facing a hostile environment and hostile input: unreadable files, unwritable,
// locked, corrupt and full databases, SQL and FTS5 syntax in queries, bad bytes in files. Each run
// must end with the documented exit code and a message that names the file (and the byte, for bad
// input) — never a crash — and the database must hold only whole documents afterwards.
//
// Runs the real binary (ZGCFACTS_CLI_PATH). Tests run as root in some CI containers, where file
// permissions do not stop reading or writing; those cases are skipped with a message, and root-proof
// cases (/proc, a file where a directory should be, /proc/self/mem) cover the same ground.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "zgcfacts/store.hpp"

namespace fs = std::filesystem;
using namespace zgcfacts;

namespace {

// ---------------------------------------------------------------------------------------------
// Running the command

struct Run {
    int exit_code = -1;  // -N: killed by signal N
    std::string out;
    std::string err;
};

struct RunOptions {
    std::optional<rlim_t> file_size_limit;  // RLIMIT_FSIZE for the child: a disk that fills up
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Runs zgcfacts with `args`, stdin from /dev/null, output captured in files under `scratch`.
/// A hang guard kills it after two minutes.
Run zgcfacts_cli(const fs::path& scratch, const std::vector<std::string>& args, const RunOptions& options = {}) {
    const fs::path out = scratch / "cli.out";
    const fs::path err = scratch / "cli.err";
    std::vector<std::string> argv_storage = {ZGCFACTS_CLI_PATH};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_storage) argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int in_fd = ::open("/dev/null", O_RDONLY);
        const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in_fd < 0 || out_fd < 0 || err_fd < 0) ::_exit(126);
        ::dup2(in_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        if (options.file_size_limit) {
            // Writes past the limit fail with EFBIG instead of killing the process, like a full disk.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{*options.file_size_limit, *options.file_size_limit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            FAIL("zgcfacts did not finish within the hang guard");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    Run run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    run.out = slurp(out);
    run.err = slurp(err);
    return run;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

/// How often `needle` occurs in `haystack`.
std::size_t occurrences(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++count;
    return count;
}

/// True when one line of `err` names both the file and the byte, the byte once ("…/bad.txt: … at
/// byte 27: …"; a second "(at byte 27)" would read as a second place).
bool names_file_and_byte(const std::string& err, const std::string& file, std::size_t byte) {
    std::size_t begin = 0;
    while (begin < err.size()) {
        std::size_t end = err.find('\n', begin);
        if (end == std::string::npos) end = err.size();
        const std::string line = err.substr(begin, end - begin);
        if (contains(line, file) && occurrences(line, fmt::format("byte {}", byte)) == 1) return true;
        begin = end + 1;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Files and databases

struct Scratch {
    fs::path path;
    Scratch() {
        static int counter = 0;
        path = fs::temp_directory_path() /
               fmt::format("zgcfacts-cli-errors-{}-{}", ::getpid(), counter++);
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Scratch() {
        std::error_code ec;
        // Restore permissions first so that removal works for non-root users too.
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const fs::path p = path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }
};

const std::string article_2023 = "2023中关村论坛期间，累计签约129个合作项目，签约金额超过810亿元。\n";
const std::string article_2024 = "2024中关村论坛促成309个项目签约，签约金额约673.17亿元，同比增长29.1%。\n";

/// A scalar from the database, read directly with SQLite (not through the code under test).
std::int64_t sql_count(const std::string& db_path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const std::int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

/// The same with one text parameter bound, so hostile text reaches SQLite as data only.
std::int64_t sql_count(const std::string& db_path, const std::string& sql, const std::string& parameter) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    sqlite3_bind_text(stmt, 1, parameter.data(), static_cast<int>(parameter.size()), SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const std::int64_t value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

/// Lines of JSONL output (the command writes one object per line).
std::size_t jsonl_rows(const std::string& out) {
    std::size_t rows = 0;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i] == '\n' && i > 0 && out[i - 1] == '}') ++rows;
    return rows;
}

std::string integrity(const std::string& db_path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK);
    std::string result;
    while (sqlite3_step(stmt) == SQLITE_ROW) result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

/// True when permission bits stop this process from reading `path` (false for root).
bool permissions_apply(const fs::path& path) {
    std::ifstream probe(path, std::ios::binary);
    return !probe;
}

std::string ingest_ok(const Scratch& s, const std::string& db, const std::vector<std::string>& files) {
    std::vector<std::string> args = {"ingest", "--db", db, "--quiet"};
    args.insert(args.end(), files.begin(), files.end());
    const Run run = zgcfacts_cli(s.path, args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run.out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Unreadable input

// Regression: a read error (EIO) once escaped read_all() in src/cli/cmd_ingest.cpp as an exception
// ("basic_filebuf::underflow error reading the file") that stopped the whole run without naming the
// file.
TEST_CASE("a file that fails to read is named, and the rest of its directory is still stored") {
    Scratch s;
    s.write("docs/a.txt", article_2023);
    s.write("docs/z.txt", article_2024);
    // Reading /proc/self/mem at offset 0 fails with EIO for everyone, root included.
    std::error_code ec;
    fs::create_symlink("/proc/self/mem", s.path / "docs" / "m.txt", ec);
    if (ec || !fs::is_regular_file("/proc/self/mem")) {
        MESSAGE("skipped: /proc/self/mem is not available here");
        return;
    }
    const std::string db = s.file("facts.db");
    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, s.file("docs")});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "m.txt"));
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 2);
    CHECK(sql_count(db, "SELECT count(*) FROM documents WHERE name LIKE '%m.txt'") == 0);
}

TEST_CASE("unreadable files and directories are named and skipped; readable ones are stored") {
    Scratch s;
    s.write("docs/a.txt", article_2023);
    const std::string locked_file = s.write("docs/b.txt", article_2024);
    s.write("docs/sub/c.txt", "2022年签约金额约500亿元。\n");
    fs::permissions(locked_file, fs::perms::none);
    fs::permissions(s.path / "docs" / "sub", fs::perms::none);
    if (!permissions_apply(locked_file)) {
        MESSAGE("skipped: running as root, where chmod 000 does not stop reading");
        return;
    }
    const std::string db = s.file("facts.db");
    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, s.file("docs")});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "b.txt"));
    CHECK(contains(run.err, "sub"));
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);
}

TEST_CASE("a missing input file is named, with the reason, and the others are stored") {
    Scratch s;
    const std::string a = s.write("a.txt", article_2023);
    const std::string db = s.file("facts.db");
    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, s.file("missing.txt"), a});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "missing.txt"));
    CHECK(contains(run.err, "No such file"));
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);

    const Run extract = zgcfacts_cli(s.path, {"extract", s.file("missing.txt")});
    CHECK(extract.exit_code == 1);
    CHECK(contains(extract.err, "missing.txt"));
}

// ---------------------------------------------------------------------------------------------
// Hostile bytes through the command

TEST_CASE("bad bytes, NUL and binary files: the file and the byte are named, nothing of them is stored") {
    Scratch s;
    const std::string good = s.write("good.txt", article_2024);
    const std::string bad_utf8 = s.write("bad.txt", "签约金额超610亿元，\xC0\xAF同比增长。");
    const std::string nul = s.write("nul.txt", std::string("签约金额\0超610亿元。", 28));
    const std::string binary = s.write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    const std::string db = s.file("facts.db");

    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, bad_utf8, nul, binary, good});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK(names_file_and_byte(run.err, "bad.txt", 27));
    CHECK(names_file_and_byte(run.err, "nul.txt", 12));
    // Auto-detection reads \x89P as GB18030, so the first byte it cannot take is the NUL at 8.
    CHECK(names_file_and_byte(run.err, "image.txt", 8));
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);
    CHECK(sql_count(db, "SELECT count(*) FROM documents WHERE name LIKE '%good.txt'") == 1);

    const Run extract = zgcfacts_cli(s.path, {"extract", bad_utf8});
    CHECK(extract.exit_code == 1);
    CHECK(names_file_and_byte(extract.err, "bad.txt", 27));
    CHECK(extract.out.empty());  // no partial output for a file that failed
}

TEST_CASE("an empty file is stored as an empty document and said so; extract prints nothing") {
    Scratch s;
    const std::string empty = s.write("empty.txt", "");
    const std::string db = s.file("facts.db");
    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, empty});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, "empty.txt"));
    CHECK(contains(run.out, "0 facts"));
    const Run extract = zgcfacts_cli(s.path, {"extract", empty});
    CHECK(extract.exit_code == 0);
    CHECK(extract.out.empty());
}

// Regression: analyze() once had no way to pass scan()'s diagnostics on, so the command dropped an
// unrepresentable number silently.
TEST_CASE("a 10,000-digit number is reported with the file and byte, not dropped silently") {
    Scratch s;
    const std::string file = s.write("digits.txt", "签约金额超" + std::string(10000, '9') + "亿元。");
    const Run run = zgcfacts_cli(s.path, {"extract", file});
    INFO(run.err.substr(0, 300));
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(names_file_and_byte(run.err, "digits.txt", 12));
    CHECK(run.err.size() < 2000);  // says what, without echoing 10,000 digits
}

// ---------------------------------------------------------------------------------------------
// Databases that cannot be used

TEST_CASE("a database path that cannot be written: a clear error naming it, nothing created") {
    Scratch s;
    const std::string input = s.write("a.txt", article_2023);
    const std::string not_a_dir = s.write("plain-file", "x");
    fs::create_directories(s.path / "a-directory.db");
    const std::vector<std::string> paths = {
        "/proc/zgcfacts-cannot-create.db",      // no file can be created in /proc, even by root
        not_a_dir + "/facts.db",                // a file where a directory should be
        s.file("missing-dir/facts.db"),         // a directory that does not exist
        s.file("a-directory.db"),               // a directory where the file should be
    };
    for (const auto& db : paths) {
        CAPTURE(db);
        const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, input});
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(contains(run.err, db));
        CHECK_FALSE(contains(run.out, "added"));
    }
    CHECK_FALSE(fs::exists(s.path / "missing-dir"));

    // A read-only file: only meaningful where permissions apply.
    const std::string read_only = s.file("read-only.db");
    ingest_ok(s, read_only, {input});
    fs::permissions(read_only, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    if (::access(read_only.c_str(), W_OK) == 0) {
        MESSAGE("skipped the read-only file case: running as root, where chmod 444 does not stop writing");
    } else {
        const Run run = zgcfacts_cli(s.path, {"ingest", "--db", read_only, s.write("b.txt", article_2024)});
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(contains(run.err, read_only));
    }

    // Commands that only read never create a database where none was.
    for (const char* command : {"query", "yoy", "groups", "export"}) {
        CAPTURE(command);
        std::vector<std::string> args = {command, "--db", s.file("typo.db")};
        if (std::string(command) == "yoy") args.insert(args.end(), {"--metric", "签约金额"});
        if (std::string(command) == "export") args.insert(args.end(), {"--format", "csv"});
        const Run run = zgcfacts_cli(s.path, args);
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(contains(run.err, "typo.db"));
        CHECK_FALSE(fs::exists(s.path / "typo.db"));
    }
}

TEST_CASE("a database locked by another writer: the writer fails clearly, readers go on, nothing half-written") {
    Scratch s;
    const std::string db = s.file("facts.db");
    ingest_ok(s, db, {s.write("a.txt", article_2023)});
    const std::string second = s.write("b.txt", article_2024);

    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    const Run blocked = zgcfacts_cli(s.path, {"ingest", "--db", db, "--busy-timeout", "200", second});
    {
        INFO(blocked.err);
        CHECK(blocked.exit_code == 1);
        CHECK(contains(blocked.err, db));
        CHECK(contains(blocked.err, "b.txt"));
        CHECK((contains(blocked.err, "locked") || contains(blocked.err, "busy")));
    }
    // WAL: reading while another connection holds the write lock works.
    const Run reader = zgcfacts_cli(s.path, {"query", "--db", db, "--metric", "签约金额", "--format", "jsonl"});
    CHECK(reader.exit_code == 0);
    CHECK(contains(reader.out, "81000000000"));

    REQUIRE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(holder);
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);
    CHECK(sql_count(db, "SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)") == 0);

    // Once the lock is gone the same command succeeds.
    ingest_ok(s, db, {second});
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 2);
}

TEST_CASE("a corrupt database file: every command fails with its name, none crashes or alters it") {
    Scratch s;
    const std::string input = s.write("a.txt", article_2023);

    // A real database of a few hundred pages, then damaged in different ways.
    const std::string healthy = s.file("healthy.db");
    std::string many;
    for (int i = 0; i < 400; ++i) many += fmt::format("第{}号文件：签约金额超过{}亿元，促成{}个项目。\n", i, 800 + i, 100 + i);
    ingest_ok(s, healthy, {s.write("many.txt", many)});
    const std::string image = slurp(healthy);
    REQUIRE(image.size() > 64 * 1024);

    std::string garbage_pages = image;
    for (std::size_t i = 8192; i + 4096 < garbage_pages.size(); ++i) garbage_pages[i] = static_cast<char>(0x5A ^ (i & 0xFF));
    std::string bad_header = image;
    for (std::size_t i = 0; i < 16; ++i) bad_header[i] = 'X';

    struct Case {
        const char* what;
        std::string bytes;
    };
    const std::vector<Case> cases = {
        {"a text file", "这不是数据库，只是一段文字。\n"},
        {"a damaged header", bad_header},
        {"a truncated database", image.substr(0, 5000)},
        {"pages overwritten with garbage", garbage_pages},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        const std::string db = s.write("corrupt.db", c.bytes);
        const std::vector<std::vector<std::string>> commands = {
            {"ingest", "--db", db, input},
            {"query", "--db", db, "--metric", "签约金额"},
            {"yoy", "--db", db, "--metric", "签约金额"},
            {"groups", "--db", db},
            {"export", "--db", db, "--format", "jsonl"},
        };
        for (const auto& args : commands) {
            CAPTURE(args[0]);
            const Run run = zgcfacts_cli(s.path, args);
            INFO(run.err);
            CHECK(run.exit_code == 1);  // a failure, not a signal
            CHECK(contains(run.err, "corrupt.db"));
            CHECK(slurp(db) == c.bytes);  // left alone for the user to rescue
        }
    }
}

TEST_CASE("a full disk stops the ingest with a clear error; the database keeps every whole document") {
    Scratch s;
    const std::string db = s.file("facts.db");
    ingest_ok(s, db, {s.write("a.txt", article_2023)});
    const auto size_before = fs::file_size(db);

    // A document big enough to need far more pages than the file may grow by.
    std::string big;
    for (int i = 0; big.size() < (1u << 20); ++i)
        big += fmt::format("第{}号园区：签约金额超过{}亿元，促成{}个项目，同比增长{}.5%。\n", i, 800 + i, 100 + i, i % 50);
    const std::string big_file = s.write("big.txt", big);

    RunOptions full;
    full.file_size_limit = static_cast<rlim_t>(size_before + 64 * 1024);
    const Run run = zgcfacts_cli(s.path, {"ingest", "--db", db, big_file}, full);
    {
        INFO(run.err);
        CHECK(run.exit_code == 1);
        CHECK(contains(run.err, db));
        CHECK(contains(run.err, "big.txt"));
    }
    CHECK(integrity(db) == "ok");
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);
    CHECK(sql_count(db, "SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)") == 0);
    CHECK(sql_count(db, "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)") == 0);

    // With room again, the same command stores it.
    ingest_ok(s, db, {big_file});
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 2);
}

TEST_CASE("a database that filled its page limit through the library stays readable by the command") {
    Scratch s;
    const std::string db = s.file("facts.db");
    {
        StoreOptions options;
        options.max_page_count = 64;  // a tiny "disk"
        Store store(db, options);
        REQUIRE(store.ingest(article_2023, DocumentInfo{"a.txt", "", "", ""}).has_value());
        std::string big;
        for (int i = 0; big.size() < (1u << 19); ++i) big += fmt::format("第{}号：签约金额超过{}亿元。\n", i, 800 + i);
        bool full = false;
        try {
            (void)store.ingest(big, DocumentInfo{"big.txt", "", "", ""});
        } catch (const StoreError& e) {
            full = e.code() == StoreErrc::full;
            CHECK(contains(e.what(), db));
        }
        CHECK(full);
    }
    const Run run = zgcfacts_cli(s.path, {"query", "--db", db, "--format", "jsonl"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(sql_count(db, "SELECT count(*) FROM documents") == 1);
    CHECK(jsonl_rows(run.out) == static_cast<std::size_t>(sql_count(db, "SELECT count(*) FROM facts")));
    CHECK(integrity(db) == "ok");
}

// ---------------------------------------------------------------------------------------------
// Query syntax

TEST_CASE("SQL metacharacters and FTS5 syntax in --metric and --text are matched literally") {
    Scratch s;
    const std::string db = s.file("facts.db");
    ingest_ok(s, db, {s.write("a.txt", article_2023), s.write("b.txt", article_2024)});
    const auto facts_before = sql_count(db, "SELECT count(*) FROM facts");

    REQUIRE(facts_before > 0);

    const std::vector<std::string> hostile = {
        "'; DROP TABLE facts; --", "\" OR 1=1 --", "' OR '1'='1", "%", "_", "\\", "'", "\"",
        "签约*", "金额\"", "签约 OR 金额", "签约 AND 金额", "NEAR(签约 金额)", "^签约", "label:签约",
        "{label}: 签约", "签约 NOT 金额", "(签约", "金额)", "*", "签约金额", "金额", "项目", "签", "额超",
    };
    for (const auto& metric : hostile) {
        CAPTURE(metric);
        // What a literal substring match finds, asked of SQLite with the text as a bound parameter.
        const auto by_metric = sql_count(db, "SELECT count(*) FROM facts WHERE instr(metric, ?1) > 0", metric);
        const auto by_text = sql_count(db,
                                       "SELECT count(*) FROM facts f JOIN sentences s "
                                       "ON s.doc_id = f.doc_id AND s.idx = f.sentence_idx WHERE instr(s.text, ?1) > 0",
                                       metric);
        const Run run = zgcfacts_cli(s.path, {"query", "--db", db, "--metric", metric, "--format", "jsonl"});
        INFO(run.err);
        REQUIRE(run.exit_code == 0);
        CHECK(jsonl_rows(run.out) == static_cast<std::size_t>(by_metric));

        const Run text = zgcfacts_cli(s.path, {"query", "--db", db, "--text", metric, "--format", "jsonl"});
        CHECK(text.exit_code == 0);
        CHECK(jsonl_rows(text.out) == static_cast<std::size_t>(by_text));

        CHECK(zgcfacts_cli(s.path, {"yoy", "--db", db, "--metric", metric, "--format", "jsonl"}).exit_code == 0);
        CHECK(zgcfacts_cli(s.path, {"groups", "--db", db, "--metric", metric}).exit_code == 0);
    }
    CHECK(sql_count(db, "SELECT count(*) FROM facts") == facts_before);
    CHECK(integrity(db) == "ok");
}
