// SPDX-License-Identifier: MIT
#include "btf_tools.h"

#include "bpf/events.h"
#include "capture_engine.h"
#include "process_runner.h"
#include "proclens_bpf.skel.h"

#include <bpf/btf.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace proclens {

std::string_view coreObjectBytes()
{
    size_t size = 0;
    const void* data = proclens_bpf__elf_bytes(&size);
    return {static_cast<const char*>(data), size};
}

void minimizeBtf(const std::string& kernelBtf, const std::string& outFile)
{
    struct btf* btf = btf__parse(kernelBtf.c_str(), nullptr);
    if (!btf)
        throw EngineError("Cannot read BTF from " + kernelBtf + ": " + std::strerror(errno) + ".");
    btf__free(btf);
    const std::string bpftool = engine::findProgram({"bpftool", "/usr/sbin/bpftool"});
    if (bpftool.empty())
        throw EngineError("bpftool is missing; install it: apt-get install bpftool");

    // bpftool reads the object from a file: write the embedded one to a private temp file.
    const char* tmpdir = std::getenv("TMPDIR");
    std::string objPath = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/proclens-core-XXXXXX";
    const int fd = mkstemp(objPath.data());
    if (fd < 0)
        throw EngineError("Cannot create a temporary file in " + objPath + ": " + std::strerror(errno) + ".");
    const std::string_view bytes = coreObjectBytes();
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    close(fd);
    if (written != bytes.size()) {
        unlink(objPath.c_str());
        throw EngineError("Cannot write the BPF object to " + objPath + ".");
    }
    const engine::ProcessResult r = engine::runProgram({bpftool, "gen", "min_core_btf", kernelBtf, outFile, objPath});
    unlink(objPath.c_str());
    if (!r.started || r.exitCode != 0)
        throw EngineError("bpftool gen min_core_btf failed: " + r.output);
}

} // namespace proclens
