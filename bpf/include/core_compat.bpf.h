/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * One read macro, two builds. With -DCORE the programs are compiled against
 * vmlinux.h and every kernel read is a CO-RE relocation (libbpf fixes the
 * offsets at load time for the running kernel). Without it they are compiled
 * against this kernel's own headers and READ_KERN is a plain
 * bpf_probe_read_kernel. Fields that moved between kernel versions get one
 * helper each, a CO-RE flavor + bpf_core_field_exists under -DCORE and a
 * LINUX_VERSION_CODE test otherwise.
 *
 * READ_KERN takes exactly one level of indirection: READ_KERN(task->signal),
 * then READ_KERN(signal->live). Never READ_KERN(task->signal->live).
 */
#ifndef PROCLENS_CORE_COMPAT_BPF_H
#define PROCLENS_CORE_COMPAT_BPF_H

#ifdef CORE
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>
#else
#include <linux/version.h>
#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/cred.h>
#include <linux/nsproxy.h>
#include <linux/pid_namespace.h>
#include <linux/utsname.h>
#include <linux/ipc_namespace.h>
#include <linux/cgroup.h>
#include <linux/kernfs.h>
#include <linux/binfmts.h>
#include <linux/mm_types.h>
#include <net/net_namespace.h>
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 6, 0)
#include <linux/time_namespace.h>
#endif
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
/* fs/mount.h is private to the kernel tree; only the ns member is read. */
struct mnt_namespace {
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 11, 0)
	atomic_t count; /* 5.11 moved the reference count into ns_common */
#endif
	struct ns_common ns;
};
#endif

#include "missing_defs.h"
#include "core_choices.h"

#ifdef CORE
#define READ_KERN(ptr)                                                         \
	({                                                                     \
		typeof(ptr) _val;                                              \
		__builtin_memset((void *)&_val, 0, sizeof(_val));              \
		bpf_core_read((void *)&_val, sizeof(_val), &(ptr));            \
		_val;                                                          \
	})
/* Copies a fixed-size kernel array (e.g. task->comm) into dst. */
#define READ_KERN_INTO(dst, src) bpf_core_read((dst), sizeof(*(dst)), &(src))
#else
#define READ_KERN(ptr)                                                         \
	({                                                                     \
		typeof(ptr) _val;                                              \
		__builtin_memset((void *)&_val, 0, sizeof(_val));              \
		bpf_probe_read_kernel((void *)&_val, sizeof(_val), &(ptr));    \
		_val;                                                          \
	})
#define READ_KERN_INTO(dst, src) bpf_probe_read_kernel((dst), sizeof(*(dst)), &(src))
#endif

#ifdef CORE
/*
 * Before 4.19 a task reached its struct pid through pids[PIDTYPE_PID].pid;
 * commit 2c4704756cab ("pids: Move the pgrp and session pid pointers from
 * task_struct to signal_struct", v4.19) replaced the array by thread_pid.
 */
struct pid_link___pre419 {
	struct hlist_node node;
	struct pid *pid;
} __attribute__((preserve_access_index));

struct task_struct___pre419 {
	struct pid_link___pre419 pids[3];
} __attribute__((preserve_access_index));

/*
 * commit 2f064a59a11f ("sched: Change task_struct::state", v5.14) renamed
 * task_struct::state (volatile long) to __state (unsigned int).
 */
struct task_struct___pre514 {
	volatile long state;
} __attribute__((preserve_access_index));

/*
 * commit cf25e24db61c ("time: Store boottime in task_struct::start_boottime",
 * v5.5) renamed real_start_time to start_boottime (both boot-based ns).
 */
struct task_struct___pre55 {
	u64 real_start_time;
} __attribute__((preserve_access_index));

/*
 * commit 67c0496e87d1 ("kernfs: convert kernfs_node->id from union
 * kernfs_node_id to u64", v5.5): before, the cgroup id was id.id.
 */
union kernfs_node_id___pre55 {
	struct {
		u32 ino;
		u32 generation;
	};
	u64 id;
} __attribute__((preserve_access_index));

struct kernfs_node___pre55 {
	union kernfs_node_id___pre55 id;
} __attribute__((preserve_access_index));
#endif /* CORE */

