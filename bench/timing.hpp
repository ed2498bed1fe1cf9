// Clocks and the statistics the benchmark reports: medians of repeated runs, percentiles of
// latencies, throughput in MB/s (1 MB = 10^6 bytes).
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <vector>

namespace zgcfacts::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Wall time of one call, in seconds.
inline double time_once(const std::function<void()>& work) {
    const auto start = Clock::now();
    work();
    return seconds_since(start);
}

/// The p-th percentile (0..100) by nearest rank; 0 for no samples.
inline double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}

inline double median(std::vector<double> samples) { return percentile(std::move(samples), 50); }

/// Median wall time of `runs` calls, in seconds.
inline double median_time(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) times.push_back(time_once(work));
    return median(times);
}

inline double megabytes(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

inline double mb_per_second(std::size_t bytes, double seconds) {
    return seconds > 0 ? megabytes(bytes) / seconds : 0;
}

}  // namespace zgcfacts::bench
