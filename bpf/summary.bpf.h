/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The summary level: per-process per-syscall count, errors, total and max
 * latency. The raw_tp pair adds every syscall to the per-CPU summary map.
 * The task-storage pair sums into the thread's own tallies (tally.h) and
 * moves a tally into the map only when another syscall needs its place or
 * the thread exits: on this kind of VM every page a program touches is a
 * TLB miss per syscall, and the map is several pages away.
 */
#ifndef PROCLENS_SUMMARY_BPF_H
#define PROCLENS_SUMMARY_BPF_H

#include "emit.bpf.h"

/* The calling thread's task-local slot (task-storage pair only); created on first use with create. */
static __always_inline struct pl_thread_slot *thread_slot(bool create)
{
	return bpf_task_storage_get(&thread_slots, bpf_get_current_task_btf(), 0,
				    create ? PL_LOCAL_STORAGE_GET_F_CREATE : 0);
}

/* The (pid, nr) counters on this CPU, created on first use; NULL (counted) when the map is full. */
static __always_inline struct pl_summary_value *summary_value(__u32 pid, __u32 nr)
{
	struct pl_summary_key key = { .pid = pid, .nr = nr };
	struct pl_summary_value *val = bpf_map_lookup_elem(&summary, &key);

	if (val)
		return val;
	struct pl_summary_value zero = {};
	bpf_map_update_elem(&summary, &key, &zero, BPF_NOEXIST);
	val = bpf_map_lookup_elem(&summary, &key);
	if (!val)
		count_drop(PL_DROP_SUMMARY);
	return val;
}

static __always_inline void summary_count(struct pl_summary_value *val, long ret, __u64 latency)
{
	/* Per-CPU values and per-thread tallies: no other writer, plain increments suffice. */
	val->count += 1;
	if (ret < 0 && ret >= -MAX_ERRNO)
		val->errors += 1;
	val->total_ns += latency;
	if (latency > val->max_ns)
		val->max_ns = latency;
}

/* The raw_tp pair: straight into the map. */
static __always_inline void summary_add(__u32 pid, __u32 nr, long ret, __u64 latency)
{
	struct pl_summary_value *val = summary_value(pid, nr);

	if (val)
		summary_count(val, ret, latency);
}

/* tally_moves on this CPU; odd while a tally is on its way into the map. */
static __always_inline void tally_moves_bump(void)
{
	__u32 zero = 0;
	__u64 *seq = bpf_map_lookup_elem(&tally_moves, &zero);

	if (seq)
		*seq += 1;
}

/* Adds a tally to the map and empties it. The caller brackets it with tally_moves_bump(). */
static __always_inline void tally_move(__u32 pid, struct pl_tally *t)
{
	struct pl_summary_value *val = summary_value(pid, t->nr);

	if (val) {
		val->count += t->v.count;
		val->errors += t->v.errors;
		val->total_ns += t->v.total_ns;
		if (t->v.max_ns > val->max_ns)
			val->max_ns = t->v.max_ns;
	}
	__builtin_memset(&t->v, 0, sizeof(t->v));
}

/* Tallies counted before the summary was last cleared are dropped, not moved. */
static __always_inline void tally_forget_all(struct pl_thread_slot *slot)
{
	for (int i = 0; i < PL_TALLY_SLOTS; i++)
		__builtin_memset(&slot->tally[i].v, 0, sizeof(slot->tally[i].v));
}

/* The task-storage pair: into the thread's tally for nr, making room if another syscall holds it. */
static __always_inline void tally_add(struct pl_thread_slot *slot, __u32 pid, __u32 nr, long ret,
				      __u64 latency)
{
	__u32 epoch = pl_summary_epoch;

	if (slot->epoch != epoch) {
		tally_forget_all(slot);
		slot->epoch = epoch;
	}
	struct pl_tally *t = &slot->tally[nr & (PL_TALLY_SLOTS - 1)];

	if (t->nr != nr) {
		/* An empty tally is all zeros (tally_move and tally_forget_all leave it so). */
		if (t->v.count) {
			tally_moves_bump();
			tally_move(pid, t);
			tally_moves_bump();
		}
		t->nr = nr;
	}
	summary_count(&t->v, ret, latency);
}

/* A thread is exiting: its tallies go into the map, and the task iterator skips it from now on. */
static __always_inline void tally_move_all(struct pl_thread_slot *slot, __u32 pid)
{
	if (slot->folded)
		return;
	tally_moves_bump();
	if (slot->epoch == pl_summary_epoch) {
		for (int i = 0; i < PL_TALLY_SLOTS; i++) {
			if (slot->tally[i].v.count)
				tally_move(pid, &slot->tally[i]);
		}
	}
	slot->folded = 1;
	tally_moves_bump();
}

#endif /* PROCLENS_SUMMARY_BPF_H */
