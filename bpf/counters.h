/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Indexes of the BPF "drops" per-CPU array, shared by the BPF programs and
 * the engine that reads them. Internal to ProcLens, not part of the wire.
 */
#ifndef PROCLENS_BPF_COUNTERS_H
#define PROCLENS_BPF_COUNTERS_H

enum pl_drop_counter {
	PL_DROP_RINGBUF = 0,  /* bpf_ringbuf_reserve failed: the event is lost */
	PL_DROP_SUMMARY = 1,  /* the summary map was full: a syscall was not counted */
	PL_DROP_INFLIGHT = 2, /* the in-flight syscall map was full: a syscall was not seen */
	PL_DROP_COUNT = 3,
};

/* Default capacities; the engine may change them before load. */
#define PL_SUMMARY_ENTRIES 16384  /* (pid, syscall) pairs in the summary map */
#define PL_INFLIGHT_ENTRIES 16384 /* threads inside a syscall at one time */
#define PL_FILTER_ENTRIES 4096    /* entries per filter map */

#endif /* PROCLENS_BPF_COUNTERS_H */