/* The task's own struct pid (its thread id across all pid namespaces). */
static __always_inline struct pid *compat_task_pid(struct task_struct *task)
{
#ifdef CORE
	if (bpf_core_field_exists(task->thread_pid))
		return READ_KERN(task->thread_pid);
	struct task_struct___pre419 *old = (void *)task;
	return READ_KERN(old->pids[PIDTYPE_PID].pid);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(4, 19, 0)
	return READ_KERN(task->thread_pid);
#else
	return READ_KERN(task->pids[PIDTYPE_PID].pid);
#endif
}

/* The scheduler state (TASK_RUNNING, TASK_INTERRUPTIBLE, ...). */
static __always_inline long compat_task_state(struct task_struct *task)
{
#ifdef CORE
	if (bpf_core_field_exists(task->__state))
		return READ_KERN(task->__state);
	struct task_struct___pre514 *old = (void *)task;
	return READ_KERN(old->state);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 14, 0)
	return READ_KERN(task->__state);
#else
	return READ_KERN(task->state);
#endif
}

/* Start time in ns since boot, suspend included. */
static __always_inline __u64 compat_task_start_boottime(struct task_struct *task)
{
#ifdef CORE
	if (bpf_core_field_exists(task->start_boottime))
		return READ_KERN(task->start_boottime);
	struct task_struct___pre55 *old = (void *)task;
	return READ_KERN(old->real_start_time);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 5, 0)
	return READ_KERN(task->start_boottime);
#else
	return READ_KERN(task->real_start_time);
#endif
}

/* Inode of the task's time namespace; 0 before time namespaces (v5.6). */
static __always_inline __u32 compat_time_ns_inum(struct nsproxy *nsp)
{
#ifdef CORE
	/* commit 769071ac9f20 ("ns: Introduce Time Namespace", v5.6) */
	if (!bpf_core_type_exists(struct time_namespace) ||
	    !bpf_core_field_exists(nsp->time_ns))
		return 0;
	struct time_namespace *tns = READ_KERN(nsp->time_ns);
	return tns ? READ_KERN(tns->ns.inum) : 0;
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 6, 0)
	struct time_namespace *tns = READ_KERN(nsp->time_ns);
	return tns ? READ_KERN(tns->ns.inum) : 0;
#else
	return 0;
#endif
}

/* cgroup v2 id of a kernfs node (what bpf_get_current_cgroup_id returns). */
static __always_inline __u64 compat_kernfs_id(struct kernfs_node *kn)
{
#ifdef CORE
	if (bpf_core_type_exists(union kernfs_node_id)) {
		struct kernfs_node___pre55 *old = (void *)kn;
		return READ_KERN(old->id.id);
	}
	return READ_KERN(kn->id);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 5, 0)
	return READ_KERN(kn->id);
#else
	return READ_KERN(kn->id.id);
#endif
}

/* The layout choices above, as PL_CORE_* bits (core_choices.h), for the engine to log. */
static __always_inline __u32 compat_core_choices(void)
{
	__u32 bits = PL_CORE_VALID;
#ifdef CORE
	struct task_struct *t = 0;
	struct nsproxy *nsp = 0;
	if (bpf_core_field_exists(t->thread_pid))
		bits |= PL_CORE_THREAD_PID;
	if (bpf_core_field_exists(t->__state))
		bits |= PL_CORE_STATE_NEW;
	if (bpf_core_field_exists(t->start_boottime))
		bits |= PL_CORE_BOOTTIME;
	if (bpf_core_type_exists(struct time_namespace) && bpf_core_field_exists(nsp->time_ns))
		bits |= PL_CORE_TIME_NS;
	if (!bpf_core_type_exists(union kernfs_node_id))
		bits |= PL_CORE_KERNFS_ID64;
#else
#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 19, 0)
	bits |= PL_CORE_THREAD_PID;
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 14, 0)
	bits |= PL_CORE_STATE_NEW;
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 5, 0)
	bits |= PL_CORE_BOOTTIME | PL_CORE_KERNFS_ID64;
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 6, 0)
	bits |= PL_CORE_TIME_NS;
#endif
#endif
	return bits;
}

#endif /* PROCLENS_CORE_COMPAT_BPF_H */
