// SPDX-License-Identifier: MIT
// Per-feature choices: the kernel's map types, and the layout choices the programs made.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace proclens::engine {

/// True when the running kernel has BPF_MAP_TYPE_RINGBUF (5.8+).
bool kernelHasRingBuffer();

/// Empty when the syscall hooks can keep the in-flight syscall in task-local storage:
/// BPF_MAP_TYPE_TASK_STORAGE and bpf_task_storage_get() / bpf_get_current_task_btf()
/// for raw_tp (5.11+), which need the kernel's own BTF. Otherwise the reason they cannot.
std::string taskStorageMissing();

/// One line per layout choice in bits (PL_CORE_* of bpf/core_choices.h, as the loaded
/// programs stored them): pids[] vs thread_pid (4.19), state vs __state (5.14),
/// real_start_time vs start_boottime (5.5), time namespace (5.6), kernfs id (5.5).
std::vector<std::string> coreChoiceLines(uint32_t bits);

} // namespace proclens::engine
