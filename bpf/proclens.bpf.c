/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * ProcLens BPF programs. Process events come in two flavours attached to the
 * same tracepoints: tp_btf (needs the running kernel's BTF, cheapest) and
 * raw_tp (works with external BTF or without BTF); the engine autoloads one
 * set. Syscalls use raw_tp sys_enter/sys_exit.
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

SEC("raw_tp/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long nr)
{
	return syscall_enter(regs, nr);
}

SEC("raw_tp/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	return syscall_exit(ctx, ret);
}
