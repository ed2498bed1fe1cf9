// The SQLite store: schema, adding/removing documents, queries, and every way the database can fail
// (locked, corrupt, full, unwritable, an exception halfway through a document) leaving it intact.
#include <doctest/doctest.h>

// GCC 12 warns about members left out of designated initializers even when they have default
// initializers (fixed in GCC 13); the tests use designated initializers for readable fixtures.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <utility>

#include "core/json_writer.hpp"
#include "store/record_builder.hpp"
#include "store/render.hpp"
#include "store/sha256.hpp"
#include "zgcfacts/store.hpp"

namespace fs = std::filesystem;
using namespace zgcfacts;
using store::FactSpec;
using store::RecordBuilder;

namespace {

/// A fresh directory under the system temp dir, removed afterwards.
struct TempDir {
    fs::path path;
    TempDir() {
        static int counter = 0;
        path = fs::temp_directory_path() / ("zgcfacts-store-test-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

DocumentRecord forum_2023() {
    RecordBuilder b("002.txt", "2023-05-31");
    b.title("2023中关村论坛取得一批重要成果").reference_year(2023);
    b.sentence("论坛期间，累计签约129个合作项目，签约金额超过810亿元。")
        .fact({.surface = "129个", .kind = Kind::count, .value = "129", .unit = "count", .classifier = "个",
               .metric = "合作项目", .period = "2023"})
        .fact({.surface = "超过810亿元", .kind = Kind::money, .value = "81000000000", .qualifier = Qualifier::over,
               .unit = "CNY", .lower = "81000000000", .multiplier = 8, .metric = "签约金额", .period = "2023"});
    b.sentence("本届大赛共吸引海内外2500余个项目参赛。")
        .fact({.surface = "2500余个", .kind = Kind::count, .value = "2500", .qualifier = Qualifier::more_than_round,
               .unit = "count", .lower = "2500", .upper = "2600", .classifier = "个", .metric = "项目",
               .period = "2023"});
    return b.build();
}

DocumentRecord forum_2024() {
    RecordBuilder b("001.txt", "2024-04-30");
    b.reference_year(2024);
    b.sentence("促成309个项目签约，签约金额约673.17亿元。")
        .fact({.surface = "309个", .kind = Kind::count, .value = "309", .unit = "count", .classifier = "个",
               .metric = "项目", .period = "2024"})
        .fact({.surface = "约673.17亿元", .kind = Kind::money, .value = "67317000000", .qualifier = Qualifier::approx,
               .unit = "CNY", .multiplier = 8, .metric = "签约金额", .period = "2024"});
    b.sentence("第七届中关村国际前沿科技大赛在全球八大赛区征集项目3100余项。")
        .fact({.surface = "3100余项", .kind = Kind::count, .value = "3100", .qualifier = Qualifier::more_than_round,
               .unit = "count", .lower = "3100", .upper = "3200", .classifier = "项", .metric = "项目",
               .period = "2024"});
    return b.build();
}

std::int64_t raw_count(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    std::int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Runs `body`, which must throw StoreError; returns it.
template <class F>
StoreError expect_store_error(F&& body) {
    try {
        body();
    } catch (const StoreError& e) {
        return e;
    }
    FAIL("no StoreError thrown");
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors") {
    CHECK(content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(content_hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    // Fed in uneven pieces, the hash is the same as in one go.
    std::string million(1000000, 'a');
    Sha256 h;
    for (std::size_t i = 0; i < million.size(); i += 997) h.update(std::string_view(million).substr(i, 997));
    CHECK(h.hex_digest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a new database gets the current schema version and WAL") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    { Store s(path); }
    CHECK(raw_count(path, "PRAGMA user_version") == Store::schema_version);
    CHECK(raw_count(path, "PRAGMA application_id") == 0x7a676366);
    CHECK(raw_count(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('documents','sentences','facts',"
                          "'metrics','metrics_fts','sentences_fts','fact_details')") == 7);
    Store again(path);  // reopening migrates nothing and keeps working
    CHECK(again.documents().empty());
}

TEST_CASE("adding a document stores its sentences and facts, traceable to their quotes") {
    Store s(":memory:");
    auto out = s.add(forum_2023());
    CHECK(out.status == AddStatus::added);
    CHECK(out.sentences == 2);
    CHECK(out.facts == 3);

    auto docs = s.documents();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].name == "002.txt");
    CHECK(docs[0].date == "2023-05-31");
    CHECK(docs[0].title == "2023中关村论坛取得一批重要成果");
    CHECK(docs[0].reference_year == 2023);
    CHECK(docs[0].fact_count == 3);
    CHECK(docs[0].ingested_at.size() == 20);

    auto facts = s.query({});
    REQUIRE(facts.size() == 3);
    const StoredFact& over = facts[1];
    CHECK(over.surface == "超过810亿元");
    CHECK(over.value == "81000000000");
    CHECK(over.lower == std::optional<std::string>("81000000000"));
    CHECK(!over.upper);
    CHECK(over.qualifier == Qualifier::over);
    CHECK(over.kind == Kind::money);
    CHECK(over.unit == "CNY");
    CHECK(over.multiplier == 8);
    CHECK(over.metric == "签约金额");
    CHECK(over.period == "2023");
    CHECK(over.document_name == "002.txt");
    CHECK(over.sentence == "论坛期间，累计签约129个合作项目，签约金额超过810亿元。");
    CHECK(over.sentence.substr(over.start, over.end - over.start) == over.surface);
    CHECK(over.value_real == doctest::Approx(8.1e10));
    CHECK(s.check().empty());
}

TEST_CASE("re-adding identical content adds nothing and says so") {
    Store s(":memory:");
    auto first = s.add(forum_2023());
    auto second = s.add(forum_2023());
    CHECK(second.status == AddStatus::duplicate);
    CHECK(second.document_id == first.document_id);
    CHECK(second.facts == 0);
    CHECK(s.documents().size() == 1);
    CHECK(s.count_facts() == 3);
}

TEST_CASE("removing and replacing documents") {
    Store s(":memory:");
    auto a = s.add(forum_2023());
    auto b = s.add(forum_2024());
    CHECK(s.count_facts() == 6);
    CHECK(s.remove(a.document_id));
    CHECK_FALSE(s.remove(a.document_id));
    CHECK(s.count_facts() == 3);
    CHECK(s.query({.metric = "合作项目"}).empty());  // its label went with it
    CHECK(s.check().empty());

    auto replaced = s.replace(b.document_id, forum_2023());
    CHECK(replaced.status == AddStatus::added);
    CHECK(s.documents().size() == 1);
    CHECK(s.documents()[0].name == "002.txt");
    CHECK(s.count_facts() == 3);
    CHECK(s.check().empty());
}

TEST_CASE("filters") {
    Store s(":memory:");
    auto a = s.add(forum_2023());
    s.add(forum_2024());
    CHECK(s.query({.metric = "签约金额"}).size() == 2);
    CHECK(s.query({.metric = "金额"}).size() == 2);  // two characters: below the trigram size
    CHECK(s.query({.metric = "项目"}).size() == 4);  // 项目, 合作项目
    CHECK(s.query({.metric = "合作项目"}).size() == 1);
    CHECK(s.query({.metric = "不存在的指标"}).empty());
    CHECK(s.query({.text = "前沿科技大赛"}).size() == 1);
    CHECK(s.query({.text = "大赛"}).size() == 2);
    CHECK(s.query({.period = "2024"}).size() == 3);
    CHECK(s.query({.kind = Kind::money}).size() == 2);
    CHECK(s.query({.unit = "count"}).size() == 4);
    CHECK(s.query({.qualifier = Qualifier::more_than_round}).size() == 2);
    CHECK(s.query({.min_value = 1000, .max_value = 3000}).size() == 1);  // 2500余
    CHECK(s.query({.document_id = a.document_id}).size() == 3);
    CHECK(s.query({.metric = "签约金额", .period = "2024"}).at(0).surface == "约673.17亿元");
    CHECK(s.query({.limit = 2}).size() == 2);
    CHECK(s.count_facts({.kind = Kind::count}) == 4);
}

TEST_CASE("SQL and FTS5 syntax in a metric query is matched literally") {
    Store s(":memory:");
    RecordBuilder b("meta.txt");
    b.sentence("指标100%_a达到5个。").fact({.surface = "5个", .value = "5", .unit = "count", .metric = "100%_a"});
    b.sentence("名为\"AND\" OR *的指标有7个。")
        .fact({.surface = "7个", .value = "7", .unit = "count", .metric = "\"AND\" OR *"});
    s.add(b.build());
    s.add(forum_2023());
    for (const char* hostile : {"'; DROP TABLE facts; --", "\"", "\"\"", "*", "签约 OR 项目", "NEAR(a b)",
                                "metric:签约", "^签约", "(", ")", "'", "\\", "%", "_", "%%", "a%", "100%",
                                "-", "+", "AND", "OR NOT", "\x01", "签约金额\"*"}) {
        CAPTURE(hostile);
        std::vector<StoredFact> found;
        CHECK_NOTHROW(found = s.query({.metric = hostile, .text = ""}));
        for (const auto& f : found) CHECK(f.metric.find(hostile) != std::string::npos);
        CHECK_NOTHROW(s.query({.text = hostile}));
    }
    CHECK(s.query({.metric = "%"}).size() == 1);
    CHECK(s.query({.metric = "_"}).size() == 1);
    CHECK(s.query({.metric = "100%_a"}).size() == 1);
    CHECK(s.query({.metric = "\"AND\" OR *"}).size() == 1);
    CHECK(s.query({.metric = "OR *"}).size() == 1);
    CHECK(s.count_facts() == 5);  // nothing dropped
}

TEST_CASE("an exception halfway through a document leaves no trace of it") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    StoreOptions options;
    std::size_t fail_at = 0;
    options.before_fact = [&](std::size_t index) {
        if (index == fail_at) throw std::runtime_error("injected fault");
    };
    Store s(path, options);
    fail_at = 100;  // never
    s.add(forum_2023());
    for (std::size_t at : {0u, 1u, 2u}) {
        fail_at = at;
        CAPTURE(at);
        CHECK_THROWS_WITH(s.add(forum_2024()), "injected fault");
        CHECK(s.documents().size() == 1);
        CHECK(s.count_facts() == 3);
        CHECK(s.query({.text = "前沿科技大赛"}).empty());  // full-text index rolled back too
        CHECK(s.check().empty());
    }
    CHECK(raw_count(path, "SELECT count(*) FROM sentences") == 2);
    CHECK(raw_count(path, "SELECT count(*) FROM metrics") == 3);
    fail_at = 100;
    CHECK(s.add(forum_2024()).status == AddStatus::added);  // and the store still works
    CHECK(s.count_facts() == 6);
}

TEST_CASE("a fact pointing outside the sentences is refused and rolled back") {
    Store s(":memory:");
    DocumentRecord bad = forum_2023();
    bad.facts.back().sentence = 7;
    CHECK_THROWS_AS(s.add(bad), std::invalid_argument);
    CHECK(s.documents().empty());
}

TEST_CASE("a database locked by another writer: a clear error and nothing changed") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    { Store(path).add(forum_2023()); }

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    Store s(path, {.busy_timeout_ms = 50});
    CHECK(s.query({}).size() == 3);  // reading still works beside the writer (WAL)
    auto e = expect_store_error([&] { s.add(forum_2024()); });
    CHECK(e.code() == StoreErrc::busy);
    CHECK(e.path() == path);
    CHECK(e.operation() == "adding document 001.txt");
    CHECK(std::string(e.what()).find(path) != std::string::npos);
    CHECK(std::string(e.what()).find("locked") != std::string::npos);
    auto r = expect_store_error([&] { s.remove(1); });
    CHECK(r.code() == StoreErrc::busy);

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(s.documents().size() == 1);
    CHECK(s.count_facts() == 3);
    CHECK(s.add(forum_2024()).status == AddStatus::added);  // works once the lock is gone
}

TEST_CASE("a file that is not a database is reported and left alone") {
    TempDir dir;
    const auto path = dir.file("notes.db");
    std::string garbage;
    for (int i = 0; i < 200; ++i) garbage += "this is not an SQLite database, just text. ";
    { std::ofstream(path, std::ios::binary) << garbage; }
    for (OpenMode mode : {OpenMode::create, OpenMode::existing, OpenMode::read_only}) {
        auto e = expect_store_error([&] { Store s(path, {.mode = mode}); });
        CHECK(e.code() == StoreErrc::corrupt);
        CHECK(e.operation() == "opening");
        CHECK(std::string(e.what()).find(path) != std::string::npos);
        CHECK(std::string(e.what()).find("not a database") != std::string::npos);
    }
    CHECK(slurp(path) == garbage);
    CHECK(!fs::exists(path + "-wal"));
}

TEST_CASE("a database with damaged pages fails with a clear error") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    {
        Store s(path);
        for (int i = 0; i < 30; ++i) {
            RecordBuilder b("doc" + std::to_string(i) + ".txt");
            b.sentence("这是第" + std::to_string(i) + "篇，共有" + std::to_string(i + 10) + "个项目。" + std::string(300, 'x'))
                .fact({.surface = std::to_string(i + 10) + "个", .value = std::to_string(i + 10), .unit = "count",
                       .metric = "项目", .period = "2024"});
            s.add(b.build());
        }
    }
    // Overwrite everything after the first page (the header stays valid) with noise.
    std::string bytes = slurp(path);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 7919) & 0xff);
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes; }

