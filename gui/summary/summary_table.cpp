// SPDX-License-Identifier: MIT
#include "summary_table.h"

#include <algorithm>
#include <map>

namespace proclens::gui {

namespace {

SummaryCounters rawOf(const wire::SummaryRecord& r) { return {r.count, r.errors, r.total_ns, r.max_ns}; }

bool restarted(const SummaryCounters& raw, const SummaryCounters& last)
{
    return raw.count < last.count || raw.errors < last.errors || raw.totalNs < last.totalNs;
}

SummaryCounters combine(const SummaryCounters& base, const SummaryCounters& raw)
{
    return {base.count + raw.count, base.errors + raw.errors, base.totalNs + raw.totalNs,
            std::max(base.maxNs, raw.maxNs)};
}

}  // namespace

void SummaryTable::apply(std::span<const wire::SummaryRecord> records)
{
    // One tick at a time: records of a tick share the helper's timestamp.
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= records.size(); ++i) {
        if (i == records.size() || records[i].timestamp_ns != records[begin].timestamp_ns) {
            applyTick(records.subspan(begin, i - begin));
            begin = i;
        }
    }
}

void SummaryTable::applyTick(std::span<const wire::SummaryRecord> tick)
{
    if (tick.empty())
        return;
    const std::uint64_t ts = tick.front().timestamp_ns;

    // New processes first, appended as one range with their syscalls already in place.
    std::vector<std::uint32_t> newPids;
    for (const auto& r : tick)
        if (!rowOfPid_.count(r.pid) && std::find(newPids.begin(), newPids.end(), r.pid) == newPids.end())
            newPids.push_back(r.pid);
    std::vector<bool> fresh(processes_.size() + newPids.size(), false);
    if (!newPids.empty()) {
        const int first = int(processes_.size());
        if (listener_)
            listener_->beginAppendProcesses(first, int(newPids.size()));
        for (std::uint32_t pid : newPids) {
            rowOfPid_[pid] = int(processes_.size());
            fresh[processes_.size()] = true;
            SummaryProcessRow p;
            p.pid = pid;
            processes_.push_back(std::move(p));
        }
        for (const auto& r : tick) {
            SummaryProcessRow& p = processes_[std::size_t(rowOfPid_[r.pid])];
            if (!fresh[std::size_t(rowOfPid_[r.pid])] || p.rowOfNr.count(r.nr))
                continue;
            p.rowOfNr[r.nr] = int(p.syscalls.size());
            SummarySyscallRow row;
            row.nr = r.nr;
            row.last = rawOf(r);
            row.shown = row.last;
            p.syscalls.push_back(row);
        }
        for (std::size_t i = std::size_t(first); i < processes_.size(); ++i) {
            SummaryProcessRow& p = processes_[i];
            for (const auto& s : p.syscalls) {
                p.totals.count += s.shown.count;
                p.totals.errors += s.shown.errors;
                p.totals.totalNs += s.shown.totalNs;
                p.totals.maxNs = std::max(p.totals.maxNs, s.shown.maxNs);
            }
        }
        if (listener_)
            listener_->endAppendProcesses();
    }

    // Known processes: group the tick's records per process row.
    std::map<int, std::vector<const wire::SummaryRecord*>> perProcess;
    for (const auto& r : tick) {
        const int row = rowOfPid_[r.pid];
        if (!fresh[std::size_t(row)])
            perProcess[row].push_back(&r);
    }
    int changedFirst = -1, changedLast = -1;
    for (auto& [row, recs] : perProcess) {
        SummaryProcessRow& p = processes_[std::size_t(row)];
        // Syscalls this process has not had before: one appended range.
        std::vector<const wire::SummaryRecord*> added;
        for (const auto* r : recs)
            if (!p.rowOfNr.count(r->nr) &&
                std::none_of(added.begin(), added.end(), [&](const auto* a) { return a->nr == r->nr; }))
                added.push_back(r);
        if (!added.empty()) {
            const int first = int(p.syscalls.size());
            if (listener_)
                listener_->beginAppendSyscalls(row, first, int(added.size()));
            for (const auto* r : added) {
                p.rowOfNr[r->nr] = int(p.syscalls.size());
                SummarySyscallRow s;
                s.nr = r->nr;
                s.last = rawOf(*r);
                s.shown = s.last;
                p.syscalls.push_back(s);
            }
            if (listener_)
                listener_->endAppendSyscalls();
        }
        int first = -1, last = -1;
        for (const auto* r : recs) {
            const int i = p.rowOfNr[r->nr];
            if (std::any_of(added.begin(), added.end(), [&](const auto* a) { return a == r; }))
                continue;
            SummarySyscallRow& s = p.syscalls[std::size_t(i)];
            const SummaryCounters raw = rawOf(*r);
            if (raw == s.last)
                continue;
            if (restarted(raw, s.last)) {
                s.base = combine(s.base, s.last);
                ++restarts_;
            }
            s.last = raw;
            s.shown = combine(s.base, raw);
            first = first < 0 ? i : std::min(first, i);
            last = std::max(last, i);
        }
        if (first >= 0 && listener_)
            listener_->syscallsChanged(row, first, last);
        if (first < 0 && added.empty())
            continue;
        SummaryCounters t;
        for (const auto& s : p.syscalls) {
            t.count += s.shown.count;
            t.errors += s.shown.errors;
            t.totalNs += s.shown.totalNs;
            t.maxNs = std::max(t.maxNs, s.shown.maxNs);
        }
        if (t != p.totals) {
            p.totals = t;
            changedFirst = changedFirst < 0 ? row : std::min(changedFirst, row);
            changedLast = std::max(changedLast, row);
        }
    }
    if (changedFirst >= 0 && listener_)
        listener_->processesChanged(changedFirst, changedLast);

    // Totals and history: every process of this tick gets a point, and so does the whole.
    SummaryCounters all;
    for (auto& p : processes_) {
        all.count += p.totals.count;
        all.errors += p.totals.errors;
        all.totalNs += p.totals.totalNs;
        all.maxNs = std::max(all.maxNs, p.totals.maxNs);
    }
    totals_ = all;
    std::vector<int> seen;
    for (const auto& r : tick)
        seen.push_back(rowOfPid_[r.pid]);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (int row : seen)
        pushHistory(processes_[std::size_t(row)].history, ts, processes_[std::size_t(row)].totals.count);
    pushHistory(history_, ts, totals_.count);
}

