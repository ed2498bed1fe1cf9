// zgcfacts_bench — throughput, memory and latency figures of issue 2 §6, issue 3 §7 and issue 5 §5,
// printed as one table. Run it through `cmake --build BUILD --target bench`, or directly:
//
//   zgcfacts_bench [--runs N] [--only scan|memory|extract|store] [--facts N] [--line-mb N] [--shared DIR]
//
// Timings are wall clock in one thread; MB = 10^6 bytes. Peak memory is measured in fresh child
// processes (the benchmark re-runs itself with --child MODE), so one figure does not carry another's
// buffers.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "inputs.hpp"
#include "measurements.hpp"
#include "report.hpp"
#include "timing.hpp"

namespace {

void usage() {
    fmt::print(stderr, "usage: zgcfacts_bench [--runs N] [--only scan|memory|extract|store] [--facts N] "
                       "[--line-mb N] [--shared DIR]\n");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace zgcfacts::bench;
    Settings settings;
    settings.shared_dir = ZGCFACTS_SHARED_DIR;
    settings.cli_path = ZGCFACTS_CLI_PATH;
    std::string only, child_mode;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--runs" && has_value) settings.runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--only" && has_value) only = argv[++i];
        else if (arg == "--facts" && has_value) settings.query_facts = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--line-mb" && has_value) settings.long_line_bytes = std::strtoull(argv[++i], nullptr, 10) * 1'000'000;
        else if (arg == "--shared" && has_value) settings.shared_dir = argv[++i];
        else if (arg == "--child" && has_value) child_mode = argv[++i];
        else if (arg == "--file" && has_value) settings.child_file = argv[++i];
        else {
            usage();
            return 2;
        }
    }
    if (!std::filesystem::is_directory(settings.shared_dir / "corpus")) {
        fmt::print("zgcfacts_bench: the shared corpus {} is not here; nothing to measure.\n",
                   (settings.shared_dir / "corpus").string());
        return 0;
    }
    try {
        if (!child_mode.empty()) return run_child_mode(child_mode, settings);

        Inputs inputs;
        inputs.articles = load_articles(settings.shared_dir / "corpus");
        inputs.corpus_100x = concatenated(inputs.articles, 100);
        fmt::print("zgcfacts_bench: {} articles from {}, 100x = {:.2f} MB; {} runs per median\n\n",
                   inputs.articles.size(), settings.shared_dir.string(), megabytes(inputs.corpus_100x.size()),
                   settings.runs);
        print_header();
        const auto wanted = [&](std::string_view part) { return only.empty() || only == part; };
        Baseline baseline;
        // Everything compares itself with scan(), so it is measured even when --only names another part.
        baseline = bench_scan(settings, inputs);
        if (wanted("memory")) bench_memory(settings);
        if (wanted("extract")) bench_extract(settings, inputs, baseline);
        if (wanted("store")) bench_store(settings, inputs, baseline);
    } catch (const std::exception& e) {
        fmt::print(stderr, "zgcfacts_bench: {}\n", e.what());
        return 1;
    }
    return 0;
}
