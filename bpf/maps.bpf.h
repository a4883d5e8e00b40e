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

/*
 * A thread's task-local slot: the syscall in flight and the thread's tallies
 * of its recent syscalls (see tally.h).
 */
struct pl_thread_slot {
	struct pl_inflight in;
	__u32 epoch;  /* pl_summary_epoch the tallies were counted in */
	__u32 folded; /* 1: the thread exited and its tallies are in the summary map */
	struct pl_tally tally[PL_TALLY_SLOTS];
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
 * Set by the engine before load: 1 = the tp_btf syscall pair is loaded, whose
 * in-flight syscalls live in task-local storage (thread_slots), not in the
 * inflight hash. Read by the process hooks only; the syscall hooks are built
 * for one slot each.
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
 * Thread -> the syscall it is in and its tallies, as task-local storage
 * (pl_task_storage): a pointer away from the task, no hash, no lock, freed
 * with the task. in.enter_ns == 0: no syscall in flight.
 */
struct {
	__uint(type, PL_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct pl_thread_slot);
} thread_slots SEC(".maps");

/*
 * Per-CPU sequence count of tallies moved into the summary map: odd while a
 * move is under way. The engine reads it around its two reads (summary map,
 * then tallies left in threads) and reads again when it moved.
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
