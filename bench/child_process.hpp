// Running a measurement in its own process, so its peak memory (getrusage's ru_maxrss, reported by
// wait4 for that child alone) is not mixed with the benchmark's other buffers, and so a hang or a
// crash costs a line of the report rather than the run.
#pragma once

#include <string>
#include <vector>

namespace zgcfacts::bench {

struct ChildResult {
    bool started = false;
    bool timed_out = false;  // killed after the time limit
    int exit_code = -1;      // -1 when killed by a signal
    int signal = 0;
    double wall_seconds = 0;
    long max_rss_kb = 0;     // peak resident set size of the child
    std::string output;      // its stdout, when captured
};

struct ChildOptions {
    double timeout_seconds = 600;
    bool capture_stdout = true;  // otherwise stdout goes to /dev/null
};

/// Runs argv[0] (a path) with the arguments, waits for it, and reports its resources.
ChildResult run_child(const std::vector<std::string>& argv, const ChildOptions& options = {});

/// The path of the running executable, to re-run the benchmark in a measurement mode.
std::string self_path();

}  // namespace zgcfacts::bench
