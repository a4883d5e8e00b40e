// SPDX-License-Identifier: MIT
//
// The subcommands of proclens-cli. Each returns the process exit status:
// 0 success, 1 failure (its one-sentence reason already printed on stderr).
#pragma once

#include "arguments.h"

#include <span>
#include <string_view>

namespace proclens::cli {

int run_record(const RecordOptions& options);
int run_ps(const PsOptions& options);
int run_status();
/// The same through proclens-helper (the default; the three above are --direct).
int run_record_via_helper(const RecordOptions& options);
int run_status_via_helper();
/// `btf minimize|modes ...` (btf_command.cpp); args exclude "btf".
int run_btf(std::span<const std::string_view> args);

/// One sentence saying why this process cannot capture (not root), or empty.
std::string capture_unavailable_reason(std::string_view command);

}  // namespace proclens::cli
