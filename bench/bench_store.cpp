// The SQLite store: ingest speed on real text, and query latency on a generated database of at
// least a million facts (issue 3 §7). Compiled to a notice until zgcfacts/store.hpp exists.
#if __has_include("zgcfacts/store.hpp")
#include "zgcfacts/store.hpp"
#define ZGCFACTS_BENCH_HAS_STORE 1
#endif

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "inputs.hpp"
#include "measurements.hpp"
#include "report.hpp"
#include "timing.hpp"

namespace zgcfacts::bench {

#ifndef ZGCFACTS_BENCH_HAS_STORE

void bench_store(const Settings&, const Inputs&, const Baseline&) {
    print_section("store");
    print_row({"ingest, queries", "skipped", "zgcfacts/store.hpp not found"});
}

#else

namespace {

struct TempDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / fmt::format("zgcfacts_bench_store_{}", ::getpid());
    TempDir() { std::filesystem::create_directories(path); }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

// Labels for the generated database: district × metric, each a label the way articles write them.
constexpr const char* districts[] = {"海淀", "朝阳", "丰台", "石景山", "门头沟", "房山", "通州", "顺义",
                                     "昌平", "大兴", "怀柔", "平谷", "密云", "延庆", "东城", "西城",
                                     "亦庄", "中关村", "雄安", "天津", "河北", "上海", "深圳", "杭州", "成都"};
constexpr const char* metrics[] = {"签约金额", "招商总额", "总营收", "研发投入", "技术合同成交额",
                                   "专利授权量", "高新技术企业数", "出口额", "固定资产投资", "新增就业",
                                   "科技成果", "孵化企业", "独角兽企业", "融资总额", "税收收入",
                                   "工业增加值", "社会消费品零售总额", "外资实际利用", "人才引进", "园区面积",
                                   "发明专利", "研发人员", "上市公司", "营业收入", "利润总额",
                                   "进口额", "能源消耗", "碳排放", "公共预算收入", "常住人口",
                                   "企业数量", "投资项目", "签约项目", "论坛观众", "发布成果",
                                   "合作协议", "国家和地区", "展览面积", "参展企业", "新品发布"};
constexpr int first_year = 2000;
constexpr int years = 25;

std::vector<std::string> all_labels() {
    std::vector<std::string> labels;
    for (const char* d : districts)
        for (const char* m : metrics) labels.push_back(std::string(d) + m);
    return labels;
}

// One generated document: `sentences` sentences of `per_sentence` figures, each "X为N亿元，".
DocumentRecord generated_document(int index, const std::vector<std::string>& labels, std::mt19937_64& rng,
                                  int sentences, int per_sentence) {
    DocumentRecord r;
    const int year = first_year + index % years;
    r.info.name = fmt::format("generated-{}.txt", index);
    r.info.date = fmt::format("{}-12-31", year);
    r.reference_year = year;
    std::uniform_int_distribution<std::size_t> pick(0, labels.size() - 1);
    std::uniform_int_distribution<std::int64_t> amount(1, 99999);
    std::string text;
    for (int s = 0; s < sentences; ++s) {
        SentenceRecord sentence;
        sentence.clean_start = sentence.raw_start = text.size();
        const std::size_t sentence_index = r.sentences.size();
        for (int f = 0; f < per_sentence; ++f) {
            const std::string& label = labels[pick(rng)];
            const std::int64_t n = amount(rng);
            text += fmt::format("{}年{}为", year, label);
            Fact fact;
            fact.metric = label;
            fact.period = std::to_string(year);
            fact.sentence = sentence_index;
            fact.mention.surface = fmt::format("{}亿元", n);
            fact.mention.start = fact.mention.clean_start = text.size();
            text += fact.mention.surface;
            fact.mention.end = fact.mention.clean_end = text.size();
            Quantity& q = fact.mention.quantity;
            q.kind = Kind::money;
            q.value = *Decimal::from_int(n).scaled(8);
            q.unit = "CNY";
            q.multiplier = 8;
            r.facts.push_back(std::move(fact));
            text += f + 1 < per_sentence ? "，" : "。";
        }
        sentence.clean_end = sentence.raw_end = text.size();
        sentence.text = text.substr(sentence.clean_start);
        r.sentences.push_back(std::move(sentence));
    }
    r.clean_text = text;
    r.byte_size = text.size();
    r.content_hash = content_hash(text);
    return r;
}

void bench_ingest(const Settings& settings, const Inputs& inputs, const Baseline& baseline) {
    const auto documents = distinct_documents(inputs.articles, 100);
    std::size_t bytes = 0;
    for (const auto& d : documents) bytes += d.size();
    std::vector<double> times;
    std::size_t facts = 0;
    const int runs = std::max(3, settings.runs / 2);
    for (int run = 0; run < runs; ++run) {
        TempDir dir;
        Store store((dir.path / "ingest.db").string());
        facts = 0;
        const auto start = Clock::now();
        for (std::size_t i = 0; i < documents.size(); ++i) {
            auto added = store.ingest(documents[i], DocumentInfo{fmt::format("doc-{}.txt", i), "", "", ""});
            if (!added) throw std::runtime_error("ingest failed: " + added.error().message);
            facts += added->facts;
        }
        times.push_back(seconds_since(start));
    }
    const double seconds = median(times);
    const double rate = mb_per_second(bytes, seconds);
    print_row({"ingest into a fresh database", fmt::format("{:.1f} MB/s", rate),
               fmt::format("{} documents (articles ×100, each distinct), {:.1f} MB, {:.2f} s, median of {}; "
                           "target >= 20 MB/s; {:.0f}% of scan() speed",
                           documents.size(), megabytes(bytes), seconds, runs, 100 * rate / baseline.scan_mb_per_second)});
    print_row({"ingest facts per second", fmt::format("{:.0f} /s", static_cast<double>(facts) / seconds),
               fmt::format("{} facts", facts)});
}

/// CPU seconds this thread has used: on a shared machine the wall clock also counts other
/// processes, and for SQLite it counts waiting for the disk.
double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

/// The same ingest in two phases, to tell analysis from SQLite: analyze() and make_record() for
/// every document, then Store::add of the records into a fresh database.
void bench_ingest_split(const Settings& settings, const Inputs& inputs) {
    const auto documents = distinct_documents(inputs.articles, 100);
    std::size_t bytes = 0;
    for (const auto& d : documents) bytes += d.size();
    std::vector<double> analyze_wall, analyze_cpu, add_wall, add_cpu;
    const int runs = std::max(3, settings.runs / 2);
    for (int run = 0; run < runs; ++run) {
        std::vector<DocumentRecord> records;
        auto start = Clock::now();
        double cpu = thread_cpu_seconds();
        for (std::size_t i = 0; i < documents.size(); ++i) {
            auto analysed = analyze(documents[i]);
            if (!analysed) throw std::runtime_error("analyze failed: " + analysed.error().message);
            DocumentInfo info{fmt::format("doc-{}.txt", i), "", "", ""};
            records.push_back(make_record(documents[i], *analysed, std::move(info)));
        }
        analyze_wall.push_back(seconds_since(start));
        analyze_cpu.push_back(thread_cpu_seconds() - cpu);

        TempDir dir;
        Store store((dir.path / "split.db").string());
        start = Clock::now();
        cpu = thread_cpu_seconds();
        for (const auto& record : records) store.add(record);
        add_wall.push_back(seconds_since(start));
        add_cpu.push_back(thread_cpu_seconds() - cpu);
    }
    print_row({"ingest, analysis part (analyze + make_record)",
               fmt::format("{:.1f} MB/s", mb_per_second(bytes, median(analyze_wall))),
               fmt::format("{:.2f} s wall, {:.2f} s CPU, median of {}", median(analyze_wall), median(analyze_cpu),
                           runs)});
    print_row({"ingest, SQLite part (Store::add)", fmt::format("{:.1f} MB/s", mb_per_second(bytes, median(add_wall))),
               fmt::format("{:.2f} s wall, {:.2f} s CPU ({:.1f} MB/s of CPU), median of {}", median(add_wall),
                           median(add_cpu), mb_per_second(bytes, median(add_cpu)), runs)});
}

void bench_queries(const Settings& settings) {
    TempDir dir;
    const auto path = (dir.path / "million.db").string();
    const auto labels = all_labels();
    constexpr int sentences = 200, per_sentence = 5;
    const std::size_t per_document = sentences * per_sentence;
    const std::size_t documents = (settings.query_facts + per_document - 1) / per_document;
    std::mt19937_64 rng(20240425);
    std::size_t facts = 0;
    {
        Store store(path);
        const auto start = Clock::now();
        for (std::size_t i = 0; i < documents; ++i)
            facts += store.add(generated_document(static_cast<int>(i), labels, rng, sentences, per_sentence)).facts;
        const double seconds = seconds_since(start);
        print_row({"generate: Store::add of synthetic documents", fmt::format("{:.0f} facts/s", static_cast<double>(facts) / seconds),
                   fmt::format("{} facts in {} documents, {:.1f} s; {} metric labels x {} years; {:.0f} MB file",
                               facts, documents, seconds, labels.size(), years,
                               megabytes(std::filesystem::file_size(path)))});
    }
    StoreOptions read_only;
    read_only.mode = OpenMode::read_only;
    Store store(path, read_only);
    constexpr int lookups = 200;
    std::uniform_int_distribution<std::size_t> pick(0, labels.size() - 1);
    std::vector<double> lookup_ms, yoy_ms;
    std::size_t rows = 0, points = 0;
    for (int i = 0; i < lookups; ++i) {
        const std::string& label = labels[pick(rng)];
        FactFilter filter;
        filter.metric = label;
        auto start = Clock::now();
        rows += store.query(filter).size();
        lookup_ms.push_back(1000 * seconds_since(start));
        YoyOptions yoy;
        yoy.metric = label;
        start = Clock::now();
        points += store.yoy(yoy).points.size();
        yoy_ms.push_back(1000 * seconds_since(start));
    }
    print_row({"metric lookup (query, full label)", fmt::format("{:.2f} ms median", median(lookup_ms)),
               fmt::format("p99 {:.2f} ms; {} lookups, {:.0f} facts returned each on average", percentile(lookup_ms, 99),
                           lookups, static_cast<double>(rows) / lookups)});
    print_row({"yoy (full label)", fmt::format("{:.2f} ms median", median(yoy_ms)),
               fmt::format("p99 {:.2f} ms; {} series, {:.1f} points each; target <= 10 ms", percentile(yoy_ms, 99),
                           lookups, static_cast<double>(points) / lookups)});
}

}  // namespace

void bench_store(const Settings& settings, const Inputs& inputs, const Baseline& baseline) {
    print_section("store (SQLite)");
    try {
        bench_ingest(settings, inputs, baseline);
        bench_ingest_split(settings, inputs);
    } catch (const std::exception& e) {
        print_row({"ingest", "FAILED", e.what()});
    }
    try {
        bench_queries(settings);
    } catch (const std::exception& e) {
        print_row({"queries", "FAILED", e.what()});
    }
}

#endif

}  // namespace zgcfacts::bench
