// The benchmark's parts, one file each: text and grammar speed (bench_scan.cpp), peak memory and
// the command end to end (bench_processes.cpp), the SQLite store (bench_store.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace zgcfacts::bench {

struct Settings {
    std::filesystem::path shared_dir;
    std::string cli_path;
    int runs = 5;                    // repetitions for medians
    std::size_t query_facts = 1'000'000;
    std::size_t long_line_bytes = 100'000'000;
};

struct Inputs {
    std::vector<std::string> articles;
    std::string corpus_100x;  // the articles concatenated 100×
};

/// Figures later parts compare themselves with.
struct Baseline {
    double scan_mb_per_second = 0;
};

/// scan() and clean() throughput on the 100× corpus, parse() calls per second.
Baseline bench_scan(const Settings& settings, const Inputs& inputs);

/// Peak RSS of scan() on the 100× corpus and on a 100 MB single line, each in its own process.
void bench_memory(const Settings& settings);

/// `zgcfacts extract` end to end on the same inputs: wall time, MB/s, peak RSS of the command.
void bench_extract(const Settings& settings, const Inputs& inputs, const Baseline& baseline);

/// Ingest into a fresh database; metric lookup and yoy latency on a generated ≥1M-fact database.
void bench_store(const Settings& settings, const Inputs& inputs, const Baseline& baseline);

/// The work done in a child process by `zgcfacts_bench --child MODE`: prints "seconds=… mentions=…".
int run_child_mode(const std::string& mode, const Settings& settings);

}  // namespace zgcfacts::bench
