/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Macros the BPF programs need that vmlinux.h cannot carry (BTF holds types,
 * not #defines). Each is guarded so the non-CO-RE build, which includes the
 * kernel headers that define them, keeps the kernel's value.
 */
#ifndef PROCLENS_MISSING_DEFS_H
#define PROCLENS_MISSING_DEFS_H

#ifndef TASK_COMM_LEN
#define TASK_COMM_LEN 16
#endif

#ifndef AF_UNIX
#define AF_UNIX 1
#endif
#ifndef AF_INET
#define AF_INET 2
#endif
#ifndef AF_INET6
#define AF_INET6 10
#endif

#ifndef PF_KTHREAD
#define PF_KTHREAD 0x00200000 /* include/linux/sched.h: I am a kernel thread */
#endif

#ifndef MAX_ERRNO
#define MAX_ERRNO 4095 /* include/linux/err.h: returns in [-MAX_ERRNO, -1] are errors */
#endif

#ifndef PIDTYPE_PID
#define PIDTYPE_PID 0
#endif

/*
 * Task-local storage (5.11) by number and flag value, so kernel headers older than
 * 5.11 (mode 3) still compile the programs; the engine creates the map only where
 * the kernel has it. Values from include/uapi/linux/bpf.h.
 */
#define PL_MAP_TYPE_TASK_STORAGE 29     /* BPF_MAP_TYPE_TASK_STORAGE */
#define PL_LOCAL_STORAGE_GET_F_CREATE 1 /* BPF_LOCAL_STORAGE_GET_F_CREATE */

/* task_struct->flags: the task is in do_exit() (include/linux/sched.h, unchanged since 2.6). */
#define PL_PF_EXITING 0x00000004

#endif /* PROCLENS_MISSING_DEFS_H */
