// scan(), clean() and parse() speed, in one thread.
#include <cstddef>
#include <string_view>

#include <fmt/format.h>

#include "measurements.hpp"
#include "report.hpp"
#include "timing.hpp"
#include "zgcfacts/scan.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts::bench {
namespace {

// Short expressions of the kinds the articles hold, for parse() alone (no scanning for candidates).
constexpr std::string_view expressions[] = {
    "超 610 亿元", "约673.17亿元", "902.21 亿元", "3000 多项", "近 100 项", "4.87 万个", "70%-80%",
    "100倍至1万倍", "百分之一点五七", "29.1%", "18.5万元/人", "2024—2027 年", "4月25日至29日",
    "第七届", "十年", "1.9倍", "5万余", "300兆瓦级", "两三个", "八九亿", "1,234,567", "三万五",
    "一千零十一", "近四成",
};

}  // namespace

Baseline bench_scan(const Settings& settings, const Inputs& inputs) {
    print_section("text and grammar, one thread");
    const std::string& corpus = inputs.corpus_100x;
    const std::string input_note = fmt::format("{} articles ×100, {:.1f} MB, median of {}", inputs.articles.size(),
                                               megabytes(corpus.size()), settings.runs);

    std::size_t clean_bytes = 0;
    const double clean_seconds = median_time(settings.runs, [&] {
        auto clean = zgcfacts::clean(corpus);
        clean_bytes = clean ? clean->text().size() : 0;
    });
    print_row({"clean() throughput", fmt::format("{:.1f} MB/s", mb_per_second(corpus.size(), clean_seconds)),
               input_note});

    std::size_t mentions = 0;
    bool scan_failed = false;
    const double scan_seconds = median_time(settings.runs, [&] {
        auto found = zgcfacts::scan(corpus);
        scan_failed = !found;
        mentions = found ? found->size() : 0;
    });
    if (scan_failed) print_row({"scan()", "FAILED", "scan returned an error on the corpus"});
    print_row({"scan() throughput", fmt::format("{:.1f} MB/s", mb_per_second(corpus.size(), scan_seconds)),
               fmt::format("{}; {} mentions; target >= 200 MB/s", input_note, mentions)});
    // The recognizer alone, on text cleaned once: scan() above includes clean(), so it can never be
    // faster than clean() and hides what the grammar and the judging cost.
    const auto cleaned = zgcfacts::clean(corpus);
    if (cleaned) {
        std::size_t recognized = 0;
        const double recognize_seconds =
            median_time(settings.runs, [&] { recognized = zgcfacts::scan(*cleaned).size(); });
        print_row({"scan() of clean text", fmt::format("{:.1f} MB/s", mb_per_second(corpus.size(), recognize_seconds)),
                   fmt::format("{}; {} mentions; recognition alone, clean() left out (raw bytes per second)",
                               input_note, recognized)});
    }
    print_row({"scan() mentions per second", fmt::format("{:.0f} /s", static_cast<double>(mentions) / scan_seconds),
               ""});
    print_row({"scan time / clean time", fmt::format("{:.2f}x", scan_seconds / clean_seconds),
               fmt::format("clean is {:.0f}% of scan (clean text {:.1f} MB)", 100 * clean_seconds / scan_seconds,
                           megabytes(clean_bytes))});

    // parse(): enough rounds for a measurable time, median of the runs.
    constexpr int rounds = 2000;
    std::size_t failures = 0;
    const double parse_seconds = median_time(settings.runs, [&] {
        failures = 0;
        for (int r = 0; r < rounds; ++r)
            for (auto e : expressions)
                if (!zgcfacts::parse(e)) ++failures;
    });
    const double calls = static_cast<double>(rounds) * static_cast<double>(std::size(expressions));
    print_row({"parse() of short expressions", fmt::format("{:.0f} /s", calls / parse_seconds),
               fmt::format("{} expressions × {} rounds, {:.2f} us each; {} of {} not parsed", std::size(expressions),
                           rounds, 1e6 * parse_seconds / calls, failures / rounds, std::size(expressions))});
    return {mb_per_second(corpus.size(), scan_seconds)};
}

}  // namespace zgcfacts::bench
