// Peak memory of scan() and `zgcfacts extract` end to end, each measured in a process of its own
// (see child_process.hpp for why through a fresh copy of the benchmark that forks the worker).
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

double mb_of_kb(double kb) { return kb * 1024 / 1e6; }

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
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

// The value of `key=` in a child's report lines, or "".
std::string reported(const std::string& output, const std::string& key) {
    std::size_t at = 0;
    while ((at = output.find(key + "=", at)) != std::string::npos) {
        if (at == 0 || output[at - 1] == ' ' || output[at - 1] == '\n') {
            const auto begin = at + key.size() + 1;
            return output.substr(begin, output.find_first_of(" \n", begin) - begin);
        }
        ++at;
    }
    return "";
}

double reported_number(const std::string& output, const std::string& key) {
    const std::string text = reported(output, key);
    return text.empty() ? 0 : std::stod(text);
}

// What a measurement child said: the worker's figures and the launcher's resource line.
struct Measured {
    bool ok = false;
    std::string problem;
    std::string output;
    double max_rss_kb = 0, wall_seconds = 0;
};

Measured measure(const Settings& settings, const std::string& mode, const std::string& file = "",
                 double timeout = 600) {
    std::vector<std::string> argv = {self_path(), "--child", mode, "--shared", settings.shared_dir.string(),
                                     "--line-mb", std::to_string(settings.long_line_bytes / 1'000'000)};
    if (!file.empty()) argv.insert(argv.end(), {"--file", file});
    const auto r = run_child(argv, {timeout, true});
    Measured m;
    m.output = r.output;
    if (!r.started) m.problem = "could not start";
    else if (r.timed_out) m.problem = fmt::format("killed after {:.0f} s", r.wall_seconds);
    else if (r.signal) m.problem = fmt::format("died of signal {}", r.signal);
    else if (r.exit_code != 0) m.problem = fmt::format("exit code {}", r.exit_code);
    else if (reported(r.output, "worker_exit") != "0") m.problem = "worker failed: " + r.output;
    m.ok = m.problem.empty();
    m.max_rss_kb = reported_number(r.output, "max_rss_kb");
    m.wall_seconds = reported_number(r.output, "wall");
    return m;
}

// Peak RSS of scan() on an input, next to a process that only builds the input, so the scan's own
// share is visible.
void peak_rss(const Settings& settings, const std::string& input, const std::string& label) {
    const auto base = measure(settings, input + "-baseline");
    const auto scan = measure(settings, input + "-scan");
    if (!base.ok || !scan.ok) {
        print_row({"peak RSS, scan() on " + label, "FAILED", !scan.ok ? scan.problem : base.problem});
        return;
    }
    const double input_mb = reported_number(base.output, "bytes") / 1e6;
    const double scan_seconds = reported_number(scan.output, "seconds");
    const double added_mb = mb_of_kb(scan.max_rss_kb - base.max_rss_kb);
    print_row({"peak RSS, scan() on " + label, fmt::format("{:.1f} MB", mb_of_kb(scan.max_rss_kb)),
               fmt::format("input {:.1f} MB; building the input alone peaks at {:.1f} MB; scan adds {:.1f} MB "
                           "({:.2f}x input)",
                           input_mb, mb_of_kb(base.max_rss_kb), added_mb, added_mb / input_mb)});
    print_row({"  scan() time on " + label, fmt::format("{:.2f} s", scan_seconds),
               fmt::format("{:.1f} MB/s, {} mentions (one run)", input_mb / scan_seconds,
                           reported(scan.output, "mentions"))});
}

bool cli_has_extract(const std::string& cli) {
    if (!std::filesystem::exists(cli)) return false;
    return run_child({cli, "extract", "--help"}, {30, false}).exit_code == 0;
}

// The worker of a measurement child: builds the input in this process and scans it, or runs the
// command on a file. Prints "bytes=… seconds=… mentions=…".
int measured_work(const std::string& mode, const Settings& settings) {
    if (mode == "extract")
        return exec_quietly({settings.cli_path, "extract", "--format", "jsonl", settings.child_file});
    const auto articles = load_articles(settings.shared_dir / "corpus");
    const std::string input = mode.starts_with("line") ? single_line_without_sentence_end(articles, settings.long_line_bytes)
                                                       : concatenated(articles, 100);
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

}  // namespace

int run_child_mode(const std::string& mode, const Settings& settings) {
    const auto worker = run_forked([&] { return measured_work(mode, settings); });
    fmt::print("worker_exit={} max_rss_kb={} wall={:.6f}\n", worker.signal ? -worker.signal : worker.exit_code,
               worker.max_rss_kb, worker.wall_seconds);
    return 0;
}

void bench_memory(const Settings& settings) {
    print_section("peak memory (getrusage ru_maxrss of a forked worker per measurement)");
    peak_rss(settings, "corpus", "100x corpus");
    peak_rss(settings, "line", fmt::format("{:.0f} MB single line", megabytes(settings.long_line_bytes)));
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
    Measured last;
    const int runs = std::max(3, settings.runs / 2);
    for (int i = 0; i < runs; ++i) {
        last = measure(settings, "extract", corpus_path.string());
        if (!last.ok) break;
        times.push_back(last.wall_seconds);
    }
    if (!last.ok) {
        print_row({"extract, 100x corpus", "FAILED", last.problem});
    } else {
        const double seconds = median(times);
        const double rate = mb_per_second(inputs.corpus_100x.size(), seconds);
        print_row({"extract --format jsonl, 100x corpus", fmt::format("{:.1f} MB/s", rate),
                   fmt::format("{:.2f} s wall, median of {}; peak RSS {:.1f} MB; {:.0f}% of scan() speed", seconds,
                               runs, mb_of_kb(last.max_rss_kb), 100 * rate / baseline.scan_mb_per_second)});
    }

    const auto line_path = dir.path / "single_line.txt";
    write_file(line_path, single_line_without_sentence_end(inputs.articles, settings.long_line_bytes));
    const auto line = measure(settings, "extract", line_path.string());
    const std::string label = fmt::format("extract, {:.0f} MB single line", megabytes(settings.long_line_bytes));
    if (!line.ok) {
        print_row({label, "FAILED", line.problem});
    } else {
        print_row({label, fmt::format("{:.1f} MB/s", mb_per_second(settings.long_line_bytes, line.wall_seconds)),
                   fmt::format("{:.2f} s wall, one run; peak RSS {:.1f} MB", line.wall_seconds,
                               mb_of_kb(line.max_rss_kb))});
    }
}

}  // namespace zgcfacts::bench
