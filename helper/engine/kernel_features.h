// SPDX-License-Identifier: MIT
// Per-feature choices, read from the BTF a mode relocates against (and the kernel's map types).
#pragma once

#include <string>
#include <vector>

namespace proclens::engine {

/// True when the running kernel has BPF_MAP_TYPE_RINGBUF (5.8+).
bool kernelHasRingBuffer();

/// One line per layout choice the CO-RE programs make against this BTF (raw BTF or ELF):
/// pids[] vs thread_pid (4.19), state vs __state (5.14), real_start_time vs start_boottime (5.5),
/// time namespace (5.6+), kernfs id union vs u64 (5.5), cgroup v2 default hierarchy.
/// path empty = /sys/kernel/btf/vmlinux. One line saying why when the BTF cannot be read.
std::vector<std::string> btfFeatureChoices(const std::string& path);

} // namespace proclens::engine
