// Microsoft Recognizers-Text's Chinese Number / NumberWithUnit specs, run as an external suite
// against zgcfacts::scan (issue 2 §5). What is compared, and where our design differs from theirs,
// is in peer_models.cpp and printed with the report.
//
// Each model's pass rate is gated at the level reached, so it can only rise: when a grammar change
// raises a rate, raise its bar here to the printed rate (rounded down). ZGCFACTS_PEERS_SHOW=N lists
// the first N failures per model (default 8).
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "peers/peer_cases.hpp"
#include "peers/peer_models.hpp"
#include "support/shared.hpp"
#include "zgcfacts/scan.hpp"

namespace {

// Minimum pass rate per model, in [0, 1]: the level reached (rounded down), so it can only rise.
const std::map<std::string, double> pass_rate_bars = {
    {"NumberModel", 0.74},
    {"NumberRangeModel", 0.55},
    {"NumberRangeModelExperimentalMode", 0.47},
    {"PercentModel", 0.86},
    {"OrdinalModel", 1.00},
    {"CurrencyModel", 0.82},
    {"DimensionModel", 0.77},
};

std::size_t failures_to_show() {
    const char* env = std::getenv("ZGCFACTS_PEERS_SHOW");
    return env ? static_cast<std::size_t>(std::strtoul(env, nullptr, 10)) : 8;
}

struct Tally {
    std::size_t cases = 0, passed = 0;
    std::size_t aspirational = 0, aspirational_passed = 0;  // cases not even .NET passes
    std::vector<std::string> failures;
    double rate() const { return cases ? static_cast<double>(passed) / static_cast<double>(cases) : 0.0; }
};

std::string expected_text(const zgcfacts::peers::PeerCase& c) {
    std::string out;
    for (const auto& e : c.expected)
        out += fmt::format("{}'{}'[{},{}) {}", out.empty() ? "" : ", ", c.input.substr(e.begin, e.end - e.begin),
                           e.begin, e.end, e.value.value_or("null"));
    return out.empty() ? "(nothing)" : out;
}

}  // namespace

TEST_CASE("peers: Recognizers-Text Chinese specs, pass rate per model") {
    const auto path = zgcfacts::test::shared_dir() / "peers" / "recognizers-text" / "chinese-cases.jsonl";
    const auto cases = zgcfacts::peers::load_cases(path);
    REQUIRE(!cases.empty());
    const std::size_t show = failures_to_show();

    std::map<std::string, Tally> tallies;
    for (const auto& model : zgcfacts::peers::compared_models()) tallies[model];
    for (const auto& c : cases) {
        const auto it = tallies.find(c.model);
        if (it == tallies.end()) continue;  // AgeModel, TemperatureModel: not compared
        Tally& t = it->second;
        ++t.cases;
        if (c.aspirational()) ++t.aspirational;
        zgcfacts::peers::Verdict verdict;
        const auto mentions = zgcfacts::scan(c.input);
        if (!mentions) {
            verdict.problems.push_back(fmt::format("scan failed at byte {}: {}", mentions.error().offset,
                                                   mentions.error().message));
        } else {
            verdict = zgcfacts::peers::judge(c, *mentions);
        }
        if (verdict.passed) {
            ++t.passed;
            if (c.aspirational()) ++t.aspirational_passed;
            continue;
        }
        if (t.failures.size() >= show) continue;
        std::string got;
        if (mentions)
            for (const auto& m : *mentions) got += (got.empty() ? "" : ", ") + zgcfacts::peers::describe(m);
        std::string failure = fmt::format("  #{} {}\n     expected: {}\n     got:      {}\n", c.index, c.input,
                                          expected_text(c), got.empty() ? "(nothing)" : got);
        for (const auto& p : verdict.problems) failure += fmt::format("     - {}\n", p);
        t.failures.push_back(std::move(failure));
    }

    fmt::print("\n== peers: Recognizers-Text Chinese specs ({} cases in {})\n", cases.size(), path.string());
    fmt::print("How we compare (our design differs from theirs in places):\n");
    for (const auto& a : zgcfacts::peers::adaptations()) fmt::print("  * {}\n", a);
    fmt::print("\n{:<34} {:>6} {:>7} {:>9} {:>6}   {}\n", "model", "cases", "passed", "pass rate", "bar",
               "(cases .NET fails too: passed/all)");
    for (const auto& model : zgcfacts::peers::compared_models()) {
        const Tally& t = tallies[model];
        fmt::print("{:<34} {:>6} {:>7} {:>8.1f}% {:>5.1f}%   {}/{}\n", model, t.cases, t.passed, 100 * t.rate(),
                   100 * pass_rate_bars.at(model), t.aspirational_passed, t.aspirational);
    }
    for (const auto& model : zgcfacts::peers::compared_models()) {
        const Tally& t = tallies[model];
        if (t.failures.empty()) continue;
        fmt::print("\n-- {}: first {} of {} failures\n", model, t.failures.size(), t.cases - t.passed);
        for (const auto& f : t.failures) fmt::print("{}", f);
    }
    for (const auto& model : zgcfacts::peers::compared_models()) {
        const Tally& t = tallies[model];
        INFO(model, ": ", t.passed, "/", t.cases, " passed");
        CHECK(t.cases > 0);
        CHECK(t.rate() >= pass_rate_bars.at(model));
    }
}
