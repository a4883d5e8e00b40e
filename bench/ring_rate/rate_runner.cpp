// SPDX-License-Identifier: MIT
#include "rate_runner.h"

#include "probes.h"

#include "bpf/counters.h"

#include <algorithm>

namespace proclens::bench {

// Waits until the consumer expects sequence number `until`, or until 500 ms pass without progress.
bool RateRunner::drain(uint64_t until, int64_t& doneNs)
{
    TallySnapshot last = tally_.snapshot();
    int64_t lastProgress = monoNs();
    while (last.nextSeq < until) {
        sleepUntil(monoNs() + 2000000);
        const TallySnapshot s = tally_.snapshot();
        if (s.nextSeq != last.nextSeq)
            lastProgress = monoNs();
        else if (monoNs() - lastProgress > 500000000)
            break;
        last = s;
    }
    doneNs = last.lastBatchNs;
    return last.nextSeq >= until;
}

bool RateRunner::runRate(double target, RunResult& r, std::string& why, double seconds)
{
    return generate(target, seconds, 0, r, why);
}

bool RateRunner::warmUp(uint64_t records, RunResult& r, std::string& why)
{
    return generate(kWarmUpRate, 0, records, r, why);
}

// Paced at target M/s until `seconds` have passed and at least `records` were written.
bool RateRunner::generate(double target, double seconds, uint64_t records, RunResult& r, std::string& why)
{
    r.target = target;
    gen_.resetMaxPending();
    uint64_t dropsBefore = 0, dropsAfter = 0;
    if (!proclens::bench::readDropCounter(maps_.dropsFd, PL_DROP_RINGBUF, dropsBefore)) {
        why = "cannot read the engine's drops map";
        return false;
    }
    const auto statsBefore = engine_.stats();
    const TallySnapshot before = tally_.snapshot();
    const uint64_t seqBefore = gen_.nextSeq();
    const int consumerTid = before.consumerTid;
    const int64_t consumerCpuBefore = consumerTid ? cpuNs(threadCpuClock(consumerTid)) : -1;
    const int64_t genCpuBefore = cpuNs(CLOCK_THREAD_CPUTIME_ID);
    const int64_t irqBefore = irqWorkInterrupts();
    const int64_t wakeBefore = consumerTid ? voluntarySwitches(consumerTid) : -1;

    const double perNs = target * 1e6 / 1e9;
    const int64_t t0 = monoNs();
    const int64_t duration = int64_t(seconds * 1e9);
    uint64_t generated = 0;
    for (int64_t now = t0; now - t0 < duration || generated < records; now = monoNs()) {
        const double due = perNs * double(now - t0);
        if (double(generated) + o_.chunk > due) {
            // Ahead of the schedule: sleep until this chunk is due.
            sleepUntil(t0 + int64_t(double(generated + o_.chunk) / perNs));
            continue;
        }
        if (!gen_.run(o_.chunk, nr_, ret_, why))
            return false;
        generated += o_.chunk;
    }
    const int64_t genEnd = monoNs();
    const int64_t genCpuAfter = cpuNs(CLOCK_THREAD_CPUTIME_ID);
    const uint64_t seqAfter = gen_.nextSeq();
    if (seqAfter - seqBefore != generated) {
        why = "the generator's sequence moved by " + std::to_string(seqAfter - seqBefore) + " for " +
              std::to_string(generated) + " records asked";
        return false;
    }
    int64_t doneNs = 0;
    const bool complete = drain(seqAfter, doneNs);
    const TallySnapshot after = tally_.snapshot();
    const int64_t consumerCpuAfter = consumerTid ? cpuNs(threadCpuClock(consumerTid)) : -1;
    const int64_t irqAfter = irqWorkInterrupts();
    const int64_t wakeAfter = consumerTid ? voluntarySwitches(consumerTid) : -1;
    const auto statsAfter = engine_.stats();
    if (!proclens::bench::readDropCounter(maps_.dropsFd, PL_DROP_RINGBUF, dropsAfter)) {
        why = "cannot read the engine's drops map";
        return false;
    }

    const int64_t end = std::max(genEnd, doneNs);
    r.wall = double(end - t0) / 1e9;
    r.generated = generated;
    r.consumed = after.matched - before.matched;
    r.generatedPerSec = double(generated) / (double(genEnd - t0) / 1e9);
    r.consumedPerSec = double(r.consumed) / r.wall;
    r.otherPerSec = double(after.other - before.other) / r.wall;
    r.mapDrops = dropsAfter - dropsBefore;
    r.engineKernelDrops = statsAfter.kernelDrops - statsBefore.kernelDrops;
    r.userDrops = statsAfter.userDrops - statsBefore.userDrops;
    // Records not seen by the end of a window are lost too, although no later record showed the
    // gap yet; the next window's first record will, so the tail is moved, never counted twice.
    const uint64_t tailBefore = seqBefore - std::min(seqBefore, before.nextSeq);
    const uint64_t tailAfter = complete ? 0 : seqAfter - after.nextSeq;
    r.gaps = after.gaps + tailAfter - before.gaps - tailBefore;
    r.repeats = after.repeats - before.repeats;
    r.maxFill = gen_.maxPending();
    if (consumerCpuBefore >= 0 && consumerCpuAfter >= 0)
        r.consumerCpu = 100.0 * double(consumerCpuAfter - consumerCpuBefore) / double(end - t0);
    r.generatorCpu = 100.0 * double(genCpuAfter - genCpuBefore) / double(genEnd - t0);
    if (irqBefore >= 0 && irqAfter >= 0)
        r.irqWorkPerSec = double(irqAfter - irqBefore) / r.wall;
    if (wakeBefore >= 0 && wakeAfter >= 0)
        r.consumerWakeups = double(wakeAfter - wakeBefore) / r.wall;
    return true;
}

} // namespace proclens::bench
