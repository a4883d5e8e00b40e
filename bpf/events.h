/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The one contract between the BPF programs and user space.
 *
 * Plain C, fixed-width types, explicit sizes, no pointers. Never include
 * vmlinux.h from here: the BPF side includes vmlinux.h (or the kernel
 * headers in the non-CO-RE build) first, user space includes <linux/types.h>.
 * Every record starts with struct pl_event_header; header.size is the whole
 * record, header included, and is always a multiple of 8 so records can be
 * laid back to back in a batch.
 *
 * Changing any struct here is a wire change: bump PL_WIRE_VERSION.
 */
#ifndef PROCLENS_BPF_EVENTS_H
#define PROCLENS_BPF_EVENTS_H

#ifndef __BPF__
#include <linux/types.h>
#endif

#define PL_WIRE_VERSION 1

#define PL_TASK_COMM_LEN 16
#define PL_PATH_MAX 256          /* bytes kept of one decoded path, NUL included */
#define PL_ARGV_MAX_BYTES 1024   /* bytes kept of exec argv, NUL-separated */
#define PL_ARGV_MAX_ARGS 32      /* arguments read at most */
#define PL_SOCKADDR_MAX 128      /* sizeof(struct sockaddr_storage) */
#define PL_SYSCALL_ARGS 6
#define PL_MAX_SYSCALL_NR 512    /* syscall numbers at or above this are not filtered or summarised */

/* Namespace kinds, in the order of pl_task_info.ns[]. */
enum pl_ns_kind {
	PL_NS_PID = 0,
	PL_NS_MNT = 1,
	PL_NS_NET = 2,
	PL_NS_UTS = 3,
	PL_NS_IPC = 4,
	PL_NS_USER = 5,
	PL_NS_CGROUP = 6,
	PL_NS_TIME = 7,
	PL_NS_COUNT = 8,
};

enum pl_event_type {
	PL_EVENT_FORK = 1,      /* struct pl_fork_event: a new process (not a thread) */
	PL_EVENT_EXEC = 2,      /* struct pl_exec_event */
	PL_EVENT_EXIT = 3,      /* struct pl_exit_event: the last thread of a process left */
	PL_EVENT_SYSCALL = 4,   /* struct pl_syscall_event, optionally followed by a payload */
	/* Types from 64 on are made in user space, never by BPF. */
	PL_EVENT_LOST = 64,     /* struct pl_lost_event: records lost before this point */
	PL_EVENT_PROCESS = 65,  /* one /proc snapshot row, laid out by common/wire_format.h */
};

/* pl_event_header.flags */
#define PL_FLAG_TRUNCATED_FILENAME (1u << 0) /* exec filename did not fit */
#define PL_FLAG_TRUNCATED_ARGV (1u << 1)     /* exec argv did not fit */
#define PL_FLAG_TRUNCATED_PATH (1u << 2)     /* a decoded syscall path did not fit */
#define PL_FLAG_READ_FAILED (1u << 3)        /* a user-memory read for decoding failed */
#define PL_FLAG_CORE_DUMPED (1u << 4)        /* exit: a core dump was written */

struct pl_event_header {
	__u16 type;          /* enum pl_event_type */
	__u16 size;          /* bytes of the whole record, header included, multiple of 8 */
	__u16 flags;         /* PL_FLAG_* */
	__u16 cpu;           /* CPU the event was recorded on */
	__u64 timestamp_ns;  /* CLOCK_MONOTONIC (bpf_ktime_get_ns) */
};

/* Who a process event is about. All pids are as seen from the initial pid namespace. */
struct pl_task_info {
	__u32 pid;            /* thread group id */
	__u32 tid;
	__u32 ppid;           /* real parent's thread group id */
	__u32 ns_pid;         /* thread group id inside the task's own pid namespace */
	__u32 uid;
	__u32 gid;
	__u64 start_time_ns;  /* since boot, suspend included (what /proc/PID/stat counts) */
	__u64 cgroup_id;      /* cgroup v2 id of the default hierarchy */
	__u32 ns[PL_NS_COUNT];/* namespace inode numbers, enum pl_ns_kind order; 0 = unknown */
	char comm[PL_TASK_COMM_LEN];
};

struct pl_fork_event {
	struct pl_event_header hdr;
	struct pl_task_info task;  /* the child */
};

struct pl_exec_event {
	struct pl_event_header hdr;
	struct pl_task_info task;
	__u16 filename_len;   /* bytes used in filename, NUL excluded */
	__u16 argv_len;       /* bytes used in argv, the last NUL included */
	__u16 argc;           /* arguments stored in argv */
	__u16 reserved;
	__u32 old_tid;        /* tid that called exec (differs when a thread execs) */
	__u32 reserved2;
	char filename[PL_PATH_MAX];
	char argv[PL_ARGV_MAX_BYTES];  /* NUL-separated arguments */
};

struct pl_exit_event {
	struct pl_event_header hdr;
	struct pl_task_info task;
	__s32 exit_code;      /* as passed to exit(), valid when exit_signal == 0 */
	__u32 exit_signal;    /* signal that killed the process, 0 when it exited */
};

/* What follows a pl_syscall_event, named by pl_syscall_event.payload. */
enum pl_payload {
	PL_PAYLOAD_NONE = 0,
	PL_PAYLOAD_PATH = 1,      /* one struct pl_path */
	PL_PAYLOAD_PATH2 = 2,     /* two struct pl_path (rename*, link*) */
	PL_PAYLOAD_SOCKADDR = 3,  /* one struct pl_sockaddr */
};

