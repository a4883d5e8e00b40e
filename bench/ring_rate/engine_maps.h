// SPDX-License-Identifier: MIT
// Finds the BPF maps a running CaptureEngine created in this process, without
// any help from the engine: by walking /proc/self/fd and asking the kernel
// about every BPF map descriptor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace proclens::bench {

/// The engine's maps ring_rate needs; the descriptors belong to the engine (not closed here).
struct EngineMaps {
    int ringFd = -1;           ///< BPF_MAP_TYPE_RINGBUF of the requested size ("events")
    int dropsFd = -1;          ///< PERCPU_ARRAY "drops" (enum pl_drop_counter)
    uint32_t wakeupBytes = 0;  ///< pl_config.wakeup_bytes read from the engine's .bss
};

/// Scans this process's descriptors for exactly one ring buffer of ringBytes, one
/// "drops" per-CPU array and one .bss holding pl_config. On failure returns false
/// and puts one sentence in why.
bool findEngineMaps(std::size_t ringBytes, EngineMaps& maps, std::string& why);

/// Sum over CPUs of one counter of the per-CPU "drops" array; false on a failed read.
bool readDropCounter(int dropsFd, uint32_t index, uint64_t& total);

} // namespace proclens::bench