void SummaryTable::pushHistory(std::deque<SummaryHistoryPoint>& h, std::uint64_t ts, std::uint64_t calls)
{
    // A tick split over several batches updates its one point.
    if (!h.empty() && h.back().timestampNs == ts) {
        h.back().calls = calls;
        return;
    }
    h.push_back({ts, calls});
    while (h.size() > kHistoryPoints)
        h.pop_front();
}

void SummaryTable::clear()
{
    if (listener_)
        listener_->beginReset();
    processes_.clear();
    rowOfPid_.clear();
    totals_ = {};
    history_.clear();
    restarts_ = 0;
    if (listener_)
        listener_->endReset();
}

int SummaryTable::rowOfPid(std::uint32_t pid) const
{
    auto it = rowOfPid_.find(pid);
    return it == rowOfPid_.end() ? -1 : it->second;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> SummaryTable::topSyscalls(std::uint32_t pid, std::size_t n) const
{
    std::unordered_map<std::uint32_t, std::uint64_t> calls;
    for (const auto& p : processes_) {
        if (pid != 0 && p.pid != pid)
            continue;
        for (const auto& s : p.syscalls)
            calls[s.nr] += s.shown.count;
    }
    std::vector<std::pair<std::uint32_t, std::uint64_t>> out(calls.begin(), calls.end());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (out.size() > n)
        out.resize(n);
    return out;
}

std::vector<std::pair<std::uint64_t, double>> SummaryTable::rates(std::uint32_t pid) const
{
    const std::deque<SummaryHistoryPoint>* h = &history_;
    if (pid != 0) {
        const int row = rowOfPid(pid);
        if (row < 0)
            return {};
        h = &processes_[std::size_t(row)].history;
    }
    std::vector<std::pair<std::uint64_t, double>> out;
    for (std::size_t i = 1; i < h->size(); ++i) {
        const auto& a = (*h)[i - 1];
        const auto& b = (*h)[i];
        if (b.timestampNs <= a.timestampNs)
            continue;
        // Shown counts never go down (restarts are folded in), so the difference is the calls made.
        const double calls = b.calls >= a.calls ? double(b.calls - a.calls) : 0.0;
        out.emplace_back(b.timestampNs, calls * 1e9 / double(b.timestampNs - a.timestampNs));
    }
    return out;
}

}  // namespace proclens::gui
