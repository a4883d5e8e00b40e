// SPDX-License-Identifier: MIT
#include "summary_selector.h"

#include <algorithm>
#include <unordered_set>

namespace proclens {

namespace {
template <typename T>
bool contains(const std::vector<T>& v, const T& x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}
} // namespace

SummarySelector::SummarySelector(ProcfsOptions options) : reader_(std::move(options)) {}

void SummarySelector::beginTick(const std::vector<SummaryRow>& rows)
{
    std::unordered_set<uint32_t> live;
    live.reserve(rows.size());
    for (const SummaryRow& r : rows)
        live.insert(r.pid);
    // Ancestors are looked up too; keep them only while a row still names them.
    for (auto it = cache_.begin(); it != cache_.end();)
        it = live.count(it->first) ? std::next(it) : cache_.erase(it);
}

const SummarySelector::Facts& SummarySelector::facts(uint32_t pid)
{
    auto [it, inserted] = cache_.try_emplace(pid);
    if (inserted) {
        if (auto p = reader_.read_process(pid)) {
            it->second.known = true;
            it->second.ppid = p->task.ppid;
            it->second.uid = p->task.uid;
            it->second.comm = p->task.comm;
            it->second.ns = p->task.ns;
            it->second.cgroupId = p->task.cgroup_id;
        }
    }
    return it->second;
}

bool SummarySelector::descendsFrom(uint32_t pid, const std::vector<uint32_t>& pids)
{
    for (int depth = 0; depth < 64 && pid > 1; ++depth) {
        if (contains(pids, pid))
            return true;
        const Facts& f = facts(pid);
        if (!f.known)
            return false;
        pid = f.ppid;
    }
    return false;
}

bool SummarySelector::matches(const CaptureFilter& filter, const SummaryRow& row, bool kernelApplied)
{
    if (!filter.syscalls.empty() && !contains(filter.syscalls, row.nr))
        return false;
    if (contains(filter.excludePids, row.pid))
        return false;
    const bool needFacts = (!filter.pids.empty() && filter.followChildren && !contains(filter.pids, row.pid)) ||
                           !filter.uids.empty() || !filter.comms.empty() || filter.ns ||
                           !filter.cgroupIds.empty();
    if (!needFacts)
        return filter.pids.empty() || contains(filter.pids, row.pid);
    const Facts& f = facts(row.pid);
    if (!f.known)
        return kernelApplied;
    if (!filter.pids.empty() && !(filter.followChildren ? descendsFrom(row.pid, filter.pids)
                                                        : contains(filter.pids, row.pid)))
        return false;
    if (!filter.uids.empty() && !contains(filter.uids, f.uid))
        return false;
    if (!filter.comms.empty() && !contains(filter.comms, f.comm))
        return false;
    if (filter.ns && (filter.ns->first >= f.ns.size() || f.ns[filter.ns->first] != filter.ns->second))
        return false;
    if (!filter.cgroupIds.empty() && !contains(filter.cgroupIds, f.cgroupId))
        return false;
    return true;
}

} // namespace proclens
