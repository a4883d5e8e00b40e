// SPDX-License-Identifier: MIT
// ring_rate: can the engine's events level take R records/s into a 64 MiB ring
// without a drop? The real CaptureEngine runs in-process (events level, its own
// consumer thread and batch callback); an in-kernel generator writes getppid-like
// pl_syscall_event records into the engine's ring through the engine's own
// reserve/submit/wake-up/drop-count code, paced on CPU 0. See bench/README.md.
#include "engine_maps.h"
#include "generator.h"
#include "record_tally.h"
#include "ring_generator.h"

#include "bpf/counters.h"
#include "bpf/events.h"
#include "helper/engine/capture_engine.h"

#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using proclens::bench::EngineMaps;
using proclens::bench::RecordTally;
using proclens::bench::RingGenerator;
using proclens::bench::TallySnapshot;

constexpr int kSkip = 77;
constexpr double kCheckedUpTo = 2.5; // M/s: drops or gaps at or below this fail the run
constexpr double kWarmUpRate = 2;    // M/s

struct Options {
    std::vector<double> rates{1, 2, 2.5, 3, 4, 6}; // M records/s
    double seconds = 5;
    int rounds = 3;
    uint32_t chunk = 2000; // records per generator run
    unsigned ringMb = 64;
    // Submit policies, interleaved in each round: false = the engine's emit_submit(),
    // true = the proposed rate-limited forced wake-up (--submit engine,limited).
    std::vector<bool> submits{false};
};

// One rate in one round.
struct RunResult {
    double target = 0;
    bool limited = false;     // submitted with the proposed policy, not the engine's
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

int64_t monoNs()
{
    struct timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void sleepUntil(int64_t ns)
{
    struct timespec t{};
    t.tv_sec = ns / 1000000000;
    t.tv_nsec = ns % 1000000000;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, nullptr) == EINTR) {
    }
}

int64_t cpuNs(clockid_t clock)
{
    struct timespec t{};
    if (clock_gettime(clock, &t) != 0)
        return -1;
    return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// The CPU-time clock of another thread of this process (what pthread_getcpuclockid builds).
clockid_t threadCpuClock(int tid)
{
    return clockid_t((~unsigned(tid)) << 3) | 2 /* CPUCLOCK_SCHED */ | 4 /* CPUCLOCK_PERTHREAD_MASK */;
}

// The "IWI" (IRQ work interrupts) row of /proc/interrupts summed over CPUs: every forced
// ring-buffer wake-up is an irq_work raised on the submitting CPU. -1 when unreadable.
int64_t irqWorkInterrupts()
{
    std::ifstream in("/proc/interrupts");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string label;
        fields >> label;
        if (label != "IWI:")
            continue;
        int64_t total = 0, n = 0;
        while (fields >> n)
            total += n;
        return total;
    }
    return -1;
}

// voluntary_ctxt_switches of one thread of this process: how often it went to sleep. -1 when unreadable.
int64_t voluntarySwitches(int tid)
{
    std::ifstream in("/proc/self/task/" + std::to_string(tid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with("voluntary_ctxt_switches:"))
            return std::stoll(line.substr(line.find(':') + 1));
    return -1;
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

int usage(const char* why)
{
    std::fprintf(stderr,
                 "ring_rate: %s\n"
                 "usage: ring_rate [--rates M,M,...] [--seconds S] [--rounds N] [--chunk RECORDS] [--ring-mb MiB]\n"
                 "                 [--submit engine|limited|engine,limited]\n"
                 "  rates in million records/s (default 1,2,2.5,3,4,6); 5 s per rate; 3 rounds;\n"
                 "  2000 records per generator run; 64 MiB ring; submit: the engine's emit_submit()\n"
                 "  (default) and/or the rate-limited forced wake-up proposed in bench/README.md\n",
                 why);
    return 2;
}

template <typename T> bool parseNumber(std::string_view text, T& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size();
}

std::optional<Options> parseOptions(int argc, char** argv, int& status)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            status = usage("measures the events level's drops at chosen record rates");
            return std::nullopt;
        }
        if (i + 1 >= argc) {
            status = usage("every option needs a value");
            return std::nullopt;
        }
        const std::string_view value = argv[++i];
        bool ok = true;
        if (arg == "--rates") {
            o.rates.clear();
            for (std::size_t pos = 0; ok && pos <= value.size();) {
                const std::size_t comma = std::min(value.find(',', pos), value.size());
                double r = 0;
                ok = parseNumber(value.substr(pos, comma - pos), r) && r > 0 && r <= 100;
                o.rates.push_back(r);
                pos = comma + 1;
            }
        } else if (arg == "--seconds") {
            ok = parseNumber(value, o.seconds) && o.seconds >= 0.1 && o.seconds <= 3600;
        } else if (arg == "--rounds") {
            ok = parseNumber(value, o.rounds) && o.rounds >= 1 && o.rounds <= 1000;
        } else if (arg == "--chunk") {
            ok = parseNumber(value, o.chunk) && o.chunk >= 1 && o.chunk <= RING_GEN_MAX_RUN;
        } else if (arg == "--submit") {
            ok = value == "engine" || value == "limited" || value == "engine,limited";
            o.submits.clear();
            if (value != "limited")
                o.submits.push_back(false);
            if (value != "engine")
                o.submits.push_back(true);
        } else if (arg == "--ring-mb") {
            ok = parseNumber(value, o.ringMb) && o.ringMb >= 1 && o.ringMb <= 4096 &&
                 (o.ringMb & (o.ringMb - 1)) == 0;
        } else {
            status = usage("unknown option");
            return std::nullopt;
        }
        if (!ok) {
            status = usage("bad value: --rates takes positive M/s values up to 100, --seconds 0.1-3600, "
                           "--rounds 1-1000, --chunk 1-65536, --ring-mb a power of two up to 4096, "
                           "--submit engine, limited or engine,limited");
            return std::nullopt;
        }
    }
    return o;
}

