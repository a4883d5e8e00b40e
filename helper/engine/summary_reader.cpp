// SPDX-License-Identifier: MIT
#include "summary_reader.h"

#include "bpf/events.h"
#include "bpf/tally.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <unistd.h>

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

// The tallies of live threads, through a fresh instance of the task iterator.
bool addTallies(Rows& rows, struct bpf_link* iterator)
{
    const int fd = bpf_iter_create(bpf_link__fd(iterator));
    if (fd < 0) {
        spdlog::warn("engine: cannot start the summary tally iterator: {}", std::strerror(errno));
        return false;
    }
    std::vector<std::byte> bytes;
    std::byte buffer[64 * sizeof(pl_tally_record)];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof(buffer));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0) {
            spdlog::warn("engine: reading the summary tally iterator failed: {}", std::strerror(errno));
            close(fd);
            return false;
        }
        if (n == 0)
            break;
        bytes.insert(bytes.end(), buffer, buffer + n);
    }
    close(fd);
    // bpf_seq_write() writes whole records; anything else is a program bug, not data.
    if (bytes.size() % sizeof(pl_tally_record) != 0)
        spdlog::warn("engine: the summary tally iterator wrote {} bytes, not whole records", bytes.size());
    for (size_t at = 0; at + sizeof(pl_tally_record) <= bytes.size(); at += sizeof(pl_tally_record)) {
        pl_tally_record rec;
        std::memcpy(&rec, bytes.data() + at, sizeof(rec));
        if (rec.nr < PL_MAX_SYSCALL_NR)
            add(rows, rec.pid, rec.nr, rec.v);
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
    if (!sources_.tallyIterator || sources_.tallyMovesFd < 0) {
        addSummaryMap(rows, sources_.summaryMapFd, sources_.numCpus);
    } else {
        // A move takes well under a microsecond, a read a few milliseconds; under a storm of
        // moves the last read stands (it can only be short by what moved during it).
        constexpr int kAttempts = 3;
        for (int attempt = 1;; ++attempt) {
            rows.clear();
            const auto before = tallyMoves(sources_.tallyMovesFd, sources_.numCpus);
            addSummaryMap(rows, sources_.summaryMapFd, sources_.numCpus);
            const bool tallies = addTallies(rows, sources_.tallyIterator);
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
