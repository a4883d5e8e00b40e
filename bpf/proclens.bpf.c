/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * ProcLens BPF programs. Process events come in two flavours attached to the
 * same tracepoints: tp_btf (needs the running kernel's BTF, cheapest) and
 * raw_tp (works with external BTF or without BTF); the engine autoloads one
 * set. Syscalls come in two pairs too: tp_btf with task-local storage for the
 * in-flight syscall, raw_tp with a tid-keyed hash; the engine loads one pair.
 * With the task-storage pair the engine also loads the task iterator that
 * reads the summary tallies still held by live threads.
 */
#include "core_compat.bpf.h"
#include "process_events.bpf.h"
#include "syscall_events.bpf.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

SEC("tp_btf/sched_process_fork")
int BPF_PROG(tp_btf_fork, struct task_struct *parent, struct task_struct *child)
{
	return process_fork(ctx, parent, child);
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(tp_btf_exec, struct task_struct *task, pid_t old_pid, struct linux_binprm *bprm)
{
	return process_exec(ctx, task, old_pid, bprm);
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(tp_btf_exit, struct task_struct *task)
{
	return process_exit(ctx, task);
}

SEC("raw_tp/sched_process_fork")
int BPF_PROG(raw_tp_fork, struct task_struct *parent, struct task_struct *child)
{
	return process_fork(ctx, parent, child);
}

SEC("raw_tp/sched_process_exec")
int BPF_PROG(raw_tp_exec, struct task_struct *task, pid_t old_pid, struct linux_binprm *bprm)
{
	return process_exec(ctx, task, old_pid, bprm);
}

SEC("raw_tp/sched_process_exit")
int BPF_PROG(raw_tp_exit, struct task_struct *task)
{
	return process_exit(ctx, task);
}

/* Syscalls, in-flight state in a tid-keyed hash: every kernel (raw_tp needs no BTF). */
SEC("raw_tp/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long nr)
{
	return syscall_enter(regs, nr, false);
}

SEC("raw_tp/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	return syscall_exit(ctx, ret, false);
}

/* Syscalls, in-flight state in task-local storage: 5.11+ with the kernel's own BTF. */
SEC("tp_btf/sys_enter")
int BPF_PROG(tp_btf_sys_enter, struct pt_regs *regs, long nr)
{
	return syscall_enter(regs, nr, true);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(tp_btf_sys_exit, struct pt_regs *regs, long ret)
{
	return syscall_exit(ctx, ret, true);
}

/*
 * The context of an iter/task program. The kernel defines it in
 * kernel/bpf/task_iter.c, in no header; the verifier checks each access
 * against the kernel's own BTF, so a local copy of the layout is enough.
 */
struct pl_iter_meta {
	void *seq;
	__u64 session_id;
	__u64 seq_num;
};
struct pl_iter_task {
	struct pl_iter_meta *meta;
	struct task_struct *task;
};

/*
 * Summary tallies of live threads (task-storage pair, 5.11+): one
 * pl_tally_record per non-empty tally. Threads that exited moved theirs into
 * the summary map already, and tallies of an older epoch were cleared.
 */
SEC("iter/task")
int summary_tallies(struct pl_iter_task *ctx)
{
	struct task_struct *task = ctx->task;

	if (!task)
		return 0;
	struct pl_thread_slot *slot = bpf_task_storage_get(&thread_slots, task, 0, 0);
	if (!slot || slot->folded || slot->epoch != pl_summary_epoch)
		return 0;
	struct pl_tally_record rec;
	rec.pid = task->tgid;
	for (int i = 0; i < PL_TALLY_SLOTS; i++) {
		if (!slot->tally[i].v.count)
			continue;
		rec.nr = slot->tally[i].nr;
		rec.v = slot->tally[i].v;
		bpf_seq_write(ctx->meta->seq, &rec, sizeof(rec));
	}
	return 0;
}
