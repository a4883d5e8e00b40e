// SPDX-License-Identifier: MIT
// Process-churn workload: fork + exec PROGRAM (default /bin/true) N times
// (default 2,000), waiting for each child, so exec/exit tracing cost shows.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = 2000;
	const char *program = "/bin/true";
	if (argc > 3) {
		fprintf(stderr, "usage: %s [COUNT [PROGRAM]]\n", argv[0]);
		return 2;
	}
	if (argc >= 2) {
		char *end = NULL;
		errno = 0;
		n = strtol(argv[1], &end, 10);
		if (errno || end == argv[1] || *end || n < 0) {
			fprintf(stderr, "%s: COUNT must be a non-negative integer, got '%s'\n", argv[0], argv[1]);
			return 2;
		}
	}
	if (argc == 3)
		program = argv[2];

	for (long i = 0; i < n; i++) {
		pid_t pid = fork();
		if (pid < 0) {
			fprintf(stderr, "%s: fork: %s\n", argv[0], strerror(errno));
			return 1;
		}
		if (pid == 0) {
			execl(program, program, (char *)NULL);
			_exit(127);
		}
		int status = 0;
		if (waitpid(pid, &status, 0) < 0) {
			fprintf(stderr, "%s: waitpid: %s\n", argv[0], strerror(errno));
			return 1;
		}
		if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
			fprintf(stderr, "%s: could not run %s\n", argv[0], program);
			return 1;
		}
	}
	return 0;
}
