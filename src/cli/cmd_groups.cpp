// zgcfacts groups — figures that corroborate or contradict each other across sources.
#include <cstdio>
#include <string>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "store/command_line.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts groups --db FILE [--metric TEXT] [--period P] [--conflicts]
                       [--format text|jsonl]

Corroboration: figures with the same period, kind and unit whose metric labels match (one
contains the other: 项目 and 前沿科技项目), stated in at least two sentences. Each figure is an
interval — exact: the number; 约: ±5%; 超/逾: above; 以上: at least; 近/不到: below;
3100余: (3100, 3200); 70%-80%: [70, 80] — and the largest set of figures sharing a number is
the consensus. Figures outside it from another document contradict it; figures outside it from
the consensus' own document are listed as differing (one article rarely contradicts itself: they
are likely about another thing). 3164个, 3100余项 and 3000多个 agree (on 3164); a 2000 for the
same year in another article would contradict them.

options:
  --db FILE        the database (required)
  --metric TEXT    only labels containing TEXT
  --period P       only this period (2024, 2017/2024)
  --conflicts      only groups with a contradiction
  --format F       text (default) or jsonl (one object per group, with its clusters and facts)

examples:
  zgcfacts groups --db facts.db --period 2024
  zgcfacts groups --db facts.db --conflicts --format jsonl

exit codes: 0 success, 1 database error, 2 usage error
)";

int run_groups(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args, {"--db", "--metric", "--period", "--format"}, {"--conflicts"});
    auto usage_error = [](const std::string& message) {
        fmt::print(stderr, "zgcfacts groups: {}\n", message);
        return exit_usage;
    };
    if (!args) return usage_error(args.error().message);
    if (!args->operands.empty()) return usage_error("unexpected argument '" + args->operands[0] + "'");
    if (!args->has("--db")) return usage_error("--db FILE is required (see --help)");
    const std::string format = args->value("--format", "text");
    if (format != "text" && format != "jsonl") return usage_error("--format expects text or jsonl, not '" + format + "'");

    CorroborationOptions options;
    options.metric = args->value("--metric");
    options.period = args->value("--period");
    StoreOptions store_options;
    store_options.mode = OpenMode::existing;
    Store db(args->value("--db"), store_options);
    auto groups = db.corroboration(options);
    if (args->flag("--conflicts"))
        std::erase_if(groups, [](const CorroborationGroup& g) { return !g.contradiction(); });

    std::string out;
    if (format == "jsonl") {
        render::groups_jsonl(groups, out);
    } else {
        std::size_t conflicts = 0;
        for (const auto& g : groups) conflicts += g.contradiction() ? 1 : 0;
        out = render::groups_text(groups);
        out += fmt::format("{} group{}, {} with a contradiction\n", groups.size(), groups.size() == 1 ? "" : "s", conflicts);
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        fmt::print(stderr, "zgcfacts groups: writing the output failed\n");
        return exit_failure;
    }
    return exit_ok;
}

const Registration registration{{"groups", "figures that corroborate or contradict each other", usage, run_groups}};

}  // namespace
}  // namespace zgcfacts::cli
