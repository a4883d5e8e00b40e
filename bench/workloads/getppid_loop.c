// SPDX-License-Identifier: MIT
// Syscall-heavy workload: N getppid() calls (default 5,000,000), the cheapest
// real system call, so tracer cost per syscall dominates the run time.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = 5000000;
	if (argc > 2) {
		fprintf(stderr, "usage: %s [COUNT]\n", argv[0]);
		return 2;
	}
	if (argc == 2) {
		char *end = NULL;
		errno = 0;
		n = strtol(argv[1], &end, 10);
		if (errno || end == argv[1] || *end || n < 0) {
			fprintf(stderr, "%s: COUNT must be a non-negative integer, got '%s'\n", argv[0], argv[1]);
			return 2;
		}
	}
	// syscall() rather than getppid() so no libc could ever cache the result.
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return 0;
}
