/* SPDX-License-Identifier: MIT */
#define _GNU_SOURCE
#include "workload.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Exit codes of the child when a step fails, distinct from WORKLOAD_EXIT_CODE. */
enum { CHILD_UNSHARE = 90, CHILD_SYNC = 91, CHILD_OPEN = 92, CHILD_EXEC = 93 };

static void child_main(const struct workload *w, int ready_fd, int go_fd)
{
	char c = 'r';
	int fd;

	/* A mount namespace of its own makes its mnt inum differ from the loader's. */
	if (unshare(CLONE_NEWNS) != 0)
		_exit(CHILD_UNSHARE);
	if (write(ready_fd, &c, 1) != 1 || read(go_fd, &c, 1) != 1)
		_exit(CHILD_SYNC);
	fd = openat(AT_FDCWD, WORKLOAD_MISSING_PATH, O_RDONLY);
	if (fd >= 0 || errno != ENOENT)
		_exit(CHILD_OPEN);
	execv(w->exec_path, (char *const *)w->argv);
	_exit(CHILD_EXEC);
}

static int ns_inode(pid_t pid, const char *kind, uint64_t *out)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), "/proc/%d/ns/%s", (int)pid, kind);
	if (stat(path, &st) != 0) {
		fprintf(stderr, "workload: stat %s: %s\n", path, strerror(errno));
		return -1;
	}
	*out = st.st_ino;
	return 0;
}

int workload_run(struct workload *w, const char *exec_path)
{
	int ready[2], go[2];
	char c = 'g';
	int rc = 0;

	memset(w, 0, sizeof(*w));
	w->exec_path = exec_path;
	w->argv[0] = "busybox";
	w->argv[1] = "sh";
	w->argv[2] = "-c";
	w->argv[3] = "exit 7";
	w->parent = getpid();
	if (pipe(ready) != 0 || pipe(go) != 0) {
		fprintf(stderr, "workload: pipe: %s\n", strerror(errno));
		return -1;
	}
	w->child = fork();
	if (w->child < 0) {
		fprintf(stderr, "workload: fork: %s\n", strerror(errno));
		return -1;
	}
	if (w->child == 0) {
		close(ready[0]);
		close(go[1]);
		child_main(w, ready[1], go[0]);
	}
	close(ready[1]);
	close(go[0]);
	if (read(ready[0], &c, 1) != 1) {
		fprintf(stderr, "workload: the child died before it was ready\n");
		rc = -1;
	} else if (ns_inode(w->child, "mnt", &w->mnt_ns) != 0 || ns_inode(w->child, "pid", &w->pid_ns) != 0) {
		rc = -1;
	}
	/* Closing without writing on failure makes the child's read fail and it exits. */
	if (rc == 0 && write(go[1], &c, 1) != 1)
		rc = -1;
	close(go[1]);
	close(ready[0]);
	if (waitpid(w->child, &w->wait_status, 0) != w->child) {
		fprintf(stderr, "workload: waitpid: %s\n", strerror(errno));
		return -1;
	}
	return rc;
}
