// zgcfacts export — every fact of the database as CSV or JSONL.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "store/command_line.hpp"
#include "store/render.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts export --db FILE --format csv|jsonl [--out FILE]

Writes every stored fact, with its document and sentence, in document order: CSV (RFC 4180, a
header row, UTF-8) or JSONL (one object per fact, the fields of `zgcfacts query --format jsonl`).
With --out the file is written under a temporary name and renamed when complete, so a failed
export never leaves a truncated file behind.

options:
  --db FILE        the database (required)
  --format F       csv or jsonl (required)
  --out FILE       write to FILE instead of standard output

examples:
  zgcfacts export --db facts.db --format csv --out facts.csv
  zgcfacts export --db facts.db --format jsonl | jq -r 'select(.kind == "money") | .surface'

exit codes: 0 success, 1 database or output error, 2 usage error
)";

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

int run_export(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args, {"--db", "--format", "--out"});
    auto usage_error = [](const std::string& message) {
        fmt::print(stderr, "zgcfacts export: {}\n", message);
        return exit_usage;
    };
    if (!args) return usage_error(args.error().message);
    if (!args->operands.empty()) return usage_error("unexpected argument '" + args->operands[0] + "'");
    if (!args->has("--db")) return usage_error("--db FILE is required (see --help)");
    const std::string format = args->value("--format");
    if (format != "csv" && format != "jsonl") return usage_error("--format expects csv or jsonl");

    StoreOptions options;
    options.mode = OpenMode::existing;
    Store db(args->value("--db"), options);

    const std::string target = args->value("--out");
    const std::string temporary = target.empty() ? "" : target + ".partial";
    std::unique_ptr<std::FILE, FileCloser> file;
    std::FILE* out = stdout;
    if (!target.empty()) {
        file.reset(std::fopen(temporary.c_str(), "wb"));
        if (!file) {
            fmt::print(stderr, "zgcfacts export: {}: cannot create: {}\n", temporary, std::strerror(errno));
            return exit_failure;
        }
        out = file.get();
    }
    std::string buffer;
    bool ok = true;
    std::size_t count = 0;
    auto flush = [&] {
        ok = std::fwrite(buffer.data(), 1, buffer.size(), out) == buffer.size() && ok;
        buffer.clear();
    };
    if (format == "csv") render::csv_row(render::fact_csv_header(), buffer);
    try {
        db.for_each_fact({}, [&](const StoredFact& f) {
            if (format == "csv") render::fact_csv(f, buffer);
            else render::fact_jsonl(f, buffer);
            ++count;
            if (buffer.size() > (1 << 16)) flush();
        });
    } catch (...) {
        if (file) {
            file.reset();
            std::remove(temporary.c_str());
        }
        throw;
    }
    flush();
    ok = std::fflush(out) == 0 && ok;
    if (file) {
        ok = std::fclose(file.release()) == 0 && ok;
        std::error_code ec;
        if (ok) std::filesystem::rename(temporary, target, ec);
        if (!ok || ec) {
            fmt::print(stderr, "zgcfacts export: {}: writing failed: {}\n", target,
                       ec ? ec.message() : std::strerror(errno));
            std::remove(temporary.c_str());
            return exit_failure;
        }
        fmt::print(stderr, "zgcfacts export: {} facts written to {}\n", count, target);
    } else if (!ok) {
        fmt::print(stderr, "zgcfacts export: writing to standard output failed\n");
        return exit_failure;
    }
    return exit_ok;
}

const Registration registration{{"export", "every stored fact as CSV or JSONL", usage, run_export}};

}  // namespace
}  // namespace zgcfacts::cli
