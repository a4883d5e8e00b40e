// SPDX-License-Identifier: MIT
// ring_rate's command line.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace proclens::bench {

/// What to measure; the defaults are the issue-2 check.
struct Options {
    std::vector<double> rates{1, 2, 2.5, 3, 4, 6}; // M records/s
    double seconds = 5;
    int rounds = 3;
    uint32_t chunk = 2000; // records per generator run
    unsigned ringMb = 64;
};

/// Parses argv; nullopt with the exit status in status (usage printed) on --help or bad input.
std::optional<Options> parseOptions(int argc, char** argv, int& status);

} // namespace proclens::bench
