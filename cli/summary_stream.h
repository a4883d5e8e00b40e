// SPDX-License-Identifier: MIT
//
// The per-process per-syscall summary as the helper streams it (kEventSummary
// records, about once a second, cumulative since the helper's capture started),
// for `record --summary` through the helper.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "helper/engine/capture_engine.h"
#include "proclens/wire_format.h"

namespace proclens::cli {

class SummaryStream {
public:
    /// Any thread: takes the summary records of one decoded batch. A counter lower
    /// than the last one for the same (pid, syscall) means the capture restarted:
    /// what was counted before is kept and the new run adds to it.
    void add(const std::vector<wire::Event>& events);
    /// The rows so far (write_summary_table sorts them).
    std::vector<SummaryRow> rows() const;
    /// Summary ticks received (a batch with summary records, or the empty batch of a
    /// tick in which no row matched).
    std::uint64_t ticks() const;

private:
    struct Entry {
        SummaryRow base;  // totals of runs before a restart
        SummaryRow last;  // the helper's latest values
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::uint32_t, std::uint32_t>, Entry> rows_;
    std::uint64_t ticks_ = 0;
    std::uint64_t lastTimestamp_ = 0;
};

}  // namespace proclens::cli
