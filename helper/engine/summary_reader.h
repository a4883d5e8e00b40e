// SPDX-License-Identifier: MIT
// Reads the summary level out of the kernel: the per-CPU summary map, plus the
// tallies still held in each CPU's tally cache (bpf/tally.h).
#pragma once

#include "capture_engine.h"

#include <map>
#include <utility>
#include <vector>

namespace proclens::engine {

/// Where the summary level keeps its counters.
struct SummarySources {
    int summaryMapFd = -1;              ///< per-CPU hash (pl_summary_key -> pl_summary_value)
    int numCpus = 1;                    ///< possible CPUs: the per-CPU value count
    int cpuTalliesFd = -1;              ///< per-CPU array of pl_cpu_tallies; -1: no tally caches
    int tallyMovesFd = -1;              ///< per-CPU sequence count of tallies moved into the map
    const volatile uint32_t* epoch = nullptr; ///< pl_summary_epoch: caches of another epoch count nothing
};

/// Reads the summary level: one row per (pid, syscall nr), sorted, summed over CPUs and
/// their tally caches. The map is read before the caches, so a tally that moves into
/// the map in between is missed by that read, never counted twice; the read is repeated
/// while the move count changed (a few times), and no row ever goes below what an earlier
/// read returned, so consumers that turn the cumulative rows into rates see no restart.
class SummaryReader {
public:
    explicit SummaryReader(SummarySources sources) : sources_(sources) {}

    std::vector<SummaryRow> read();
    /// Forgets what earlier reads returned (the summary was cleared).
    void reset() { floor_.clear(); }

private:
    SummarySources sources_;
    std::map<std::pair<uint32_t, uint32_t>, SummaryRow> floor_; // the last rows returned
};

} // namespace proclens::engine
