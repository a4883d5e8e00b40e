// SPDX-License-Identifier: MIT
// /proc snapshot reader. Every read tolerates the process vanishing: a
// missing /proc/PID/stat skips the process, other missing files leave
// their fields empty.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "proclens/container.h"
#include "proclens/procfs.h"

namespace proclens {

namespace {

constexpr const char* kNsNames[PL_NS_COUNT] = {"pid", "mnt", "net", "uts", "ipc", "user", "cgroup", "time"};

// Reads up to `max` bytes of a (proc) file; nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::string& path, std::size_t max = 64 * 1024)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string out;
    char buf[4096];
    while (out.size() < max) {
        const ssize_t n = ::read(fd, buf, std::min(sizeof buf, max - out.size()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

std::string read_link(const std::string& path)
{
    char buf[4096];
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

template <class T>
bool parse_num(std::string_view s, T& out)
{
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

std::vector<std::string_view> split_ws(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n')
            ++j;
        if (j > i)
            out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// The value of "Key:\t..." in /proc/PID/status.
std::string_view status_field(std::string_view status, std::string_view key)
{
    std::size_t pos = 0;
    while (pos < status.size()) {
        std::size_t eol = status.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = status.size();
        std::string_view line = status.substr(pos, eol - pos);
        if (line.size() > key.size() && line.substr(0, key.size()) == key && line[key.size()] == ':')
            return line.substr(key.size() + 1);
        pos = eol + 1;
    }
    return {};
}

// The cgroup v2 path ("0::/path"), else the systemd v1 hierarchy, else the first line's.
std::string cgroup_path(std::string_view content)
{
    std::string_view fallback;
    std::size_t pos = 0;
    while (pos < content.size()) {
        std::size_t eol = content.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = content.size();
        std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        const std::size_t c1 = line.find(':');
        const std::size_t c2 = c1 == std::string_view::npos ? c1 : line.find(':', c1 + 1);
        if (c2 == std::string_view::npos)
            continue;
        std::string_view path = line.substr(c2 + 1);
        if (line.substr(0, c2 + 1) == "0::")
            return std::string(path);
        if (line.substr(c1 + 1, c2 - c1 - 1) == "name=systemd" || fallback.empty())
            fallback = path;
    }
    return std::string(fallback);
}

std::uint64_t ticks_to_ns(std::uint64_t ticks, long hz)
{
    return hz > 0 ? ticks * (1'000'000'000ull / static_cast<std::uint64_t>(hz)) : 0;
}

std::uint64_t monotonic_ns()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

}  // namespace

const char* ns_kind_name(int kind)
{
    return kind >= 0 && kind < PL_NS_COUNT ? kNsNames[kind] : "unknown";
}

std::array<std::uint32_t, PL_NS_COUNT> read_namespaces(const std::string& dir)
{
    std::array<std::uint32_t, PL_NS_COUNT> out{};
    for (int i = 0; i < PL_NS_COUNT; ++i) {
        struct stat st {};
        if (::stat((dir + "/ns/" + kNsNames[i]).c_str(), &st) == 0)
            out[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(st.st_ino);
    }
    return out;
}

ProcfsReader::ProcfsReader(ProcfsOptions options) : opt_(std::move(options))
{
    if (opt_.clock_ticks <= 0)
        opt_.clock_ticks = sysconf(_SC_CLK_TCK);
    if (opt_.page_size <= 0)
        opt_.page_size = sysconf(_SC_PAGESIZE);
}

std::optional<wire::ProcessRecord> ProcfsReader::read_process(std::uint32_t pid) const
{
    const std::string dir = opt_.proc_root + "/" + std::to_string(pid);
    const auto stat = read_file(dir + "/stat");
    if (!stat)
        return std::nullopt;  // gone (or never was)
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split at the last ')'.
    const std::size_t open = stat->find('(');
    const std::size_t close = stat->rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return std::nullopt;
    const auto f = split_ws(std::string_view(*stat).substr(close + 1));
    // f[0] is field 3 (state); field N is f[N - 3].
    if (f.size() < 22)
        return std::nullopt;
    auto field = [&](int n) { return f[static_cast<std::size_t>(n - 3)]; };

    wire::ProcessRecord r;
    r.timestamp_ns = monotonic_ns();
    r.task.pid = pid;
    r.task.tid = pid;
    r.task.comm = stat->substr(open + 1, close - open - 1).substr(0, PL_TASK_COMM_LEN - 1);
    r.state = field(3).empty() ? '?' : field(3)[0];
    std::uint64_t utime = 0, stime = 0, start = 0, rss_pages = 0;
    std::int64_t rss_signed = 0;
    parse_num(field(4), r.task.ppid);
    parse_num(field(14), utime);
    parse_num(field(15), stime);
    parse_num(field(19), r.nice);
    parse_num(field(20), r.threads);
    parse_num(field(22), start);
    if (parse_num(field(24), rss_signed) && rss_signed > 0)
        rss_pages = static_cast<std::uint64_t>(rss_signed);
    r.utime_ns = ticks_to_ns(utime, opt_.clock_ticks);
    r.stime_ns = ticks_to_ns(stime, opt_.clock_ticks);
    r.task.start_time_ns = ticks_to_ns(start, opt_.clock_ticks);
    r.rss_bytes = rss_pages * static_cast<std::uint64_t>(opt_.page_size);

    if (const auto status = read_file(dir + "/status")) {
        const auto uid = split_ws(status_field(*status, "Uid"));
        const auto gid = split_ws(status_field(*status, "Gid"));
        const auto nspid = split_ws(status_field(*status, "NSpid"));
        if (!uid.empty())
            parse_num(uid[0], r.task.uid);
        if (!gid.empty())
            parse_num(gid[0], r.task.gid);
        if (nspid.empty() || !parse_num(nspid.back(), r.task.ns_pid))
            r.task.ns_pid = pid;
    } else {
        return std::nullopt;  // vanished between stat and status
    }

    if (const auto cmdline = read_file(dir + "/cmdline", wire::kProcessStringMax)) {
        std::size_t pos = 0;
        const std::string& c = *cmdline;
        while (pos < c.size()) {
            std::size_t nul = c.find('\0', pos);
            if (nul == std::string::npos)
                nul = c.size();
            r.argv.emplace_back(c, pos, nul - pos);
            pos = nul + 1;
        }
    }
    r.exe = read_link(dir + "/exe");
    r.cwd = read_link(dir + "/cwd");
    if (const auto cg = read_file(dir + "/cgroup"))
        r.cgroup_path = cgroup_path(*cg);
    if (!r.cgroup_path.empty()) {
        struct stat st {};
        if (::stat((opt_.cgroup_root + r.cgroup_path).c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            r.task.cgroup_id = st.st_ino;
        ContainerInfo c = container_from_cgroup(r.cgroup_path);
        r.container_id = std::move(c.id);
        r.runtime = std::move(c.runtime);
    }
    r.task.ns = read_namespaces(dir);
    return r;
}

Result<std::vector<wire::ProcessRecord>> ProcfsReader::snapshot() const
{
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(opt_.proc_root.c_str()), ::closedir);
    if (!dir)
        return Error{"cannot list " + opt_.proc_root + ": " + std::strerror(errno), 0};
    std::vector<std::uint32_t> pids;
    while (const dirent* e = ::readdir(dir.get())) {
        std::uint32_t pid = 0;
        if (parse_num(std::string_view(e->d_name), pid) && pid > 0)
            pids.push_back(pid);
    }
    std::sort(pids.begin(), pids.end());
    std::vector<wire::ProcessRecord> out;
    out.reserve(pids.size());
    for (std::uint32_t pid : pids)
        if (auto r = read_process(pid))
            out.push_back(std::move(*r));
    return out;
}

}  // namespace proclens
