// SPDX-License-Identifier: MIT
//
// SummaryTable: the helper's summary level as a plain C++ table (no Qt).
// Fed with kEventSummary records (cumulative counters per process and
// syscall, about one tick a second); keeps running totals across counter
// restarts, per-process rows with their syscalls, and a short history of
// call counts for rate-over-time charts. Tells a listener exactly which rows
// it appends or changes, so a model maps them one-to-one to Qt signals.
#pragma once

#include "proclens/wire_format.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <unordered_map>
#include <vector>

namespace proclens::gui {

/// Counters of one row, as shown (restarts already folded in).
struct SummaryCounters {
    std::uint64_t count = 0;
    std::uint64_t errors = 0;
    std::uint64_t totalNs = 0;
    std::uint64_t maxNs = 0;
    std::uint64_t avgNs() const { return count ? totalNs / count : 0; }
    bool operator==(const SummaryCounters&) const = default;
};

/// One (pid, syscall) row.
struct SummarySyscallRow {
    std::uint32_t nr = 0;
    SummaryCounters shown;    ///< base + last
    SummaryCounters base;     ///< totals of earlier runs of this counter (before restarts)
    SummaryCounters last;     ///< the helper's latest raw values
};

/// A point of the call-count history: cumulative calls at a tick.
struct SummaryHistoryPoint {
    std::uint64_t timestampNs = 0;
    std::uint64_t calls = 0;
};

/// One process with its syscall rows (in the order they first appeared).
struct SummaryProcessRow {
    std::uint32_t pid = 0;
    SummaryCounters totals;  ///< sums of the syscall rows; maxNs is their maximum
    std::vector<SummarySyscallRow> syscalls;
    std::unordered_map<std::uint32_t, int> rowOfNr;
    std::deque<SummaryHistoryPoint> history;
};

/// What a model needs to hear. Row numbers are positions in the table.
class SummaryTableListener {
public:
    virtual ~SummaryTableListener() = default;
    /// `count` processes are about to be appended at `first` (with their syscalls).
    virtual void beginAppendProcesses(int first, int count) = 0;
    virtual void endAppendProcesses() = 0;
    /// `count` syscall rows are about to be appended to process `process` at `first`.
    virtual void beginAppendSyscalls(int process, int first, int count) = 0;
    virtual void endAppendSyscalls() = 0;
    /// Process rows first..last changed their totals.
    virtual void processesChanged(int first, int last) = 0;
    /// Syscall rows first..last of process `process` changed.
    virtual void syscallsChanged(int process, int first, int last) = 0;
    /// Everything is gone (clear()).
    virtual void beginReset() = 0;
    virtual void endReset() = 0;
};

class SummaryTable {
public:
    /// How many ticks of history to keep (5 minutes at the helper's one tick a second).
    static constexpr std::size_t kHistoryPoints = 300;

    void setListener(SummaryTableListener* listener) { listener_ = listener; }

    /// Applies summary records; records of one tick share a timestamp. A counter
    /// lower than the last one seen for the same (pid, syscall) is a restart:
    /// what was counted before is kept and the new run adds to it.
    void apply(std::span<const wire::SummaryRecord> records);
    /// Forgets everything.
    void clear();

    int processCount() const { return int(processes_.size()); }
    const SummaryProcessRow& process(int row) const { return processes_[std::size_t(row)]; }
    /// Row of `pid`, -1 when unknown.
    int rowOfPid(std::uint32_t pid) const;
    /// Totals over all processes.
    const SummaryCounters& totals() const { return totals_; }
    /// Calls of every process at each tick (cumulative), oldest first.
    const std::deque<SummaryHistoryPoint>& history() const { return history_; }
    /// Restarts seen so far (for status and tests).
    std::uint64_t restarts() const { return restarts_; }

    /// Calls per syscall number, summed over `pid` (0 = every process), largest first, at most n.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> topSyscalls(std::uint32_t pid, std::size_t n) const;
    /// Calls per second between consecutive history points of `pid` (0 = all), oldest first:
    /// (timestamp of the later point, rate).
    std::vector<std::pair<std::uint64_t, double>> rates(std::uint32_t pid) const;

private:
    void applyTick(std::span<const wire::SummaryRecord> tick);
    static void pushHistory(std::deque<SummaryHistoryPoint>& h, std::uint64_t ts, std::uint64_t calls);

    std::vector<SummaryProcessRow> processes_;
    std::unordered_map<std::uint32_t, int> rowOfPid_;
    SummaryCounters totals_;
    std::deque<SummaryHistoryPoint> history_;
    std::uint64_t restarts_ = 0;
    SummaryTableListener* listener_ = nullptr;
};

}  // namespace proclens::gui