    auto e = expect_store_error([&] {
        Store s(path);
        s.query({});
        s.add(forum_2023());
    });
    CHECK(e.code() == StoreErrc::corrupt);
    CHECK(e.path() == path);
    CHECK(std::string(e.what()).find("malformed") != std::string::npos);
}

TEST_CASE("a full disk fails the add with a clear error and keeps the database as it was") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    std::int64_t pages = 0;
    {
        Store s(path);
        s.add(forum_2023());
    }
    pages = raw_count(path, "PRAGMA page_count");
    // A little room, then a document far larger than it.
    Store s(path, {.max_page_count = pages + 2});
    RecordBuilder big("big.txt");
    for (int i = 0; i < 400; ++i)
        big.sentence("第" + std::to_string(i) + "段共有" + std::to_string(i) + "个项目。" + std::string(200, 'y'))
            .fact({.surface = std::to_string(i) + "个", .value = std::to_string(i), .unit = "count",
                   .metric = "项目" + std::to_string(i), .period = "2024"});
    auto e = expect_store_error([&] { s.add(big.build()); });
    CHECK(e.code() == StoreErrc::full);
    CHECK(e.operation() == "adding document big.txt");
    CHECK(std::string(e.what()).find(path) != std::string::npos);
    CHECK(std::string(e.what()).find("full") != std::string::npos);
    CHECK(s.documents().size() == 1);
    CHECK(s.count_facts() == 3);
    CHECK(s.check().empty());
    CHECK(s.add(forum_2024()).status == AddStatus::added);  // a small one still fits
}

