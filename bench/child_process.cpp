// Spawning and measuring child processes; see child_process.hpp.
#include "child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "timing.hpp"

extern char** environ;

namespace zgcfacts::bench {

ChildResult run_forked(const std::function<int()>& work) {
    ChildResult result;
    std::fflush(nullptr);  // nothing buffered may be written twice
    const auto start = Clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) return result;
    if (pid == 0) {
        int code = 1;
        try {
            code = work();
        } catch (...) {
        }
        std::fflush(nullptr);
        ::_exit(code);  // no static destructors of the parent's copy
    }
    result.started = true;
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.wall_seconds = seconds_since(start);
    result.max_rss_kb = usage.ru_maxrss;
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
}

int exec_quietly(const std::vector<std::string>& argv) {
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, STDOUT_FILENO);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    return 127;
}

std::string self_path() { return std::filesystem::read_symlink("/proc/self/exe").string(); }

ChildResult run_child(const std::vector<std::string>& argv, const ChildOptions& options) {
    ChildResult result;
    int pipe_fds[2] = {-1, -1};
    if (options.capture_stdout && ::pipe(pipe_fds) != 0) return result;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (options.capture_stdout) {
        posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
        posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (options.capture_stdout) ::close(pipe_fds[1]);
    if (spawned != 0) {
        if (options.capture_stdout) ::close(pipe_fds[0]);
        return result;
    }
    result.started = true;

    // Read its output while waiting (a full pipe would block it), and enforce the time limit.
    int status = 0;
    rusage usage{};
    bool output_open = options.capture_stdout;
    for (;;) {
        if (output_open) {
            pollfd p{pipe_fds[0], POLLIN, 0};
            if (::poll(&p, 1, 20) > 0) {
                std::array<char, 65536> buffer{};
                const ssize_t n = ::read(pipe_fds[0], buffer.data(), buffer.size());
                if (n > 0) result.output.append(buffer.data(), static_cast<std::size_t>(n));
                else output_open = false;
            }
        } else {
            ::usleep(5000);
        }
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) break;
        if (seconds_since(start) > options.timeout_seconds && !result.timed_out) {
            result.timed_out = true;
            ::kill(pid, SIGKILL);
        }
    }
    result.wall_seconds = seconds_since(start);
    if (options.capture_stdout) {
        // Whatever is left after the exit.
        std::array<char, 65536> buffer{};
        ssize_t n = 0;
        while (output_open && (n = ::read(pipe_fds[0], buffer.data(), buffer.size())) > 0)
            result.output.append(buffer.data(), static_cast<std::size_t>(n));
        ::close(pipe_fds[0]);
    }
    result.max_rss_kb = usage.ru_maxrss;  // kilobytes on Linux
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
}

}  // namespace zgcfacts::bench
