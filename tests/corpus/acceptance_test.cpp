// Acceptance on the five real articles (issue 3, sections 5, 6 and 8): ingest them, then ask the
// questions users ask — the forum's signing amount 2023 against 2024, the contest's entries, its
// cumulative funding — and check idempotence, rollback and readers beside a writer.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "support/shared.hpp"
#include "zgcfacts/store.hpp"

namespace fs = std::filesystem;
using namespace zgcfacts;

namespace {

struct Article {
    std::string name;
    std::string bytes;
};

std::vector<Article> corpus() {
    std::vector<Article> out;
    for (const auto& entry : fs::directory_iterator(test::shared_dir() / "corpus"))
        if (entry.path().extension() == ".txt")
            out.push_back({entry.path().filename().string(), test::read_file(entry.path())});
    std::sort(out.begin(), out.end(), [](const Article& a, const Article& b) { return a.name < b.name; });
    return out;
}

struct TempDb {
    fs::path path;
    TempDb() {
        static int counter = 0;
        path = fs::temp_directory_path() /
               ("zgcfacts-acceptance-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db");
        cleanup();
    }
    ~TempDb() { cleanup(); }
    void cleanup() {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix, ec);
    }
};

void ingest_all(Store& store) {
    for (const auto& a : corpus()) {
        DocumentInfo info;
        info.name = a.name;
        auto out = store.ingest(a.bytes, info);
        REQUIRE_MESSAGE(out.has_value(), a.name << ": " << (out ? "" : out.error().message));
    }
}

/// Facts matching the filter whose value and qualifier are as given.
std::vector<StoredFact> find(const Store& store, FactFilter filter, const std::string& value, Qualifier qualifier) {
    std::vector<StoredFact> out;
    for (auto& f : store.query(filter))
        if (f.value == value && f.qualifier == qualifier) out.push_back(f);
    return out;
}

FactFilter metric_period(const std::string& metric, const std::string& period) {
    FactFilter f;
    f.metric = metric;
    f.period = period;
    return f;
}

bool ends_in(const std::string& period, const std::string& year) {
    return period.size() >= 4 && period.substr(period.size() - 4) == year;
}

std::string describe(const std::vector<StoredFact>& facts) {
    std::string out;
    for (const auto& f : facts)
        out += "\n  " + f.period + " " + f.metric + " " + f.surface + " = " + f.value + " (" +
               std::string(to_string(f.qualifier)) + ") " + f.document_name;
    return out;
}

}  // namespace