TEST_CASE("an unwritable or missing path is a clear error that creates nothing") {
    TempDir dir;
    const auto missing_dir = dir.file("no/such/dir/facts.db");
    auto e = expect_store_error([&] { Store s(missing_dir); });
    CHECK(e.code() == StoreErrc::cannot_open);
    CHECK(e.path() == missing_dir);
    CHECK(std::string(e.what()).find("does not exist") != std::string::npos);
    CHECK(!fs::exists(dir.file("no")));

    auto d = expect_store_error([&] { Store s(dir.path.string()); });
    CHECK(d.code() == StoreErrc::cannot_open);
    CHECK(std::string(d.what()).find("directory") != std::string::npos);

    const auto absent = dir.file("absent.db");
    auto a = expect_store_error([&] { Store s(absent, {.mode = OpenMode::existing}); });
    CHECK(a.code() == StoreErrc::cannot_open);
    CHECK(std::string(a.what()).find("no such file") != std::string::npos);
    CHECK(!fs::exists(absent));

    // A read-only connection cannot write, and says so.
    { Store(dir.file("ro.db")).add(forum_2023()); }
    Store ro(dir.file("ro.db"), {.mode = OpenMode::read_only});
    CHECK(ro.count_facts() == 3);
    auto w = expect_store_error([&] { ro.add(forum_2024()); });
    CHECK(w.code() == StoreErrc::read_only);
    CHECK(ro.count_facts() == 3);

    if (::geteuid() != 0) {  // root ignores file permissions
        const auto locked_dir = dir.path / "locked";
        fs::create_directories(locked_dir);
        fs::permissions(locked_dir, fs::perms::owner_read | fs::perms::owner_exec);
        auto p = expect_store_error([&] { Store s((locked_dir / "facts.db").string()); });
        CHECK(p.code() == StoreErrc::cannot_open);
        fs::permissions(locked_dir, fs::perms::owner_all);
    }
}

