// SPDX-License-Identifier: MIT
#include "report.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

namespace proclens::bench {
namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string rateLabel(double r)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", r);
    return text;
}

} // namespace

void printTable(const Options& o, const Results& results)
{
    std::printf("\n| rate target (M/s) | generated M/s median (min–max) | consumed M/s median (min–max) | "
                "other records M/s | drops (max) | gaps (max) | repeats (max) | max ring fill (MiB of %u) | "
                "consumer CPU %% median (min–max) | consumer wake-ups/s | IRQ-work interrupts/s | generator CPU %% |\n",
                o.ringMb);
    std::printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (const auto& [target, runs] : results) {
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
        std::printf("| %s | %.2f (%.2f–%.2f) | %.2f (%.2f–%.2f) | %.3f | %llu | %llu | %llu | %.1f | %s | %.0f | %.0f | "
                    "%.0f |\n",
                    rateLabel(target).c_str(), median(gen), *std::min_element(gen.begin(), gen.end()),
                    *std::max_element(gen.begin(), gen.end()), median(con),
                    *std::min_element(con.begin(), con.end()), *std::max_element(con.begin(), con.end()),
                    median(other), static_cast<unsigned long long>(drops), static_cast<unsigned long long>(gaps),
                    static_cast<unsigned long long>(repeats), double(fill) / double(1 << 20), cpuText,
                    median(wakes), median(irqs), median(gcpu));
    }
}

void printRun(int round, const RunResult& r)
{
    std::printf(
        "round %d target %sM/s: generated %.3fM/s (%llu), consumed %.3fM/s (%llu), other %.3fM/s, "
        "drops map +%llu engine kernel +%llu user +%llu, gaps %llu, repeats %llu, max fill %.1f MiB, "
        "consumer CPU %.1f%%, consumer wake-ups %.0f/s, IRQ work %.0f/s, generator CPU %.0f%%\n",
        round, rateLabel(r.target).c_str(), r.generatedPerSec / 1e6,
        static_cast<unsigned long long>(r.generated), r.consumedPerSec / 1e6,
        static_cast<unsigned long long>(r.consumed), r.otherPerSec / 1e6,
        static_cast<unsigned long long>(r.mapDrops), static_cast<unsigned long long>(r.engineKernelDrops),
        static_cast<unsigned long long>(r.userDrops), static_cast<unsigned long long>(r.gaps),
        static_cast<unsigned long long>(r.repeats), double(r.maxFill) / double(1 << 20), r.consumerCpu,
        r.consumerWakeups, r.irqWorkPerSec, r.generatorCpu);
    std::fflush(stdout);
}

bool printVerdict(const Results& results, double checkedUpTo)
{
    bool failed = false;
    std::optional<double> highestClean;
    bool allCleanSoFar = true;
    double fastestClean = 0;
    for (const auto& [target, runs] : results) {
        const bool clean = std::all_of(runs.begin(), runs.end(), [](const RunResult& r) { return r.clean(); });
        if (!clean && target <= checkedUpTo)
            failed = true;
        if (clean && allCleanSoFar)
            highestClean = target;
        allCleanSoFar = allCleanSoFar && clean;
        for (const auto& r : runs)
            if (r.clean())
                fastestClean = std::max(fastestClean, r.generatedPerSec / 1e6);
    }
    if (highestClean) {
        std::vector<double> achieved;
        for (const auto& r : results.at(*highestClean))
            achieved.push_back(r.generatedPerSec / 1e6);
        std::printf("\nhighest target with zero drops, gaps and repeats in every round (and at every lower "
                    "target): %sM/s (generated %.2fM/s median)\n",
                    rateLabel(*highestClean).c_str(), median(achieved));
    } else {
        std::printf("\nno target had zero drops, gaps and repeats in every round\n");
    }
    std::printf("fastest single run with zero drops, gaps and repeats: %.2fM/s generated\n", fastestClean);
    return failed;
}

} // namespace proclens::bench
