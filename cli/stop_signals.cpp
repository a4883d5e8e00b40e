// SPDX-License-Identifier: MIT
#include "stop_signals.h"

#include <pthread.h>
#include <ctime>

namespace proclens::cli {

sigset_t block_stop_signals()
{
    sigset_t stopSet;
    sigemptyset(&stopSet);
    sigaddset(&stopSet, SIGINT);
    sigaddset(&stopSet, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    return stopSet;
}

bool stop_signal_within(const sigset_t& stopSet, std::chrono::steady_clock::duration slice)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(slice).count();
    if (ns <= 0)
        return false;
    timespec timeout{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
    return sigtimedwait(&stopSet, nullptr, &timeout) > 0;
}

}  // namespace proclens::cli
