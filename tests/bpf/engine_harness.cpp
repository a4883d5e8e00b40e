// SPDX-License-Identifier: MIT
#include "engine_harness.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <string>

namespace proclens::test {

std::optional<QString> bpfUnavailableReason()
{
    if (geteuid() != 0)
        return QStringLiteral("BPF tests load real BPF programs and need root; run ctest -L bpf as root.");
    if (!std::filesystem::exists("/sys/kernel/btf/vmlinux"))
        return QStringLiteral("This kernel has no /sys/kernel/btf/vmlinux; the CO-RE programs cannot load.");
    return std::nullopt;
}

std::function<void(std::span<const std::byte>)> EventCollector::callback()
{
    return [this](std::span<const std::byte> records) { onRecords(records); };
}

void EventCollector::onRecords(std::span<const std::byte> records)
{
    std::vector<wire::Event> decoded;
    std::vector<std::string> errors;
    const auto* base = reinterpret_cast<const std::uint8_t*>(records.data());
    size_t offset = 0;
    while (offset + sizeof(pl_event_header) <= records.size()) {
        pl_event_header hdr{};
        std::memcpy(&hdr, base + offset, sizeof(hdr));
        if (hdr.size < sizeof(hdr) || offset + hdr.size > records.size()) {
            errors.push_back("bad record size " + std::to_string(hdr.size) + " at " + std::to_string(offset));
            break;
        }
        wire::RecordView view;
        view.type = hdr.type;
        view.flags = hdr.flags;
        view.timestamp_ns = hdr.timestamp_ns;
        view.offset = offset;
        view.bytes = std::span<const std::uint8_t>(base + offset, hdr.size);
        auto event = wire::decode_record(view);
        if (event)
            decoded.push_back(std::move(*event));
        else
            errors.push_back(event.error().to_string());
        offset += hdr.size;
    }
    std::lock_guard lock(m_mutex);
    for (auto& e : decoded) {
        if (!m_watchAll) {
            const auto* s = std::get_if<wire::SyscallEvent>(&e);
            if (s && std::find(m_watched.begin(), m_watched.end(), s->pid) == m_watched.end())
                continue;
        }
        m_events.push_back(std::move(e));
    }
    for (auto& e : errors)
        m_errors.push_back(std::move(e));
    m_changed.notify_all();
}

bool EventCollector::waitFor(const std::function<bool(const std::vector<wire::Event>&)>& pred,
                             std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return pred(m_events); });
}

std::vector<wire::Event> EventCollector::events() const
{
    std::lock_guard lock(m_mutex);
    return m_events;
}

std::vector<wire::ProcessEvent> EventCollector::processEvents(uint32_t pid) const
{
    std::vector<wire::ProcessEvent> out;
    std::lock_guard lock(m_mutex);
    for (const auto& e : m_events) {
        if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->task.pid == pid)
            out.push_back(*p);
    }
    return out;
}

std::vector<wire::SyscallEvent> EventCollector::syscallEvents(uint32_t pid) const
{
    std::vector<wire::SyscallEvent> out;
    std::lock_guard lock(m_mutex);
    for (const auto& e : m_events) {
        if (const auto* s = std::get_if<wire::SyscallEvent>(&e); s && s->pid == pid)
            out.push_back(*s);
    }
    return out;
}

std::vector<std::string> EventCollector::decodeErrors() const
{
    std::lock_guard lock(m_mutex);
    return m_errors;
}

void EventCollector::watchOnly(std::vector<uint32_t> pids)
{
    std::lock_guard lock(m_mutex);
    m_watchAll = false;
    m_watched = std::move(pids);
}

void EventCollector::watch(uint32_t pid)
{
    std::lock_guard lock(m_mutex);
    m_watched.push_back(pid);
}

void EventCollector::clear()
{
    std::lock_guard lock(m_mutex);
    m_events.clear();
    m_errors.clear();
}

EngineOptions collectingOptions(EventCollector& collector, CaptureLevel level)
{
    EngineOptions options;
    options.level = level;
    options.ringBufferBytes = size_t{8} << 20;
    options.onRecords = collector.callback();
    return options;
}

uint32_t nsInode(pid_t pid, const char* name)
{
    struct stat st{};
    const std::string path = "/proc/" + std::to_string(pid) + "/ns/" + name;
    if (stat(path.c_str(), &st) != 0)
        return 0;
    return uint32_t(st.st_ino);
}

} // namespace proclens::test
