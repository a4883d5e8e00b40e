// SPDX-License-Identifier: MIT
#include "filter_maps.h"

#include "bpf/counters.h"
#include "bpf/events.h"
#include "bpf_handles.h"
#include "libbpf_glue.h"

#include <bpf/bpf.h>

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace proclens::engine {

namespace {

template <typename Key>
void clearHashMap(int fd, std::string_view name)
{
    std::vector<Key> keys;
    Key key{};
    Key next{};
    const Key* prev = nullptr;
    while (bpf_map_get_next_key(fd, prev, &next) == 0) {
        keys.push_back(next);
        key = next;
        prev = &key;
    }
    for (const Key& k : keys) {
        int err = bpf_map_delete_elem(fd, &k);
        if (err < 0 && errno != ENOENT)
            throwIfLibbpfError(std::string("clearing filter map ") + std::string(name), -errno);
    }
}

template <typename Key, typename Value>
void put(int fd, const Key& key, const Value& value, std::string_view name)
{
    if (bpf_map_update_elem(fd, &key, &value, BPF_ANY) < 0)
        throwIfLibbpfError(std::string("writing filter map ") + std::string(name), -errno);
}

void checkCount(size_t n, std::string_view what)
{
    if (n > PL_FILTER_ENTRIES)
        throw EngineError("The capture filter lists " + std::to_string(n) + " " + std::string(what) +
                          "; at most " + std::to_string(PL_FILTER_ENTRIES) + " are supported.");
}

} // namespace

void validateFilter(const CaptureFilter& filter)
{
    checkCount(filter.pids.size() + filter.excludePids.size(), "pids");
    checkCount(filter.uids.size(), "uids");
    checkCount(filter.comms.size(), "comms");
    checkCount(filter.cgroupIds.size(), "cgroup ids");
    for (uint32_t nr : filter.syscalls) {
        if (nr >= PL_MAX_SYSCALL_NR)
            throw EngineError("Syscall number " + std::to_string(nr) + " is out of range (at most " +
                              std::to_string(PL_MAX_SYSCALL_NR - 1) + ").");
    }
    for (const std::string& comm : filter.comms) {
        if (comm.empty() || comm.size() >= PL_TASK_COMM_LEN || comm.find('\0') != std::string::npos)
            throw EngineError("Process name \"" + comm + "\" cannot be a comm: it must be 1 to " +
                              std::to_string(PL_TASK_COMM_LEN - 1) + " bytes without NUL.");
    }
    if (filter.ns && filter.ns->first >= PL_NS_COUNT)
        throw EngineError("Namespace kind " + std::to_string(filter.ns->first) +
                          " is unknown (0..7: pid, mnt, net, uts, ipc, user, cgroup, time).");
    if (filter.followChildren && filter.pids.empty())
        throw EngineError("Following children needs at least one pid to start from.");
}

uint32_t filterFlags(const CaptureFilter& filter)
{
    uint32_t flags = 0;
    if (!filter.pids.empty())
        flags |= PL_FILTER_PID;
    if (!filter.excludePids.empty())
        flags |= PL_FILTER_EXCLUDE;
    if (filter.followChildren && !filter.pids.empty())
        flags |= PL_FILTER_FOLLOW;
    if (!filter.uids.empty())
        flags |= PL_FILTER_UID;
    if (!filter.comms.empty())
        flags |= PL_FILTER_COMM;
    if (!filter.syscalls.empty())
        flags |= PL_FILTER_SYSCALL;
    if (filter.ns)
        flags |= PL_FILTER_NS;
    if (!filter.cgroupIds.empty())
        flags |= PL_FILTER_CGROUP;
    return flags;
}

void writeFilter(struct proclens_bpf* skel, const CaptureFilter& filter)
{
    validateFilter(filter);
    const int pidsFd = bpf_map__fd(skel->maps.filter_pids);
    const int uidsFd = bpf_map__fd(skel->maps.filter_uids);
    const int commsFd = bpf_map__fd(skel->maps.filter_comms);
    const int cgroupsFd = bpf_map__fd(skel->maps.filter_cgroups);
    const int syscallsFd = bpf_map__fd(skel->maps.filter_syscalls);

    clearHashMap<uint32_t>(pidsFd, "filter_pids");
    clearHashMap<uint32_t>(uidsFd, "filter_uids");
    clearHashMap<std::array<char, PL_TASK_COMM_LEN>>(commsFd, "filter_comms");
    clearHashMap<uint64_t>(cgroupsFd, "filter_cgroups");

    const uint8_t on = 1;
    for (uint32_t pid : filter.pids)
        put(pidsFd, pid, uint32_t{PL_PID_INCLUDE}, "filter_pids");
    for (uint32_t pid : filter.excludePids)
        put(pidsFd, pid, uint32_t{PL_PID_EXCLUDE}, "filter_pids");
    for (uint32_t uid : filter.uids)
        put(uidsFd, uid, on, "filter_uids");
    for (const std::string& comm : filter.comms) {
        std::array<char, PL_TASK_COMM_LEN> key{};
        std::memcpy(key.data(), comm.data(), comm.size());
        put(commsFd, key, on, "filter_comms");
    }
    for (uint64_t id : filter.cgroupIds)
        put(cgroupsFd, id, on, "filter_cgroups");
    std::vector<uint8_t> wanted(PL_MAX_SYSCALL_NR, 0);
    for (uint32_t nr : filter.syscalls)
        wanted[nr] = 1;
    for (uint32_t nr = 0; nr < PL_MAX_SYSCALL_NR; ++nr)
        put(syscallsFd, nr, wanted[nr], "filter_syscalls");

    // The maps are complete; only now do the programs start to consult them.
    pl_filter_config& config = skel->bss->pl_config;
    __atomic_store_n(&config.ns_kind, filter.ns ? filter.ns->first : 0u, __ATOMIC_RELAXED);
    __atomic_store_n(&config.ns_inum, filter.ns ? filter.ns->second : 0u, __ATOMIC_RELAXED);
    __atomic_store_n(&config.flags, filterFlags(filter), __ATOMIC_SEQ_CST);
}

} // namespace proclens::engine
