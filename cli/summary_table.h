// SPDX-License-Identifier: MIT
//
// The per-process per-syscall table of `record --summary`: pid, comm, syscall,
// count, errors, total/avg/max latency, most frequent first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "helper/engine/capture_engine.h"
#include "proclens/output_writers.h"

namespace proclens::cli {

/// Writes `rows` (sorted here: count descending, then pid, then syscall) as one
/// table; `limit` > 0 keeps only the first `limit` rows.
void write_summary_table(output::TableWriter& writer, std::vector<SummaryRow> rows,
                         const std::function<std::string(std::uint32_t pid)>& commOf, std::size_t limit = 0);

}  // namespace proclens::cli
