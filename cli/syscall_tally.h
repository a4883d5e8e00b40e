// SPDX-License-Identifier: MIT
//
// The per-process per-syscall summary built from syscall events, for recording
// through the helper (whose stream carries events, not the summary maps).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

#include "helper/engine/capture_engine.h"
#include "proclens/wire_format.h"

namespace proclens::cli {

class SyscallTally {
public:
    /// Any thread: counts the syscall events among `events`.
    void add(const std::vector<wire::Event>& events);
    /// The rows so far, in no particular order (write_summary_table sorts).
    std::vector<SummaryRow> rows() const;

private:
    mutable std::mutex mutex_;
    std::map<std::pair<std::uint32_t, std::uint32_t>, SummaryRow> rows_;
};

}  // namespace proclens::cli
