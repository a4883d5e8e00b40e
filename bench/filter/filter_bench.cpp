// SPDX-License-Identifier: MIT
// Applying a view filter to 1,000,000 events: compiled Program::matches over
// prebuilt FilterRecords, for a few realistic filters. Prints ms per filter
// (best of 5 passes) and how many records matched. Target (issue 6): < 500 ms.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "proclens/filter/program.h"

using namespace proclens::filter;

namespace {

struct Pools {
    std::vector<std::string> comms, exes, paths, addrs;
};

Pools make_pools()
{
    Pools p;
    for (const char* c : {"bash", "zsh", "cat", "python3", "firefox", "Xorg", "systemd", "sshd", "cc1plus", "ninja"})
        p.comms.emplace_back(c);
    for (const auto& c : p.comms)
        p.exes.push_back("/usr/bin/" + c);
    p.exes[6] = "/usr/lib/systemd/systemd";
    p.exes[7] = "/usr/sbin/sshd";
    const char* dirs[] = {"/etc/", "/usr/lib/x86_64-linux-gnu/", "/home/user/src/proclens/", "/proc/self/", "/tmp/",
                          "/var/log/", "/usr/share/locale/de/LC_MESSAGES/"};
    const char* names[] = {"passwd", "libc.so.6", "CMakeLists.txt", "status", "xyz.tmp", "syslog", "app.conf", "ld.so.cache"};
    for (const char* d : dirs)
        for (const char* n : names)
            p.paths.push_back(std::string(d) + n);
    for (int i = 0; i < 16; ++i)
        p.addrs.push_back("10.0.0." + std::to_string(i) + ":" + std::to_string(8000 + i));
    return p;
}

std::vector<FilterRecord> make_records(const Pools& p, std::size_t n)
{
    std::mt19937_64 rng(42);
    const std::uint32_t syscalls[] = {0, 1, 3, 9, 257, 262, 17, 18, 42, 232, 202, 228, 39, 110, 2, 4, 5, 8, 13, 14};
    std::vector<FilterRecord> out(n);
    for (FilterRecord& r : out) {
        const std::size_t proc = rng() % p.comms.size();
        r.event = rng() % 100 == 0 ? EventKind::Exec : EventKind::Syscall;
        r.pid = 1000 + static_cast<std::uint32_t>(rng() % 400);
        r.set_tid(r.pid + static_cast<std::uint32_t>(rng() % 4));
        r.set_ppid(1);
        r.set_uid(rng() % 3 ? 1000 : 0);
        r.set_comm(p.comms[proc]);
        r.set_exe(p.exes[proc]);
        r.set_cgroup(5000 + proc);
        for (unsigned k = 0; k < 8; ++k)
            r.set_ns(k, 4026531835u + k);
        if (r.event != EventKind::Syscall)
            continue;
        const std::uint32_t nr = syscalls[rng() % std::size(syscalls)];
        r.set_syscall(nr);
        r.set_result(rng() % 10 == 0 ? -2 : static_cast<std::int64_t>(rng() % 64));
        r.set_duration_ns(200 + rng() % 50000);
        if (nr == 257 || nr == 262 || nr == 2 || nr == 4) {
            r.add_path(p.paths[rng() % p.paths.size()]);
        } else if (nr == 42) {
            r.set_addr(p.addrs[rng() % p.addrs.size()]);
            r.set_port(static_cast<std::uint16_t>(8000 + rng() % 16));
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const Pools pools = make_pools();
    const std::vector<FilterRecord> records = make_records(pools, n);
    const char* filters[] = {
        "pid = 1234",
        "path ~ \"/etc/\" and result != 0",
        "path matches \"\\.(conf|cache|txt)$\"",
        "exe matches \"^/usr/(s)?bin/(ba|z)sh$\" or comm matches \"^py\"",
        "syscall in (read, write, close, mmap, openat, newfstatat, pread64, pwrite64, connect, epoll_wait, futex, "
        "clock_gettime, getpid, getppid, open, stat, fstat, lstat, rt_sigaction, rt_sigprocmask)",
        "(comm in (bash, zsh) or user = 0) and not path ~ \"/proc/\" and duration > 10us",
    };
    std::printf("%zu records\n", records.size());
    double worst = 0;
    for (const char* text : filters) {
        auto program = compile(std::string_view(text));
        if (!program) {
            std::fprintf(stderr, "%s\n", format_error(text, program.error()).c_str());
            return 1;
        }
        double best = 1e300;
        std::size_t hits = 0;
        for (int pass = 0; pass < 5; ++pass) {
            const auto t0 = std::chrono::steady_clock::now();
            std::size_t h = 0;
            for (const FilterRecord& r : records)
                h += program->matches(r);
            const auto t1 = std::chrono::steady_clock::now();
            best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
            hits = h;
        }
        worst = std::max(worst, best);
        std::printf("%8.1f ms  %8zu matched  %s\n", best, hits, text);
    }
    std::printf("slowest: %.1f ms per %zu records (target < 500 ms per 1,000,000)\n", worst, records.size());
    return 0;
}
