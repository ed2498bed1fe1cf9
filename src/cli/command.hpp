// The zgcfacts command's subcommands register themselves here, one file each (cmd_<name>.cpp):
//
//   static const zgcfacts::cli::Registration reg{{"yoy", "year-over-year series of a metric",
//                                                 usage_text, run_yoy}};
//
// main.cpp looks the name up, so adding a subcommand touches no other file.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace zgcfacts::cli {

/// Exit codes, documented in `zgcfacts --help`.
enum ExitCode : int {
    exit_ok = 0,
    exit_failure = 1,     // the work could not be done (bad input, database error)
    exit_usage = 2,       // the command line is wrong
};

struct Command {
    std::string_view name;
    std::string_view summary;  // one line for `zgcfacts --help`
    std::string_view usage;    // the full `zgcfacts NAME --help` text, with examples
    std::function<int(const std::vector<std::string_view>& args)> run;  // args after the name
};

std::vector<Command>& commands();

struct Registration {
    explicit Registration(Command command) { commands().push_back(std::move(command)); }
};

}  // namespace zgcfacts::cli
