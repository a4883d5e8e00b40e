// SPDX-License-Identifier: MIT
#include "self_check.h"

#include "bpf/events.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace proclens::engine {

namespace {

uint32_t nsInode(const char* name)
{
    struct stat st{};
    const std::string path = std::string("/proc/self/ns/") + name;
    return stat(path.c_str(), &st) == 0 ? uint32_t(st.st_ino) : 0;
}

std::string describe(const char* what, uint64_t got, uint64_t want)
{
    return std::string(what) + " read as " + std::to_string(got) + " instead of " + std::to_string(want);
}

std::string checkTask(const char* event, const pl_task_info& t, const SelfCheckExpect& e)
{
    const std::string prefix = std::string("self-check ") + event + " event: ";
    if (t.ppid != e.parent)
        return prefix + describe("ppid", t.ppid, e.parent);
    if (t.uid != e.uid)
        return prefix + describe("uid", t.uid, e.uid);
    if (e.mntNs && t.ns[PL_NS_MNT] != e.mntNs)
        return prefix + describe("mnt namespace", t.ns[PL_NS_MNT], e.mntNs);
    if (e.pidNs && t.ns[PL_NS_PID] != e.pidNs)
        return prefix + describe("pid namespace", t.ns[PL_NS_PID], e.pidNs);
    return {};
}

} // namespace

SelfCheckExpect selfCheckExpectations(const std::string& execPath)
{
    SelfCheckExpect e;
    e.parent = uint32_t(getpid());
    e.uid = uint32_t(getuid());
    e.mntNs = nsInode("mnt");
    e.pidNs = nsInode("pid");
    e.execPath = execPath;
    return e;
}

uint32_t spawnSelfCheckChild(const std::string& execPath)
{
    const pid_t pid = fork();
    if (pid < 0)
        return 0;
    if (pid == 0) {
        execl(execPath.c_str(), execPath.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return uint32_t(pid);
}

std::string verifySelfCheck(std::span<const std::byte> records, const SelfCheckExpect& expect)
{
    bool fork = false;
    bool exec = false;
    bool exit = false;
    size_t offset = 0;
    while (offset + sizeof(pl_event_header) <= records.size()) {
        pl_event_header hdr{};
        std::memcpy(&hdr, records.data() + offset, sizeof(hdr));
        if (hdr.size < sizeof(hdr) || offset + hdr.size > records.size())
            break;
        const std::byte* rec = records.data() + offset;
        offset += hdr.size;
        if (hdr.type == PL_EVENT_FORK && hdr.size >= sizeof(pl_fork_event)) {
            pl_fork_event ev{};
            std::memcpy(&ev, rec, sizeof(ev));
            if (ev.task.pid != expect.child)
                continue;
            if (std::string why = checkTask("fork", ev.task, expect); !why.empty())
                return why;
            fork = true;
        } else if (hdr.type == PL_EVENT_EXEC && hdr.size >= sizeof(pl_exec_event)) {
            pl_exec_event ev{};
            std::memcpy(&ev, rec, sizeof(ev));
            if (ev.task.pid != expect.child)
                continue;
            if (std::string why = checkTask("exec", ev.task, expect); !why.empty())
                return why;
            const std::string path(ev.filename, strnlen(ev.filename, sizeof(ev.filename)));
            if (path != expect.execPath)
                return "self-check exec event: filename read as \"" + path + "\" instead of \"" + expect.execPath +
                       "\"";
            exec = true;
        } else if (hdr.type == PL_EVENT_EXIT && hdr.size >= sizeof(pl_exit_event)) {
            pl_exit_event ev{};
            std::memcpy(&ev, rec, sizeof(ev));
            if (ev.task.pid != expect.child)
                continue;
            if (std::string why = checkTask("exit", ev.task, expect); !why.empty())
                return why;
            if (ev.exit_code != 0 || ev.exit_signal != 0)
                return "self-check exit event: " + describe("exit code", uint32_t(ev.exit_code), 0);
            exit = true;
        }
    }
    if (!fork || !exec || !exit) {
        std::string missing;
        for (auto [seen, name] : {std::pair{fork, "fork"}, {exec, "exec"}, {exit, "exit"}})
            if (!seen)
                missing += missing.empty() ? name : std::string(", ") + name;
        return "self-check: no " + missing + " event with the child's pid " + std::to_string(expect.child) +
               " (the programs read wrong offsets or did not run)";
    }
    return {};
}

} // namespace proclens::engine
