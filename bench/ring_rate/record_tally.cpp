// SPDX-License-Identifier: MIT
#include "record_tally.h"

#include "bpf/events.h"

#include <time.h>
#include <unistd.h>

#include <cstring>

namespace proclens::bench {

void RecordTally::onBatch(std::span<const std::byte> records)
{
    // Plain locals in the loop, one atomic store per batch: the tally must not slow the consumer.
    uint64_t matched = 0, gaps = 0, repeats = 0, other = 0;
    uint64_t next = nextSeq_.load(std::memory_order_relaxed);
    for (std::size_t off = 0; off + sizeof(pl_event_header) <= records.size();) {
        pl_event_header hdr;
        std::memcpy(&hdr, records.data() + off, sizeof hdr);
        if (hdr.size < sizeof hdr || hdr.size > records.size() - off)
            break;
        pl_syscall_event ev;
        if (hdr.type == PL_EVENT_SYSCALL && hdr.size >= sizeof ev) {
            std::memcpy(&ev, records.data() + off, sizeof ev);
            if (ev.pid == pid_ && ev.tid == tid_ && ev.nr == nr_) {
                const uint64_t seq = ev.args[0];
                if (seq < next) {
                    ++repeats;
                } else {
                    gaps += seq - next;
                    next = seq + 1;
                    ++matched;
                }
            } else {
                ++other;
            }
        } else {
            ++other;
        }
        off += hdr.size;
    }
    if (consumerTid_.load(std::memory_order_relaxed) == 0)
        consumerTid_.store(int(gettid()), std::memory_order_relaxed);
    if (matched + gaps + repeats != 0) {
        struct timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        lastBatchNs_.store(int64_t(now.tv_sec) * 1000000000 + now.tv_nsec, std::memory_order_relaxed);
    }
    other_.fetch_add(other, std::memory_order_relaxed);
    repeats_.fetch_add(repeats, std::memory_order_relaxed);
    gaps_.fetch_add(gaps, std::memory_order_relaxed);
    matched_.fetch_add(matched, std::memory_order_relaxed);
    nextSeq_.store(next, std::memory_order_release);
}

TallySnapshot RecordTally::snapshot() const
{
    TallySnapshot s;
    s.nextSeq = nextSeq_.load(std::memory_order_acquire);
    s.matched = matched_.load(std::memory_order_relaxed);
    s.gaps = gaps_.load(std::memory_order_relaxed);
    s.repeats = repeats_.load(std::memory_order_relaxed);
    s.other = other_.load(std::memory_order_relaxed);
    s.lastBatchNs = lastBatchNs_.load(std::memory_order_relaxed);
    s.consumerTid = consumerTid_.load(std::memory_order_relaxed);
    return s;
}

} // namespace proclens::bench
