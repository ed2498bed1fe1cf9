// zgcfacts extract: every numeric mention of the input files, as JSONL (the gold schema's fields)
// or as a table for people.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/command.hpp"
#include "cli/error_text.hpp"
#include "core/json_writer.hpp"
#include "store/render.hpp"
#include "zgcfacts/document.hpp"
#include "zgcfacts/format.hpp"

namespace zgcfacts::cli {

namespace {

constexpr std::string_view usage = R"(usage: zgcfacts extract [OPTIONS] FILE...|-

Recognize every numeric expression (figures, dates, years, ordinals) and print one line per mention.

options:
  --format jsonl|table   jsonl (default): one JSON object per mention with the fields of the gold
                         schema: doc start end surface kind value lower upper qualifier unit
                         multiplier classifier per change base metric period (decimals as strings,
                         start/end as byte offsets into the raw file)
  --date YYYY-MM-DD      publication date: the year that 今年 and dates without a year refer to
                         (default: inferred from the years the text names)
  --html                 the input is HTML: tags stripped, entities decoded
  --encoding auto|utf8|gb18030   (default auto: UTF-8, or GB18030 when the bytes are not UTF-8)
  --lenient              invalid UTF-8 bytes become separators instead of an error

examples:
  zgcfacts extract report.txt
  zgcfacts extract --format table --date 2024-04-30 report.txt
  printf '签约金额超 610\n亿元' | zgcfacts extract -
)";

struct Options {
    std::string format = "jsonl";
    AnalyzeOptions analyze;
    std::vector<std::string> inputs;
};

bool read_input(const std::string& name, std::string& bytes) {
    if (name == "-") {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) return false;
    std::ostringstream content;
    content << in.rdbuf();
    bytes = content.str();
    return true;
}

void jsonl(const std::string& doc, const Fact& fact, std::string& out) {
    const Mention& m = fact.mention;
    const Quantity& q = m.quantity;
    JsonWriter json(out);
    json.begin_object();
    json.key("doc").string(doc);
    json.key("start").number(static_cast<std::int64_t>(m.start));
    json.key("end").number(static_cast<std::int64_t>(m.end));
    json.key("surface").string(m.surface);
    json.key("kind").string(to_string(q.kind));
    json.key("value").string(q.value_text());
    json.key("lower").string(q.lower_text());
    json.key("upper").string(q.upper_text());
    json.key("qualifier").string(to_string(q.qualifier));
    json.key("unit").string_or_null(q.unit);
    json.key("multiplier").number(q.multiplier);
    json.key("classifier").string_or_null(q.classifier);
    json.key("per").string_or_null(q.per);
    json.key("change").string_or_null(to_string(q.change));
    json.key("base").string_or_null(q.base);
    json.key("metric").string_or_null(fact.metric);
    json.key("period").string_or_null(fact.period);
    json.end_object();
    out += '\n';
}

int run(const std::vector<std::string_view>& args) {
    Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        auto value = [&]() -> std::string_view {
            if (i + 1 >= args.size()) throw std::invalid_argument(fmt::format("{} needs a value", arg));
            return args[++i];
        };
        try {
            if (arg == "--format") options.format = value();
            else if (arg == "--date") options.analyze.date = value();
            else if (arg == "--html") options.analyze.clean.html = true;
            else if (arg == "--lenient") options.analyze.clean.lenient_utf8 = true;
            else if (arg == "--encoding") {
                const auto e = value();
                if (e == "auto") options.analyze.clean.encoding = Encoding::auto_detect;
                else if (e == "utf8" || e == "utf-8") options.analyze.clean.encoding = Encoding::utf8;
                else if (e == "gb18030" || e == "gbk") options.analyze.clean.encoding = Encoding::gb18030;
                else throw std::invalid_argument(fmt::format("unknown encoding '{}'", e));
            } else if (arg.starts_with("--")) {
                throw std::invalid_argument(fmt::format("unknown option {}", arg));
            } else {
                options.inputs.emplace_back(arg);
            }
        } catch (const std::invalid_argument& e) {
            fmt::print(stderr, "zgcfacts extract: {} (see zgcfacts extract --help)\n", e.what());
            return exit_usage;
        }
    }
    if (options.format != "jsonl" && options.format != "table") {
        fmt::print(stderr, "zgcfacts extract: --format must be jsonl or table, not '{}'\n", options.format);
        return exit_usage;
    }
    if (options.inputs.empty()) {
        fmt::print(stderr, "zgcfacts extract: no input (give FILE... or - for standard input)\n");
        return exit_usage;
    }

    int status = exit_ok;
    for (const auto& name : options.inputs) {
        std::string bytes;
        if (!read_input(name, bytes)) {
            fmt::print(stderr, "zgcfacts extract: {}: cannot read the file\n", name);
            status = exit_failure;
            continue;
        }
        std::vector<Error> problems;
        AnalyzeOptions analyze_options = options.analyze;
        analyze_options.diagnostics = &problems;
        auto document = analyze(bytes, analyze_options);
        for (const Error& problem : problems)
            fmt::print(stderr, "zgcfacts extract: {}: warning: {}; left out\n", name, located(problem));
        if (!document) {
            fmt::print(stderr, "zgcfacts extract: {}: {}\n", name, located(document.error()));
            status = exit_failure;
            continue;
        }
        const std::string doc = name == "-" ? "stdin" : name;
        std::string out;
        if (options.format == "jsonl") {
            for (const auto& fact : document->facts) jsonl(doc, fact, out);
        } else {
            std::vector<std::vector<std::string>> rows;
            for (const auto& fact : document->facts) {
                const auto& m = fact.mention;
                rows.push_back({fmt::format("{}-{}", m.start, m.end), render::one_line(m.surface),
                                fmt::format("{}", m.quantity), fact.metric, fact.period});
            }
            out = fmt::format("{}\n", doc) + render::table({"bytes", "surface", "quantity", "metric", "period"}, rows);
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return status;
}

const Registration registration{{"extract", "print every numeric mention of files as JSONL or a table", usage, run}};

}  // namespace
}  // namespace zgcfacts::cli
