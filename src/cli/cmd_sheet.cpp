// zgcfacts sheet — a fact sheet of a document, a period or a metric: Markdown, HTML or JSON.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "store/command_line.hpp"
#include "zgcfacts/sheet.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts sheet --db FILE [--doc ID] [--period YYYY] [--metric TEXT]
                      [--format md|html|json] [--lang zh|en] [--title TEXT] [--all-kinds]
                      [--out FILE]

A fact sheet: the figures of a document, a period or a metric (or of the whole database), each
said as a person would say it — 超610亿元 / "over 61 billion yuan", 3000多项 / "3,000-odd items" —
with the sentence it came from and its source, a table per kind of figure, and the
year-over-year series of every metric on the sheet that has figures for two or more periods.

  md     Markdown with GitHub tables (default)
  html   one self-contained page: inline CSS, an SVG chart per series with hedged figures drawn
         as such (open end for "over", a box for "3000多" and ranges, a marker for "about");
         no script and no network access
  json   one object: figures with exact values as strings and their wording in both languages,
         the series with bounded changes, the sources

options:
  --db FILE        the database (required)
  --doc ID         only the document with this id (see `zgcfacts query`, the SOURCE column)
  --period P       only figures of period P: YYYY, or YYYY/YYYY for a cumulative span
  --metric TEXT    only figures whose metric label contains TEXT
  --format F       md (or markdown), html or json
  --lang L         zh (default) or en: the wording of figures and headings
  --title TEXT     the sheet's title (default: made from the scope)
  --all-kinds      also list years, dates, periods, durations and ordinals
  --no-series      leave out the year-over-year series
  --out FILE       write to FILE (replaced only when complete) instead of standard output

examples:
  zgcfacts sheet --db facts.db --period 2024
  zgcfacts sheet --db facts.db --metric 签约金额 --format html --lang en --out signing.html
  zgcfacts sheet --db facts.db --doc 3 --format json | jq '.sections[].figures[].say.en'

exit codes: 0 success (also for a sheet without figures), 1 database or output error (also an
unknown --doc), 2 usage error
)";

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

/// Writes `text` to `target` through a temporary file renamed at the end, or to stdout.
bool write_output(const std::string& target, const std::string& text) {
    if (target.empty() || target == "-")
        return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
    const std::string temporary = target + ".partial";
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(temporary.c_str(), "wb"));
    if (!file) {
        fmt::print(stderr, "zgcfacts sheet: {}: cannot create: {}\n", temporary, std::strerror(errno));
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), file.get()) == text.size();
    const bool closed = std::fclose(file.release()) == 0;
    std::error_code ec;
    if (!written || !closed) {
        fmt::print(stderr, "zgcfacts sheet: {}: writing failed\n", temporary);
        std::filesystem::remove(temporary, ec);
        return false;
    }
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        fmt::print(stderr, "zgcfacts sheet: {}: cannot rename to {}: {}\n", temporary, target, ec.message());
        std::filesystem::remove(temporary, ec);
        return false;
    }
    return true;
}

bool valid_period(const std::string& text) {
    auto year = [](std::string_view part) { return store::parse_year("--period", part).has_value(); };
    const auto slash = text.find('/');
    if (slash == std::string::npos) return year(text);
    return year(std::string_view(text).substr(0, slash)) && year(std::string_view(text).substr(slash + 1));
}

int run_sheet(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args,
                                          {"--db", "--doc", "--period", "--metric", "--format", "--lang", "--title", "--out"},
                                          {"--all-kinds", "--no-series"});
    auto usage_error = [](const std::string& message) {
        fmt::print(stderr, "zgcfacts sheet: {}\n", message);
        return exit_usage;
    };
    if (!args) return usage_error(args.error().message);
    if (!args->operands.empty()) return usage_error("unexpected argument '" + args->operands[0] + "'");
    if (!args->has("--db")) return usage_error("--db FILE is required (see --help)");

    SheetScope scope;
    if (args->has("--doc")) {
        auto id = store::parse_integer("--doc", args->value("--doc"), 1, INT64_MAX);
        if (!id) return usage_error(id.error().message);
        scope.document_id = *id;
    }
    scope.period = args->value("--period");
    if (args->has("--period") && !valid_period(scope.period))
        return usage_error("--period expects YYYY or YYYY/YYYY, not '" + scope.period + "'");
    scope.metric = args->value("--metric");

    const std::string format_name = args->value("--format", "md");
    SheetFormat format;
    if (format_name == "md" || format_name == "markdown") format = SheetFormat::markdown;
    else if (format_name == "html") format = SheetFormat::html;
    else if (format_name == "json") format = SheetFormat::json;
    else return usage_error("--format expects md, html or json, not '" + format_name + "'");

    SheetOptions options;
    const std::string language = args->value("--lang", "zh");
    if (language == "zh") options.language = Language::zh;
    else if (language == "en") options.language = Language::en;
    else return usage_error("--lang expects zh or en, not '" + language + "'");
    options.title = args->value("--title");
    options.include_time = args->flag("--all-kinds");
    options.series = !args->flag("--no-series");

    StoreOptions store_options;
    store_options.mode = OpenMode::read_only;
    Store db(args->value("--db"), store_options);
    if (scope.document_id && !db.document(*scope.document_id)) {
        fmt::print(stderr, "zgcfacts sheet: {}: no document with id {}\n", args->value("--db"), *scope.document_id);
        return exit_failure;
    }
    const Sheet sheet = build_sheet(db, scope, options);
    if (sheet.sections.empty()) fmt::print(stderr, "zgcfacts sheet: no figures match\n");
    return write_output(args->value("--out"), render_sheet(sheet, format)) ? exit_ok : exit_failure;
}

const Registration registration{{"sheet", "a fact sheet (Markdown, HTML or JSON) of a document, period or metric", usage,
                                 run_sheet}};

}  // namespace
}  // namespace zgcfacts::cli
