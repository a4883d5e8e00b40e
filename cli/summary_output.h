// SPDX-License-Identifier: MIT
//
// What `record --summary` prints, shared by the in-process and the helper path:
// the final table, and the live one printed every second in text mode.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "event_printer.h"
#include "summary_table.h"

namespace proclens::cli {

/// How often the live summary (text mode) is printed, and how many rows it shows.
inline constexpr auto kSummaryInterval = std::chrono::seconds(1);
inline constexpr std::size_t kLiveSummaryRows = 20;

/// `rows` as one table in `format`; comms come from what the printer has seen.
std::string summary_text(std::vector<SummaryRow> rows, EventPrinter& printer, output::Format format,
                         std::size_t limit);

/// The live summary, headed with the seconds since the recording started.
std::string live_summary_text(std::vector<SummaryRow> rows, EventPrinter& printer, output::Format format,
                              std::chrono::steady_clock::duration elapsed);

}  // namespace proclens::cli
