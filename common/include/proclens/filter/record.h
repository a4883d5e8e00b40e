// SPDX-License-Identifier: MIT
//
// FilterRecord: what a compiled filter looks at, filled by the caller per
// event (from a decoded event, a ring slot, a cache of process facts) with no
// allocation: numbers by value, strings as views the caller keeps alive for
// the duration of Program::matches().
//
// Every field but `event` and `pid` is optional: the setters store the value
// and mark it known. A comparison against a field that is not known is false
// (see program.h), so `exe = "/bin/sh"` and `exe != "/bin/sh"` are both false
// while the exe is not known yet, and `not exe = "/bin/sh"` is true.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "proclens/filter/ast.h"

namespace proclens::filter {

/// The `event` field's values.
enum class EventKind : std::uint8_t { Syscall, Fork, Exec, Exit };

/// "syscall", "fork", "exec", "exit".
std::string_view event_kind_name(EventKind kind);

struct FilterRecord {
    EventKind event = EventKind::Syscall;
    std::uint32_t pid = 0;          ///< always known
    std::uint32_t known = 0;        ///< bit (1 << Field) per known optional field

    std::uint32_t ppid = 0;
    std::uint32_t tid = 0;
    std::uint32_t uid = 0;
    std::uint32_t syscall = 0;      ///< x86_64 syscall number
    std::int64_t result = 0;        ///< raw return value: gives `retval`, `result` and `errno`
    std::uint64_t duration_ns = 0;
    std::uint16_t port = 0;
    std::uint8_t path_count = 0;    ///< paths used (0..2)
    std::uint64_t cgroup_id = 0;
    std::array<std::uint32_t, 8> ns{};  ///< enum pl_ns_kind order; mark each known with set_ns
    std::string_view comm;
    std::string_view exe;
    std::string_view addr;
    std::string_view container;
    std::array<std::string_view, 2> paths;

    bool has(Field f) const { return f == Field::Pid || f == Field::Event || (known & bit(f)) != 0; }
    void mark(Field f) { known |= bit(f); }

    void set_ppid(std::uint32_t v) { ppid = v; mark(Field::Ppid); }
    void set_tid(std::uint32_t v) { tid = v; mark(Field::Tid); }
    void set_uid(std::uint32_t v) { uid = v; mark(Field::User); }
    void set_syscall(std::uint32_t nr) { syscall = nr; mark(Field::Syscall); }
    void set_result(std::int64_t ret)
    {
        result = ret;
        mark(Field::Result);
        mark(Field::Errno);
        mark(Field::Retval);
    }
    void set_duration_ns(std::uint64_t ns) { duration_ns = ns; mark(Field::Duration); }
    void set_port(std::uint16_t p) { port = p; mark(Field::Port); }
    void set_cgroup(std::uint64_t id) { cgroup_id = id; mark(Field::Cgroup); }
    /// kind: enum pl_ns_kind (0..7); an inode of 0 means unknown and is not marked.
    void set_ns(unsigned kind, std::uint32_t inode)
    {
        if (kind >= ns.size() || inode == 0)
            return;
        ns[kind] = inode;
        mark(static_cast<Field>(static_cast<unsigned>(Field::NsPid) + kind));
    }
    void set_comm(std::string_view v) { comm = v; mark(Field::Comm); }
    void set_exe(std::string_view v) { exe = v; mark(Field::Exe); }
    void set_addr(std::string_view v) { addr = v; mark(Field::Addr); }
    void set_container(std::string_view v) { container = v; mark(Field::Container); }
    /// Appends a path (at most two are kept: rename's old and new).
    void add_path(std::string_view p)
    {
        if (path_count < paths.size())
            paths[path_count++] = p;
        mark(Field::Path);
    }

    static constexpr std::uint32_t bit(Field f) { return 1u << static_cast<unsigned>(f); }
};

}  // namespace proclens::filter
