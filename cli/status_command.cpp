// SPDX-License-Identifier: MIT
// `proclens-cli status`: starts the engine once to report how it captures on
// this kernel (mode, kernel release, ring buffer, programs), then stops it.
#include <cstdio>
#include <string>
#include <unistd.h>

#include "commands.h"

#include <QCoreApplication>

namespace proclens::cli {

std::string capture_unavailable_reason(std::string_view command)
{
    if (geteuid() != 0)
        return QCoreApplication::translate("proclens-cli", "proclens-cli %1 needs root to load its BPF programs (run it with sudo)")
            .arg(QString::fromUtf8(command.data(), qsizetype(command.size())))
            .toStdString();
    return {};
}

int run_status()
{
    if (auto reason = capture_unavailable_reason("status"); !reason.empty()) {
        std::fprintf(stderr, "proclens-cli: %s\n", reason.c_str());
        return 1;
    }
    EngineOptions options;
    options.level = CaptureLevel::SummaryAndEvents;
    CaptureEngine engine(std::move(options));
    try {
        engine.start();
    } catch (const EngineError& e) {
        std::fprintf(stderr, "proclens-cli: %s\n", e.what());
        return 1;
    }
    const EngineInfo info = engine.info();
    engine.stop();

    // Fixed English keys: scripts and the package test parse these lines.
    std::printf("mode:        %s\n", info.mode.c_str());
    std::printf("kernel:      %s\n", info.kernelRelease.c_str());
    std::printf("ring buffer: %zu MiB\n", info.ringBufferBytes >> 20);
    std::printf("programs:    %zu attached\n", info.programs.size());
    for (const auto& program : info.programs)
        std::printf("  %s\n", program.c_str());
    return 0;
}

}  // namespace proclens::cli