class Bench {
public:
    Bench(proclens::CaptureEngine& engine, RingGenerator& gen, RecordTally& tally, const EngineMaps& maps,
          const Options& o)
        : engine_(engine), gen_(gen), tally_(tally), maps_(maps), o_(o)
    {
    }

    // Generates at target M records/s for `seconds`, waits for the consumer, measures.
    bool runRate(double target, bool limited, RunResult& r, std::string& why, double seconds);
    // At least `records` records at kWarmUpRate, however long that takes; measured like runRate.
    bool warmUp(uint64_t records, RunResult& r, std::string& why);

private:
    bool drain(uint64_t until, int64_t& doneNs);
    bool generate(double target, bool limited, double seconds, uint64_t records, RunResult& r, std::string& why);

    proclens::CaptureEngine& engine_;
    RingGenerator& gen_;
    RecordTally& tally_;
    const EngineMaps& maps_;
    const Options& o_;
    const uint32_t nr_ = SYS_getppid;
    const int64_t ret_ = getppid();
};

// Waits until the consumer expects sequence number `until`, or until 500 ms pass without progress.
bool Bench::drain(uint64_t until, int64_t& doneNs)
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

bool Bench::runRate(double target, bool limited, RunResult& r, std::string& why, double seconds)
{
    return generate(target, limited, seconds, 0, r, why);
}

bool Bench::warmUp(uint64_t records, RunResult& r, std::string& why)
{
    return generate(kWarmUpRate, false, 0, records, r, why);
}

// Paced at target M/s until `seconds` have passed and at least `records` were written.
bool Bench::generate(double target, bool limited, double seconds, uint64_t records, RunResult& r,
                     std::string& why)
{
    r.target = target;
    r.limited = limited;
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
        if (!gen_.run(o_.chunk, nr_, ret_, limited, why))
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Results are grouped by submit policy (engine first), then by target rate.
using ResultKey = std::pair<bool, double>;
using Results = std::map<ResultKey, std::vector<RunResult>>;

const char* policyName(bool limited)
{
    return limited ? "limited" : "engine";
}

std::string rateLabel(double r)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", r);
    return text;
}

void printTable(const Options& o, const Results& results)
{
    std::printf("\n| submit | rate target (M/s) | generated M/s median (min–max) | consumed M/s median (min–max) | "
                "other records M/s | drops (max) | gaps (max) | repeats (max) | max ring fill (MiB of %u) | "
                "consumer CPU %% median (min–max) | consumer wake-ups/s | IRQ-work interrupts/s | generator CPU %% |\n",
                o.ringMb);
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const auto& [key, runs] : results) {
        std::vector<double> gen, con, other, cpu, gcpu, wakes, irqs;
        uint64_t drops = 0, gaps = 0, repeats = 0, fill = 0;
        for (const auto& r : runs) {
            gen.push_back(r.generatedPerSec / 1e6);
            con.push_back(r.consumedPerSec / 1e6);
            other.push_back(r.otherPerSec / 1e6);
            if (r.consumerCpu >= 0)
                cpu.push_back(r.consumerCpu);
            gcpu.push_back(r.generatorCpu);
            wakes.push_back(r.consumerWakeups);
            irqs.push_back(r.irqWorkPerSec);
            drops = std::max(drops, r.drops());
            gaps = std::max(gaps, r.gaps);
            repeats = std::max(repeats, r.repeats);
            fill = std::max(fill, r.maxFill);
        }
        char cpuText[64] = "n/a";
        if (!cpu.empty())
            std::snprintf(cpuText, sizeof cpuText, "%.1f (%.1f–%.1f)", median(cpu),
                          *std::min_element(cpu.begin(), cpu.end()), *std::max_element(cpu.begin(), cpu.end()));
        std::printf("| %s | %s | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) | %.3f | %llu | %llu | %llu | %.1f | %s | %.0f | %.0f | "
                    "%.0f |\n",
                    policyName(key.first), rateLabel(key.second).c_str(), median(gen), *std::min_element(gen.begin(), gen.end()),
                    *std::max_element(gen.begin(), gen.end()), median(con),
                    *std::min_element(con.begin(), con.end()), *std::max_element(con.begin(), con.end()),
                    median(other), static_cast<unsigned long long>(drops), static_cast<unsigned long long>(gaps),
                    static_cast<unsigned long long>(repeats), double(fill) / double(1 << 20), cpuText,
                    median(wakes), median(irqs), median(gcpu));
    }
}

} // namespace

