// SPDX-License-Identifier: MIT
//
// Name tables for x86_64: syscalls and errno values (generated at build time
// from the system's kernel headers), signals, open(2) flags, address families.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace proclens::names {

/// One generated table row.
struct NameEntry {
    int number;
    std::string_view name;
};

/// "openat" for 257; empty when unknown.
std::string_view syscall_name(std::uint32_t nr);
/// 257 for "openat".
std::optional<std::uint32_t> syscall_number(std::string_view name);
/// Every x86_64 syscall, sorted by number.
std::span<const NameEntry> syscalls();

/// "ENOENT" for 2; empty when unknown. Aliases (EWOULDBLOCK) map back to the
/// first name (EAGAIN).
std::string_view errno_name(int err);
/// 2 for "ENOENT"; aliases such as "EWOULDBLOCK" resolve too.
std::optional<int> errno_number(std::string_view name);
/// "No such file or directory" (the kernel header's description); empty when unknown.
std::string_view errno_text(int err);
/// Every errno value, sorted by number (first name only).
std::span<const NameEntry> errnos();

/// "SIGTERM" for 15, "SIGRTMIN+3" for real-time signals; empty when unknown.
std::string signal_name(int sig);
/// 15 for "SIGTERM" or "TERM"; real-time "SIGRTMIN+N" too.
std::optional<int> signal_number(std::string_view name);

/// "O_RDONLY|O_CREAT|O_CLOEXEC"; unknown bits are appended as hex ("|0x40000000").
std::string open_flags_to_string(std::uint64_t flags);

/// "AF_INET" for 2; empty when unknown.
std::string_view address_family_name(int family);

}  // namespace proclens::names
