// SPDX-License-Identifier: MIT
#pragma once

/// /proc readings the helper benchmark needs: a process's CPU time and the
/// pid of a child by name.

#include <sys/types.h>

#include <string>
#include <vector>

namespace proclens::bench {

/// utime + stime of `pid` in seconds, or a negative value when it cannot be read.
double processCpuSeconds(pid_t pid);

/// The first process whose parent is `parent` and whose comm is `comm`, or 0.
pid_t findChild(pid_t parent, const std::string& comm);

/// The median of `values` (0 when empty).
double median(std::vector<double> values);

} // namespace proclens::bench
