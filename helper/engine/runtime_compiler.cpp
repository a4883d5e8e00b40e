// SPDX-License-Identifier: MIT
#include "runtime_compiler.h"

#include "embedded_sources.h"
#include "process_runner.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace proclens::engine {

namespace fs = std::filesystem;

namespace {

uint64_t fnv1a(uint64_t hash, std::string_view data)
{
    for (unsigned char c : data) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string hex(uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4)
        s[size_t(i)] = digits[v & 0xf];
    return s;
}

// What identifies a headers tree: its resolved path and the version.h/autoconf.h it carries.
std::string headersIdentity(const fs::path& dir)
{
    std::string id = fs::weakly_canonical(dir).string();
    std::error_code ec;
    for (const char* rel : {"include/generated/uapi/linux/version.h", "include/linux/version.h",
                            "include/generated/autoconf.h", "include/generated/utsrelease.h"}) {
        const fs::path p = dir / rel;
        if (fs::exists(p, ec)) {
            std::ifstream in(p, std::ios::binary);
            id += std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        }
    }
    return id;
}

bool writeSources(const fs::path& dir, std::string& why)
{
    std::error_code ec;
    for (const EmbeddedFile& f : embeddedBpfSources()) {
        const fs::path p = dir / f.name;
        fs::create_directories(p.parent_path(), ec);
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(f.content.data(), std::streamsize(f.content.size()));
        if (!out) {
            why = "cannot write " + p.string();
            return false;
        }
    }
    return true;
}

// Kernel include flags in Kbuild's order, for a build tree and (Debian) its separate source tree.
std::vector<std::string> kernelIncludeFlags(const fs::path& build)
{
    std::vector<fs::path> trees{build};
    std::error_code ec;
    if (fs::exists(build / "source", ec))
        trees.push_back(fs::weakly_canonical(build / "source"));
    std::vector<std::string> flags;
    for (const char* rel : {"arch/x86/include", "arch/x86/include/generated", "include",
                            "arch/x86/include/uapi", "arch/x86/include/generated/uapi", "include/uapi",
                            "include/generated/uapi"}) {
        for (const fs::path& t : trees)
            if (fs::exists(t / rel, ec))
                flags.push_back("-I" + (t / rel).string());
    }
    for (const fs::path& t : trees) {
        if (fs::exists(t / "include/linux/kconfig.h", ec)) {
            flags.push_back("-include");
            flags.push_back((t / "include/linux/kconfig.h").string());
            break;
        }
    }
    return flags;
}

} // namespace

CompileResult compileForKernel(const CompileRequest& request)
{
    CompileResult result;
    std::error_code ec;
    const fs::path headers = request.headersDir.empty() ? fs::path("/lib/modules") / request.release / "build"
                                                        : fs::path(request.headersDir);
    if (!fs::exists(headers / "include", ec)) {
        result.error = "the kernel headers for " + request.release + " are missing (" + headers.string() +
                       "/include); install them: apt-get install linux-headers-" + request.release;
        return result;
    }
    const std::string clang = findProgram(request.clang.empty()
                                              ? std::vector<std::string>{"clang", "clang-19", "clang-18", "clang-17",
                                                                         "clang-16", "clang-15", "clang-14"}
                                              : std::vector<std::string>{request.clang});
    if (clang.empty()) {
        result.error = request.clang.empty() ? std::string("clang is missing; install it: apt-get install clang")
                                             : request.clang + " is not an executable clang";
        return result;
    }
    result.detail = "headers " + headers.string() + ", " + clang;

    uint64_t hash = 14695981039346656037ull;
    for (const EmbeddedFile& f : embeddedBpfSources()) {
        hash = fnv1a(hash, f.name);
        hash = fnv1a(hash, f.content);
    }
    hash = fnv1a(hash, headersIdentity(headers));
    hash = fnv1a(hash, clang);
    const fs::path dir = fs::path(request.cacheDir) / "compiled" / request.release;
    const fs::path object = dir / ("proclens-" PROCLENS_VERSION "-" + hex(hash) + ".bpf.o");
    if (fs::exists(object, ec)) {
        result.objectPath = object.string();
        result.cached = true;
        return result;
    }

    const fs::path src = dir / ("src-" + hex(hash) + "-" + std::to_string(getpid()));
    fs::remove_all(src, ec);
    if (!writeSources(src, result.error))
        return result;
    std::vector<std::string> argv{clang, "-target", "bpf", "-O2", "-g", "-D__TARGET_ARCH_x86", "-D__KERNEL__",
                                  "-D__BPF_TRACING__", "-DKBUILD_MODNAME=\"proclens\"",
                                  "-I" + (src / "include").string(), "-I" + src.string(),
                                  "-I" + (src / "libbpf").string()};
    for (std::string& f : kernelIncludeFlags(headers))
        argv.push_back(std::move(f));
    for (const char* w : {"-Wno-unused-value", "-Wno-pointer-sign", "-Wno-compare-distinct-pointer-types",
                          "-Wno-gnu-variable-sized-type-not-at-end", "-Wno-address-of-packed-member",
                          "-Wno-tautological-compare", "-Wno-unknown-warning-option", "-Wno-unused-function",
                          "-fno-stack-protector"})
        argv.emplace_back(w);
    const fs::path tmp = dir / (".tmp-" + std::to_string(getpid()) + ".bpf.o");
    argv.insert(argv.end(), {"-c", (src / "proclens.bpf.c").string(), "-o", tmp.string()});

    const auto started = std::chrono::steady_clock::now();
    const ProcessResult r = runProgram(argv);
    fs::remove_all(src, ec);
    if (!r.started || r.exitCode != 0) {
        fs::remove(tmp, ec);
        std::string out = r.output.substr(0, 2000);
        result.error = "compiling the BPF programs against " + headers.string() + " failed (" + clang +
                       "): " + out;
        return result;
    }
    fs::rename(tmp, object, ec);
    if (ec) {
        result.error = "cannot store the compiled object in " + object.string() + ": " + ec.message();
        return result;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    spdlog::info("engine: compiled the BPF programs for {} in {} ms into {}", request.release, ms.count(),
                 object.string());
    result.objectPath = object.string();
    return result;
}

} // namespace proclens::engine
