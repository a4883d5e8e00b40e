// SPDX-License-Identifier: MIT
#include "kernel_features.h"

#include "bpf/core_choices.h"

#include <bpf/libbpf.h>

#include <unistd.h>

namespace proclens::engine {

bool kernelHasRingBuffer()
{
    return libbpf_probe_bpf_map_type(BPF_MAP_TYPE_RINGBUF, nullptr) > 0;
}

std::string taskStorageMissing()
{
    if (access("/sys/kernel/btf/vmlinux", R_OK) != 0)
        return "the kernel exposes no BTF, which bpf_get_current_task_btf() needs";
    if (libbpf_probe_bpf_map_type(BPF_MAP_TYPE_TASK_STORAGE, nullptr) <= 0)
        return "no BPF_MAP_TYPE_TASK_STORAGE (before 5.11)";
    for (const auto helper : {BPF_FUNC_task_storage_get, BPF_FUNC_get_current_task_btf}) {
        if (libbpf_probe_bpf_helper(BPF_PROG_TYPE_RAW_TRACEPOINT, helper, nullptr) <= 0)
            return "raw_tp programs cannot call bpf_task_storage_get()/bpf_get_current_task_btf() (before 5.11)";
    }
    return {};
}

std::vector<std::string> coreChoiceLines(uint32_t bits)
{
    if (!(bits & PL_CORE_VALID))
        return {"layout: not observed (no process hook has run yet)"};
    auto pick = [bits](uint32_t bit, const char* yes, const char* no) { return std::string((bits & bit) ? yes : no); };
    return {
        pick(PL_CORE_THREAD_PID, "task pid: task_struct->thread_pid (4.19+)",
             "task pid: task_struct->pids[PIDTYPE_PID] (before 4.19)"),
        pick(PL_CORE_STATE_NEW, "task state: task_struct->__state (5.14+)",
             "task state: task_struct->state (before 5.14)"),
        pick(PL_CORE_BOOTTIME, "start time: task_struct->start_boottime (5.5+)",
             "start time: task_struct->real_start_time (before 5.5)"),
        pick(PL_CORE_TIME_NS, "time namespace: nsproxy->time_ns (5.6+)",
             "time namespace: none in this kernel (before 5.6 or CONFIG_TIME_NS off), reported as 0"),
        pick(PL_CORE_KERNFS_ID64, "cgroup id: kernfs_node->id u64 (5.5+)",
             "cgroup id: kernfs_node->id.id (before 5.5)"),
    };
}

} // namespace proclens::engine
