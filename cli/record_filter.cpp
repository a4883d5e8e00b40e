// SPDX-License-Identifier: MIT
#include "record_filter.h"

#include <sys/socket.h>

#include <variant>

#include "proclens/event_format.h"
#include "proclens/filter/capture_split.h"

namespace proclens::cli {

std::optional<filter::Program> apply_filter(const filter::Expr& expr, CaptureFilter& kernel)
{
    const filter::CaptureSplit split = filter::split_for_capture(expr);
    // A kernel list set by an option and by the expression would need their
    // intersection; keep the option's and let user space check the whole expression.
    bool whole = false;
    auto take = [&whole](auto& target, const auto& from) {
        if (from.empty())
            return;
        if (!target.empty()) {
            whole = true;
            return;
        }
        target.assign(from.begin(), from.end());
    };
    take(kernel.pids, split.pids);
    take(kernel.uids, split.uids);
    take(kernel.comms, split.comms);
    take(kernel.syscalls, split.syscalls);
    take(kernel.cgroupIds, split.cgroupIds);
    kernel.excludePids.insert(kernel.excludePids.end(), split.excludePids.begin(), split.excludePids.end());
    if (split.hasNamespace) {
        if (kernel.ns)
            whole = true;
        else
            kernel.ns = std::make_pair(split.nsKind, split.nsInode);
    }
    // With --follow, children join the kernel's include set without matching `pid = ...`.
    if (kernel.followChildren && !split.pids.empty())
        whole = true;
    const std::optional<filter::Expr>& rest = whole ? std::optional<filter::Expr>(expr) : split.rest;
    if (!rest)
        return std::nullopt;
    auto program = filter::compile(*rest);
    if (!program)  // the whole expression compiled in parse_arguments, so its parts do too
        return std::nullopt;
    return std::move(*program);
}

bool make_filter_record(const wire::Event& event, CommCache& comms, FilterScratch& scratch, filter::FilterRecord& out)
{
    out = filter::FilterRecord{};
    if (const auto* p = std::get_if<wire::ProcessEvent>(&event)) {
        out.event = p->type == PL_EVENT_FORK   ? filter::EventKind::Fork
                    : p->type == PL_EVENT_EXIT ? filter::EventKind::Exit
                                               : filter::EventKind::Exec;
        out.pid = p->task.pid;
        out.set_tid(p->task.tid);
        out.set_ppid(p->task.ppid);
        out.set_uid(p->task.uid);
        out.set_comm(p->task.comm);
        out.set_cgroup(p->task.cgroup_id);
        for (unsigned k = 0; k < p->task.ns.size(); ++k)
            out.set_ns(k, p->task.ns[k]);
        if (p->type == PL_EVENT_EXEC)
            out.set_exe(p->filename);
        return true;
    }
    if (const auto* s = std::get_if<wire::SyscallEvent>(&event)) {
        out.event = filter::EventKind::Syscall;
        out.pid = s->pid;
        out.set_tid(s->tid);
        out.set_syscall(s->nr);
        out.set_result(s->ret);
        out.set_duration_ns(s->latency_ns);
        scratch.comm = comms.lookup(s->pid);
        if (!scratch.comm.empty())
            out.set_comm(scratch.comm);
        for (const wire::DecodedPath& path : s->paths)
            out.add_path(path.path);
        if (s->sockaddr) {
            scratch.addr = format_sockaddr(*s->sockaddr);
            out.set_addr(scratch.addr);
            const auto& b = s->sockaddr->bytes;
            // sin_port and sin6_port sit at the same offset, in network byte order.
            if ((s->sockaddr->family == AF_INET || s->sockaddr->family == AF_INET6) && b.size() >= 4)
                out.set_port(static_cast<std::uint16_t>((b[2] << 8) | b[3]));
        }
        return true;
    }
    return false;
}

}  // namespace proclens::cli
