/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Process life cycle: fork of a new process, exec, exit of a whole process. */
#ifndef PROCLENS_PROCESS_EVENTS_BPF_H
#define PROCLENS_PROCESS_EVENTS_BPF_H

#include "emit.bpf.h"
#include "filter.bpf.h"
#include "summary.bpf.h"
#include "task.bpf.h"

static __always_inline int process_fork(void *ctx, struct task_struct *parent, struct task_struct *child)
{
	__u32 tid = READ_KERN(child->pid);
	__u32 pid = READ_KERN(child->tgid);

	if (tid != pid) /* a new thread, not a new process */
		return 0;
	pl_core_choices = compat_core_choices(); /* a constant after relocation */
	filter_follow_fork(READ_KERN(parent->tgid), pid);
	if (pid == pl_config.self_pid)
		return 0;

	struct pl_fork_event *e = emit_reserve(sizeof(*e));
	if (!e)
		return 0;
	emit_header(&e->hdr, PL_EVENT_FORK, sizeof(*e));
	task_fill_info(&e->task, child);
	if (!filter_task_info(&e->task)) {
		emit_discard(e);
		return 0;
	}
	emit_submit(ctx, e);
	return 0;
}

/* A thread other than the leader exec'd and took over the leader's tid: move its state. */
static __always_inline void process_exec_rekey(__u32 old_tid, __u32 tid)
{
	/* A task-local slot stays with the task_struct, which keeps running under the new tid. */
	struct pl_inflight *in = pl_task_storage ? 0 : bpf_map_lookup_elem(&inflight, &old_tid);
	if (in) {
		bpf_map_update_elem(&inflight, &tid, in, BPF_ANY);
		bpf_map_delete_elem(&inflight, &old_tid);
	}
	struct pl_path *path = bpf_map_lookup_elem(&exec_paths, &old_tid);
	if (path) {
		bpf_map_update_elem(&exec_paths, &tid, path, BPF_ANY);
		bpf_map_delete_elem(&exec_paths, &old_tid);
	}
}

/*
 * sys_enter could not read the execve path when its page was not yet faulted
 * in (BPF cannot fault); the kernel's own copy is here, use it instead.
 */
static __always_inline void process_exec_fix_path(__u32 tid, const char *filename)
{
	struct pl_path *saved = bpf_map_lookup_elem(&exec_paths, &tid);

	if (!saved || !(saved->flags & PL_FLAG_READ_FAILED))
		return;
	long n = bpf_probe_read_kernel_str(saved->str, PL_PATH_MAX, filename);
	if (n <= 0)
		return;
	saved->len = n - 1;
	saved->flags = 0;
	if (n == PL_PATH_MAX) {
		char next = 0;
		if (bpf_probe_read_kernel(&next, 1, filename + PL_PATH_MAX - 1) == 0 && next)
			saved->flags = PL_FLAG_TRUNCATED_PATH;
	}
}

/* argv lives NUL-separated between mm->arg_start and arg_end of the new image. */
static __always_inline void process_exec_argv(struct pl_exec_event *e, struct task_struct *task)
{
	struct mm_struct *mm = READ_KERN(task->mm);
	__u64 start = 0, total = 0, len;
	__u32 argc = 0, used = 0;

	e->argc = 0;
	e->argv_len = 0;
	if (!mm)
		return;
	start = READ_KERN(mm->arg_start);
	total = READ_KERN(mm->arg_end) - start;
	len = total;
	if (len > PL_ARGV_MAX_BYTES)
		len = PL_ARGV_MAX_BYTES;
	asm volatile("%0 &= 0x7ff" : "+r"(len));
	if (len > PL_ARGV_MAX_BYTES || len == 0)
		return;
	if (bpf_probe_read_user(e->argv, len, (const void *)start)) {
		e->hdr.flags |= PL_FLAG_READ_FAILED;
		return;
	}
	/* Measure each argument with a string copy into scratch: a byte loop over
	 * 1024 bytes is too much for the verifier. */
	__u32 zero = 0;
	char *scratch = bpf_map_lookup_elem(&scratch_argv, &zero);
	if (!scratch)
		return;
	for (__u32 i = 0; i < PL_ARGV_MAX_ARGS; i++) {
		if (used >= len)
			break;
		long n = bpf_probe_read_kernel_str(scratch, PL_ARGV_MAX_BYTES,
						   &e->argv[used & (PL_ARGV_MAX_BYTES - 1)]);
		if (n <= 0 || used + n > len)
			break;
		used += n;
		argc++;
	}
	if (total > used) {
		e->hdr.flags |= PL_FLAG_TRUNCATED_ARGV;
		/* Cut by bytes, not by count: keep the partial last argument, terminated. */
		if (argc < PL_ARGV_MAX_ARGS && used < len) {
			e->argv[(len - 1) & (PL_ARGV_MAX_BYTES - 1)] = 0;
			argc++;
			used = len;
		}
	}
	e->argc = argc;
	e->argv_len = used;
}

