// zgcfacts yoy — the year-over-year series of a metric.
#include <cstdio>
#include <string>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "store/command_line.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts yoy --db FILE --metric TEXT [--unit U] [--from YYYY] [--to YYYY]
                    [--format table|jsonl]

The figure of a metric period by period, and the change from one period to the next.

One figure stands for each period: exact before approximate (约) before two-sided bounds
(3000多, 70%-80%) before one-sided ones (超, 近, 以上); then the one more other sentences agree
with; then the most recent document. Changes are computed with the bounds the qualifiers imply,
approximate values taken as written: 超810亿元 then 约673.17亿元 is a change below −136.83亿元,
reported as bounded (change_qualifier "under"), not as an exact difference. Cumulative figures
(period 2017/2024) form their own series and are compared only with each other.

options:
  --db FILE        the database (required)
  --metric TEXT    the metric label contains TEXT (required)
  --unit U         only figures in this unit (default: the unit most matching figures have)
  --from YYYY      periods ending in YYYY or later
  --to YYYY        periods ending in YYYY or earlier
  --format F       table (default) or jsonl: one object per period with period, value, lower,
                   upper, qualifier, unit, surface, sentence, document, and change_from,
                   change_abs, change_pct, change_qualifier, change_abs_lower/upper,
                   change_pct_lower/upper (null when unbounded or for the first period)

examples:
  zgcfacts yoy --db facts.db --metric 签约金额
  zgcfacts yoy --db facts.db --metric 资金支持 --unit CNY --format jsonl

exit codes: 0 success (also for an empty series), 1 database error, 2 usage error
)";

int run_yoy(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args, {"--db", "--metric", "--unit", "--from", "--to", "--format"});
    auto usage_error = [](const std::string& message) {
        fmt::print(stderr, "zgcfacts yoy: {}\n", message);
        return exit_usage;
    };
    if (!args) return usage_error(args.error().message);
    if (!args->operands.empty()) return usage_error("unexpected argument '" + args->operands[0] + "'");
    if (!args->has("--db")) return usage_error("--db FILE is required (see --help)");
    if (args->value("--metric").empty()) return usage_error("--metric TEXT is required (see --help)");

    YoyOptions options;
    options.metric = args->value("--metric");
    options.unit = args->value("--unit");
    for (auto [name, target] : {std::pair{"--from", &options.from}, std::pair{"--to", &options.to}}) {
        if (!args->has(name)) continue;
        auto y = store::parse_year(name, args->value(name));
        if (!y) return usage_error(y.error().message);
        *target = *y;
    }
    const std::string format = args->value("--format", "table");
    if (format != "table" && format != "jsonl") return usage_error("--format expects table or jsonl, not '" + format + "'");

    StoreOptions store_options;
    store_options.mode = OpenMode::existing;
    Store db(args->value("--db"), store_options);
    YoySeries series = db.yoy(options);
    std::string out;
    if (format == "jsonl") {
        render::yoy_jsonl(series, out);
    } else if (series.points.empty()) {
        fmt::print(stderr, "zgcfacts yoy: no figures with a period for metric '{}'\n", options.metric);
    } else {
        out = render::yoy_table(series);
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        fmt::print(stderr, "zgcfacts yoy: writing the output failed\n");
        return exit_failure;
    }
    return exit_ok;
}

const Registration registration{{"yoy", "year-over-year series of a metric, with bounded changes", usage, run_yoy}};

}  // namespace
}  // namespace zgcfacts::cli
