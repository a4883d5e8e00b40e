// SPDX-License-Identifier: MIT
#include "syscall_tally.h"

#include <algorithm>
#include <variant>

namespace proclens::cli {

void SyscallTally::add(const std::vector<wire::Event>& events)
{
    std::lock_guard lock(mutex_);
    for (const wire::Event& event : events) {
        const auto* s = std::get_if<wire::SyscallEvent>(&event);
        if (!s)
            continue;
        SummaryRow& row = rows_[{s->pid, s->nr}];
        row.pid = s->pid;
        row.nr = s->nr;
        ++row.count;
        // The kernel reports failures as -errno.
        if (s->ret < 0 && s->ret >= -4095)
            ++row.errors;
        row.totalNs += s->latency_ns;
        row.maxNs = std::max(row.maxNs, s->latency_ns);
    }
}

std::vector<SummaryRow> SyscallTally::rows() const
{
    std::lock_guard lock(mutex_);
    std::vector<SummaryRow> out;
    out.reserve(rows_.size());
    for (const auto& [key, row] : rows_)
        out.push_back(row);
    return out;
}

}  // namespace proclens::cli