static __always_inline int process_exec(void *ctx, struct task_struct *task, __u32 old_tid,
					struct linux_binprm *bprm)
{
	__u32 tid = READ_KERN(task->pid);

	if (old_tid != tid)
		process_exec_rekey(old_tid, tid);
	process_exec_fix_path(tid, READ_KERN(bprm->filename));
	if (READ_KERN(task->tgid) == pl_config.self_pid)
		return 0;

	struct pl_exec_event *e = emit_reserve(sizeof(*e));
	if (!e)
		return 0;
	emit_header(&e->hdr, PL_EVENT_EXEC, sizeof(*e));
	task_fill_info(&e->task, task);
	if (!filter_task_info(&e->task)) {
		emit_discard(e);
		return 0;
	}
	e->old_tid = old_tid;
	e->reserved = 0;
	e->reserved2 = 0;

	const char *filename = READ_KERN(bprm->filename);
	long n = bpf_probe_read_kernel_str(e->filename, PL_PATH_MAX, filename);
	if (n <= 0) {
		e->filename[0] = 0;
		e->filename_len = 0;
		e->hdr.flags |= PL_FLAG_READ_FAILED;
	} else {
		e->filename_len = n - 1;
		if (n == PL_PATH_MAX) {
			char next = 0;
			if (bpf_probe_read_kernel(&next, 1, filename + PL_PATH_MAX - 1) == 0 && next)
				e->hdr.flags |= PL_FLAG_TRUNCATED_FILENAME;
		}
	}
	process_exec_argv(e, task);
	emit_submit(ctx, e);
	return 0;
}

static __always_inline int process_exit(void *ctx, struct task_struct *task)
{
	__u32 tid = READ_KERN(task->pid);
	__u32 pid = READ_KERN(task->tgid);

	/*
	 * Threads that never return from their syscall (exit, exit_group) leave state
	 * behind in the hash. The per-CPU pair needs nothing here: its switch hook
	 * drops the record of an exiting thread, and parked records go with the task.
	 */
	if (!pl_task_storage)
		bpf_map_delete_elem(&inflight, &tid);
	bpf_map_delete_elem(&exec_paths, &tid);

	/* Only the last thread of the process: signal->live dropped to 0 in do_exit(). */
	struct signal_struct *signal = READ_KERN(task->signal);
	if (!signal || READ_KERN(signal->live.counter) != 0)
		return 0;
	if (pid == pl_config.self_pid)
		return 0;

	struct pl_exit_event *e = emit_reserve(sizeof(*e));
	if (e) {
		emit_header(&e->hdr, PL_EVENT_EXIT, sizeof(*e));
		task_fill_info(&e->task, task);
		if (!filter_task_info(&e->task)) {
			emit_discard(e);
		} else {
			/* exit_code is a wait status: (code << 8) | core-dump 0x80 | signal. */
			int code = READ_KERN(task->exit_code);
			e->exit_code = (code >> 8) & 0xff;
			e->exit_signal = code & 0x7f;
			if (code & 0x80)
				e->hdr.flags |= PL_FLAG_CORE_DUMPED;
			emit_submit(ctx, e);
		}
	}
	/* The pid may be reused by an unrelated process: forget its filter mark. */
	bpf_map_delete_elem(&filter_pids, &pid);
	return 0;
}

#endif /* PROCLENS_PROCESS_EVENTS_BPF_H */
