/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The summary level: per-process per-syscall count, errors, total and max
 * latency. The raw_tp pair adds every syscall to the per-CPU summary map.
 * The per-CPU pair sums into its CPU's tally cache (tally.h) and moves a
 * tally into the map only when another (pid, nr) needs its place: a hash
 * lookup per syscall costs about as much as the whole rest of the level.
 */
#ifndef PROCLENS_SUMMARY_BPF_H
#define PROCLENS_SUMMARY_BPF_H

#include "emit.bpf.h"

/* This CPU's in-flight syscall (per-CPU pair). */
static __always_inline struct pl_cpu_syscall *cpu_syscall_slot(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&cpu_syscall, &zero);
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
static __always_inline void tally_move(struct pl_tally *t)
{
	struct pl_summary_value *val = summary_value(t->pid, t->nr);

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
static __always_inline void tally_forget_all(struct pl_cpu_tallies *cache)
{
	for (int i = 0; i < PL_CPU_TALLIES; i++)
		__builtin_memset(&cache->tally[i].v, 0, sizeof(cache->tally[i].v));
}

/* The per-CPU pair: into this CPU's tally for (pid, nr), making room if another one holds it. */
static __always_inline void tally_add(__u32 pid, __u32 nr, long ret, __u64 latency)
{
	__u32 zero = 0;
	struct pl_cpu_tallies *cache = bpf_map_lookup_elem(&cpu_tallies, &zero);

	if (!cache)
		return;
	__u32 epoch = pl_summary_epoch;
	if (cache->epoch != epoch) {
		tally_forget_all(cache);
		cache->epoch = epoch;
	}
	__u32 index = pl_tally_index(pid, nr);
	/* Mask again after the compiler's view: older verifiers (6.1) lose the bound through the xor. */
	barrier_var(index);
	struct pl_tally *t = &cache->tally[index & (PL_CPU_TALLIES - 1)];

	if (t->pid != pid || t->nr != nr) {
		/* An empty tally is all zeros (tally_move and tally_forget_all leave it so). */
		if (t->v.count) {
			tally_moves_bump();
			tally_move(t);
			tally_moves_bump();
		}
		t->pid = pid;
		t->nr = nr;
	}
	summary_count(&t->v, ret, latency);
}

#endif /* PROCLENS_SUMMARY_BPF_H */
