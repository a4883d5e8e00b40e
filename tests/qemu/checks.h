/* SPDX-License-Identifier: MIT */
/*
 * Finds the workload's records in the captured stream and judges them.
 * Every check prints one line "CHECK <name>: PASS|FAIL <detail>".
 */
#ifndef PROCLENS_TESTS_QEMU_CHECKS_H
#define PROCLENS_TESTS_QEMU_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include "events.h"
#include "workload.h"

/** The workload's records, copied out of the ring buffer as they arrive. */
struct observed {
	bool fork_seen, exec_seen, exit_seen, open_seen;
	struct pl_fork_event fork;
	struct pl_exec_event exec;
	struct pl_exit_event exit;
	struct pl_syscall_event open;
	struct pl_path open_path;
	unsigned long records;    /* all well-formed records seen */
	unsigned long malformed;  /* samples whose sizes did not add up */
};

/**
 * Walks one ring-buffer sample (one or more records back to back) and keeps
 * the records that belong to the workload's child.
 */
void observed_add(struct observed *o, const struct workload *w, const void *data, size_t size);

/** True once every record the checks need has arrived. */
bool observed_complete(const struct observed *o);

/** Prints one line per check; returns the number of failed checks. */
int checks_report(const struct observed *o, const struct workload *w);

#endif
