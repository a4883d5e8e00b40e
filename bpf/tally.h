/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Per-CPU summary tallies, shared by the BPF programs and the engine that
 * reads them. Internal to ProcLens, not part of the wire.
 *
 * With the per-CPU syscall pair each CPU sums recent syscalls in a small
 * direct-mapped cache keyed by (pid, nr), a per-CPU array the verifier
 * inlines: no helper call and no hashing per syscall. A tally goes into the
 * per-process summary map when another (pid, nr) needs its place; the engine
 * reads the caches after the map, so a read of the summary stays exact.
 */
#ifndef PROCLENS_BPF_TALLY_H
#define PROCLENS_BPF_TALLY_H

#include "events.h"

#define PL_CPU_TALLIES 64 /* per CPU; a power of two */

/* One (pid, syscall) counter on one CPU; empty while v.count == 0. */
struct pl_tally {
	__u32 pid; /* thread group id */
	__u32 nr;
	struct pl_summary_value v;
};

/* A CPU's cache; tallies counted in an older pl_summary_epoch are not counted. */
struct pl_cpu_tallies {
	__u32 epoch;
	__u32 reserved;
	struct pl_tally tally[PL_CPU_TALLIES];
};

/* Where (pid, nr) lives in a CPU's cache: one process's syscalls never collide with each other. */
static inline __u32 pl_tally_index(__u32 pid, __u32 nr)
{
	return (nr ^ ((pid * 0x9E3779B1u) >> 26)) & (PL_CPU_TALLIES - 1);
}

#ifdef __cplusplus
static_assert(sizeof(struct pl_tally) == 40, "pl_tally");
static_assert(sizeof(struct pl_cpu_tallies) == 8 + 40 * PL_CPU_TALLIES, "pl_cpu_tallies");
#else
_Static_assert(sizeof(struct pl_tally) == 40, "pl_tally");
_Static_assert(sizeof(struct pl_cpu_tallies) == 8 + 40 * PL_CPU_TALLIES, "pl_cpu_tallies");
#endif

#endif /* PROCLENS_BPF_TALLY_H */
