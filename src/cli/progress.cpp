#include "cli/progress.hpp"

#include <cstdio>
#include <string>

#include <fmt/core.h>
#include <unistd.h>

namespace zgcfacts::cli {

Progress::Progress(std::size_t total, bool wanted)
    : total_(total), active_(wanted && total > 1 && isatty(STDERR_FILENO) == 1) {}

void Progress::advance(std::string_view current) {
    ++done_;
    if (!active_) return;
    using namespace std::chrono;
    const double elapsed = duration<double>(steady_clock::now() - start_).count();
    const double left = done_ == 0 ? 0 : elapsed / static_cast<double>(done_) * static_cast<double>(total_ - done_);
    const auto eta = static_cast<long>(left + 0.5);
    constexpr std::size_t width = 24;
    const std::size_t filled = total_ == 0 ? width : width * done_ / total_;
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    // Keep the name short: the line must fit a terminal, or \r cannot redraw it.
    std::size_t from = current.size() > 40 ? current.size() - 40 : 0;
    while (from < current.size() && (static_cast<unsigned char>(current[from]) & 0xC0) == 0x80) ++from;  // whole characters
    const std::string name(current.substr(from));
    fmt::print(stderr, "\r\x1b[K[{}] {}/{} {:3}%  ETA {}:{:02}  {}", bar, done_, total_, 100 * done_ / total_,
               eta / 60, eta % 60, name);
    std::fflush(stderr);
    drawn_ = true;
}

void Progress::clear() {
    if (!drawn_) return;
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
    drawn_ = false;
}

void Progress::finish() {
    clear();
    active_ = false;
}

}  // namespace zgcfacts::cli
