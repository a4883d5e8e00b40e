// SPDX-License-Identifier: MIT
//
// What the GUI benchmarks measure the same way: how late a 5 ms precise timer fires on
// the GUI thread (event-loop latency), and percentiles of a sample.
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace proclens::bench {

/// p in [0, 1] of the samples (0 when there are none).
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

/// Records, for every tick of a 5 ms precise timer, how many ms late it fired.
class LoopLatencyProbe {
public:
    explicit LoopLatencyProbe(QObject* context)
    {
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, context, [this] {
            const double elapsed = double(since_.nsecsElapsed()) / 1e6;
            since_.restart();
            lateMs_.push_back(std::max(0.0, elapsed - kPeriodMs));
        });
        since_.start();
        timer_.start(int(kPeriodMs));
    }
    /// Stops sampling (e.g. before later phases that spin their own event loops).
    void stop() { timer_.stop(); }
    const std::vector<double>& lateMs() const { return lateMs_; }

private:
    static constexpr double kPeriodMs = 5.0;
    QTimer timer_;
    QElapsedTimer since_;
    std::vector<double> lateMs_;
};

}  // namespace proclens::bench
