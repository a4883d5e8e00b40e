// SPDX-License-Identifier: MIT
//
// How `record` is stopped: SIGINT/SIGTERM are blocked and taken with
// sigtimedwait(), so no handler runs on whichever thread the kernel picks.
#pragma once

#include <chrono>
#include <csignal>

namespace proclens::cli {

/// Blocks SIGINT and SIGTERM for the calling thread and every thread it starts
/// later (call it before any thread exists) and ignores SIGPIPE (a closed pipe
/// then shows up as a failed write). Returns the blocked set.
sigset_t block_stop_signals();

/// Waits at most `slice` for one of `stopSet`; true when one came.
bool stop_signal_within(const sigset_t& stopSet, std::chrono::steady_clock::duration slice);

}  // namespace proclens::cli
