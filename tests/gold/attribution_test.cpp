// The attribution gold test: analyze() on the annotated articles (../shared/corpus/000–002), each
// fact aligned to the gold mention with exactly the same raw span, and its metric and period compared
// with the gold's `metric` and `period`:
//   - metric: a match when one label contains the other (both non-empty), or both are null/empty;
//   - period: exact string match, null and "" being the same.
// Only gold mentions that scan() found with the exact span are scored (recognition has its own gold
// test); the number scored is printed and gated too, so a broken scan cannot pass on a handful.
//
// The bars sit just below what attribution measured (rounded down to 0.05), so they can only rise.
// Set ZGCFACTS_ATTRIBUTION_SHOW=1 to list every mismatch.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "support/json.hpp"
#include "support/shared.hpp"
#include "zgcfacts/document.hpp"

namespace {

namespace json = zgcfacts::test::json;

// Measured on 000–002: metric 0.901 and period 0.735 over 223 scored mentions (figures alone: 0.958
// and 0.930 over 142). Most period misses are years and dates: 001 and 002 annotate their period as
// null, 000 and attribution give them their own year. The bars sit just under what is reached, so a
// change that loses attribution fails; raise them when attribution improves.
constexpr double min_metric_accuracy = 0.89;
constexpr double min_period_accuracy = 0.72;
// Not an attribution bar: it keeps a broken scan() from passing on a handful of mentions.
constexpr std::size_t min_scored = 200;

std::filesystem::path corpus_file(const std::string& number) {
    for (const auto& entry : std::filesystem::directory_iterator(zgcfacts::test::shared_dir() / "corpus")) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(number + "_") && name.ends_with(".txt")) return entry.path();
    }
    throw std::runtime_error("no corpus file for gold " + number);
}

std::string or_empty(const std::optional<std::string>& text) { return text.value_or(std::string()); }

bool metric_matches(const std::string& predicted, const std::string& gold) {
    if (predicted.empty() || gold.empty()) return predicted.empty() && gold.empty();
    return predicted.find(gold) != std::string::npos || gold.find(predicted) != std::string::npos;
}

struct Tally {
    std::size_t gold = 0;    // gold mentions
    std::size_t scored = 0;  // of those, found by scan with the exact span
    std::size_t metric_ok = 0;
    std::size_t period_ok = 0;
    double metric_accuracy() const { return scored ? static_cast<double>(metric_ok) / static_cast<double>(scored) : 0; }
    double period_accuracy() const { return scored ? static_cast<double>(period_ok) / static_cast<double>(scored) : 0; }
};

bool show_mismatches() {
    const char* env = std::getenv("ZGCFACTS_ATTRIBUTION_SHOW");
    return env != nullptr && *env != '\0' && *env != '0';
}

}  // namespace

TEST_CASE("gold: metric and period of the facts analyze() finds") {
    const bool show = show_mismatches();
    Tally all;
    Tally figures;  // money … number: the statistics people query

    for (const std::string number : {"000", "001", "002"}) {
        const std::filesystem::path text_path = corpus_file(number);
        const std::string raw = zgcfacts::test::read_file(text_path);
        const auto document = zgcfacts::analyze(raw);
        REQUIRE_MESSAGE(document.has_value(), text_path.string() << ": " << document.error().message);

        std::map<std::pair<std::size_t, std::size_t>, const zgcfacts::Fact*> by_span;
        for (const auto& fact : document->facts) by_span[{fact.mention.start, fact.mention.end}] = &fact;

        const auto rows = json::parse_lines(
            zgcfacts::test::read_file(zgcfacts::test::shared_dir() / "gold" / (number + ".jsonl")));
        fmt::print("{}: reference year {}{}, {} facts, {} gold mentions\n", text_path.filename().string(),
                   document->reference_year, document->reference_year_inferred ? " (inferred)" : "",
                   document->facts.size(), rows.size());
        for (const auto& row : rows) {
            const auto start = static_cast<std::size_t>(row["start"].as_int64());
            const auto end = static_cast<std::size_t>(row["end"].as_int64());
            const bool is_figure = zgcfacts::is_figure(zgcfacts::kind_from_string(row["kind"].as_string())
                                                           .value_or(zgcfacts::Kind::ordinal));
            ++all.gold;
            figures.gold += is_figure;
            const auto found = by_span.find({start, end});
            if (found == by_span.end()) continue;
            const zgcfacts::Fact& fact = *found->second;
            const std::string gold_metric = or_empty(row["metric"].text());
            const std::string gold_period = or_empty(row["period"].text());
            const bool metric_ok = metric_matches(fact.metric, gold_metric);
            const bool period_ok = fact.period == gold_period;
            for (Tally* tally : {&all, is_figure ? &figures : nullptr}) {
                if (tally == nullptr) continue;
                ++tally->scored;
                tally->metric_ok += metric_ok;
                tally->period_ok += period_ok;
            }
            if (show && !(metric_ok && period_ok))
                fmt::print("  {} {}..{} {:8} {:?}: metric {:?} (gold {:?}), period {:?} (gold {:?})\n", number, start,
                           end, row["kind"].as_string(), row["surface"].as_string(), fact.metric, gold_metric,
                           fact.period, gold_period);
        }
    }

    fmt::print("attribution: metric accuracy {:.3f} over {}, period accuracy {:.3f} over {} ({} of {} gold spans "
               "found by scan)\n",
               all.metric_accuracy(), all.scored, all.period_accuracy(), all.scored, all.scored, all.gold);
    fmt::print("  figures only: metric accuracy {:.3f}, period accuracy {:.3f} over {}\n", figures.metric_accuracy(),
               figures.period_accuracy(), figures.scored);

    CHECK(all.scored >= min_scored);
    CHECK(all.metric_accuracy() >= min_metric_accuracy);
    CHECK(all.period_accuracy() >= min_period_accuracy);
}
