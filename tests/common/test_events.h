// SPDX-License-Identifier: MIT
// Sample decoded events of every record type, shared by the common/ tests.
#pragma once

#include <sys/socket.h>

#include <string>
#include <vector>

#include "proclens/wire_format.h"

namespace proclens::test {

inline wire::TaskInfo sample_task(std::uint32_t pid)
{
    wire::TaskInfo t;
    t.pid = pid;
    t.tid = pid + 1;
    t.ppid = 1;
    t.ns_pid = 7;
    t.uid = 1000;
    t.gid = 100;
    t.start_time_ns = 123456789012ull;
    t.cgroup_id = 4242;
    for (std::size_t i = 0; i < t.ns.size(); ++i)
        t.ns[i] = static_cast<std::uint32_t>(4026531835u + i);
    t.comm = "bash";
    return t;
}

inline wire::ProcessEvent sample_exec()
{
    wire::ProcessEvent e;
    e.type = PL_EVENT_EXEC;
    e.cpu = 1;
    e.timestamp_ns = 1000;
    e.task = sample_task(300);
    e.filename = "/usr/bin/ls";
    e.argv = {"ls", "-l", "", "dir with space", "\xc3\xa9t\xc3\xa9"};
    e.old_tid = 301;
    return e;
}

inline wire::ProcessEvent sample_fork()
{
    wire::ProcessEvent e;
    e.type = PL_EVENT_FORK;
    e.timestamp_ns = 900;
    e.task = sample_task(300);
    return e;
}

inline wire::ProcessEvent sample_exit()
{
    wire::ProcessEvent e;
    e.type = PL_EVENT_EXIT;
    e.flags = PL_FLAG_CORE_DUMPED;
    e.timestamp_ns = 2000;
    e.task = sample_task(300);
    e.exit_code = 0;
    e.exit_signal = 11;
    return e;
}

inline wire::SyscallEvent sample_openat()
{
    wire::SyscallEvent e;
    e.timestamp_ns = 1500;
    e.cpu = 0;
    e.pid = 300;
    e.tid = 301;
    e.nr = 257;
    e.ret = -2;
    e.latency_ns = 12345;
    e.args = {static_cast<std::uint64_t>(-100), 0x7ffd0000, 02000000, 0, 0, 0};
    e.payload = PL_PAYLOAD_PATH;
    e.paths = {{"/etc/passwd", 0}};
    return e;
}

inline wire::SyscallEvent sample_rename()
{
    wire::SyscallEvent e = sample_openat();
    e.nr = 82;
    e.ret = 0;
    e.payload = PL_PAYLOAD_PATH2;
    e.paths = {{"/tmp/a", 0}, {"/tmp/b", PL_FLAG_TRUNCATED_PATH}};
    return e;
}

inline wire::SyscallEvent sample_connect()
{
    wire::SyscallEvent e;
    e.timestamp_ns = 1600;
    e.pid = 300;
    e.tid = 300;
    e.nr = 42;
    e.ret = 0;
    e.args = {3, 0x1000, 16, 0, 0, 0};
    e.payload = PL_PAYLOAD_SOCKADDR;
    e.sockaddr = wire::SockAddr{AF_INET, {2, 0, 0x1f, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}};
    return e;
}

inline wire::SyscallEvent sample_getpid()
{
    wire::SyscallEvent e;
    e.timestamp_ns = 1700;
    e.pid = 300;
    e.tid = 300;
    e.nr = 39;
    e.ret = 300;
    e.latency_ns = 80;
    return e;
}

inline wire::ProcessRecord sample_process()
{
    wire::ProcessRecord r;
    r.timestamp_ns = 3000;
    r.task = sample_task(400);
    r.task.tid = 400;
    r.argv = {"/usr/sbin/sshd", "-D", ""};
    r.exe = "/usr/sbin/sshd";
    r.cwd = "/";
    r.cgroup_path = "/system.slice/docker-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope";
    r.container_id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    r.runtime = "docker";
    r.state = 'S';
    r.threads = 3;
    r.rss_bytes = 4096 * 100;
    r.nice = -5;
    r.utime_ns = 10'000'000;
    r.stime_ns = 20'000'000;
    return r;
}

/// One event of each record type (and each syscall payload kind).
inline std::vector<wire::Event> sample_events()
{
    return {sample_fork(),    sample_exec(),    sample_exit(),
            sample_openat(),  sample_rename(),  sample_connect(),
            sample_getpid(),  wire::LostEvent{2500, 17, 3},
            sample_process(), wire::SummaryRecord{2600, 300, 39, 1000, 2, 80000, 900}};
}

inline std::vector<std::uint8_t> encode(const std::vector<wire::Event>& events, std::uint64_t seq = 0)
{
    wire::BatchWriter w(seq);
    for (const auto& e : events)
        (void)w.append(e);
    return w.finish();
}

}  // namespace proclens::test
