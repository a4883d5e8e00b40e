/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What the programs chose for each kernel layout that moved between versions,
 * as relocated on this kernel (CO-RE) or compiled for it (mode 3). The process
 * hooks store it in the global pl_core_choices; the engine reads it after its
 * self-check and logs one line per choice. Not part of the event wire format.
 */
#ifndef PROCLENS_CORE_CHOICES_H
#define PROCLENS_CORE_CHOICES_H

#define PL_CORE_THREAD_PID (1u << 0)  /* task_struct->thread_pid (4.19+), else pids[PIDTYPE_PID] */
#define PL_CORE_STATE_NEW (1u << 1)   /* task_struct->__state (5.14+), else state */
#define PL_CORE_BOOTTIME (1u << 2)    /* task_struct->start_boottime (5.5+), else real_start_time */
#define PL_CORE_TIME_NS (1u << 3)     /* nsproxy->time_ns (5.6+), else the time ns is reported as 0 */
#define PL_CORE_KERNFS_ID64 (1u << 4) /* kernfs_node->id is a u64 (5.5+), else id.id */
#define PL_CORE_VALID (1u << 31)      /* set by a program: the bits above are meaningful */

#endif /* PROCLENS_CORE_CHOICES_H */
