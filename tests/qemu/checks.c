/* SPDX-License-Identifier: MIT */
#include "checks.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

void observed_add(struct observed *o, const struct workload *w, const void *data, size_t size)
{
	const unsigned char *p = data;

	while (size >= sizeof(struct pl_event_header)) {
		struct pl_event_header h;

		memcpy(&h, p, sizeof(h));
		if (h.size < sizeof(h) || h.size > size || h.size % 8 != 0) {
			o->malformed++;
			return;
		}
		o->records++;
		if (h.type == PL_EVENT_FORK && h.size >= sizeof(o->fork) && !o->fork_seen) {
			memcpy(&o->fork, p, sizeof(o->fork));
			o->fork_seen = o->fork.task.pid == (__u32)w->child;
		} else if (h.type == PL_EVENT_EXEC && h.size >= sizeof(o->exec) && !o->exec_seen) {
			memcpy(&o->exec, p, sizeof(o->exec));
			o->exec_seen = o->exec.task.pid == (__u32)w->child;
		} else if (h.type == PL_EVENT_EXIT && h.size >= sizeof(o->exit) && !o->exit_seen) {
			memcpy(&o->exit, p, sizeof(o->exit));
			o->exit_seen = o->exit.task.pid == (__u32)w->child;
		} else if (h.type == PL_EVENT_SYSCALL && !o->open_seen &&
			   h.size >= sizeof(o->open) + sizeof(o->open_path)) {
			struct pl_syscall_event s;
			struct pl_path path;

			memcpy(&s, p, sizeof(s));
			memcpy(&path, p + sizeof(s), sizeof(path));
			path.str[sizeof(path.str) - 1] = '\0';
			/* The exec'ed shell opens files too: only the probe path is the workload's. */
			if (s.pid == (__u32)w->child && s.nr == SYS_openat && s.payload == PL_PAYLOAD_PATH &&
			    strcmp(path.str, WORKLOAD_MISSING_PATH) == 0) {
				o->open = s;
				o->open_path = path;
				o->open_seen = true;
			}
		}
		p += h.size;
		size -= h.size;
	}
	if (size != 0)
		o->malformed++;
}

bool observed_complete(const struct observed *o)
{
	return o->fork_seen && o->exec_seen && o->exit_seen && o->open_seen;
}

static int failures;

__attribute__((format(printf, 3, 4))) static void check(const char *name, bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("CHECK %-20s %s ", name, ok ? "PASS" : "FAIL");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!ok)
		failures++;
}

/* argv as the kernel stores it: NUL-separated, the last NUL included. */
static size_t expected_argv(const struct workload *w, char *buf, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < WORKLOAD_ARGC; i++) {
		size_t len = strlen(w->argv[i]) + 1;

		if (n + len > cap)
			break;
		memcpy(buf + n, w->argv[i], len);
		n += len;
	}
	return n;
}

static void print_argv(const char *label, const char *argv, size_t len)
{
	printf("  %s argv:", label);
	for (size_t i = 0; i < len; i++)
		putchar(argv[i] ? argv[i] : ' ');
	printf("\n");
}

static void check_task_ns(const char *what, const struct pl_task_info *t, const struct workload *w)
{
	char name[32];

	snprintf(name, sizeof(name), "%s.mnt_ns", what);
	check(name, t->ns[PL_NS_MNT] == w->mnt_ns, "got %u, stat says %llu", t->ns[PL_NS_MNT],
	      (unsigned long long)w->mnt_ns);
	snprintf(name, sizeof(name), "%s.pid_ns", what);
	check(name, t->ns[PL_NS_PID] == w->pid_ns, "got %u, stat says %llu", t->ns[PL_NS_PID],
	      (unsigned long long)w->pid_ns);
}

int checks_report(const struct observed *o, const struct workload *w)
{
	failures = 0;
	check("workload", WIFEXITED(w->wait_status) && WEXITSTATUS(w->wait_status) == WORKLOAD_EXIT_CODE,
	      "wait status 0x%x, want exit %d", w->wait_status, WORKLOAD_EXIT_CODE);
	check("stream.well_formed", o->malformed == 0, "%lu malformed samples, %lu records", o->malformed, o->records);

	check("fork.seen", o->fork_seen, "child pid %d", (int)w->child);
	if (o->fork_seen)
		check("fork.ppid", o->fork.task.ppid == (__u32)w->parent, "got %u, want %d", o->fork.task.ppid, (int)w->parent);

	check("exec.seen", o->exec_seen, "child pid %d", (int)w->child);
	if (o->exec_seen) {
		char want[PL_ARGV_MAX_BYTES];
		size_t want_len = expected_argv(w, want, sizeof(want));
		const struct pl_exec_event *e = &o->exec;
		size_t got_len = e->argv_len < sizeof(e->argv) ? e->argv_len : sizeof(e->argv);
		size_t fn_len = e->filename_len < sizeof(e->filename) ? e->filename_len : sizeof(e->filename);

		check("exec.filename", fn_len == strlen(w->exec_path) && memcmp(e->filename, w->exec_path, fn_len) == 0,
		      "length %zu, want %zu", fn_len, strlen(w->exec_path));
		printf("  exec filename: %.*s\n", (int)fn_len, e->filename);
		check("exec.argc", e->argc == WORKLOAD_ARGC, "got %u, want %d", e->argc, WORKLOAD_ARGC);
		check("exec.argv", got_len == want_len && memcmp(e->argv, want, want_len) == 0, "length %zu, want %zu", got_len, want_len);
		print_argv("exec", e->argv, got_len);
		check("exec.ppid", e->task.ppid == (__u32)w->parent, "got %u, want %d", e->task.ppid, (int)w->parent);
		check("exec.ns_pid", e->task.ns_pid == (__u32)w->child, "got %u, want %d", e->task.ns_pid, (int)w->child);
		check("exec.uid", e->task.uid == (__u32)getuid(), "got %u, want %u", e->task.uid, (unsigned)getuid());
		check_task_ns("exec", &e->task, w);
	}

	check("exit.seen", o->exit_seen, "child pid %d", (int)w->child);
	if (o->exit_seen) {
		check("exit.code", o->exit.exit_code == WORKLOAD_EXIT_CODE && o->exit.exit_signal == 0,
		      "code %d signal %u, want code %d signal 0", o->exit.exit_code, o->exit.exit_signal, WORKLOAD_EXIT_CODE);
		check_task_ns("exit", &o->exit.task, w);
	}

	check("openat.seen", o->open_seen, "path " WORKLOAD_MISSING_PATH " by pid %d", (int)w->child);
	if (o->open_seen)
		check("openat.ret", o->open.ret == -2, "got %lld, want -2 (ENOENT)", (long long)o->open.ret);
	return failures;
}
