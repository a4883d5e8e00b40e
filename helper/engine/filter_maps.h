// SPDX-License-Identifier: MIT
// CaptureFilter -> the BPF filter maps and pl_filter_config.flags.
#pragma once

#include "capture_engine.h"

#include <cstdint>

struct proclens_bpf;

namespace proclens::engine {

/// Throws EngineError naming the first invalid entry (syscall too high, comm too long, ...).
void validateFilter(const CaptureFilter& filter);

/// PL_FILTER_* flags that describe filter.
uint32_t filterFlags(const CaptureFilter& filter);

/// Replaces the contents of the filter maps, then publishes the new flags and namespace.
/// The skeleton must be loaded.
void writeFilter(struct proclens_bpf* skel, const CaptureFilter& filter);

} // namespace proclens::engine
