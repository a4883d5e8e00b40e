// SPDX-License-Identifier: MIT
// ring_rate's output: one line per run, the Markdown table, the verdict.
#pragma once

#include "options.h"
#include "rate_runner.h"

#include <map>
#include <vector>

namespace proclens::bench {

/// Every round's results, by target rate.
using Results = std::map<double, std::vector<RunResult>>;

void printRun(int round, const RunResult& r);
void printTable(const Options& o, const Results& results);
/// Prints the highest clean target and the fastest clean run; true when a run at a target
/// <= checkedUpTo had drops, gaps or repeats.
bool printVerdict(const Results& results, double checkedUpTo);

} // namespace proclens::bench
