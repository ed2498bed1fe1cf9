// Option parsing shared by the store's subcommands (ingest, query, yoy, groups, export). Private.
//
//   auto args = zgcfacts::store::parse_command_line(raw_args, {"--db", "--metric"}, {"--quiet"});
//   if (!args) { fmt::print(stderr, "zgcfacts query: {}\n", args.error().message); return exit_usage; }
//   std::string db = args->value("--db");
//
// "--name value" and "--name=value"; "-" is an operand (stdin); "--" ends the options.
#pragma once

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zgcfacts/result.hpp"

namespace zgcfacts::store {

struct CommandLine {
    std::map<std::string, std::string, std::less<>> values;
    std::vector<std::string> flags;
    std::vector<std::string> operands;

    bool has(std::string_view name) const { return values.find(name) != values.end(); }
    std::string value(std::string_view name, std::string fallback = "") const {
        auto it = values.find(name);
        return it == values.end() ? fallback : it->second;
    }
    bool flag(std::string_view name) const { return std::find(flags.begin(), flags.end(), name) != flags.end(); }
};

inline Result<CommandLine> parse_command_line(const std::vector<std::string_view>& args,
                                              const std::vector<std::string_view>& value_options,
                                              const std::vector<std::string_view>& flag_options = {}) {
    CommandLine out;
    auto known = [](const auto& list, std::string_view name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (options_done || arg == "-" || arg.size() < 2 || arg[0] != '-') {
            out.operands.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        std::string_view name = arg;
        std::optional<std::string_view> inline_value;
        if (auto eq = arg.find('='); eq != std::string_view::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        if (known(flag_options, name) && !inline_value) {
            out.flags.emplace_back(name);
            continue;
        }
        if (!known(value_options, name))
            return Error{"unknown option '" + std::string(name) + "' (see --help)", Error::npos};
        if (out.has(name)) return Error{"option " + std::string(name) + " given twice", Error::npos};
        if (inline_value) {
            out.values.emplace(std::string(name), std::string(*inline_value));
        } else {
            if (i + 1 >= args.size()) return Error{"option " + std::string(name) + " needs a value", Error::npos};
            out.values.emplace(std::string(name), std::string(args[++i]));
        }
    }
    return out;
}

/// A whole number in [min, max], or an error naming the option.
inline Result<long long> parse_integer(std::string_view option, std::string_view text, long long min, long long max) {
    long long v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
        return Error{std::string(option) + " expects a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + std::string(text) + "'",
                     Error::npos};
    return v;
}

/// A year for --period/--from/--to.
inline Result<int> parse_year(std::string_view option, std::string_view text) {
    auto y = parse_integer(option, text, 1000, 9999);
    if (!y) return Error{std::string(option) + " expects a year YYYY, not '" + std::string(text) + "'", Error::npos};
    return static_cast<int>(*y);
}

/// A decimal number for --min/--max (compared with value_real).
inline Result<double> parse_number(std::string_view option, std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        return Error{std::string(option) + " expects a number, not '" + std::string(text) + "'", Error::npos};
    return v;
}

}  // namespace zgcfacts::store
