// SPDX-License-Identifier: MIT
// Counts the generator's records as the engine hands them over, on the
// engine's consumer thread, and checks their sequence numbers (args[0]).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>

namespace proclens::bench {

/// What the consumer has seen so far; read from any thread.
struct TallySnapshot {
    uint64_t matched = 0;  ///< generator records received
    uint64_t gaps = 0;     ///< sequence numbers skipped (records lost)
    uint64_t repeats = 0;  ///< records whose sequence number was already passed (duplicates)
    uint64_t other = 0;    ///< every other record in the ring (the engine's real hooks)
    uint64_t nextSeq = 0;  ///< the sequence number expected next
    int64_t lastBatchNs = 0; ///< CLOCK_MONOTONIC at the end of the last batch with a generator record
    int consumerTid = 0;   ///< the thread the engine called onRecords on
};

/// Single writer (the engine thread, through onBatch), any number of readers.
class RecordTally {
public:
    /// The generator's identity: records with this pid, tid and syscall number are its own.
    RecordTally(uint32_t pid, uint32_t tid, uint32_t nr) : pid_(pid), tid_(tid), nr_(nr) {}

    /// The engine's onRecords callback body: back-to-back records, each header.size long.
    void onBatch(std::span<const std::byte> records);
    TallySnapshot snapshot() const;

private:
    const uint32_t pid_, tid_, nr_;
    std::atomic<uint64_t> matched_{0}, gaps_{0}, repeats_{0}, other_{0}, nextSeq_{0};
    std::atomic<int64_t> lastBatchNs_{0};
    std::atomic<int> consumerTid_{0};
};

} // namespace proclens::bench
