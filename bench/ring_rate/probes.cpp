// SPDX-License-Identifier: MIT
#include "probes.h"

#include <cerrno>
#include <fstream>
#include <sstream>

namespace proclens::bench {

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

clockid_t threadCpuClock(int tid)
{
    return clockid_t((~unsigned(tid)) << 3) | 2 /* CPUCLOCK_SCHED */ | 4 /* CPUCLOCK_PERTHREAD_MASK */;
}

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

} // namespace proclens::bench
