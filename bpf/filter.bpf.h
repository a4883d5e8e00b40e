/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The in-kernel capture filter (see PL_FILTER_* in events.h). A task passes
 * when it passes every criterion whose flag is set; with no flag set the
 * only test is the engine's own pid.
 */
#ifndef PROCLENS_FILTER_BPF_H
#define PROCLENS_FILTER_BPF_H

#include "maps.bpf.h"
#include "task.bpf.h"

static __always_inline bool filter_pid_pass(__u32 pid, __u32 flags)
{
	if (!(flags & (PL_FILTER_PID | PL_FILTER_EXCLUDE)))
		return true;
	__u32 *mark = bpf_map_lookup_elem(&filter_pids, &pid);
	__u32 value = mark ? *mark : 0;

	if ((flags & PL_FILTER_EXCLUDE) && value == PL_PID_EXCLUDE)
		return false;
	if ((flags & PL_FILTER_PID) && value != PL_PID_INCLUDE)
		return false;
	return true;
}

static __always_inline bool filter_syscall_pass(long nr, __u32 flags)
{
	if (!(flags & PL_FILTER_SYSCALL))
		return true;
	if (nr < 0 || nr >= PL_MAX_SYSCALL_NR)
		return false;
	__u32 key = nr;
	__u8 *on = bpf_map_lookup_elem(&filter_syscalls, &key);
	return on && *on;
}

static __always_inline bool filter_ns_pass(const __u32 ns[PL_NS_COUNT])
{
	__u32 kind = pl_config.ns_kind;

	if (kind >= PL_NS_COUNT)
		return false;
	return ns[kind & (PL_NS_COUNT - 1)] == pl_config.ns_inum;
}

/* Process events: everything is already in the record's task info. */
static __always_inline bool filter_task_info(const struct pl_task_info *ti)
{
	__u32 flags = pl_config.flags;

	if (ti->pid == pl_config.self_pid)
		return false;
	if (!flags)
		return true;
	if (!filter_pid_pass(ti->pid, flags))
		return false;
	if (flags & PL_FILTER_UID) {
		__u32 uid = ti->uid;
		if (!bpf_map_lookup_elem(&filter_uids, &uid))
			return false;
	}
	if (flags & PL_FILTER_COMM) {
		char comm[PL_TASK_COMM_LEN];
		__builtin_memcpy(comm, ti->comm, sizeof(comm));
		if (!bpf_map_lookup_elem(&filter_comms, comm))
			return false;
	}
	if ((flags & PL_FILTER_NS) && !filter_ns_pass(ti->ns))
		return false;
	if (flags & PL_FILTER_CGROUP) {
		__u64 cgid = ti->cgroup_id;
		if (!bpf_map_lookup_elem(&filter_cgroups, &cgid))
			return false;
	}
	return true;
}

/* Syscalls: the current task; each value is fetched only when its flag is set. */
static __always_inline bool filter_current(__u32 pid, long nr)
{
	__u32 flags = pl_config.flags;

	if (pid == pl_config.self_pid)
		return false;
	if (!flags)
		return true;
	if (!filter_syscall_pass(nr, flags))
		return false;
	if (!filter_pid_pass(pid, flags))
		return false;
	if (flags & PL_FILTER_UID) {
		__u32 uid = (__u32)bpf_get_current_uid_gid();
		if (!bpf_map_lookup_elem(&filter_uids, &uid))
			return false;
	}
	if (flags & PL_FILTER_COMM) {
		char comm[PL_TASK_COMM_LEN] = {};
		bpf_get_current_comm(comm, sizeof(comm));
		if (!bpf_map_lookup_elem(&filter_comms, comm))
			return false;
	}
	if (flags & PL_FILTER_NS) {
		__u32 ns[PL_NS_COUNT] = {};
		task_fill_ns(ns, (struct task_struct *)bpf_get_current_task());
		if (!filter_ns_pass(ns))
			return false;
	}
	if (flags & PL_FILTER_CGROUP) {
		__u64 cgid = bpf_get_current_cgroup_id();
		if (!bpf_map_lookup_elem(&filter_cgroups, &cgid))
			return false;
	}
	return true;
}

/* PL_FILTER_FOLLOW: a process forked by an included process is included too. */
static __always_inline void filter_follow_fork(__u32 parent_pid, __u32 child_pid)
{
	if (!(pl_config.flags & PL_FILTER_FOLLOW))
		return;
	__u32 *mark = bpf_map_lookup_elem(&filter_pids, &parent_pid);
	if (!mark || *mark != PL_PID_INCLUDE)
		return;
	__u32 include = PL_PID_INCLUDE;
	bpf_map_update_elem(&filter_pids, &child_pid, &include, BPF_ANY);
}

#endif /* PROCLENS_FILTER_BPF_H */
