/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Syscalls: sys_enter remembers the entry time (and, for the event level, the
 * raw arguments) of the syscall in flight: where the kernel has task storage
 * (the per-CPU pair) in its CPU's slot, moved into task storage only if the
 * thread is switched out before sys_exit; elsewhere in a tid-keyed hash (an
 * update and a delete per syscall). sys_exit counts it at the summary level
 * (summary.bpf.h) and/or emits one pl_syscall_event with its decoded payload.
 */
#ifndef PROCLENS_SYSCALL_EVENTS_BPF_H
#define PROCLENS_SYSCALL_EVENTS_BPF_H

#include "emit.bpf.h"
#include "filter.bpf.h"
#include "summary.bpf.h"
#include "syscall_decode.bpf.h"

/* btf_regs: the tp_btf pair, where regs is a BTF pointer the verifier lets us load from directly. */
static __always_inline void syscall_read_args(struct pl_inflight *in, struct pt_regs *regs, const bool btf_regs)
{
	/* x86_64 syscall ABI: rdi, rsi, rdx, r10, r8, r9 (r10 replaces rcx). */
	if (btf_regs) {
		/* Plain loads (checked, fault-safe) instead of a helper call per register. */
		in->args[0] = regs->di;
		in->args[1] = regs->si;
		in->args[2] = regs->dx;
		in->args[3] = regs->r10;
		in->args[4] = regs->r8;
		in->args[5] = regs->r9;
		return;
	}
	in->args[0] = READ_KERN(regs->di);
	in->args[1] = READ_KERN(regs->si);
	in->args[2] = READ_KERN(regs->dx);
	in->args[3] = READ_KERN(regs->r10);
	in->args[4] = READ_KERN(regs->r8);
	in->args[5] = READ_KERN(regs->r9);
}

/* Fills the in-flight record; the summary level needs only nr and the entry time. */
static __always_inline void syscall_begin(struct pl_inflight *in, struct pt_regs *regs, long nr,
					  __u32 tid, __u32 capture, const bool btf_regs)
{
	in->nr = nr;
	in->capture = capture;
	if (capture & PL_CAPTURE_EVENTS) {
		syscall_read_args(in, regs, btf_regs);
		if (decode_is_exec(nr)) {
			__u32 zero = 0;
			struct pl_path *path = bpf_map_lookup_elem(&scratch_path, &zero);
			if (path) {
				decode_user_path(path, in->args[nr == PL_NR_execveat ? 1 : 0]);
				bpf_map_update_elem(&exec_paths, &tid, path, BPF_ANY);
			}
		}
	}
	in->enter_ns = bpf_ktime_get_ns();
}

/*
 * per_cpu is a compile-time constant: each hook is built twice, and the engine
 * loads the per-CPU pair or the hash pair, so neither carries a run-time test
 * (a .rodata flag would be one more load per syscall).
 */
static __always_inline int syscall_enter(struct pt_regs *regs, long nr, const bool per_cpu)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u32 pid = id >> 32, tid = (__u32)id;
	__u32 capture = pl_config.capture;

	if (!capture || !filter_current(pid, nr))
		return 0;

	if (per_cpu) {
		/* A slot still in use belongs to nobody: its thread would have been parked. */
		struct pl_cpu_syscall *slot = cpu_syscall_slot();
		if (!slot)
			return 0;
		slot->tid = tid;
		syscall_begin(&slot->in, regs, nr, tid, capture, true);
		return 0;
	}
	struct pl_inflight in = {};
	syscall_begin(&in, regs, nr, tid, capture, false);
	if (bpf_map_update_elem(&inflight, &tid, &in, BPF_ANY))
		count_drop(PL_DROP_INFLIGHT);
	return 0;
}

/*
 * Per-CPU pair, at every context switch: a thread leaving the CPU in the middle
 * of a syscall (it blocked or was preempted) takes its in-flight record along
 * into task storage, so the next thread's sys_enter can have the slot and the
 * syscall's sys_exit finds it wherever the thread wakes up.
 */
static __always_inline int syscall_park(struct task_struct *prev)
{
	struct pl_cpu_syscall *slot = cpu_syscall_slot();

	if (!slot || !slot->in.enter_ns)
		return 0;
	if (slot->tid == (__u32)prev->pid && !(prev->flags & PL_PF_EXITING)) {
		struct pl_inflight *parked = bpf_task_storage_get(&parked_syscalls, prev, 0,
								  PL_LOCAL_STORAGE_GET_F_CREATE);
		if (parked)
			*parked = slot->in;
		else
			count_drop(PL_DROP_INFLIGHT);
	}
	slot->in.enter_ns = 0;
	return 0;
}

static __always_inline void syscall_fill(struct pl_syscall_event *e, __u16 size, __u64 id,
					 const struct pl_inflight *in, long ret, __u64 now,
					 __u16 payload)
{
	emit_header_at(&e->hdr, PL_EVENT_SYSCALL, size, now);
	e->pid = id >> 32;
	e->tid = (__u32)id;
	e->nr = in->nr;
	e->payload = payload;
	e->reserved = 0;
	e->ret = ret;
	e->latency_ns = now - in->enter_ns;
	e->args[0] = in->args[0];
	e->args[1] = in->args[1];
	e->args[2] = in->args[2];
	e->args[3] = in->args[3];
	e->args[4] = in->args[4];
	e->args[5] = in->args[5];
}

