// Running a measurement in its own process, so its peak memory (getrusage's ru_maxrss, reported by
// wait4 for that child alone) is not mixed with the benchmark's other buffers, and so a hang or a
// crash costs a line of the report rather than the run.
//
// A trap: Linux charges a process, at exec, with the peak RSS of the address space it had before
// (the parent's, for posix_spawn), so ru_maxrss of a child spawned by a benchmark that already holds
// 100 MB starts at 100 MB. Memory figures therefore come from two steps: the benchmark spawns a
// fresh copy of itself (small), and that copy fork()s the worker and reads the worker's ru_maxrss
// (run_forked), which starts from the small copy's few megabytes.
#pragma once

#include <functional>
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

/// fork(), run `work` in the child (its return value is the exit code), wait for it. Only
/// wall_seconds, exit_code, signal and max_rss_kb are filled.
ChildResult run_forked(const std::function<int()>& work);

/// For a forked child: exec argv with stdout sent to /dev/null. Returns only on failure (127).
int exec_quietly(const std::vector<std::string>& argv);

/// The path of the running executable, to re-run the benchmark in a measurement mode.
std::string self_path();

}  // namespace zgcfacts::bench
