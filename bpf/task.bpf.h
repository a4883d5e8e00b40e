/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Reading who a task is: ids, credentials, namespaces, cgroup. */
#ifndef PROCLENS_TASK_BPF_H
#define PROCLENS_TASK_BPF_H

#include "core_compat.bpf.h"
#include "events.h"

/* The eight namespace inode numbers of a task, in enum pl_ns_kind order. */
static __always_inline void task_fill_ns(__u32 ns[PL_NS_COUNT], struct task_struct *task)
{
	struct pid *pid = compat_task_pid(task);
	const struct cred *cred = READ_KERN(task->real_cred);
	struct nsproxy *nsp = READ_KERN(task->nsproxy);
	unsigned int level;

	/* The active pid namespace is the one the task's pid lives in, not pid_ns_for_children. */
	if (pid) {
		level = READ_KERN(pid->level);
		struct pid_namespace *pidns = READ_KERN(pid->numbers[level].ns);
		ns[PL_NS_PID] = pidns ? READ_KERN(pidns->ns.inum) : 0;
	}
	if (cred) {
		struct user_namespace *userns = READ_KERN(cred->user_ns);
		ns[PL_NS_USER] = userns ? READ_KERN(userns->ns.inum) : 0;
	}
	/* nsproxy is NULL only for a task past exit_task_namespaces(). */
	if (!nsp)
		return;
	struct mnt_namespace *mntns = READ_KERN(nsp->mnt_ns);
	ns[PL_NS_MNT] = mntns ? READ_KERN(mntns->ns.inum) : 0;
	struct net *netns = READ_KERN(nsp->net_ns);
	ns[PL_NS_NET] = netns ? READ_KERN(netns->ns.inum) : 0;
	struct uts_namespace *utsns = READ_KERN(nsp->uts_ns);
	ns[PL_NS_UTS] = utsns ? READ_KERN(utsns->ns.inum) : 0;
	struct ipc_namespace *ipcns = READ_KERN(nsp->ipc_ns);
	ns[PL_NS_IPC] = ipcns ? READ_KERN(ipcns->ns.inum) : 0;
	struct cgroup_namespace *cgns = READ_KERN(nsp->cgroup_ns);
	ns[PL_NS_CGROUP] = cgns ? READ_KERN(cgns->ns.inum) : 0;
	ns[PL_NS_TIME] = compat_time_ns_inum(nsp);
}

/* cgroup v2 id of the task's default-hierarchy cgroup. */
static __always_inline __u64 task_cgroup_id(struct task_struct *task)
{
	struct css_set *cset = READ_KERN(task->cgroups);
	if (!cset)
		return 0;
	struct cgroup *cgrp = READ_KERN(cset->dfl_cgrp);
	if (!cgrp)
		return 0;
	struct kernfs_node *kn = READ_KERN(cgrp->kn);
	return kn ? compat_kernfs_id(kn) : 0;
}

/* Fills every field of a pl_task_info; ti points into a ring-buffer record. */
static __always_inline void task_fill_info(struct pl_task_info *ti, struct task_struct *task)
{
	struct task_struct *other;
	const struct cred *cred;
	struct pid *pid;
	unsigned int level;

	ti->pid = READ_KERN(task->tgid);
	ti->tid = READ_KERN(task->pid);
	other = READ_KERN(task->real_parent);
	ti->ppid = other ? READ_KERN(other->tgid) : 0;
	cred = READ_KERN(task->real_cred);
	ti->uid = cred ? READ_KERN(cred->uid.val) : 0;
	ti->gid = cred ? READ_KERN(cred->gid.val) : 0;

	/* Start time and namespace pid are the process's, i.e. the group leader's. */
	other = READ_KERN(task->group_leader);
	if (!other)
		other = task;
	ti->start_time_ns = compat_task_start_boottime(other);
	ti->ns_pid = 0;
	pid = compat_task_pid(other);
	if (pid) {
		level = READ_KERN(pid->level);
		ti->ns_pid = READ_KERN(pid->numbers[level].nr);
	}
	ti->cgroup_id = task_cgroup_id(task);
	__builtin_memset(ti->ns, 0, sizeof(ti->ns));
	task_fill_ns(ti->ns, task);
	READ_KERN_INTO(&ti->comm, task->comm);
}

#endif /* PROCLENS_TASK_BPF_H */
