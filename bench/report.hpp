// The benchmark's output: one table row per figure, printed as it is measured so a slow or failing
// part still leaves the earlier figures on screen.
#pragma once

#include <string>

#include <fmt/core.h>

namespace zgcfacts::bench {

struct Row {
    std::string measurement;  // what was measured
    std::string figure;       // the number with its unit
    std::string note;         // input, runs, comparison with another row
};

inline void print_header() {
    fmt::print("{:<44} {:>18}  {}\n", "measurement", "figure", "note");
    fmt::print("{:-<44} {:->18}  {:-<40}\n", "", "", "");
}

inline void print_row(const Row& row) {
    fmt::print("{:<44} {:>18}  {}\n", row.measurement, row.figure, row.note);
    std::fflush(stdout);
}

inline void print_section(const std::string& title) {
    fmt::print("\n# {}\n", title);
    std::fflush(stdout);
}

}  // namespace zgcfacts::bench