struct pl_path {
	__u16 len;            /* bytes used, NUL excluded */
	__u16 flags;          /* PL_FLAG_TRUNCATED_PATH, PL_FLAG_READ_FAILED */
	__u32 reserved;
	char str[PL_PATH_MAX];
};

struct pl_sockaddr {
	__u16 len;            /* bytes of addr used (the socklen the call passed, bounded) */
	__u16 family;         /* AF_INET, AF_INET6, AF_UNIX, ... */
	__u32 reserved;
	__u8 addr[PL_SOCKADDR_MAX];  /* the struct sockaddr as the process passed it */
};

/* One finished system call, recorded at sys_exit with the arguments of sys_enter. */
struct pl_syscall_event {
	struct pl_event_header hdr;
	__u32 pid;
	__u32 tid;
	__u32 nr;             /* x86_64 syscall number */
	__u16 payload;        /* enum pl_payload */
	__u16 reserved;
	__s64 ret;            /* return value; -errno on failure */
	__u64 latency_ns;     /* sys_enter to sys_exit */
	__u64 args[PL_SYSCALL_ARGS];
};

/* User space only: records that were lost (kernel ring full, slow client). */
struct pl_lost_event {
	struct pl_event_header hdr;
	__u64 kernel_drops;   /* records the kernel could not reserve, since capture start */
	__u64 user_drops;     /* batches dropped on the way to this reader, since it subscribed */
};

/* Summary level: per-CPU hash map key/value, summed by user space. */
struct pl_summary_key {
	__u32 pid;
	__u32 nr;
};

struct pl_summary_value {
	__u64 count;
	__u64 errors;         /* calls that returned a negative errno */
	__u64 total_ns;
	__u64 max_ns;
};

/* Capture filter, written by user space into the BPF program's .bss at run time. */
#define PL_FILTER_PID (1u << 0)      /* only pids in filter_pids marked PL_PID_INCLUDE */
#define PL_FILTER_UID (1u << 1)      /* only uids in filter_uids */
#define PL_FILTER_COMM (1u << 2)     /* only comms in filter_comms */
#define PL_FILTER_SYSCALL (1u << 3)  /* only syscalls set in filter_syscalls */
#define PL_FILTER_NS (1u << 4)       /* only tasks whose ns[ns_kind] == ns_inum */
#define PL_FILTER_CGROUP (1u << 5)   /* only cgroup ids in filter_cgroups */
#define PL_FILTER_FOLLOW (1u << 6)   /* children of included pids are included too */
#define PL_FILTER_EXCLUDE (1u << 7)  /* pids in filter_pids marked PL_PID_EXCLUDE are dropped */

/* Values in the filter_pids map. */
#define PL_PID_INCLUDE 1
#define PL_PID_EXCLUDE 2

/* What is captured, pl_filter_config.capture */
#define PL_CAPTURE_SUMMARY (1u << 0) /* per-process per-syscall counters */
#define PL_CAPTURE_EVENTS (1u << 1)  /* every syscall as a pl_syscall_event */

struct pl_filter_config {
	__u32 flags;          /* PL_FILTER_* */
	__u32 capture;        /* PL_CAPTURE_* */
	__u32 self_pid;       /* the engine's own process, always excluded */
	__u32 ns_kind;        /* enum pl_ns_kind, with PL_FILTER_NS */
	__u32 ns_inum;        /* with PL_FILTER_NS */
	__u32 wakeup_bytes;   /* force a ring-buffer wake-up once this much is pending */
};

#ifdef __cplusplus
static_assert(sizeof(struct pl_event_header) == 16, "wire: pl_event_header");
static_assert(sizeof(struct pl_task_info) == 88, "wire: pl_task_info");
static_assert(sizeof(struct pl_fork_event) == 104, "wire: pl_fork_event");
static_assert(sizeof(struct pl_exec_event) == 1400, "wire: pl_exec_event");
static_assert(sizeof(struct pl_exit_event) == 112, "wire: pl_exit_event");
static_assert(sizeof(struct pl_path) == 264, "wire: pl_path");
static_assert(sizeof(struct pl_sockaddr) == 136, "wire: pl_sockaddr");
static_assert(sizeof(struct pl_syscall_event) == 96, "wire: pl_syscall_event");
static_assert(sizeof(struct pl_lost_event) == 32, "wire: pl_lost_event");
static_assert(sizeof(struct pl_summary_value) == 32, "wire: pl_summary_value");
static_assert(sizeof(struct pl_filter_config) == 24, "wire: pl_filter_config");
#else
_Static_assert(sizeof(struct pl_event_header) == 16, "wire: pl_event_header");
_Static_assert(sizeof(struct pl_task_info) == 88, "wire: pl_task_info");
_Static_assert(sizeof(struct pl_fork_event) == 104, "wire: pl_fork_event");
_Static_assert(sizeof(struct pl_exec_event) == 1400, "wire: pl_exec_event");
_Static_assert(sizeof(struct pl_exit_event) == 112, "wire: pl_exit_event");
_Static_assert(sizeof(struct pl_path) == 264, "wire: pl_path");
_Static_assert(sizeof(struct pl_sockaddr) == 136, "wire: pl_sockaddr");
_Static_assert(sizeof(struct pl_syscall_event) == 96, "wire: pl_syscall_event");
_Static_assert(sizeof(struct pl_lost_event) == 32, "wire: pl_lost_event");
_Static_assert(sizeof(struct pl_summary_value) == 32, "wire: pl_summary_value");
_Static_assert(sizeof(struct pl_filter_config) == 24, "wire: pl_filter_config");
#endif

#endif /* PROCLENS_BPF_EVENTS_H */
