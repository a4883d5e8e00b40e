// SPDX-License-Identifier: MIT
#include "libbpf_glue.h"

#include "capture_engine.h"

#include <bpf/libbpf.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>

#include <unistd.h>

namespace proclens::engine {

namespace {

int printToSpdlog(enum libbpf_print_level level, const char* format, va_list args)
{
    char buffer[1024];
    int n = std::vsnprintf(buffer, sizeof(buffer), format, args);
    if (n < 0)
        return n;
    std::string_view text(buffer, std::min<size_t>(size_t(n), sizeof(buffer) - 1));
    while (!text.empty() && text.back() == '\n')
        text.remove_suffix(1);
    switch (level) {
    case LIBBPF_WARN:
        spdlog::warn("libbpf: {}", text);
        break;
    case LIBBPF_INFO:
        spdlog::debug("libbpf: {}", text);
        break;
    case LIBBPF_DEBUG:
        spdlog::trace("libbpf: {}", text);
        break;
    }
    return n;
}

} // namespace

void installLibbpfLogger()
{
    static std::once_flag once;
    std::call_once(once, [] { libbpf_set_print(printToSpdlog); });
}

std::string libbpfErrorMessage(std::string_view what, int err)
{
    const int code = err < 0 ? -err : err;
    std::string message(what);
    message += ": ";
    switch (code) {
    case EPERM:
    case EACCES:
        message += "permission denied; loading BPF programs needs root (or CAP_BPF, "
                   "CAP_PERFMON and CAP_SYS_RESOURCE)";
        break;
    case ENOSYS:
        message += "this kernel has no bpf() system call (CONFIG_BPF_SYSCALL is off)";
        break;
    case ESRCH:
        message += "the kernel's BTF lacks a type the programs need (is /sys/kernel/btf/vmlinux "
                   "from this kernel?)";
        break;
    default: {
        char buffer[256];
        libbpf_strerror(err < 0 ? err : -err, buffer, sizeof(buffer));
        message += buffer;
        break;
    }
    }
    return message;
}

void throwIfLibbpfError(std::string_view what, int err)
{
    // EACCES from root is the verifier refusing a program, which another mode may avoid.
    if (err == -EPERM || err == -ENOSYS || (err == -EACCES && geteuid() != 0))
        throw FatalEngineError(libbpfErrorMessage(what, err));
    if (err < 0)
        throw EngineError(libbpfErrorMessage(what, err));
}

} // namespace proclens::engine
