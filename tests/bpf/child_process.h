// SPDX-License-Identifier: MIT
// A forked child that waits on a pipe until the test releases it, so filters
// can name its pid before it does anything.
#pragma once

#include <sys/types.h>

#include <functional>

namespace proclens::test {

class ChildProcess {
public:
    /// Forks; the child blocks until release(), runs body and _exit()s with its result.
    /// body runs in a forked copy of a multi-threaded process: plain syscalls only.
    explicit ChildProcess(std::function<int()> body);
    /// As above; prepare runs in the child before it waits (e.g. to enter a new namespace).
    ChildProcess(std::function<void()> prepare, std::function<int()> body);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    void release();
    /// Waits for the child; returns the raw wait status, or -1 on timeout (child killed).
    int wait(int timeoutMs = 20000);

private:
    pid_t m_pid = -1;
    int m_gate = -1;
    bool m_reaped = false;
};

} // namespace proclens::test
