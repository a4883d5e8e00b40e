// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace proclens {

/// Reads the /proc table and writes it to `fd` as PL_EVENT_PROCESS records in
/// snapshot batches (the last one flagged kBatchSnapshotEnd), then closes `fd`.
/// A client that stops reading for `stallTimeout` loses the rest (the socket is
/// closed). Returns the number of rows written. Blocking: run on a worker thread.
int writeSnapshot(int fd, std::chrono::seconds stallTimeout = std::chrono::seconds(30));

} // namespace proclens
