// SPDX-License-Identifier: MIT
// One measured run of ring_rate: the generator paced at a target rate, the
// consumer waited for, and everything counted before and after.
#pragma once

#include "engine_maps.h"
#include "generator.h"
#include "options.h"
#include "record_tally.h"

#include "helper/engine/capture_engine.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace proclens::bench {

constexpr double kWarmUpRate = 2; ///< M records/s

/// What one run (one rate, one round) measured.
struct RunResult {
    double target = 0;
    double generatedPerSec = 0;
    double consumedPerSec = 0;
    double otherPerSec = 0;   // records of other processes (the engine's real hooks)
    uint64_t generated = 0;
    uint64_t consumed = 0;
    uint64_t mapDrops = 0;    // PL_DROP_RINGBUF delta in the engine's drops map
    uint64_t engineKernelDrops = 0; // EngineStats::kernelDrops delta
    uint64_t userDrops = 0;   // EngineStats::userDrops delta
    uint64_t gaps = 0;        // lost sequence numbers, tail included
    uint64_t repeats = 0;
    uint64_t maxFill = 0;     // bytes pending at the fullest sample
    double consumerCpu = -1;  // % of one CPU; < 0 when unknown
    double generatorCpu = 0;
    double irqWorkPerSec = -1;   // IRQ work interrupts/s on all CPUs (forced ring wake-ups); < 0 unknown
    double consumerWakeups = -1; // the consumer thread's voluntary context switches/s; < 0 unknown
    double wall = 0;          // generation start to the last record consumed
    uint64_t drops() const { return std::max(mapDrops, engineKernelDrops) + userDrops; }
    bool clean() const { return drops() == 0 && gaps == 0 && repeats == 0; }
};

/// Runs the generator on the calling thread against a running engine.
class RateRunner {
public:
    RateRunner(proclens::CaptureEngine& engine, RingGenerator& gen, RecordTally& tally, const EngineMaps& maps,
               const Options& o)
        : engine_(engine), gen_(gen), tally_(tally), maps_(maps), o_(o)
    {
    }

    /// Generates at target M records/s for `seconds`, waits for the consumer, measures.
    bool runRate(double target, RunResult& r, std::string& why, double seconds);
    /// At least `records` records at kWarmUpRate, however long that takes; measured like runRate.
    bool warmUp(uint64_t records, RunResult& r, std::string& why);

private:
    bool drain(uint64_t until, int64_t& doneNs);
    bool generate(double target, double seconds, uint64_t records, RunResult& r, std::string& why);

    proclens::CaptureEngine& engine_;
    RingGenerator& gen_;
    RecordTally& tally_;
    const EngineMaps& maps_;
    const Options& o_;
    const uint32_t nr_ = SYS_getppid;
    const int64_t ret_ = getppid();
};

} // namespace proclens::bench
