// SPDX-License-Identifier: MIT
// Per-feature choices: the kernel's map types, and the layout choices the programs made.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace proclens::engine {

/// True when the running kernel has BPF_MAP_TYPE_RINGBUF (5.8+).
bool kernelHasRingBuffer();

/// One line per layout choice in bits (PL_CORE_* of bpf/core_choices.h, as the loaded
/// programs stored them): pids[] vs thread_pid (4.19), state vs __state (5.14),
/// real_start_time vs start_boottime (5.5), time namespace (5.6), kernfs id (5.5).
std::vector<std::string> coreChoiceLines(uint32_t bits);

} // namespace proclens::engine
