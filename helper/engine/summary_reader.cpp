// SPDX-License-Identifier: MIT
#include "summary_reader.h"

#include "bpf/events.h"
#include "bpf/tally.h"

#include <bpf/bpf.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>

namespace proclens::engine {
namespace {

using Rows = std::map<std::pair<uint32_t, uint32_t>, SummaryRow>;

void add(Rows& rows, uint32_t pid, uint32_t nr, const pl_summary_value& v)
{
    SummaryRow& row = rows[{pid, nr}];
    row.pid = pid;
    row.nr = nr;
    row.count += v.count;
    row.errors += v.errors;
    row.totalNs += v.total_ns;
    row.maxNs = std::max<uint64_t>(row.maxNs, v.max_ns);
}

void addSummaryMap(Rows& rows, int fd, int numCpus)
{
    std::vector<pl_summary_value> perCpu(static_cast<size_t>(numCpus));
    pl_summary_key key{};
    pl_summary_key next{};
    const pl_summary_key* prev = nullptr;
    while (bpf_map_get_next_key(fd, prev, &next) == 0) {
        key = next;
        prev = &key;
        if (bpf_map_lookup_elem(fd, &key, perCpu.data()) != 0)
            continue; // deleted between the two calls
        for (const pl_summary_value& v : perCpu)
            add(rows, key.pid, key.nr, v);
    }
}

// The tallies in each CPU's cache, counted in the current epoch.
bool addCpuTallies(Rows& rows, int fd, int numCpus, uint32_t epoch)
{
    std::vector<pl_cpu_tallies> perCpu(static_cast<size_t>(numCpus));
    const uint32_t zero = 0;
    if (bpf_map_lookup_elem(fd, &zero, perCpu.data()) != 0) {
        spdlog::warn("engine: cannot read the summary tally caches: {}", std::strerror(errno));
        return false;
    }
    for (const pl_cpu_tallies& cache : perCpu) {
        if (cache.epoch != epoch)
            continue; // counted before the summary was cleared; the next syscall there forgets them
        for (const pl_tally& t : cache.tally)
            if (t.v.count && t.nr < PL_MAX_SYSCALL_NR)
                add(rows, t.pid, t.nr, t.v);
    }
    return true;
}

// Sum of the per-CPU move counts, or nothing while a move is under way (odd) or unreadable.
std::optional<uint64_t> tallyMoves(int fd, int numCpus)
{
    std::vector<uint64_t> perCpu(static_cast<size_t>(numCpus));
    const uint32_t zero = 0;
    if (bpf_map_lookup_elem(fd, &zero, perCpu.data()) != 0)
        return std::nullopt;
    uint64_t sum = 0;
    for (uint64_t seq : perCpu) {
        if (seq & 1)
            return std::nullopt;
        sum += seq;
    }
    return sum;
}

} // namespace

std::vector<SummaryRow> SummaryReader::read()
{
    Rows rows;
    if (sources_.cpuTalliesFd < 0 || sources_.tallyMovesFd < 0 || !sources_.epoch) {
        addSummaryMap(rows, sources_.summaryMapFd, sources_.numCpus);
    } else {
        // A move takes well under a microsecond, a read a few milliseconds; under a storm of
        // moves the last read stands (it can only be short by what moved during it).
        constexpr int kAttempts = 3;
        for (int attempt = 1;; ++attempt) {
            rows.clear();
            const auto before = tallyMoves(sources_.tallyMovesFd, sources_.numCpus);
            addSummaryMap(rows, sources_.summaryMapFd, sources_.numCpus);
            const bool tallies = addCpuTallies(rows, sources_.cpuTalliesFd, sources_.numCpus, *sources_.epoch);
            const auto after = tallyMoves(sources_.tallyMovesFd, sources_.numCpus);
            if (!tallies || (before && after && *before == *after) || attempt == kAttempts)
                break;
        }
    }
    // Rows only ever grow; a row this read missed (its tally was moving) keeps its last figures.
    for (const auto& [key, fresh] : rows) {
        SummaryRow& row = floor_[key];
        row.pid = fresh.pid;
        row.nr = fresh.nr;
        row.count = std::max(row.count, fresh.count);
        row.errors = std::max(row.errors, fresh.errors);
        row.totalNs = std::max(row.totalNs, fresh.totalNs);
        row.maxNs = std::max(row.maxNs, fresh.maxNs);
    }
    std::vector<SummaryRow> out;
    out.reserve(floor_.size());
    for (const auto& [key, row] : floor_)
        out.push_back(row);
    return out;
}

} // namespace proclens::engine
