// SPDX-License-Identifier: MIT
#pragma once

// Runs as root on rows the kernel counted; the filters come from D-Bus clients
// but were validated by request_validation before they got here.

#include "capture_engine.h"
#include "proclens/procfs.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace proclens {

/// Decides which summary rows a session sees. The kernel counts with the union
/// of every session's filter, so each session's own filter is applied again in
/// user space. Row keys hold only (pid, syscall); uid, comm, namespace, cgroup
/// and ancestry come from /proc and are remembered per pid, so a process that
/// was seen alive once still matches after it exits.
class SummarySelector {
public:
    explicit SummarySelector(ProcfsOptions options = {});

    /// Starts a tick: forgets the pids no longer in `rows` (their rows are gone).
    void beginTick(const std::vector<SummaryRow>& rows);

    /// Whether `row` passes `filter`. `kernelApplied` says the kernel already used
    /// exactly this filter (one session): then a process that vanished before its
    /// facts could be read still passes, since the kernel let it through.
    bool matches(const CaptureFilter& filter, const SummaryRow& row, bool kernelApplied);

    std::size_t cachedProcesses() const { return cache_.size(); }

private:
    struct Facts {
        bool known = false;  // false: the process was gone when first asked about
        uint32_t ppid = 0;
        uint32_t uid = 0;
        std::string comm;
        std::array<uint32_t, PL_NS_COUNT> ns{};
        uint64_t cgroupId = 0;
    };
    const Facts& facts(uint32_t pid);
    /// pid or one of its ancestors (up to 64 levels) is in `pids`.
    bool descendsFrom(uint32_t pid, const std::vector<uint32_t>& pids);

    ProcfsReader reader_;
    std::unordered_map<uint32_t, Facts> cache_;
};

} // namespace proclens
