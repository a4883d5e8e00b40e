// SPDX-License-Identifier: MIT
// load_time: start() -> attached and self-checked, per mode of the engine's chain.
//
//   load_time [--rounds N] [--headers DIR] [--btf FILE]
//
// Each round runs mode 1 (kernel BTF), mode 2 (external BTF: --btf, default the
// kernel's own file used as an external one) and, with --headers, mode 3 (compiled;
// the first round compiles into a fresh cache dir, later rounds reuse the object),
// interleaved so machine load hits every mode alike. Prints one line per start and
// the median (min-max) per mode. Root.
#include "capture_engine.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace proclens;

namespace {

double startOnce(EngineOptions options, std::string* mode)
{
    CaptureEngine engine(std::move(options));
    engine.start();
    const EngineInfo info = engine.info();
    engine.stop();
    *mode = info.mode;
    return info.readyMs;
}

void summarize(const std::string& name, std::vector<double> v)
{
    if (v.empty())
        return;
    std::sort(v.begin(), v.end());
    std::printf("%-34s median %7.1f ms  (min %7.1f, max %7.1f, n=%zu)\n", name.c_str(), v[v.size() / 2], v.front(),
                v.back(), v.size());
}

} // namespace

int main(int argc, char** argv)
{
    int rounds = 7;
    std::string headers;
    std::string btf = "/sys/kernel/btf/vmlinux";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--headers" && i + 1 < argc)
            headers = argv[++i];
        else if (a == "--btf" && i + 1 < argc)
            btf = argv[++i];
        else {
            std::fprintf(stderr, "usage: load_time [--rounds N] [--headers DIR] [--btf FILE]\n");
            return 2;
        }
    }
    if (geteuid() != 0) {
        std::fprintf(stderr, "load_time: loading BPF programs needs root\n");
        return 1;
    }
    spdlog::set_level(spdlog::level::warn);
    char tmpl[] = "/tmp/proclens-load-time-XXXXXX";
    const char* cache = mkdtemp(tmpl);
    if (!cache) {
        std::perror("mkdtemp");
        return 1;
    }
    std::map<std::string, std::vector<double>> results;
    try {
        for (int r = 0; r < rounds; ++r) {
            std::string mode;
            EngineOptions one;
            one.level = CaptureLevel::Summary;
            one.onlyFirstMode = true;
            results["mode 1 (kernel BTF, tp_btf)"].push_back(startOnce(one, &mode));

            EngineOptions two = one;
            two.firstMode = EngineMode::CoreExternalBtf;
            two.btfCustomPath = btf;
            results["mode 2 (external BTF, raw_tp)"].push_back(startOnce(two, &mode));

            if (!headers.empty()) {
                EngineOptions three = one;
                three.firstMode = EngineMode::Compiled;
                three.kernelHeadersDir = headers;
                three.cacheDir = cache;
                const double ms = startOnce(three, &mode);
                results[r == 0 ? "mode 3 (compiled, first run)" : "mode 3 (compiled, cached)"].push_back(ms);
            }
            std::printf("round %d done\n", r + 1);
        }
    } catch (const EngineError& e) {
        std::fprintf(stderr, "load_time: %s\n", e.what());
        std::filesystem::remove_all(cache);
        return 1;
    }
    std::filesystem::remove_all(cache);
    for (const auto& [name, values] : results)
        summarize(name, values);
    return 0;
}
