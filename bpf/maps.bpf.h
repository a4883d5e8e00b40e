/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Every map and global of the ProcLens programs, one line each on what it holds. */
#ifndef PROCLENS_MAPS_BPF_H
#define PROCLENS_MAPS_BPF_H

#include "core_compat.bpf.h"
#include "events.h"
#include "counters.h"
#include "tally.h"

/* A syscall between sys_enter and sys_exit. */
struct pl_inflight {
	__u64 enter_ns;
	__u64 args[PL_SYSCALL_ARGS]; /* read only when capture has PL_CAPTURE_EVENTS */
	__u32 nr;
	__u32 capture; /* PL_CAPTURE_* at sys_enter */
};

/* The syscall in flight on a CPU (per-CPU pair): tid owns it until it is switched out. */
struct pl_cpu_syscall {
	struct pl_inflight in;
	__u32 tid;
	__u32 reserved;
};

/* Capture filter and level, written by user space through the mmapped .bss. */
struct pl_filter_config pl_config;

/* Ring-buffer producer position at the last forced wake-up of the consumer (emit_submit). */
__u64 pl_last_wakeup_pos;

/* Bumped by user space to clear the summary: tallies of an older epoch are forgotten. */
__u32 pl_summary_epoch;

/* PL_CORE_* bits: the layout choices the process hooks were relocated/compiled with. */
__u32 pl_core_choices;

/* Set by the engine before load: 1 = records go through perf_events (kernels before 5.8). */
const volatile __u32 pl_use_perf = 0;

/*
 * Set by the engine before load: 1 = the per-CPU syscall pair is loaded (tp_btf,
 * in-flight syscalls in cpu_syscall and, once switched out, in parked_syscalls),
 * not the raw_tp pair with the inflight hash. Read by the process hooks only;
 * the syscall hooks are built for one pair each.
 */
const volatile __u32 pl_task_storage = 0;

/* The largest record: an exec event (1400 bytes) and a syscall with two paths (624) fit. */
#define PL_MAX_RECORD 2048

/* Records for user space on kernels without a BPF ring buffer (one perf buffer per CPU). */
struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} perf_events SEC(".maps");

/* One record per CPU to build a perf-buffer record in (the ring buffer reserves in place). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[PL_MAX_RECORD]);
} scratch_record SEC(".maps");

/* Records for user space; size set by the engine before load. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 24);
} events SEC(".maps");

/* Per-CPU loss counters, indexed by enum pl_drop_counter. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, PL_DROP_COUNT);
	__type(key, __u32);
	__type(value, __u64);
} drops SEC(".maps");

/* Summary level: (pid, syscall nr) -> per-CPU count, errors, total and max latency. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, PL_SUMMARY_ENTRIES);
	__type(key, struct pl_summary_key);
	__type(value, struct pl_summary_value);
} summary SEC(".maps");

#ifdef CORE
_Static_assert(BPF_MAP_TYPE_TASK_STORAGE == PL_MAP_TYPE_TASK_STORAGE, "task storage map type");
_Static_assert(BPF_LOCAL_STORAGE_GET_F_CREATE == PL_LOCAL_STORAGE_GET_F_CREATE, "task storage flag");
#endif

/*
 * Per-CPU pair: the syscall in flight on this CPU. sys_enter writes it, sys_exit
 * reads it back on the same CPU unless the thread was switched out in between
 * (sched_switch parks it in parked_syscalls). A per-CPU array lookup is inlined
 * by the verifier: no helper call on the path of a syscall that does not block.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct pl_cpu_syscall);
} cpu_syscall SEC(".maps");

/*
 * Per-CPU pair: thread -> the syscall it was in when it was switched out, as
 * task-local storage (a pointer away from the task, freed with it).
 * enter_ns == 0: none.
 */
struct {
	__uint(type, PL_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct pl_inflight);
} parked_syscalls SEC(".maps");

/* Per-CPU pair: each CPU's summary tally cache (tally.h), in front of the summary map. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct pl_cpu_tallies);
} cpu_tallies SEC(".maps");

/*
 * Per-CPU sequence count of tallies moved into the summary map: odd while a
 * move is under way. The engine reads it around its two reads (summary map,
 * then the tally caches) and reads again when it moved.
 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} tally_moves SEC(".maps");

/* tid -> the syscall that thread is in (entry time, nr, raw args); without task storage. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PL_INFLIGHT_ENTRIES);
	__type(key, __u32);
	__type(value, struct pl_inflight);
} inflight SEC(".maps");

/* tid -> execve/execveat path, read at sys_enter (the caller's memory is gone after exec). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct pl_path);
} exec_paths SEC(".maps");

/* One pl_path per CPU to build an exec path without using the 512-byte stack. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct pl_path);
} scratch_path SEC(".maps");

/* One argv-sized buffer per CPU to measure exec arguments in. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[PL_ARGV_MAX_BYTES]);
} scratch_argv SEC(".maps");

/* Thread group id -> PL_PID_INCLUDE or PL_PID_EXCLUDE. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PL_FILTER_ENTRIES);
	__type(key, __u32);
	__type(value, __u32);
} filter_pids SEC(".maps");

/* Real uid -> 1 when the uid is captured. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PL_FILTER_ENTRIES);
	__type(key, __u32);
	__type(value, __u8);
} filter_uids SEC(".maps");

/* comm (NUL-padded to 16 bytes) -> 1 when the comm is captured. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PL_FILTER_ENTRIES);
	__type(key, char[PL_TASK_COMM_LEN]);
	__type(value, __u8);
} filter_comms SEC(".maps");

/* Syscall nr -> 1 when the syscall is captured. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, PL_MAX_SYSCALL_NR);
	__type(key, __u32);
	__type(value, __u8);
} filter_syscalls SEC(".maps");

/* cgroup v2 id -> 1 when the cgroup is captured. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PL_FILTER_ENTRIES);
	__type(key, __u64);
	__type(value, __u8);
} filter_cgroups SEC(".maps");

#endif /* PROCLENS_MAPS_BPF_H */
