// SPDX-License-Identifier: MIT
// `proclens-cli btf ...`: the BTF side of portability.
//   btf minimize --kernel-btf FILE [-o OUT]   the minimal BTF our CO-RE object needs
//   btf modes [--mode N] [--only] [--btf FILE] [--headers DIR]
//                                             run the engine's mode chain once (root) and print
//                                             every attempt, the per-feature choices and the time
#include <cstdint>
#include <cstdio>
#include <exception>
#include <span>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unistd.h>

#include "btf_tools.h"
#include "capture_engine.h"
#include "commands.h"

namespace proclens::cli {

namespace {

constexpr const char* kBtfUsage =
    "usage: proclens-cli btf minimize --kernel-btf FILE [-o OUT]\n"
    "       proclens-cli btf modes [--mode 1|2|3|kernel-btf|external-btf|compiled] [--only]\n"
    "                              [--btf FILE] [--headers DIR] [--cache DIR] [--data DIR]\n";

int usageError(const std::string& message)
{
    std::fprintf(stderr, "proclens-cli: %s\n\n%s", message.c_str(), kBtfUsage);
    return 2;
}

int runMinimize(std::span<const std::string_view> args)
{
    std::string in;
    std::string out;
    for (size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--kernel-btf" && hasValue)
            in = args[++i];
        else if ((args[i] == "-o" || args[i] == "--output") && hasValue)
            out = args[++i];
        else
            return usageError("btf minimize: unexpected argument '" + std::string(args[i]) + "'");
    }
    if (in.empty())
        return usageError("btf minimize needs --kernel-btf FILE");
    if (out.empty())
        out = std::filesystem::path(in).filename().string() + ".min.btf";
    minimizeBtf(in, out);
    std::error_code ec;
    const auto before = std::filesystem::file_size(in, ec);
    const auto after = std::filesystem::file_size(out, ec);
    std::printf("%s: %ju bytes (from %ju bytes of %s)\n", out.c_str(), uintmax_t(after), uintmax_t(before), in.c_str());
    return 0;
}

int runModes(std::span<const std::string_view> args)
{
    EngineOptions options;
    options.level = CaptureLevel::Summary;
    for (size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--mode" && hasValue) {
            const auto mode = parseMode(args[++i]);
            if (!mode)
                return usageError("btf modes: unknown mode '" + std::string(args[i]) + "'");
            options.firstMode = *mode;
        } else if (args[i] == "--only") {
            options.onlyFirstMode = true;
        } else if (args[i] == "--btf" && hasValue) {
            options.btfCustomPath = args[++i];
        } else if (args[i] == "--headers" && hasValue) {
            options.kernelHeadersDir = args[++i];
        } else if (args[i] == "--cache" && hasValue) {
            options.cacheDir = args[++i];
        } else if (args[i] == "--data" && hasValue) {
            options.dataDir = args[++i];
        } else {
            return usageError("btf modes: unexpected argument '" + std::string(args[i]) + "'");
        }
    }
    if (auto reason = capture_unavailable_reason("btf modes"); !reason.empty()) {
        std::fprintf(stderr, "proclens-cli: %s\n", reason.c_str());
        return 1;
    }
    CaptureEngine engine(std::move(options));
    try {
        engine.start();
    } catch (const EngineError& e) {
        std::fprintf(stderr, "proclens-cli: %s\n", e.what());
        return 1;
    }
    const EngineInfo info = engine.info();
    engine.stop();
    for (const ModeAttempt& a : info.attempts)
        std::printf("mode %d %-9s %s%s%s\n", int(a.mode), a.accepted ? "accepted" : "skipped", a.detail.c_str(),
                    a.reason.empty() ? "" : ": ", a.reason.c_str());
    std::printf("mode:     %s\n", info.mode.c_str());
    for (const std::string& f : info.features)
        std::printf("feature:  %s\n", f.c_str());
    std::printf("ready in: %.0f ms\n", info.readyMs);
    return 0;
}

} // namespace

int run_btf(std::span<const std::string_view> args)
{
    if (args.empty())
        return usageError("btf needs a subcommand");
    try {
        if (args[0] == "minimize")
            return runMinimize(args.subspan(1));
        if (args[0] == "modes")
            return runModes(args.subspan(1));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "proclens-cli: %s\n", e.what());
        return 1;
    }
    return usageError("btf: unknown subcommand '" + std::string(args[0]) + "'");
}

}  // namespace proclens::cli
