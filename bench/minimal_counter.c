// SPDX-License-Identifier: MIT
// Loader of the reference tracer (minimal_counter.bpf.c): attaches, prints
// "ready", waits for SIGINT/SIGTERM, then prints "events N" (enters + exits).
// --clock: each program also reads the clock (bpf_ktime_get_ns) once.
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minimal_counter.skel.h"

static uint64_t sum_counts(int map_fd)
{
	int ncpus = libbpf_num_possible_cpus();
	if (ncpus <= 0)
		return 0;
	uint64_t *values = calloc((size_t)ncpus, sizeof(*values));
	if (!values)
		return 0;
	uint64_t total = 0;
	uint32_t key = 0;
	uint32_t next = 0;
	uint32_t *prev = NULL;
	while (bpf_map_get_next_key(map_fd, prev, &next) == 0) {
		if (bpf_map_lookup_elem(map_fd, &next, values) == 0) {
			for (int cpu = 0; cpu < ncpus; cpu++)
				total += values[cpu];
		}
		key = next;
		prev = &key;
	}
	free(values);
	return total;
}

int main(int argc, char **argv)
{
	bool with_clock = argc == 2 && strcmp(argv[1], "--clock") == 0;
	if (argc > 2 || (argc == 2 && !with_clock)) {
		fprintf(stderr, "usage: minimal_counter [--clock]\n");
		return 2;
	}
	// Block the stop signals before anything else so sigwait() receives them.
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigprocmask(SIG_BLOCK, &stop, NULL);

	struct minimal_counter *skel = minimal_counter__open();
	if (skel) {
		skel->rodata->with_clock = with_clock;
		if (minimal_counter__load(skel)) {
			minimal_counter__destroy(skel);
			skel = NULL;
		}
	}
	if (!skel) {
		fprintf(stderr, "minimal_counter: cannot load the BPF program (%s); run as root on a kernel with BPF\n",
			strerror(errno));
		return 1;
	}
	int err = minimal_counter__attach(skel);
	if (err) {
		fprintf(stderr, "minimal_counter: cannot attach to raw_tp sys_enter/sys_exit (%s)\n", strerror(-err));
		minimal_counter__destroy(skel);
		return 1;
	}
	printf("ready\n");
	fflush(stdout);

	int sig = 0;
	sigwait(&stop, &sig);
	minimal_counter__detach(skel);
	printf("events %llu\n", (unsigned long long)sum_counts(bpf_map__fd(skel->maps.counts)));
	minimal_counter__destroy(skel);
	return 0;
}
