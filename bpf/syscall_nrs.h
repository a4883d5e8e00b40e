/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* x86_64 numbers of the syscalls whose arguments the BPF side decodes. */
#ifndef PROCLENS_SYSCALL_NRS_H
#define PROCLENS_SYSCALL_NRS_H

#define PL_NR_stat 4
#define PL_NR_open 2
#define PL_NR_lstat 6
#define PL_NR_connect 42
#define PL_NR_accept 43
#define PL_NR_bind 49
#define PL_NR_execve 59
#define PL_NR_chdir 80
#define PL_NR_rename 82
#define PL_NR_mkdir 83
#define PL_NR_rmdir 84
#define PL_NR_link 86
#define PL_NR_unlink 87
#define PL_NR_symlink 88
#define PL_NR_openat 257
#define PL_NR_mkdirat 258
#define PL_NR_newfstatat 262
#define PL_NR_unlinkat 263
#define PL_NR_renameat 264
#define PL_NR_linkat 265
#define PL_NR_symlinkat 266
#define PL_NR_accept4 288
#define PL_NR_renameat2 316
#define PL_NR_execveat 322
#define PL_NR_statx 332
#define PL_NR_openat2 437

#endif /* PROCLENS_SYSCALL_NRS_H */
