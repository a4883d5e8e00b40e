// SPDX-License-Identifier: MIT
//
// Splitting a filter into the part the kernel capture filter can apply (the
// BPF filter maps, see bpf/filter.bpf.h and SetCaptureFilter in
// helper/org.proclens.Helper1.xml) and the rest, evaluated in user space.
//
// The kernel filter is a conjunction: include pids, exclude pids, uids, comms
// (exact, at most 15 bytes), a syscall set (syscall events only), one
// namespace inode, cgroup ids. So only top-level `and` terms of these forms
// go to the kernel:
//   pid = N | pid in (..)              -> pids
//   pid != N | not pid = N | pid not in (..) | not pid in (..) -> excludePids
//   user = U | user in (..)            -> uids (names resolved now)
//   comm = C | comm in (..)            -> comms (each <= 15 bytes)
//   syscall = S | syscall in (..)      -> syscalls (each < 512)
//   ns.X = inode                       -> nsKind + nsInode (the first one)
//   cgroup = id | cgroup in (..)       -> cgroupIds
// and an `or` of `=`/`in` terms on one of those include fields (the union).
// Only the first term per include field is sent (the kernel has one set per
// field); later ones stay in `rest`. Values the helper would refuse stay in
// `rest` too: pids outside 1..4194304, empty comms, lists over 1024 entries.
//
// Superset-safe: the kernel part never drops an event the whole expression
// accepts. Anything under a top-level `or`/`not` that is not of the forms
// above sends nothing to the kernel.
//
// Conversion to the D-Bus a{sv} keys (pids au, excludePids au, uids au,
// comms as, syscalls au, nsKind u + nsInode u, cgroupIds at) is left to the
// Qt callers: proclens_common has no Qt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "proclens/filter/ast.h"

namespace proclens::filter {

struct CaptureSplit {
    std::vector<std::uint32_t> pids;         ///< only these processes (empty = no restriction)
    std::vector<std::uint32_t> excludePids;  ///< never these processes
    std::vector<std::uint32_t> uids;         ///< only these real uids
    std::vector<std::string> comms;          ///< only these comm names
    std::vector<std::uint32_t> syscalls;     ///< only these syscalls (syscall events only)
    bool hasNamespace = false;               ///< nsKind/nsInode are set
    std::uint32_t nsKind = 0;                ///< enum pl_ns_kind
    std::uint32_t nsInode = 0;
    std::vector<std::uint64_t> cgroupIds;    ///< only these cgroup v2 ids

    /// True when the kernel part alone is the whole filter (rest is empty):
    /// callers may skip user-space evaluation. Never true when syscalls are
    /// set (the kernel passes fork/exec/exit events that `syscall = ...` rejects).
    bool exact = false;
    /// What user space still has to evaluate (the terms not sent to the
    /// kernel, and syscall terms); nullopt when exact.
    std::optional<Expr> rest;

    /// True when nothing goes to the kernel.
    bool kernel_empty() const
    {
        return pids.empty() && excludePids.empty() && uids.empty() && comms.empty() && syscalls.empty() &&
               !hasNamespace && cgroupIds.empty();
    }
};

/// Splits `expr` (see the file comment). Sorted, duplicate-free lists.
CaptureSplit split_for_capture(const Expr& expr);

}  // namespace proclens::filter
