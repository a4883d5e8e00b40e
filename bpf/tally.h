/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Per-thread summary tallies, shared by the BPF programs and the engine that
 * reads them. Internal to ProcLens, not part of the wire.
 *
 * With task-local storage each thread sums its own recent syscalls in its
 * slot, next to the syscall in flight, so sys_exit touches no page that
 * sys_enter did not already touch. A tally goes into the per-process summary
 * map when another syscall needs its place or when the thread exits; the
 * engine reads the tallies still in threads through a task iterator, so a
 * read of the summary stays exact.
 */
#ifndef PROCLENS_BPF_TALLY_H
#define PROCLENS_BPF_TALLY_H

#include "events.h"

#define PL_TALLY_SLOTS 8 /* per thread, indexed by nr % PL_TALLY_SLOTS; a power of two */

/* One syscall's counters in a thread; empty while v.count == 0. */
struct pl_tally {
	__u32 nr;
	__u32 reserved;
	struct pl_summary_value v;
};

/* What the task iterator writes for each non-empty tally of a live thread. */
struct pl_tally_record {
	__u32 pid; /* thread group id */
	__u32 nr;
	struct pl_summary_value v;
};

#ifdef __cplusplus
static_assert(sizeof(struct pl_tally_record) == 40, "pl_tally_record");
#else
_Static_assert(sizeof(struct pl_tally_record) == 40, "pl_tally_record");
#endif

#endif /* PROCLENS_BPF_TALLY_H */
