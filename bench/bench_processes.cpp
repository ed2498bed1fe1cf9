// Peak memory of scan() (each measurement in a fresh process) and `zgcfacts extract` end to end.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "child_process.hpp"
#include "inputs.hpp"
#include "measurements.hpp"
#include "report.hpp"
#include "timing.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::bench {
namespace {

double mb_of_kb(long kb) { return static_cast<double>(kb) * 1024 / 1e6; }

// A temporary directory removed when the benchmark part ends.
struct TempDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / fmt::format("zgcfacts_bench_{}", ::getpid());
    TempDir() { std::filesystem::create_directories(path); }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string failure_note(const ChildResult& r) {
    if (!r.started) return "could not start";
    if (r.timed_out) return fmt::format("killed after {:.0f} s", r.wall_seconds);
    if (r.signal) return fmt::format("died of signal {}", r.signal);
    return fmt::format("exit code {}", r.exit_code);
}

// The value of `key=` in a child's report line, or "?".
std::string reported(const std::string& output, const std::string& key) {
    const auto at = output.find(key + "=");
    if (at == std::string::npos) return "?";
    const auto begin = at + key.size() + 1;
    return output.substr(begin, output.find_first_of(" \n", begin) - begin);
}

// Peak RSS of `scan` on an input, next to the RSS of a process that only builds the input, so the
// scan's own share is visible.
void peak_rss(const Settings& settings, const std::string& input_mode, const std::string& label, double timeout) {
    const ChildOptions options{timeout, true};
    const auto base = run_child({self_path(), "--child", input_mode + "-baseline", "--shared", settings.shared_dir},
                                options);
    const auto scan = run_child({self_path(), "--child", input_mode + "-scan", "--shared", settings.shared_dir},
                                options);
    if (base.exit_code != 0 || scan.exit_code != 0) {
        print_row({"peak RSS, scan() on " + label, "FAILED", failure_note(scan.exit_code != 0 ? scan : base)});
        return;
    }
    const double input_mb = std::stod(reported(base.output, "bytes")) / 1e6;
    const double scan_seconds = std::stod(reported(scan.output, "seconds"));
    print_row({"peak RSS, scan() on " + label, fmt::format("{:.1f} MB", mb_of_kb(scan.max_rss_kb)),
               fmt::format("input {:.1f} MB; input alone {:.1f} MB; scan adds {:.1f} MB ({:.2f}x input)", input_mb,
                           mb_of_kb(base.max_rss_kb), mb_of_kb(scan.max_rss_kb - base.max_rss_kb),
                           mb_of_kb(scan.max_rss_kb - base.max_rss_kb) / input_mb)});
    print_row({"  scan() time on " + label, fmt::format("{:.2f} s", scan_seconds),
               fmt::format("{:.1f} MB/s, {} mentions (one run)", input_mb / scan_seconds,
                           reported(scan.output, "mentions"))});
}

bool cli_has_extract(const std::string& cli) {
    if (!std::filesystem::exists(cli)) return false;
    const auto r = run_child({cli, "extract", "--help"}, {30, false});
    return r.exit_code == 0;
}

}  // namespace

int run_child_mode(const std::string& mode, const Settings& settings) {
    const auto articles = load_articles(settings.shared_dir / "corpus");
    const bool line = mode.starts_with("line");
    const std::string input =
        line ? single_line_without_sentence_end(articles, settings.long_line_bytes) : concatenated(articles, 100);
    if (mode.ends_with("-baseline")) {
        fmt::print("bytes={} seconds=0 mentions=0\n", input.size());
        return 0;
    }
    const auto start = Clock::now();
    const auto found = zgcfacts::scan(input);
    const double seconds = seconds_since(start);
    if (!found) {
        fmt::print(stderr, "scan failed at byte {}: {}\n", found.error().offset, found.error().message);
        return 1;
    }
    fmt::print("bytes={} seconds={:.6f} mentions={}\n", input.size(), seconds, found->size());
    return 0;
}

void bench_memory(const Settings& settings) {
    print_section("peak memory (getrusage ru_maxrss of a fresh process per measurement)");
    peak_rss(settings, "corpus", "100x corpus", 600);
    peak_rss(settings, "line", fmt::format("{:.0f} MB single line", megabytes(settings.long_line_bytes)), 600);
}

void bench_extract(const Settings& settings, const Inputs& inputs, const Baseline& baseline) {
    print_section("zgcfacts extract end to end (spawned, output to /dev/null)");
    if (!cli_has_extract(settings.cli_path)) {
        print_row({"zgcfacts extract", "skipped", "no extract command in " + settings.cli_path});
        return;
    }
    TempDir dir;
    const auto corpus_path = dir.path / "corpus_100x.txt";
    write_file(corpus_path, inputs.corpus_100x);
    std::vector<double> times;
    ChildResult last;
    const int runs = std::max(3, settings.runs / 2);
    for (int i = 0; i < runs; ++i) {
        last = run_child({settings.cli_path, "extract", "--format", "jsonl", corpus_path.string()}, {600, false});
        if (last.exit_code != 0) break;
        times.push_back(last.wall_seconds);
    }
    if (last.exit_code != 0) {
        print_row({"extract, 100x corpus", "FAILED", failure_note(last)});
    } else {
        const double seconds = median(times);
        const double rate = mb_per_second(inputs.corpus_100x.size(), seconds);
        print_row({"extract --format jsonl, 100x corpus", fmt::format("{:.1f} MB/s", rate),
                   fmt::format("{:.2f} s wall, median of {}; peak RSS {:.1f} MB; {:.0f}% of scan() speed", seconds,
                               runs, mb_of_kb(last.max_rss_kb), 100 * rate / baseline.scan_mb_per_second)});
    }

    const auto line_path = dir.path / "single_line.txt";
    write_file(line_path, single_line_without_sentence_end(inputs.articles, settings.long_line_bytes));
    const auto line_run = run_child({settings.cli_path, "extract", "--format", "jsonl", line_path.string()}, {600, false});
    const std::string label = fmt::format("extract, {:.0f} MB single line", megabytes(settings.long_line_bytes));
    if (line_run.exit_code != 0) {
        print_row({label, "FAILED", failure_note(line_run)});
    } else {
        print_row({label, fmt::format("{:.1f} MB/s", mb_per_second(settings.long_line_bytes, line_run.wall_seconds)),
                   fmt::format("{:.2f} s wall, one run; peak RSS {:.1f} MB", line_run.wall_seconds,
                               mb_of_kb(line_run.max_rss_kb))});
    }
}

}  // namespace zgcfacts::bench
