/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * ProcLens BPF programs. Process events come in two flavours attached to the
 * same tracepoints: tp_btf (needs the running kernel's BTF, cheapest) and
 * raw_tp (works with external BTF or without BTF); the engine autoloads one
 * set. Syscalls come in two pairs too: tp_btf keeping the in-flight syscall in
 * a per-CPU slot (parked in task-local storage by a sched_switch hook when its
 * thread leaves the CPU), raw_tp with a tid-keyed hash; the engine loads one.
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

/* Syscalls, in-flight state per CPU (task storage once switched out): 5.11+ with the kernel's own BTF. */
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

/* The first three arguments are the same on every kernel (5.19 added prev_state after them). */
SEC("tp_btf/sched_switch")
int BPF_PROG(tp_btf_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	return syscall_park(prev);
}
