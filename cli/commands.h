// SPDX-License-Identifier: MIT
//
// The subcommands of proclens-cli. Each returns the process exit status:
// 0 success, 1 failure (its one-sentence reason already printed on stderr).
#pragma once

#include "arguments.h"

namespace proclens::cli {

int run_record(const RecordOptions& options);
int run_ps(const PsOptions& options);
int run_status();

/// One sentence saying why this process cannot capture (not root), or empty.
std::string capture_unavailable_reason(std::string_view command);

}  // namespace proclens::cli
