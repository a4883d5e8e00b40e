/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The context ring_rate passes to one run of the in-kernel record generator
 * (bpf_prog_test_run_opts ctx_in), shared by ring_generator.bpf.c and ring_rate.cpp.
 */
#ifndef PROCLENS_BENCH_RING_GENERATOR_H
#define PROCLENS_BENCH_RING_GENERATOR_H

#ifndef __BPF__
#include <linux/types.h>
#endif

/* The most records one run writes (bpf_loop allows 1 << 23 iterations). */
#define RING_GEN_MAX_RUN 65536

struct ring_gen_args {
	__u32 count;  /* records to write in this run, 1 .. RING_GEN_MAX_RUN */
	__u32 nr;     /* syscall number put in every record */
	__s64 ret;    /* return value put in every record */
};

#endif /* PROCLENS_BENCH_RING_GENERATOR_H */
