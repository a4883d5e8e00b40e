// SPDX-License-Identifier: MIT
// Text for decoded events: sockaddrs, syscall arguments by signature, results.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "proclens/event_format.h"
#include "proclens/names.h"

namespace proclens {

namespace {

enum class Arg : std::uint8_t {
    Fd,         // int
    Dfd,        // int, AT_FDCWD by name
    Path,       // the next decoded path of the payload
    OpenFlags,  // O_*
    Mode,       // octal
    Pid,        // signed int
    Sig,        // signal name
    Int,        // signed decimal
    UInt,       // unsigned decimal
    Hex,        // pointer or flag word
    Sockaddr,   // the decoded sockaddr of the payload
    Family,     // AF_* name
};

struct Param {
    std::string_view name;
    Arg kind;
};

struct Signature {
    std::vector<Param> params;
};

using SigTable = std::unordered_map<std::string_view, Signature>;

const SigTable& signatures()
{
    static const SigTable table = {
        {"open", {{{"path", Arg::Path}, {"flags", Arg::OpenFlags}, {"mode", Arg::Mode}}}},
        {"openat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"flags", Arg::OpenFlags}, {"mode", Arg::Mode}}}},
        {"openat2", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"how", Arg::Hex}, {"size", Arg::UInt}}}},
        {"creat", {{{"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"execve", {{{"filename", Arg::Path}, {"argv", Arg::Hex}, {"envp", Arg::Hex}}}},
        {"execveat",
         {{{"dfd", Arg::Dfd}, {"filename", Arg::Path}, {"argv", Arg::Hex}, {"envp", Arg::Hex}, {"flags", Arg::Hex}}}},
        {"unlink", {{{"path", Arg::Path}}}},
        {"unlinkat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"flags", Arg::Hex}}}},
        {"rename", {{{"old", Arg::Path}, {"new", Arg::Path}}}},
        {"renameat", {{{"olddfd", Arg::Dfd}, {"old", Arg::Path}, {"newdfd", Arg::Dfd}, {"new", Arg::Path}}}},
        {"renameat2",
         {{{"olddfd", Arg::Dfd}, {"old", Arg::Path}, {"newdfd", Arg::Dfd}, {"new", Arg::Path}, {"flags", Arg::Hex}}}},
        {"link", {{{"old", Arg::Path}, {"new", Arg::Path}}}},
        {"linkat",
         {{{"olddfd", Arg::Dfd}, {"old", Arg::Path}, {"newdfd", Arg::Dfd}, {"new", Arg::Path}, {"flags", Arg::Hex}}}},
        {"symlink", {{{"target", Arg::Path}, {"linkpath", Arg::Path}}}},
        {"symlinkat", {{{"target", Arg::Path}, {"newdfd", Arg::Dfd}, {"linkpath", Arg::Path}}}},
        {"mkdir", {{{"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"mkdirat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"rmdir", {{{"path", Arg::Path}}}},
        {"chdir", {{{"path", Arg::Path}}}},
        {"fchdir", {{{"fd", Arg::Fd}}}},
        {"stat", {{{"path", Arg::Path}, {"buf", Arg::Hex}}}},
        {"lstat", {{{"path", Arg::Path}, {"buf", Arg::Hex}}}},
        {"newfstatat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"buf", Arg::Hex}, {"flags", Arg::Hex}}}},
        {"statx",
         {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"flags", Arg::Hex}, {"mask", Arg::Hex}, {"buf", Arg::Hex}}}},
        {"access", {{{"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"faccessat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"faccessat2", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"mode", Arg::Mode}, {"flags", Arg::Hex}}}},
        {"readlink", {{{"path", Arg::Path}, {"buf", Arg::Hex}, {"size", Arg::UInt}}}},
        {"readlinkat", {{{"dfd", Arg::Dfd}, {"path", Arg::Path}, {"buf", Arg::Hex}, {"size", Arg::UInt}}}},
        {"chmod", {{{"path", Arg::Path}, {"mode", Arg::Mode}}}},
        {"chown", {{{"path", Arg::Path}, {"uid", Arg::Int}, {"gid", Arg::Int}}}},
        {"truncate", {{{"path", Arg::Path}, {"length", Arg::Int}}}},
        {"connect", {{{"fd", Arg::Fd}, {"addr", Arg::Sockaddr}, {"addrlen", Arg::UInt}}}},
        {"bind", {{{"fd", Arg::Fd}, {"addr", Arg::Sockaddr}, {"addrlen", Arg::UInt}}}},
        {"accept", {{{"fd", Arg::Fd}, {"addr", Arg::Sockaddr}, {"addrlen", Arg::Hex}}}},
        {"accept4", {{{"fd", Arg::Fd}, {"addr", Arg::Sockaddr}, {"addrlen", Arg::Hex}, {"flags", Arg::Hex}}}},
        {"socket", {{{"family", Arg::Family}, {"type", Arg::Hex}, {"protocol", Arg::Int}}}},
        {"listen", {{{"fd", Arg::Fd}, {"backlog", Arg::Int}}}},
        {"kill", {{{"pid", Arg::Pid}, {"sig", Arg::Sig}}}},
        {"tkill", {{{"tid", Arg::Pid}, {"sig", Arg::Sig}}}},
        {"tgkill", {{{"tgid", Arg::Pid}, {"tid", Arg::Pid}, {"sig", Arg::Sig}}}},
        {"ptrace", {{{"request", Arg::Int}, {"pid", Arg::Pid}, {"addr", Arg::Hex}, {"data", Arg::Hex}}}},
        {"read", {{{"fd", Arg::Fd}, {"buf", Arg::Hex}, {"count", Arg::UInt}}}},
        {"write", {{{"fd", Arg::Fd}, {"buf", Arg::Hex}, {"count", Arg::UInt}}}},
        {"pread64", {{{"fd", Arg::Fd}, {"buf", Arg::Hex}, {"count", Arg::UInt}, {"pos", Arg::Int}}}},
        {"pwrite64", {{{"fd", Arg::Fd}, {"buf", Arg::Hex}, {"count", Arg::UInt}, {"pos", Arg::Int}}}},
        {"close", {{{"fd", Arg::Fd}}}},
        {"fstat", {{{"fd", Arg::Fd}, {"buf", Arg::Hex}}}},
        {"lseek", {{{"fd", Arg::Fd}, {"offset", Arg::Int}, {"whence", Arg::Int}}}},
        {"dup", {{{"fd", Arg::Fd}}}},
        {"dup2", {{{"oldfd", Arg::Fd}, {"newfd", Arg::Fd}}}},
        {"dup3", {{{"oldfd", Arg::Fd}, {"newfd", Arg::Fd}, {"flags", Arg::Hex}}}},
        {"mmap",
         {{{"addr", Arg::Hex}, {"len", Arg::UInt}, {"prot", Arg::Hex}, {"flags", Arg::Hex}, {"fd", Arg::Fd},
           {"off", Arg::Int}}}},
        {"munmap", {{{"addr", Arg::Hex}, {"len", Arg::UInt}}}},
        {"exit", {{{"code", Arg::Int}}}},
        {"exit_group", {{{"code", Arg::Int}}}},
        {"wait4", {{{"pid", Arg::Pid}, {"status", Arg::Hex}, {"options", Arg::Hex}, {"rusage", Arg::Hex}}}},
        {"setpriority", {{{"which", Arg::Int}, {"who", Arg::Int}, {"prio", Arg::Int}}}},
        {"getpid", {}}, {"getppid", {}}, {"gettid", {}}, {"getuid", {}}, {"geteuid", {}}, {"getgid", {}},
        {"getegid", {}}, {"fork", {}}, {"vfork", {}}, {"sched_yield", {}}, {"pause", {}}, {"sync", {}},
        {"setsid", {}}, {"getpgrp", {}},
    };
    return table;
}

void append_hex(std::string& out, std::uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
    out += buf;
}

void append_path(std::string& out, const wire::DecodedPath& p)
{
    if (p.flags & PL_FLAG_READ_FAILED) {
        out += "<unreadable>";
        return;
    }
    out += quote_string(p.path);
    if (p.flags & PL_FLAG_TRUNCATED_PATH)
        out += "...";
}

}  // namespace

std::string quote_string(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);  // UTF-8 bytes pass through
            }
        }
    }
    out += '"';
    return out;
}

std::string format_sockaddr(std::uint16_t family, std::span<const std::uint8_t> b)
{
    char text[INET6_ADDRSTRLEN + 1] = {};
    switch (family) {
    case AF_INET: {
        if (b.size() < 8)
            return "AF_INET(truncated)";
        inet_ntop(AF_INET, b.data() + 4, text, sizeof text);
        return std::string(text) + ":" + std::to_string((b[2] << 8) | b[3]);
    }
    case AF_INET6: {
        if (b.size() < 24)
            return "AF_INET6(truncated)";
        inet_ntop(AF_INET6, b.data() + 8, text, sizeof text);
        std::string out = "[" + std::string(text);
        if (b.size() >= 28) {
            std::uint32_t scope;
            std::memcpy(&scope, b.data() + 24, sizeof scope);
            if (scope)
                out += "%" + std::to_string(scope);
        }
        return out + "]:" + std::to_string((b[2] << 8) | b[3]);
    }
    case AF_UNIX: {
        if (b.size() <= 2)
            return "unnamed";
        const char* p = reinterpret_cast<const char*>(b.data()) + 2;
        const std::size_t n = b.size() - 2;
        if (p[0] == '\0') {
            // Abstract socket: every byte of the name counts, NULs included.
            std::string name(p + 1, n - 1);
            std::string q = quote_string(name);
            return "@" + q.substr(1, q.size() - 2);
        }
        std::string path(p, strnlen(p, n));
        std::string q = quote_string(path);
        return q.substr(1, q.size() - 2);
    }
    default: {
        std::string_view name = names::address_family_name(family);
        return name.empty() ? "family=" + std::to_string(family) : std::string(name);
    }
    }
}

std::string format_sockaddr(const wire::SockAddr& addr) { return format_sockaddr(addr.family, addr.bytes); }

std::string_view result_errno_name(std::int64_t ret)
{
    if (ret < 0 && ret >= -4095)
        return names::errno_name(static_cast<int>(-ret));
    return {};
}

std::string format_syscall_result(std::int64_t ret)
{
    std::string out = std::to_string(ret);
    std::string_view name = result_errno_name(ret);
    if (!name.empty()) {
        out += ' ';
        out += name;
    }
    return out;
}

std::string format_syscall_args(const wire::SyscallEvent& ev)
{
    std::string out;
    const auto& table = signatures();
    auto it = table.find(names::syscall_name(ev.nr));
    if (it == table.end()) {
        for (int i = 0; i < PL_SYSCALL_ARGS; ++i) {
            if (i)
                out += ' ';
            out += "a" + std::to_string(i) + "=";
            append_hex(out, ev.args[i]);
        }
        return out;
    }
    std::size_t next_path = 0;
    for (std::size_t i = 0; i < it->second.params.size() && i < PL_SYSCALL_ARGS; ++i) {
        const Param& param = it->second.params[i];
        const std::uint64_t v = ev.args[i];
        if (i)
            out += ' ';
        out += param.name;
        out += '=';
        switch (param.kind) {
        case Arg::Fd:
        case Arg::Int:
        case Arg::Pid:
            out += std::to_string(param.kind == Arg::Int ? static_cast<std::int64_t>(v)
                                                         : static_cast<std::int64_t>(static_cast<std::int32_t>(v)));
            break;
        case Arg::Dfd:
            if (static_cast<std::int32_t>(v) == -100)
                out += "AT_FDCWD";
            else
                out += std::to_string(static_cast<std::int32_t>(v));
            break;
        case Arg::Path:
            if (next_path < ev.paths.size())
                append_path(out, ev.paths[next_path++]);
            else
                append_hex(out, v);
            break;
        case Arg::OpenFlags: out += names::open_flags_to_string(v & 0xffffffffu); break;
        case Arg::Mode: {
            char buf[24];
            std::snprintf(buf, sizeof buf, "0%" PRIo64, v & 07777);
            out += buf;
            break;
        }
        case Arg::Sig: {
            std::string name = names::signal_name(static_cast<int>(v));
            out += name.empty() ? std::to_string(static_cast<std::int32_t>(v)) : name;
            break;
        }
        case Arg::UInt: out += std::to_string(v); break;
        case Arg::Hex: append_hex(out, v); break;
        case Arg::Sockaddr:
            if (ev.sockaddr)
                out += format_sockaddr(*ev.sockaddr);
            else
                append_hex(out, v);
            break;
        case Arg::Family: {
            std::string_view name = names::address_family_name(static_cast<int>(v));
            out += name.empty() ? std::to_string(v) : std::string(name);
            break;
        }
        }
    }
    return out;
}

std::string format_process_args(const wire::ProcessEvent& ev)
{
    std::string out;
    switch (ev.type) {
    case PL_EVENT_EXEC: {
        out = "filename=" + quote_string(ev.filename);
        if (ev.flags & PL_FLAG_TRUNCATED_FILENAME)
            out += "...";
        out += " argv=[";
        for (std::size_t i = 0; i < ev.argv.size(); ++i) {
            if (i)
                out += ',';
            out += quote_string(ev.argv[i]);
        }
        out += ']';
        if (ev.flags & PL_FLAG_TRUNCATED_ARGV)
            out += "...";
        break;
    }
    case PL_EVENT_FORK:
        out = "child=" + std::to_string(ev.task.pid) + " ppid=" + std::to_string(ev.task.ppid);
        break;
    case PL_EVENT_EXIT:
        if (ev.exit_signal) {
            std::string name = names::signal_name(static_cast<int>(ev.exit_signal));
            out = "signal=" + (name.empty() ? std::to_string(ev.exit_signal) : name);
        } else {
            out = "code=" + std::to_string(ev.exit_code);
        }
        if (ev.flags & PL_FLAG_CORE_DUMPED)
            out += " core";
        break;
    default: break;
    }
    return out;
}

}  // namespace proclens
