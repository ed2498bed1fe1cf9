// A one-line progress bar with an ETA on stderr, for long ingests into a terminal. It draws only
// when stderr is a terminal (and is silent otherwise), so logs and pipes get no control characters.
//
//   Progress progress(files.size(), !quiet);
//   for (...) { progress.clear(); print the per-file line; progress.advance(name); }
//   progress.finish();
#pragma once

#include <chrono>
#include <cstddef>
#include <string_view>

namespace zgcfacts::cli {

class Progress {
public:
    /// Draws only when `wanted`, there is more than one item and stderr is a terminal.
    Progress(std::size_t total, bool wanted);
    ~Progress() { finish(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// One more item done; redraws the bar.
    void advance(std::string_view current);
    /// Erases the bar so a normal line can be printed (it comes back on the next advance).
    void clear();
    /// Erases the bar for good.
    void finish();

    bool active() const noexcept { return active_; }

private:
    std::size_t total_;
    std::size_t done_ = 0;
    bool active_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace zgcfacts::cli
