// SPDX-License-Identifier: MIT
//
// Human-readable text for decoded events: socket addresses, a syscall's
// arguments (paths, flags, signals by name) and its result.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "proclens/wire_format.h"

namespace proclens {

/// "127.0.0.1:8080", "[::1]:8080", "/run/x.sock", "@abstract", "AF_NETLINK",
/// or "unnamed" for an empty unix address.
std::string format_sockaddr(const wire::SockAddr& addr);
std::string format_sockaddr(std::uint16_t family, std::span<const std::uint8_t> bytes);

/// The arguments of a syscall as text, e.g. openat:
/// `dfd=AT_FDCWD path="/etc/passwd" flags=O_RDONLY|O_CLOEXEC`; kill:
/// `pid=123 sig=SIGTERM`. Syscalls without a known signature show their six
/// raw arguments in hex.
std::string format_syscall_args(const wire::SyscallEvent& event);

/// "3", or "-2 ENOENT" for failures (-4095..-1).
std::string format_syscall_result(std::int64_t ret);

/// Errno name of a failed result ("ENOENT"), empty when ret is not an error.
std::string_view result_errno_name(std::int64_t ret);

/// Arguments column of a process event: exec `filename="/bin/ls" argv=["ls","-l"]`,
/// fork `child=123 ppid=1`, exit `code=0` or `signal=SIGKILL core`.
std::string format_process_args(const wire::ProcessEvent& event);

/// A string quoted C-style with non-printable bytes escaped (\n, \x01).
std::string quote_string(std::string_view s);

}  // namespace proclens
