// SPDX-License-Identifier: MIT
// Runs an external tool (clang, tar, bpftool) without a shell and collects what it printed.
#pragma once

#include <string>
#include <vector>

namespace proclens::engine {

struct ProcessResult {
    bool started = false; ///< false when the program could not be executed at all
    int exitCode = -1;    ///< exit status, or -1 when killed by a signal
    std::string output;   ///< stdout and stderr, interleaved, at most 64 KiB
};

/// Runs argv[0] (searched in PATH) with argv, waits for it.
ProcessResult runProgram(const std::vector<std::string>& argv);

/// The first of names found as an executable in PATH (or a path that exists), "" when none.
std::string findProgram(const std::vector<std::string>& names);

} // namespace proclens::engine
