// SPDX-License-Identifier: MIT
// After attaching: does what the programs read about a process we made match what /proc says?
// A BTF of another kernel relocates to wrong offsets and loads fine, but reads garbage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace proclens::engine {

/// What the records about our own child must say.
struct SelfCheckExpect {
    uint32_t child = 0;  ///< the child's pid
    uint32_t parent = 0; ///< our pid, the child's ppid
    uint32_t uid = 0;
    uint32_t mntNs = 0;  ///< inode of /proc/self/ns/mnt
    uint32_t pidNs = 0;  ///< inode of /proc/self/ns/pid
    std::string execPath; ///< what the child exec'd
};

/// What the engine expects for a child about to be spawned by this process.
SelfCheckExpect selfCheckExpectations(const std::string& execPath);

/// Forks a child that execs execPath (and exits 0). Returns its pid, 0 on failure.
uint32_t spawnSelfCheckChild(const std::string& execPath);

/// "" when records hold the child's fork, exec and exit with the expected pid, ppid, uid,
/// namespaces and path; otherwise one sentence naming the first mismatch.
std::string verifySelfCheck(std::span<const std::byte> records, const SelfCheckExpect& expect);

} // namespace proclens::engine
