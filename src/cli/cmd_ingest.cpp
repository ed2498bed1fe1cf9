// zgcfacts ingest — analyse documents and store their facts.
#include <chrono>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/error_text.hpp"
#include "cli/progress.hpp"
#include "store/command_line.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::cli {
namespace {

constexpr std::string_view usage = R"(usage: zgcfacts ingest --db FILE [options] FILE...|DIR|-

Analyses each document and stores its sentences and facts in the database FILE (created when
missing). Directories are read recursively (*.txt; *.html and *.htm are read as HTML); '-' reads
standard input. Each document is written in one transaction, and identical bytes ingested again
add nothing. A file that cannot be read or analysed is reported and the others go on; a database
failure (locked, full, corrupt) stops the run, leaving every document stored so far intact.

options:
  --db FILE           the database (required)
  --title T           title stored with the documents
  --date YYYY-MM-DD   publication date (or YYYY): resolves 今年/去年 and the reference year;
                      without it the year is inferred from the text and marked as inferred
  --source S          source stored with the documents (publisher, URL …)
  --html              read every input as HTML (files named *.html/*.htm always are)
  --busy-timeout MS   how long to wait for another writer's lock (default 5000)
  --quiet             print only the summary (and no progress bar)
  --verbose           also say, per document, its size, the time it took and its reference year

A progress bar with an ETA is drawn on stderr while several files are ingested, when stderr is a
terminal; it is never written to a pipe or a log.

examples:
  zgcfacts ingest --db facts.db corpus/
  zgcfacts ingest --db facts.db --date 2024-04-30 --title "2024中关村论坛年会" article.txt
  curl -s https://example.com/news.html | zgcfacts ingest --db facts.db --html -

exit codes: 0 all stored, 1 some input or the database failed, 2 usage error
)";

struct Input {
    std::string path;  // "-" for stdin
    bool html = false;
};

bool has_extension(const std::filesystem::path& p, std::initializer_list<std::string_view> extensions) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

/// Lists the documents under `dir` (recursively, sorted), reporting directories that cannot be
/// read and going on with the rest. Returns false when something could not be listed.
bool walk(const std::filesystem::path& dir, bool html_option, std::vector<Input>& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        fmt::print(stderr, "zgcfacts ingest: {}: cannot list the directory: {}\n", dir.string(), ec.message());
        return false;
    }
    std::vector<fs::path> entries;
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) break;
        entries.push_back(it->path());
    }
    bool ok = true;
    if (ec) {
        fmt::print(stderr, "zgcfacts ingest: {}: cannot list the directory: {}\n", dir.string(), ec.message());
        ok = false;
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& p : entries) {
        std::error_code type_ec;
        if (fs::is_directory(p, type_ec)) ok = walk(p, html_option, out) && ok;
        else if (!fs::is_regular_file(p, type_ec)) continue;
        else if (has_extension(p, {".txt"})) out.push_back({p.string(), html_option});
        else if (has_extension(p, {".html", ".htm"})) out.push_back({p.string(), true});
    }
    return ok;
}

/// Expands an operand: "-", a file (taken whatever its extension), or a directory.
bool collect(const std::string& operand, bool html_option, std::vector<Input>& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (operand != "-" && fs::is_directory(operand, ec)) return walk(operand, html_option, out);
    out.push_back({operand, html_option || has_extension(operand, {".html", ".htm"})});
    return true;
}

/// The whole file (or stdin). Read with stdio rather than iostreams: a read error (EIO) must become
/// an Error naming the file, and libstdc++'s filebuf throws from inside istreambuf_iterator instead.
Result<std::string> read_all(const std::string& path) {
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file) return Error{fmt::format("cannot open: {}", std::strerror(errno)), Error::npos};
    std::string bytes;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
    const int read_errno = errno;
    const bool failed = std::ferror(file) != 0;
    if (file != stdin) std::fclose(file);
    if (failed)
        return Error{fmt::format("cannot read after {} bytes: {}", bytes.size(), std::strerror(read_errno)),
                     Error::npos};
    return bytes;
}

bool valid_date(std::string_view date) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (date[i] < '0' || date[i] > '9') return false;
        return true;
    };
    if (date.size() == 4) return digits(0, 4);
    return date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2);
}

int run_ingest(const std::vector<std::string_view>& raw_args) {
    auto args = store::parse_command_line(raw_args, {"--db", "--title", "--date", "--source", "--busy-timeout"},
                                          {"--html", "--quiet", "--verbose"});
    if (!args) {
        fmt::print(stderr, "zgcfacts ingest: {}\n", args.error().message);
        return exit_usage;
    }
    if (!args->has("--db")) {
        fmt::print(stderr, "zgcfacts ingest: --db FILE is required (see --help)\n");
        return exit_usage;
    }
    if (args->operands.empty()) {
        fmt::print(stderr, "zgcfacts ingest: nothing to ingest: give files, directories or - (see --help)\n");
        return exit_usage;
    }
    const std::string date = args->value("--date");
    if (!date.empty() && !valid_date(date)) {
        fmt::print(stderr, "zgcfacts ingest: --date expects YYYY-MM-DD or YYYY, not '{}'\n", date);
        return exit_usage;
    }
    StoreOptions options;
    if (args->has("--busy-timeout")) {
        auto ms = store::parse_integer("--busy-timeout", args->value("--busy-timeout"), 0, 3600000);
        if (!ms) {
            fmt::print(stderr, "zgcfacts ingest: {}\n", ms.error().message);
            return exit_usage;
        }
        options.busy_timeout_ms = static_cast<int>(*ms);
    }
    const bool quiet = args->flag("--quiet");
    const bool verbose = args->flag("--verbose") && !quiet;

    bool failed = false;
    std::vector<Input> inputs;
    for (const auto& operand : args->operands) failed = !collect(operand, args->flag("--html"), inputs) || failed;

    Store db(args->value("--db"), options);
    std::size_t added = 0, unchanged = 0, errors = 0, sentences = 0, facts = 0;
    Progress progress(inputs.size(), !quiet);
    for (const Input& input : inputs) {
        const std::string shown = input.path == "-" ? "(stdin)" : input.path;
        progress.clear();
        struct AdvanceOnExit {
            Progress& progress;
            const std::string& name;
            ~AdvanceOnExit() { progress.advance(name); }
        } advance_on_exit{progress, shown};
        const auto started = std::chrono::steady_clock::now();
        auto bytes = read_all(input.path);
        if (!bytes) {
            fmt::print(stderr, "zgcfacts ingest: {}: {}\n", shown, bytes.error().message);
            ++errors;
            continue;
        }
        DocumentInfo info;
        info.name = input.path;
        info.title = args->value("--title");
        info.source = args->value("--source");
        info.date = date;
        AnalyzeOptions analyze_options;
        analyze_options.clean.html = input.html;
        analyze_options.date = date;
        std::vector<Error> problems;  // numbers too large to hold exactly: left out, said here
        analyze_options.diagnostics = &problems;
        Result<AddOutcome> outcome = AddOutcome{};
        try {
            outcome = db.ingest(*bytes, info, analyze_options);
        } catch (const StoreError& e) {
            // The database, not this file, is the problem: the next files would fail the same way.
            fmt::print(stderr, "zgcfacts ingest: {}: not stored: {}\n", shown, e.what());
            ++errors;
            fmt::print(stderr, "zgcfacts ingest: stopped; {} document(s) added before the failure are stored\n", added);
            progress.finish();
            return exit_failure;
        }
        for (const Error& problem : problems) {
            progress.clear();
            fmt::print(stderr, "zgcfacts ingest: {}: warning: {}; left out\n", shown, located(problem));
        }
        if (!outcome) {
            fmt::print(stderr, "zgcfacts ingest: {}: {}\n", shown, located(outcome.error()));
            ++errors;
            continue;
        }
        if (outcome->status == AddStatus::duplicate) {
            ++unchanged;
            if (!quiet) fmt::print("unchanged  #{:<5} {} (same content already stored)\n", outcome->document_id, shown);
        } else {
            ++added;
            sentences += outcome->sentences;
            facts += outcome->facts;
            if (!quiet)
                fmt::print("added      #{:<5} {} ({} sentences, {} facts)\n", outcome->document_id, shown,
                           outcome->sentences, outcome->facts);
        }
        if (verbose) {
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            const auto stored = db.document(outcome->document_id);
            fmt::print("           {} bytes in {:.1f} ms; reference year {}{}\n", bytes->size(), ms,
                       stored && stored->reference_year ? std::to_string(stored->reference_year) : "unknown",
                       stored && stored->reference_year_inferred ? " (inferred from the text; --date sets it)" : "");
        }
    }
    progress.finish();
    fmt::print("{} document(s): {} added ({} sentences, {} facts), {} unchanged, {} failed — {}\n", inputs.size(),
               added, sentences, facts, unchanged, errors, db.path());
    return failed || errors > 0 ? exit_failure : exit_ok;
}

const Registration registration{{"ingest", "analyse documents and store their facts in a database", usage, run_ingest}};

}  // namespace
}  // namespace zgcfacts::cli