TEST_CASE("files of other applications and newer versions are refused untouched") {
    TempDir dir;
    const auto foreign = dir.file("other.db");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(foreign.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto e = expect_store_error([&] { Store s(foreign); });
    CHECK(e.code() == StoreErrc::schema);
    CHECK(raw_count(foreign, "SELECT count(*) FROM sqlite_schema") == 1);

    const auto future = dir.file("future.db");
    { Store s(future); }
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(future.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto f = expect_store_error([&] { Store s(future); });
    CHECK(f.code() == StoreErrc::schema);
    CHECK(std::string(f.what()).find("newer") != std::string::npos);
}

TEST_CASE("a reader beside a writer only ever sees whole documents") {
    TempDir dir;
    const auto path = dir.file("facts.db");
    { Store s(path); }
    constexpr int documents = 40;
    std::atomic<bool> done{false};
    std::thread writer([&] {
        Store w(path);
        for (int i = 0; i < documents; ++i) {
            RecordBuilder b("w" + std::to_string(i) + ".txt");
            for (int k = 0; k < 20; ++k)
                b.sentence("第" + std::to_string(k) + "句有" + std::to_string(k + 1) + "个项目。")
                    .fact({.surface = std::to_string(k + 1) + "个", .value = std::to_string(k + 1), .unit = "count",
                           .metric = "项目", .period = "2024"});
            w.add(b.build());
        }
        done = true;
    });
    Store r(path);
    int reads = 0;
    std::vector<std::string> problems;
    while (!done || reads == 0) {
        auto p = r.check(CheckLevel::quick);
        problems.insert(problems.end(), p.begin(), p.end());
        // Facts are always a multiple of a whole document's 20.
        CHECK(r.count_facts() % 20 == 0);
        ++reads;
    }
    writer.join();
    CHECK(problems.empty());
    CHECK(r.documents().size() == documents);
    CHECK(r.check().empty());
}

TEST_CASE("JSON and CSV output escape what they must") {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.key("s").string("a\"b\\c\n\t\x01 超 610\n\n亿元 \xE2\x80\xA8");
    json.key("bad").string("x\xFFy\xC0\xAFz");
    json.key("n").null();
    json.key("list").begin_array().number(1).boolean(true).end_array();
    json.end_object();
    CHECK(out == "{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001 超 610\\n\\n亿元 \\u2028\","
                 "\"bad\":\"x\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBDz\",\"n\":null,\"list\":[1,true]}");

    std::string csv;
    render::csv_row({"plain", "a,b", "say \"hi\"", "two\nlines", ""}, csv);
    CHECK(csv == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");

    CHECK(render::display_width("签约abc") == 7);
    CHECK(render::one_line("超 610\n\n亿元") == "超 610 亿元");
}

}  // TEST_SUITE

#ifdef ZGCFACTS_CLI_PATH
TEST_SUITE("store command") {

namespace {
/// Runs the command through the shell; returns its exit code and what it printed on stderr.
std::pair<int, std::string> run(const std::string& arguments, const TempDir& dir) {
    const std::string err = dir.file("stderr.txt");
    int status = std::system((std::string(ZGCFACTS_CLI_PATH) + " " + arguments + " > /dev/null 2> " + err).c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(err)};
}
}  // namespace

TEST_CASE("usage errors exit 2, database errors exit 1, each saying what and where") {
    TempDir dir;
    const auto db = dir.file("facts.db");
    CHECK(run("query", dir).first == 2);
    CHECK(run("query --db " + db + " --kind nonsense", dir).first == 2);
    CHECK(run("query --db " + db + " --period 20x4", dir).first == 2);
    CHECK(run("yoy --db " + db, dir).first == 2);
    CHECK(run("export --db " + db + " --format xml", dir).first == 2);
    CHECK(run("ingest --db " + db, dir).first == 2);

    auto [missing, missing_err] = run("query --db " + db, dir);
    CHECK(missing == 1);
    CHECK(missing_err.find(db) != std::string::npos);
    CHECK(!fs::exists(db));  // querying does not create a database

    { std::ofstream(dir.file("a.txt")) << "2024年签约金额约5亿元。"; }
    { std::ofstream(dir.file("bad.txt"), std::ios::binary) << "abc\xff 3000多个项目。"; }
    auto [ingest, ingest_err] = run("ingest --db " + db + " " + dir.file("a.txt") + " " + dir.file("bad.txt") + " " +
                                        dir.file("missing.txt"),
                                    dir);
    CHECK(ingest == 1);  // two inputs failed, the good one is stored
    CHECK(ingest_err.find("bad.txt") != std::string::npos);
    CHECK(ingest_err.find("missing.txt") != std::string::npos);
    CHECK(Store(db).documents().size() == 1);
    CHECK(run("query --db " + db + " --metric \"'; DROP TABLE facts; --\"", dir).first == 0);
    CHECK(run("export --db " + db + " --format csv --out " + dir.file("out.csv"), dir).first == 0);
    CHECK(slurp(dir.file("out.csv")).rfind("id,doc,", 0) == 0);

    { std::ofstream(dir.file("junk.db")) << std::string(5000, 'j'); }
    auto [junk, junk_err] = run("query --db " + dir.file("junk.db"), dir);
    CHECK(junk == 1);
    CHECK(junk_err.find("not a database") != std::string::npos);
}

}  // TEST_SUITE
#endif
