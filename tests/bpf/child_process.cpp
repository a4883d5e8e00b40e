// SPDX-License-Identifier: MIT
#include "child_process.h"

#include <sys/wait.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace proclens::test {

ChildProcess::ChildProcess(std::function<int()> body)
    : ChildProcess(std::function<void()>(), std::move(body))
{
}

ChildProcess::ChildProcess(std::function<void()> prepare, std::function<int()> body)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe2 failed");
    m_pid = fork();
    if (m_pid < 0)
        throw std::runtime_error("fork failed");
    if (m_pid == 0) {
        // The test framework's crash handlers are not the child's business.
        for (int sig = 1; sig < NSIG; ++sig)
            signal(sig, SIG_DFL);
        close(fds[1]);
        if (prepare)
            prepare();
        char byte = 0;
        if (read(fds[0], &byte, 1) != 1)
            _exit(120);
        close(fds[0]);
        _exit(body());
    }
    close(fds[0]);
    m_gate = fds[1];
}

ChildProcess::~ChildProcess()
{
    if (m_gate >= 0)
        close(m_gate);
    if (!m_reaped && m_pid > 0) {
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
}

void ChildProcess::release()
{
    if (m_gate < 0)
        return;
    const char byte = 1;
    [[maybe_unused]] ssize_t n = write(m_gate, &byte, 1);
    close(m_gate);
    m_gate = -1;
}

int ChildProcess::wait(int timeoutMs)
{
    release();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    int status = 0;
    while (true) {
        pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_reaped = true;
            return status;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
            m_reaped = true;
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

} // namespace proclens::test
