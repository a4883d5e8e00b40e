/* SPDX-License-Identifier: MIT */
/*
 * The known activity the matrix loader triggers and then looks for in the
 * captured records: a child that enters a new mount namespace, opens a path
 * that does not exist (ENOENT) and execs a known command with known argv
 * that exits with a known code.
 */
#ifndef PROCLENS_TESTS_QEMU_WORKLOAD_H
#define PROCLENS_TESTS_QEMU_WORKLOAD_H

#include <stdint.h>
#include <sys/types.h>

#define WORKLOAD_MISSING_PATH "/proclens-matrix/no-such-file"
#define WORKLOAD_EXIT_CODE 7
#define WORKLOAD_ARGC 4

/** What the child did, as measured from user space. */
struct workload {
	const char *exec_path;             /* the binary the child execs */
	const char *argv[WORKLOAD_ARGC + 1];
	pid_t parent;                      /* the loader's pid */
	pid_t child;
	uint64_t mnt_ns;                   /* st_ino of /proc/CHILD/ns/mnt after its unshare */
	uint64_t pid_ns;                   /* st_ino of /proc/CHILD/ns/pid */
	int wait_status;                   /* from waitpid */
};

/**
 * Forks the child, measures its namespaces while it waits, lets it run and
 * reaps it. Returns 0, or -1 with a message on stderr.
 */
int workload_run(struct workload *w, const char *exec_path);

#endif
