// SPDX-License-Identifier: MIT
// ring_rate's output: one line per run, the Markdown table, the verdict.
#pragma once

#include "options.h"
#include "rate_runner.h"

#include <map>
#include <utility>
#include <vector>

namespace proclens::bench {

/// Results grouped by submit policy (false = the engine's, first), then by target rate.
using ResultKey = std::pair<bool, double>;
using Results = std::map<ResultKey, std::vector<RunResult>>;

void printRun(int round, const RunResult& r);
void printTable(const Options& o, const Results& results);
/// Prints the highest clean target and fastest clean run per policy; true when a run of the
/// engine's policy at a target <= checkedUpTo had drops, gaps or repeats.
bool printVerdict(const Options& o, const Results& results, double checkedUpTo);

} // namespace proclens::bench
