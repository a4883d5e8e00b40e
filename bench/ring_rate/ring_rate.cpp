// SPDX-License-Identifier: MIT
// ring_rate: can the engine's events level take R records/s into a 64 MiB ring
// without a drop? The real CaptureEngine runs in-process (events level, its own
// consumer thread and batch callback); an in-kernel generator writes getppid-like
// pl_syscall_event records into the engine's ring through the engine's own
// reserve/submit/wake-up/drop-count code, paced on CPU 0. See bench/README.md.
#include "engine_maps.h"
#include "generator.h"
#include "options.h"
#include "probes.h"
#include "rate_runner.h"
#include "record_tally.h"
#include "report.h"

#include "bpf/events.h"
#include "helper/engine/capture_engine.h"

#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace {

using namespace proclens::bench;

constexpr int kSkip = 77;
constexpr double kCheckedUpTo = 2.5; // M/s: drops or gaps at or below this fail the run

} // namespace

int main(int argc, char** argv)
{
    int status = 0;
    const auto parsed = proclens::bench::parseOptions(argc, argv, status);
    if (!parsed)
        return status;
    const Options o = *parsed;
    if (geteuid() != 0) {
        std::fprintf(stderr, "ring_rate: needs root, because it loads BPF programs into the kernel; run it with sudo.\n");
        return kSkip;
    }

    RecordTally tally(uint32_t(getpid()), uint32_t(gettid()), uint32_t(SYS_getppid));
    proclens::EngineOptions eo;
    eo.level = proclens::CaptureLevel::Events;
    eo.ringBufferBytes = std::size_t{o.ringMb} << 20;
    eo.onRecords = [&tally](std::span<const std::byte> records) { tally.onBatch(records); };
    // The engine caps the wake-up threshold at half the ring.
    const std::size_t wakeupExpected = std::min<std::size_t>(eo.wakeupBytes, eo.ringBufferBytes / 2);
    proclens::CaptureEngine engine(std::move(eo));
    try {
        engine.start();
    } catch (const proclens::EngineError& e) {
        std::fprintf(stderr, "ring_rate: BPF is not usable here, the engine did not start: %s\n", e.what());
        return kSkip;
    }
    const auto info = engine.info();

    EngineMaps maps;
    std::string why;
    if (!proclens::bench::findEngineMaps(std::size_t{o.ringMb} << 20, maps, why)) {
        std::fprintf(stderr, "ring_rate: %s\n", why.c_str());
        return 1;
    }
    if (maps.wakeupBytes != wakeupExpected) {
        std::fprintf(stderr, "ring_rate: the engine's .bss says wakeup_bytes %u, expected %zu\n", maps.wakeupBytes,
                     wakeupExpected);
        return 1;
    }
    RingGenerator gen;
    if (!gen.load(maps, why)) {
        std::fprintf(stderr, "ring_rate: %s\n", why.c_str());
        return 1;
    }

    // Pinned only now: the engine thread was created unpinned and stays so.
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    CPU_SET(0, &cpus);
    if (sched_setaffinity(0, sizeof cpus, &cpus) != 0) {
        std::perror("ring_rate: pinning the generator to CPU 0");
        return 1;
    }

    std::printf("ring_rate: engine %s, ring %zu MiB, wake-up at %u bytes pending, poll %d ms; "
                "%d round(s) x %zu rate(s) x %g s, %u records per generator run\n",
                info.mode.c_str(), info.ringBufferBytes >> 20, maps.wakeupBytes,
                int(proclens::EngineOptions{}.pollInterval.count()), o.rounds, o.rates.size(), o.seconds, o.chunk);
    std::printf("load average before: %s\n", loadAverage().c_str());
    std::fflush(stdout);

    RateRunner bench(engine, gen, tally, maps, o);
    // A warm-up that wraps the ring once: the first touch of each ring page costs a nested-VM
    // page fault (kernel side and the consumer's mapping), and it finds the consumer thread.
    const uint64_t warmUpRecords =
        uint64_t(1.25 * double(std::size_t{o.ringMb} << 20) / double(sizeof(pl_syscall_event) + 8));
    RunResult warmUp;
    if (!bench.warmUp(warmUpRecords, warmUp, why)) {
        std::fprintf(stderr, "ring_rate: %s\n", why.c_str());
        return 1;
    }
    std::printf("warm-up: %llu records at %.2fM/s, drops %llu, gaps %llu (not counted)\n",
                static_cast<unsigned long long>(warmUp.generated), warmUp.generatedPerSec / 1e6,
                static_cast<unsigned long long>(warmUp.drops()), static_cast<unsigned long long>(warmUp.gaps));
    if (tally.snapshot().consumerTid == 0) {
        std::fprintf(stderr, "ring_rate: the engine handed over no batch during the warm-up\n");
        return 1;
    }
    Results results;
    for (int round = 1; round <= o.rounds; ++round) {
        for (double target : o.rates) {
            RunResult r;
            if (!bench.runRate(target, r, why, o.seconds)) {
                std::fprintf(stderr, "ring_rate: %s\n", why.c_str());
                return 1;
            }
            printRun(round, r);
            results[target].push_back(r);
        }
    }
    engine.stop();
    std::printf("load average after: %s\n", loadAverage().c_str());

    printTable(o, results);

    const bool failed = printVerdict(results, kCheckedUpTo);
    if (failed)
        std::printf("FAIL: drops, gaps or repeats at a target <= %gM/s\n", kCheckedUpTo);
    return failed ? 1 : 0;
}