// SPDX-License-Identifier: MIT
#include "kernel_features.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include <cstring>

namespace proclens::engine {

namespace {

bool hasMember(const struct btf* btf, const char* type, const char* member)
{
    const int id = btf__find_by_name_kind(btf, type, BTF_KIND_STRUCT);
    if (id <= 0)
        return false;
    const struct btf_type* t = btf__type_by_id(btf, __u32(id));
    const struct btf_member* m = btf_members(t);
    for (unsigned short i = 0; i < btf_vlen(t); ++i, ++m) {
        const char* name = btf__name_by_offset(btf, m->name_off);
        if (name && std::strcmp(name, member) == 0)
            return true;
    }
    return false;
}

} // namespace

bool kernelHasRingBuffer()
{
    return libbpf_probe_bpf_map_type(BPF_MAP_TYPE_RINGBUF, nullptr) > 0;
}

std::vector<std::string> btfFeatureChoices(const std::string& path)
{
    const std::string file = path.empty() ? std::string("/sys/kernel/btf/vmlinux") : path;
    struct btf* btf = btf__parse(file.c_str(), nullptr);
    if (!btf)
        return {"layout: cannot read BTF from " + file};
    std::vector<std::string> out;
    out.push_back(hasMember(btf, "task_struct", "thread_pid") ? "task pid: task_struct->thread_pid (4.19+)"
                                                               : "task pid: task_struct->pids[PIDTYPE_PID] (before 4.19)");
    out.push_back(hasMember(btf, "task_struct", "__state") ? "task state: task_struct->__state (5.14+)"
                                                            : "task state: task_struct->state (before 5.14)");
    out.push_back(hasMember(btf, "task_struct", "start_boottime")
                      ? "start time: task_struct->start_boottime (5.5+)"
                      : "start time: task_struct->real_start_time (before 5.5)");
    out.push_back(btf__find_by_name_kind(btf, "time_namespace", BTF_KIND_STRUCT) > 0 &&
                          hasMember(btf, "nsproxy", "time_ns")
                      ? "time namespace: nsproxy->time_ns (5.6+)"
                      : "time namespace: none in this kernel (before 5.6), reported as 0");
    out.push_back(btf__find_by_name_kind(btf, "kernfs_node_id", BTF_KIND_UNION) > 0
                      ? "cgroup id: kernfs_node->id.id (before 5.5)"
                      : "cgroup id: kernfs_node->id u64 (5.5+)");
    out.push_back(hasMember(btf, "css_set", "dfl_cgrp") ? "cgroup: v2 default hierarchy css_set->dfl_cgrp"
                                                         : "cgroup: no css_set->dfl_cgrp, cgroup id reported as 0");
    btf__free(btf);
    return out;
}

} // namespace proclens::engine
