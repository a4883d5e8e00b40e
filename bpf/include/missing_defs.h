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

#endif /* PROCLENS_MISSING_DEFS_H */