TEST_SUITE("acceptance") {

TEST_CASE("the five articles answer the questions of issue 3") {
    TempDb db;
    Store store(db.path.string());
    ingest_all(store);
    REQUIRE(store.documents().size() == 5);
    CHECK(store.check().empty());

    SUBCASE("signing amount: over 810亿元 in 2023, about 673.17亿元 in 2024, a bounded fall") {
        YoyOptions o;
        o.metric = "签约金额";
        auto series = store.yoy(o);
        std::vector<StoredFact> chosen;
        for (const auto& p : series.points) chosen.push_back(p.fact);
        INFO("series:" << describe(chosen));
        CHECK(series.unit == "CNY");
        REQUIRE(series.points.size() >= 2);
        const YoyPoint* y2023 = nullptr;
        const YoyPoint* y2024 = nullptr;
        for (const auto& p : series.points) {
            if (p.period == "2023") y2023 = &p;
            if (p.period == "2024") y2024 = &p;
        }
        REQUIRE(y2023);
        REQUIRE(y2024);
        CHECK(y2023->fact.value == "81000000000");
        CHECK(y2023->fact.qualifier == Qualifier::over);
        CHECK(y2024->fact.value == "67317000000");
        CHECK(y2024->fact.qualifier == Qualifier::approx);
        REQUIRE(y2024->change);
        CHECK(y2024->change->from_period == "2023");
        CHECK(y2024->change->qualifier == "under");  // fell by more than 136.83亿元
        REQUIRE(y2024->change->absolute_bounds.upper);
        CHECK(y2024->change->absolute_bounds.upper->to_string() == "-13683000000");
    }

    SUBCASE("signed projects: 129 in 2023, 309 in 2024") {
        auto p2023 = find(store, metric_period("项目", "2023"), "129", Qualifier::exact);
        auto p2024 = find(store, metric_period("项目", "2024"), "309", Qualifier::exact);
        INFO("2023 project facts:" << describe(store.query(metric_period("项目", "2023"))));
        CHECK(p2023.size() == 1);
        CHECK(p2024.size() == 1);
    }

    SUBCASE("contest entries: 2500余个 in 2023; 3164个 in 2024, agreeing with 3100余项 and 3000多个") {
        INFO("2023 entries:" << describe(store.query(metric_period("项目", "2023"))));
        CHECK(find(store, metric_period("项目", "2023"), "2500", Qualifier::more_than_round).size() == 1);

        CorroborationOptions o;
        o.period = "2024";
        auto groups = store.corroboration(o);
        const Cluster* agreeing = nullptr;
        for (const auto& g : groups)
            for (const auto& c : g.clusters)
                for (const auto& f : c.facts)
                    if (f.value == "3164" && f.unit == "count") agreeing = &c;
        REQUIRE_MESSAGE(agreeing, "no corroboration group holds 3164个");
        INFO("cluster of 3164:" << describe(agreeing->facts));
        std::set<std::string> values;
        for (const auto& f : agreeing->facts) values.insert(f.value + "/" + std::string(to_string(f.qualifier)));
        CHECK(values.count("3100/more_than_round") == 1);
        CHECK(values.count("3000/more_than_round") == 1);
        CHECK(agreeing->intersection.to_string() == "3164");
        CHECK(agreeing->documents >= 2);
    }

    SUBCASE("cumulative funding: 6亿多元 for 175 firms (2023) against 8亿多元 for 219 firms (2024)") {
        auto funding = store.query([] {
            FactFilter f;
            f.kind = Kind::money;
            f.qualifier = Qualifier::more_than_round;
            return f;
        }());
        INFO("more_than_round money:" << describe(funding));
        auto has = [&](const std::string& value, const std::string& year) {
            return std::any_of(funding.begin(), funding.end(),
                               [&](const StoredFact& f) { return f.value == value && ends_in(f.period, year); });
        };
        CHECK(has("600000000", "2023"));
        CHECK(has("800000000", "2024"));

        auto firms = store.query([] {
            FactFilter f;
            f.kind = Kind::count;
            return f;
        }());
        auto firm = [&](const std::string& value, const std::string& year) {
            return std::any_of(firms.begin(), firms.end(), [&](const StoredFact& f) {
                return f.value == value && f.classifier == "家" && ends_in(f.period, year);
            });
        };
        CHECK(firm("175", "2023"));
        CHECK(firm("219", "2024"));

        // And as a series: the 2024 total grew from the 2023 one by a bounded amount.
        YoyOptions o;
        o.metric = "资金支持";
        o.unit = "CNY";
        auto series = store.yoy(o);
        const YoyPoint* last = nullptr;
        for (const auto& p : series.points)
            if (p.fact.value == "800000000") last = &p;
        REQUIRE(last);
        REQUIRE(last->change);
        CHECK(last->change->qualifier == "range");
        CHECK(last->change->absolute_bounds.to_string() == "(100000000, 300000000)");
    }
}

TEST_CASE("ingesting the same articles again adds nothing") {
    TempDb db;
    Store store(db.path.string());
    ingest_all(store);
    const std::size_t facts = store.count_facts();
    for (const auto& a : corpus()) {
        DocumentInfo info;
        info.name = "again-" + a.name;
        auto out = store.ingest(a.bytes, info);
        REQUIRE(out);
        CHECK(out->status == AddStatus::duplicate);
    }
    CHECK(store.documents().size() == 5);
    CHECK(store.count_facts() == facts);
}

TEST_CASE("an error in the middle of an article leaves no trace of it") {
    TempDb db;
    StoreOptions options;
    bool armed = false;
    options.before_fact = [&](std::size_t index) {
        if (armed && index == 10) throw std::runtime_error("injected fault at fact 10");
    };
    Store store(db.path.string(), options);
    auto articles = corpus();
    DocumentInfo info;
    info.name = articles[0].name;
    REQUIRE(store.ingest(articles[0].bytes, info));
    const auto facts = store.count_facts();
    armed = true;
    info.name = articles[1].name;
    CHECK_THROWS_WITH(store.ingest(articles[1].bytes, info), "injected fault at fact 10");
    CHECK(store.documents().size() == 1);
    CHECK(store.count_facts() == facts);
    CHECK(!store.find_document(content_hash(articles[1].bytes)));
    CHECK(store.check().empty());
    armed = false;
    auto again = store.ingest(articles[1].bytes, info);
    REQUIRE(again);
    CHECK(again->status == AddStatus::added);
}

TEST_CASE("a reader reading while a writer ingests never sees half a document") {
    TempDb db;
    auto articles = corpus();
    // Whole-document fact totals the reader may legitimately see: each prefix of the corpus while
    // the writer adds the articles in order, each suffix while it removes them in order.
    std::set<std::size_t> allowed{0};
    {
        Store probe(":memory:");
        std::vector<std::size_t> per_article;
        for (const auto& a : articles) {
            DocumentInfo info;
            info.name = a.name;
            auto out = probe.ingest(a.bytes, info);
            REQUIRE(out);
            per_article.push_back(out->facts);
        }
        for (std::size_t cut = 0; cut <= per_article.size(); ++cut) {
            std::size_t prefix = 0, suffix = 0;
            for (std::size_t i = 0; i < per_article.size(); ++i) (i < cut ? prefix : suffix) += per_article[i];
            allowed.insert(prefix);
            allowed.insert(suffix);
        }
    }
    { Store create(db.path.string()); }
    std::atomic<bool> done{false};
    std::thread writer([&] {
        Store w(db.path.string());
        for (int round = 0; round < 3; ++round) {
            for (const auto& a : articles) {
                DocumentInfo info;
                info.name = a.name;
                (void)w.ingest(a.bytes, info);
            }
            if (round < 2)  // empty it again so the reader sees more transitions
                for (const auto& d : w.documents()) w.remove(d.id);
        }
        done = true;
    });
    Store reader(db.path.string());
    std::size_t reads = 0, bad_totals = 0;
    std::vector<std::string> problems;
    while (!done.load() || reads == 0) {
        auto p = reader.check(CheckLevel::quick);
        problems.insert(problems.end(), p.begin(), p.end());
        if (!allowed.count(reader.count_facts())) ++bad_totals;
        ++reads;
    }
    writer.join();
    INFO("reads: " << reads);
    CHECK(problems.empty());
    CHECK(bad_totals == 0);
    CHECK(reader.documents().size() == articles.size());
    CHECK(reader.check().empty());
}

#ifdef ZGCFACTS_CLI_PATH
TEST_CASE("the command: ingest, then yoy --format jsonl") {
    TempDb db;
    std::string cmd = std::string(ZGCFACTS_CLI_PATH) + " ingest --quiet --db " + db.path.string() + " " +
                      (test::shared_dir() / "corpus").string() + " > /dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    cmd = std::string(ZGCFACTS_CLI_PATH) + " yoy --db " + db.path.string() + " --metric 签约金额 --format jsonl";
    std::FILE* pipe = ::popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    CHECK(::pclose(pipe) == 0);
    for (const char* field : {"\"period\":\"2023\"", "\"period\":\"2024\"", "\"value\":\"67317000000\"",
                              "\"qualifier\":\"approx\"", "\"unit\":\"CNY\"", "\"surface\":", "\"sentence\":",
                              "\"document\":", "\"change_abs\":\"-13683000000\"", "\"change_pct\":",
                              "\"lower\":", "\"upper\":"})
        CHECK_MESSAGE(out.find(field) != std::string::npos, field);
}
#endif

}  // TEST_SUITE
