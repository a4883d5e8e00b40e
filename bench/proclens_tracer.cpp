// SPDX-License-Identifier: MIT
// The ProcLens engine as a benchmark tracer: attaches at the given level,
// prints "ready", and on SIGINT/SIGTERM prints what it saw:
//   "events N drops D" (events: records consumed; summary: syscalls counted).
#include <atomic>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "bpf/events.h"
#include "helper/engine/capture_engine.h"

namespace {

int usage(const char* why)
{
    std::fprintf(stderr, "proclens_tracer: %s\nusage: proclens_tracer [--level summary|events] [--ring-mb MiB] [--thread-slot auto|task-storage|hash]\n", why);
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    proclens::EngineOptions options;
    options.level = proclens::CaptureLevel::Summary;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc)
            return usage("every option needs a value");
        const std::string_view value = argv[++i];
        if (arg == "--level" && value == "summary") {
            options.level = proclens::CaptureLevel::Summary;
        } else if (arg == "--level" && value == "events") {
            options.level = proclens::CaptureLevel::Events;
        } else if (arg == "--thread-slot" && value == "auto") {
            options.threadSlot = proclens::ThreadSlot::Auto;
        } else if (arg == "--thread-slot" && value == "task-storage") {
            options.threadSlot = proclens::ThreadSlot::TaskStorage;
        } else if (arg == "--thread-slot" && value == "hash") {
            options.threadSlot = proclens::ThreadSlot::Hash;
        } else if (arg == "--ring-mb") {
            unsigned mib = 0;
            auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), mib);
            if (ec != std::errc{} || ptr != value.data() + value.size() || mib == 0 || mib > 4096)
                return usage("--ring-mb needs a size from 1 to 4096");
            options.ringBufferBytes = std::size_t{mib} << 20;
        } else {
            return usage("unknown option or value");
        }
    }

    // Walking the headers is the least a consumer must do; it keeps the count honest.
    std::atomic<std::uint64_t> records{0};
    options.onRecords = [&records](std::span<const std::byte> run) {
        std::uint64_t n = 0;
        for (std::size_t off = 0; off + sizeof(pl_event_header) <= run.size();) {
            pl_event_header hdr;
            std::memcpy(&hdr, run.data() + off, sizeof hdr);
            if (hdr.size < sizeof hdr)
                break;
            off += hdr.size;
            ++n;
        }
        records.fetch_add(n, std::memory_order_relaxed);
    };

    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    const bool eventsLevel = options.level == proclens::CaptureLevel::Events;
    proclens::CaptureEngine engine(std::move(options));
    try {
        engine.start();
    } catch (const proclens::EngineError& e) {
        std::fprintf(stderr, "proclens_tracer: %s\n", e.what());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    int sig = 0;
    sigwait(&stop, &sig);
    std::uint64_t counted = 0;
    for (const auto& row : engine.readSummary())
        counted += row.count;
    engine.stop();
    const auto stats = engine.stats();
    std::printf("events %llu drops %llu\n",
                static_cast<unsigned long long>(eventsLevel ? records.load() : counted),
                static_cast<unsigned long long>(stats.kernelDrops + stats.userDrops));
    return 0;
}