/*
 * The execve path saved at sys_enter (or fixed up at sched_process_exec),
 * moved into the record. A failed exec still has its memory: read it now.
 */
static __always_inline __u16 syscall_exec_path(struct pl_path *dst, __u32 tid, long ret,
					       __u64 uptr)
{
	struct pl_path *saved = bpf_map_lookup_elem(&exec_paths, &tid);
	__u16 flags = PL_FLAG_READ_FAILED;

	if (saved) {
		flags = saved->flags;
		if (!(flags & PL_FLAG_READ_FAILED))
			bpf_probe_read_kernel(dst, sizeof(*dst), saved);
		bpf_map_delete_elem(&exec_paths, &tid);
	}
	if (flags & PL_FLAG_READ_FAILED) {
		if (ret != 0)
			return decode_user_path(dst, uptr);
		dst->len = 0;
		dst->flags = PL_FLAG_READ_FAILED;
		dst->reserved = 0;
		dst->str[0] = 0;
	}
	return flags;
}

static __always_inline void syscall_emit(void *ctx, __u64 id, const struct pl_inflight *in, long ret,
					 __u64 now)
{
	struct decode_plan plan = decode_plan_for(in->nr);
	struct pl_syscall_event *e;
	__u64 arg0 = in->args[plan.first & 7], arg1 = in->args[plan.second & 7];

	if (plan.payload == PL_PAYLOAD_PATH) {
		const __u16 size = sizeof(*e) + sizeof(struct pl_path);
		e = emit_reserve(size);
		if (!e)
			return;
		syscall_fill(e, size, id, in, ret, now, PL_PAYLOAD_PATH);
		if (decode_is_exec(in->nr))
			e->hdr.flags = syscall_exec_path((void *)(e + 1), (__u32)id, ret, arg0);
		else
			e->hdr.flags = decode_user_path((void *)(e + 1), arg0);
	} else if (plan.payload == PL_PAYLOAD_PATH2) {
		const __u16 size = sizeof(*e) + 2 * sizeof(struct pl_path);
		struct pl_path *paths;
		e = emit_reserve(size);
		if (!e)
			return;
		syscall_fill(e, size, id, in, ret, now, PL_PAYLOAD_PATH2);
		paths = (void *)(e + 1);
		e->hdr.flags = decode_user_path(&paths[0], arg0);
		e->hdr.flags |= decode_user_path(&paths[1], arg1);
	} else if (plan.payload == PL_PAYLOAD_SOCKADDR) {
		const __u16 size = sizeof(*e) + sizeof(struct pl_sockaddr);
		__u64 len = arg1;
		e = emit_reserve(size);
		if (!e)
			return;
		syscall_fill(e, size, id, in, ret, now, PL_PAYLOAD_SOCKADDR);
		e->hdr.flags = 0;
		if (plan.len_ptr) {
			/* accept*: the kernel wrote the peer address and its length; none on failure. */
			__u32 written = 0;
			len = 0;
			if (ret >= 0 && arg1 && bpf_probe_read_user(&written, sizeof(written),
								    (const void *)arg1) == 0)
				len = written;
			else if (ret >= 0 && arg1)
				e->hdr.flags = PL_FLAG_READ_FAILED;
		}
		e->hdr.flags |= decode_user_sockaddr((void *)(e + 1), arg0, len);
	} else {
		e = emit_reserve(sizeof(*e));
		if (!e)
			return;
		syscall_fill(e, sizeof(*e), id, in, ret, now, PL_PAYLOAD_NONE);
	}
	emit_submit(ctx, e);
}

static __always_inline int syscall_exit(void *ctx, long ret, const bool per_cpu)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)id;
	struct pl_inflight *in;

	if (per_cpu) {
		struct pl_cpu_syscall *slot = cpu_syscall_slot();
		if (!slot)
			return 0;
		in = &slot->in;
		if (slot->tid != tid || !in->enter_ns) {
			/* The thread was switched out since sys_enter: its record was parked. */
			in = bpf_task_storage_get(&parked_syscalls, bpf_get_current_task_btf(), 0, 0);
			if (!in || !in->enter_ns)
				return 0;
		}
	} else {
		in = bpf_map_lookup_elem(&inflight, &tid);
		if (!in)
			return 0;
	}
	__u64 now = bpf_ktime_get_ns();
	__u32 capture = pl_config.capture;

	if ((capture & PL_CAPTURE_SUMMARY) && in->nr < PL_MAX_SYSCALL_NR) {
		if (per_cpu)
			tally_add(id >> 32, in->nr, ret, now - in->enter_ns);
		else
			summary_add(id >> 32, in->nr, ret, now - in->enter_ns);
	}
	/* Only a syscall entered at the event level has its arguments. */
	if (capture & in->capture & PL_CAPTURE_EVENTS)
		syscall_emit(ctx, id, in, ret, now);
	if (per_cpu)
		in->enter_ns = 0;
	else
		bpf_map_delete_elem(&inflight, &tid);
	return 0;
}

#endif /* PROCLENS_SYSCALL_EVENTS_BPF_H */