int main(int argc, char** argv)
{
    int status = 0;
    const auto parsed = parseOptions(argc, argv, status);
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
    const std::size_t wakeupOption = eo.wakeupBytes;
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
    if (maps.wakeupBytes != wakeupOption) {
        std::fprintf(stderr, "ring_rate: the engine's .bss says wakeup_bytes %u, its options %zu\n", maps.wakeupBytes,
                     wakeupOption);
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
                "%d round(s) x %zu rate(s) x %zu submit polic%s x %g s, %u records per generator run\n",
                info.mode.c_str(), info.ringBufferBytes >> 20, maps.wakeupBytes,
                int(proclens::EngineOptions{}.pollInterval.count()), o.rounds, o.rates.size(),
                o.submits.size(), o.submits.size() == 1 ? "y" : "ies", o.seconds, o.chunk);
    std::printf("submit policies: engine = the engine's emit_submit(); limited = the rate-limited forced wake-up "
                "proposed in bench/README.md, NOT what the engine does\n");
    std::printf("load average before: %s\n", loadAverage().c_str());
    std::fflush(stdout);

    Bench bench(engine, gen, tally, maps, o);
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
            for (const bool limited : o.submits) {
                RunResult r;
                if (!bench.runRate(target, limited, r, why, o.seconds)) {
                    std::fprintf(stderr, "ring_rate: %s\n", why.c_str());
                    return 1;
                }
                std::printf(
                    "round %d %s target %sM/s: generated %.3fM/s (%llu), consumed %.3fM/s (%llu), other %.3fM/s, "
                    "drops map +%llu engine kernel +%llu user +%llu, gaps %llu, repeats %llu, max fill %.1f MiB, "
                    "consumer CPU %.1f%%, consumer wake-ups %.0f/s, IRQ work %.0f/s, generator CPU %.0f%%\n",
                    round, policyName(limited), rateLabel(target).c_str(), r.generatedPerSec / 1e6,
                    static_cast<unsigned long long>(r.generated), r.consumedPerSec / 1e6,
                    static_cast<unsigned long long>(r.consumed), r.otherPerSec / 1e6,
                    static_cast<unsigned long long>(r.mapDrops), static_cast<unsigned long long>(r.engineKernelDrops),
                    static_cast<unsigned long long>(r.userDrops), static_cast<unsigned long long>(r.gaps),
                    static_cast<unsigned long long>(r.repeats), double(r.maxFill) / double(1 << 20), r.consumerCpu,
                    r.consumerWakeups, r.irqWorkPerSec, r.generatorCpu);
                std::fflush(stdout);
                results[{limited, target}].push_back(r);
            }
        }
    }
    engine.stop();
    std::printf("load average after: %s\n", loadAverage().c_str());

    printTable(o, results);

    // The exit status judges the engine's own policy only; "limited" is an experiment.
    bool failed = false;
    for (const bool limited : o.submits) {
        std::optional<double> highestClean;
        bool allCleanSoFar = true;
        double fastestClean = 0;
        for (const auto& [key, runs] : results) {
            if (key.first != limited)
                continue;
            const bool clean = std::all_of(runs.begin(), runs.end(), [](const RunResult& r) { return r.clean(); });
            if (!clean && key.second <= kCheckedUpTo && !limited)
                failed = true;
            if (clean && allCleanSoFar)
                highestClean = key.second;
            allCleanSoFar = allCleanSoFar && clean;
            for (const auto& r : runs)
                if (r.clean())
                    fastestClean = std::max(fastestClean, r.generatedPerSec / 1e6);
        }
        if (highestClean) {
            std::vector<double> achieved;
            for (const auto& r : results[{limited, *highestClean}])
                achieved.push_back(r.generatedPerSec / 1e6);
            std::printf("\n%s: highest target with zero drops, gaps and repeats in every round (and at every lower "
                        "target): %sM/s (generated %.2fM/s median)\n",
                        policyName(limited), rateLabel(*highestClean).c_str(), median(achieved));
        } else {
            std::printf("\n%s: no target had zero drops, gaps and repeats in every round\n", policyName(limited));
        }
        std::printf("%s: fastest single run with zero drops, gaps and repeats: %.2fM/s generated\n",
                    policyName(limited), fastestClean);
    }
    if (failed)
        std::printf("FAIL: drops, gaps or repeats with the engine's policy at a target <= %gM/s\n", kCheckedUpTo);
    return failed ? 1 : 0;
}
