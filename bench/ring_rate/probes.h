// SPDX-License-Identifier: MIT
// Clocks and counters ring_rate reads around each run: monotonic time, thread
// CPU clocks, IRQ-work interrupts, a thread's voluntary context switches.
#pragma once

#include <time.h>

#include <cstdint>
#include <string>

namespace proclens::bench {

/// CLOCK_MONOTONIC in nanoseconds.
int64_t monoNs();
/// Sleeps until CLOCK_MONOTONIC reaches ns (absolute).
void sleepUntil(int64_t ns);
/// A clock's value in nanoseconds; -1 when it cannot be read.
int64_t cpuNs(clockid_t clock);
/// The CPU-time clock of another thread of this process (what pthread_getcpuclockid builds).
clockid_t threadCpuClock(int tid);
/// The "IWI" (IRQ work interrupts) row of /proc/interrupts summed over CPUs: every forced
/// ring-buffer wake-up is an irq_work raised on the submitting CPU. -1 when unreadable.
int64_t irqWorkInterrupts();
/// voluntary_ctxt_switches of one thread of this process (how often it slept); -1 when unreadable.
int64_t voluntarySwitches(int tid);
/// The three load averages of /proc/loadavg.
std::string loadAverage();

} // namespace proclens::bench
