// SPDX-License-Identifier: MIT
#include "summary_stream.h"

#include <algorithm>

namespace proclens::cli {

void SummaryStream::add(const std::vector<wire::Event>& events)
{
    std::lock_guard lock(mutex_);
    if (events.empty()) {
        ++ticks_;  // only summary ticks send empty batches
        return;
    }
    for (const auto& e : events) {
        const auto* r = std::get_if<wire::SummaryRecord>(&e);
        if (!r)
            continue;
        if (r->timestamp_ns != lastTimestamp_) {
            lastTimestamp_ = r->timestamp_ns;
            ++ticks_;
        }
        Entry& entry = rows_[{r->pid, r->nr}];
        const SummaryRow now{r->pid, r->nr, r->count, r->errors, r->total_ns, r->max_ns};
        if (now.count < entry.last.count || now.errors < entry.last.errors || now.totalNs < entry.last.totalNs) {
            entry.base.count += entry.last.count;
            entry.base.errors += entry.last.errors;
            entry.base.totalNs += entry.last.totalNs;
            entry.base.maxNs = std::max(entry.base.maxNs, entry.last.maxNs);
        }
        entry.last = now;
    }
}

std::vector<SummaryRow> SummaryStream::rows() const
{
    std::lock_guard lock(mutex_);
    std::vector<SummaryRow> out;
    out.reserve(rows_.size());
    for (const auto& [key, e] : rows_) {
        SummaryRow r = e.last;
        r.count += e.base.count;
        r.errors += e.base.errors;
        r.totalNs += e.base.totalNs;
        r.maxNs = std::max(r.maxNs, e.base.maxNs);
        out.push_back(r);
    }
    return out;
}

std::uint64_t SummaryStream::ticks() const
{
    std::lock_guard lock(mutex_);
    return ticks_;
}

}  // namespace proclens::cli
