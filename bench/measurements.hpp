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
    std::string child_file;          // the input file of a measurement child (--file)
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

/// A measurement child, `zgcfacts_bench --child MODE`: forks a worker that builds an input and scans
/// it (corpus-scan, line-scan; *-baseline only builds it) or runs `zgcfacts extract` on --file
/// (extract), then prints the worker's "bytes= seconds= mentions=" and "worker_exit= max_rss_kb= wall=".
int run_child_mode(const std::string& mode, const Settings& settings);

}  // namespace zgcfacts::bench
