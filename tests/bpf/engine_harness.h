// SPDX-License-Identifier: MIT
// Shared by the BPF tests: skip unless BPF can load, collect and decode what an engine emits.
#pragma once

#include "capture_engine.h"
#include "proclens/wire_format.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace proclens::test {

/// Why BPF tests cannot run here (not root, no BTF), or nullopt when they can.
std::optional<QString> bpfUnavailableReason();

/// QSKIPs the calling test function when the BPF programs cannot be loaded here.
#define PROCLENS_REQUIRE_BPF()                                                                     \
    do {                                                                                           \
        if (auto reason = ::proclens::test::bpfUnavailableReason())                                \
            QSKIP(qPrintable(*reason));                                                            \
    } while (0)

/// Decodes every record an engine hands over (with the common/ wire decoder) and keeps it.
class EventCollector {
public:
    /// The callback to put into EngineOptions::onRecords.
    std::function<void(std::span<const std::byte>)> callback();

    /// Waits until pred holds over the events collected so far; false on timeout.
    bool waitFor(const std::function<bool(const std::vector<wire::Event>&)>& pred,
                 std::chrono::milliseconds timeout = std::chrono::seconds(15));

    std::vector<wire::Event> events() const;
    std::vector<wire::ProcessEvent> processEvents(uint32_t pid) const;
    std::vector<wire::SyscallEvent> syscallEvents(uint32_t pid) const;
    /// Records the decoder rejected, with its messages (a correct engine makes none).
    std::vector<std::string> decodeErrors() const;
    void clear();
    /// Keep syscall events of watched pids only (process events are always kept),
    /// so a busy machine's syscalls do not pile up in the test's memory.
    void watchOnly(std::vector<uint32_t> pids);
    void watch(uint32_t pid);

private:
    void onRecords(std::span<const std::byte> records);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<wire::Event> m_events;
    std::vector<std::string> m_errors;
    bool m_watchAll = true;
    std::vector<uint32_t> m_watched;
};

/// Options for an engine feeding collector, at level, with a small ring buffer.
EngineOptions collectingOptions(EventCollector& collector, CaptureLevel level);

/// Inode number of /proc/<pid>/ns/<name> (what `stat -L` prints), 0 when unreadable.
uint32_t nsInode(pid_t pid, const char* name);

} // namespace proclens::test
