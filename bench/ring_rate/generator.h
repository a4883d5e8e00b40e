// SPDX-License-Identifier: MIT
// The in-kernel record generator (ring_generator.bpf.c), loaded onto the
// engine's own ring buffer and drops map and run with bpf_prog_test_run_opts.
#pragma once

#include "engine_maps.h"

#include <cstdint>
#include <string>

struct ring_generator;

namespace proclens::bench {

class RingGenerator {
public:
    RingGenerator() = default;
    ~RingGenerator();
    RingGenerator(const RingGenerator&) = delete;
    RingGenerator& operator=(const RingGenerator&) = delete;

    /// Opens the generator, reuses the engine's ring and drops map, copies its
    /// wake-up threshold and loads. False with one sentence in why on failure.
    bool load(const EngineMaps& maps, std::string& why);
    /// Writes count records (1 .. RING_GEN_MAX_RUN) on the calling thread's CPU, submitted
    /// with the engine's own emit_submit().
    bool run(uint32_t count, uint32_t nr, int64_t ret, std::string& why);
    /// Sequence number the next record gets (= records attempted so far).
    uint64_t nextSeq() const;
    /// Highest ring fill (bytes pending) sampled since resetMaxPending().
    uint64_t maxPending() const;
    void resetMaxPending();

private:
    ring_generator* skel_ = nullptr;
};

} // namespace proclens::bench
