// SPDX-License-Identifier: MIT
// Reads the summary level out of the kernel: the per-CPU summary map, plus the
// tallies that live threads still hold in their task-local slots (bpf/tally.h).
#pragma once

#include "capture_engine.h"

#include <vector>

struct bpf_link;

namespace proclens::engine {

/// Where the summary level keeps its counters.
struct SummarySources {
    int summaryMapFd = -1;              ///< per-CPU hash (pl_summary_key -> pl_summary_value)
    int numCpus = 1;                    ///< possible CPUs: the per-CPU value count
    int tallyMovesFd = -1;              ///< per-CPU sequence count of tallies moved into the map; -1: no tallies
    struct bpf_link* tallyIterator = nullptr; ///< iter/task link writing pl_tally_record; null: no tallies
};

/// One row per (pid, syscall nr), sorted, summed over CPUs and live threads. The map and
/// the tallies are read again while tallies moved between them during a read, so a
/// count is neither lost nor counted twice.
std::vector<SummaryRow> readSummary(const SummarySources& sources);

} // namespace proclens::engine
