// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace proclens {

/// Drops every capability the helper never needs (keeps BPF/PERFMON/SYS_ADMIN/
/// SYS_RESOURCE to load programs, KILL/SYS_NICE for process control and
/// SYS_PTRACE/DAC_READ_SEARCH to read other users' /proc entries), from the
/// bounding set too, and sets no_new_privs. Returns an empty string or what failed.
std::string dropUnneededCapabilities();

} // namespace proclens
