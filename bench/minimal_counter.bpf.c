/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The benchmark's reference tracer: the least a syscall counter can do.
 * One per-CPU hash keyed by pid, incremented on raw_tp sys_enter and sys_exit.
 * With with_clock (minimal_counter --clock) each run also reads the clock once,
 * as a syscall latency needs: what two clock reads per syscall cost on their own.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* pid -> syscall enters + exits seen on this CPU */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

/* Set by the loader before load; the verifier drops the branch it does not take. */
const volatile bool with_clock = false;

static __always_inline void count_current(void)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 *value = bpf_map_lookup_elem(&counts, &pid);
	if (value) {
		/* & 0: the helper is still called (it may have side effects), the count stays exact. */
		*value += 1 + (with_clock ? (bpf_ktime_get_ns() & 0) : 0);
		return;
	}
	__u64 one = 1;
	bpf_map_update_elem(&counts, &pid, &one, BPF_NOEXIST);
}

SEC("raw_tp/sys_enter")
int count_enter(void *ctx)
{
	count_current();
	return 0;
}

SEC("raw_tp/sys_exit")
int count_exit(void *ctx)
{
	count_current();
	return 0;
}
