// zgcfacts query — facts from the database, filtered, as a table, JSONL or CSV.
#include <cstdint>
#include <cstdio>
#include <string>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "store/command_line.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts query --db FILE [filters] [--format table|jsonl|csv]

Prints the stored facts that match every filter given, each with its surface text, the sentence it
comes from and its document.

filters:
  --metric TEXT       the metric label contains TEXT (签约金额, 项目); matched literally
  --text TEXT         the sentence contains TEXT
  --period P          the period is exactly P: 2024, or 2017/2024 for a cumulative span
  --kind K            money count percent ratio measure number year date period duration ordinal
  --unit U            CNY, USD, count, %, x, m2 …
  --qualifier Q       exact approx over at_least under at_most more_than_round range
  --min X, --max Y    the value (in base units: 元, items) lies in [X, Y]
  --doc ID            facts of one document (ids are printed by ingest)
  --limit N           at most N facts

output:
  --format F          table (default, for people), jsonl (one object per fact, the fields of the
                      gold annotations plus id, document_id, sentence), or csv

examples:
  zgcfacts query --db facts.db --metric 签约金额
  zgcfacts query --db facts.db --period 2024 --kind money --min 1e10 --format csv > big.csv
  zgcfacts query --db facts.db --metric 项目 --qualifier more_than_round --format jsonl

exit codes: 0 success (also when nothing matches), 1 database error, 2 usage error
)";

/// Writes buffered output to stdout; false when stdout failed (a closed pipe, a full disk).
bool flush(std::string& buffer) {
    bool ok = std::fwrite(buffer.data(), 1, buffer.size(), stdout) == buffer.size();
    buffer.clear();
    return ok;
}

int run_query(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args, {"--db", "--metric", "--text", "--period", "--kind", "--unit",
                                                     "--qualifier", "--min", "--max", "--doc", "--limit", "--format"});
    auto usage_error = [](const std::string& message) {
        fmt::print(stderr, "zgcfacts query: {}\n", message);
        return exit_usage;
    };
    if (!args) return usage_error(args.error().message);
    if (!args->operands.empty()) return usage_error("unexpected argument '" + args->operands[0] + "'");
    if (!args->has("--db")) return usage_error("--db FILE is required (see --help)");

    FactFilter filter;
    filter.metric = args->value("--metric");
    filter.text = args->value("--text");
    filter.period = args->value("--period");
    if (!filter.period.empty()) {
        const auto& p = filter.period;
        bool year = p.size() == 4 && store::parse_year("--period", p);
        bool span = p.size() == 9 && p[4] == '/' && store::parse_year("--period", p.substr(0, 4)) &&
                    store::parse_year("--period", p.substr(5));
        if (!year && !span) return usage_error("--period expects YYYY or YYYY/YYYY, not '" + p + "'");
    }
    if (args->has("--kind")) {
        filter.kind = kind_from_string(args->value("--kind"));
        if (!filter.kind) return usage_error("unknown --kind '" + args->value("--kind") + "'");
    }
    filter.unit = args->value("--unit");
    if (args->has("--qualifier")) {
        filter.qualifier = qualifier_from_string(args->value("--qualifier"));
        if (!filter.qualifier) return usage_error("unknown --qualifier '" + args->value("--qualifier") + "'");
    }
    for (auto [name, target] : {std::pair{"--min", &filter.min_value}, std::pair{"--max", &filter.max_value}}) {
        if (!args->has(name)) continue;
        auto v = store::parse_number(name, args->value(name));
        if (!v) return usage_error(v.error().message);
        *target = *v;
    }
    if (args->has("--doc")) {
        auto id = store::parse_integer("--doc", args->value("--doc"), 1, INT64_MAX);
        if (!id) return usage_error(id.error().message);
        filter.document_id = *id;
    }
    if (args->has("--limit")) {
        auto n = store::parse_integer("--limit", args->value("--limit"), 1, INT64_MAX);
        if (!n) return usage_error(n.error().message);
        filter.limit = static_cast<std::size_t>(*n);
    }
    const std::string format = args->value("--format", "table");
    if (format != "table" && format != "jsonl" && format != "csv")
        return usage_error("--format expects table, jsonl or csv, not '" + format + "'");

    StoreOptions options;
    options.mode = OpenMode::existing;  // a typo in --db should not create an empty database
    Store db(args->value("--db"), options);
    std::string out;
    bool ok = true;
    if (format == "table") {
        auto facts = db.query(filter);
        out = render::fact_table(facts);
        out += fmt::format("{} fact{}\n", facts.size(), facts.size() == 1 ? "" : "s");
        ok = flush(out);
    } else {
        if (format == "csv") render::csv_row(render::fact_csv_header(), out);
        db.for_each_fact(filter, [&](const StoredFact& f) {
            if (format == "csv") render::fact_csv(f, out);
            else render::fact_jsonl(f, out);
            if (out.size() > (1 << 16)) ok = flush(out) && ok;
        });
        ok = flush(out) && ok;
    }
    if (!ok || std::fflush(stdout) != 0) {
        fmt::print(stderr, "zgcfacts query: writing the output failed\n");
        return exit_failure;
    }
    return exit_ok;
}

const Registration registration{{"query", "facts from the database, filtered (table, JSONL, CSV)", usage, run_query}};

}  // namespace
}  // namespace zgcfacts::cli
