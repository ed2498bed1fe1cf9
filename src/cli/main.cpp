// zgcfacts — the command. Dispatches to the subcommands that registered in command.hpp.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "cli/command.hpp"

namespace zgcfacts::cli {

std::vector<Command>& commands() {
    static std::vector<Command> all;
    return all;
}

namespace {

void print_overview() {
    auto sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    fmt::print("zgcfacts — Chinese numeric facts: recognize, normalize, store and query figures\n\n"
               "usage: zgcfacts COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
    for (const auto& c : sorted) fmt::print("  {:<10} {}\n", c.name, c.summary);
    fmt::print("\n`zgcfacts COMMAND --help` shows a command's options and examples.\n"
               "exit codes: 0 success, 1 the work failed (bad input, database error), 2 usage error\n");
}

}  // namespace
}  // namespace zgcfacts::cli

int main(int argc, char** argv) {
    using namespace zgcfacts::cli;
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_overview();
        return args.empty() ? exit_usage : exit_ok;
    }
    if (args[0] == "--version") {
        fmt::print("zgcfacts 0.1.0\n");
        return exit_ok;
    }
    const auto& all = commands();
    auto it = std::find_if(all.begin(), all.end(), [&](const Command& c) { return c.name == args[0]; });
    if (it == all.end()) {
        fmt::print(stderr, "zgcfacts: unknown command '{}' (see zgcfacts --help)\n", args[0]);
        return exit_usage;
    }
    std::vector<std::string_view> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
        std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        fmt::print("{}", it->usage);
        return exit_ok;
    }
    try {
        return it->run(rest);
    } catch (const std::exception& e) {
        fmt::print(stderr, "zgcfacts {}: {}\n", it->name, e.what());
        return exit_failure;
    }
}
