// SPDX-License-Identifier: MIT
//
// /proc snapshot reader: every process with the fields of an exec event plus
// command line, exe, cwd, cgroup path, container, state, threads, memory and
// CPU times. The proc root and the cgroup v2 mount are injectable so tests
// run on a fixture tree. A process that vanishes mid-read is skipped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "proclens/result.h"
#include "proclens/wire_format.h"

namespace proclens {

struct ProcfsOptions {
    std::string proc_root = "/proc";
    std::string cgroup_root = "/sys/fs/cgroup";  ///< cgroup v2 mount, for cgroup ids
    /// Clock ticks per second of stat times; 0 = sysconf(_SC_CLK_TCK).
    long clock_ticks = 0;
    /// Page size for rss; 0 = sysconf(_SC_PAGESIZE).
    long page_size = 0;
};

class ProcfsReader {
public:
    explicit ProcfsReader(ProcfsOptions options = {});

    /// Every process under proc_root, sorted by pid. Fails only when proc_root
    /// itself cannot be listed.
    Result<std::vector<wire::ProcessRecord>> snapshot() const;

    /// One process; std::nullopt when it does not exist (or vanished).
    std::optional<wire::ProcessRecord> read_process(std::uint32_t pid) const;

    const ProcfsOptions& options() const { return opt_; }

private:
    ProcfsOptions opt_;
};

/// The namespace inode numbers of /proc/PID/ns/* (stat -L), 0 for a missing kind,
/// in enum pl_ns_kind order.
std::array<std::uint32_t, PL_NS_COUNT> read_namespaces(const std::string& proc_pid_dir);

/// Short name of a namespace kind: "pid", "mnt", "net", "uts", "ipc", "user", "cgroup", "time".
const char* ns_kind_name(int kind);

}  // namespace proclens
