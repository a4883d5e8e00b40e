// SPDX-License-Identifier: MIT
#pragma once

// Acting on processes for clients. Runs as root: callers validate pid, signal
// and nice first (request_validation.h); these functions only act.

#include <QString>

#include <cstdint>

namespace proclens {

struct ControlResult {
    bool ok = false;
    QString errorName;  ///< helper_api::error::kNoSuchProcess or kFailed
    QString message;
};

/// Sends `signal` to process `pid` through a pidfd, so a recycled pid is never hit
/// between the lookup and the signal.
ControlResult signalProcess(uint32_t pid, int signal);

/// Sets the nice value of every thread of process `pid`.
ControlResult setProcessNice(uint32_t pid, int nice);

} // namespace proclens
