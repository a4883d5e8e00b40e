// SPDX-License-Identifier: MIT
//
// pid -> command name, for rows whose records carry no comm (syscall events,
// summary rows): learned from fork/exec events, else read from /proc/PID/comm.
// Not thread-safe; the record command guards it with its output mutex.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

namespace proclens::cli {

class CommCache {
public:
    void remember(std::uint32_t pid, std::string comm);
    /// The known comm, else /proc/PID/comm, else empty (the process is gone).
    std::string lookup(std::uint32_t pid);

private:
    // Bounds memory on hosts that churn through many pids.
    static constexpr std::size_t kMaxEntries = 65536;
    std::unordered_map<std::uint32_t, std::string> comms_;
};

}  // namespace proclens::cli
