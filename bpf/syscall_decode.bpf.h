/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Which syscall arguments are decoded, and reading them from user memory. */
#ifndef PROCLENS_SYSCALL_DECODE_BPF_H
#define PROCLENS_SYSCALL_DECODE_BPF_H

#include "core_compat.bpf.h"
#include "events.h"
#include "syscall_nrs.h"

/* What to decode for one syscall: payload kind and the argument indexes. */
struct decode_plan {
	__u8 payload;  /* enum pl_payload */
	__u8 first;    /* arg index of the (first) path or of the sockaddr pointer */
	__u8 second;   /* arg index of the second path, or of the socklen */
	__u8 len_ptr;  /* the socklen argument is a pointer the kernel wrote (accept*) */
};

static __always_inline struct decode_plan decode_plan_for(__u32 nr)
{
	struct decode_plan p = { PL_PAYLOAD_NONE, 0, 0, 0 };

	switch (nr) {
	case PL_NR_open:
	case PL_NR_execve:
	case PL_NR_unlink:
	case PL_NR_mkdir:
	case PL_NR_rmdir:
	case PL_NR_chdir:
	case PL_NR_stat:
	case PL_NR_lstat:
		p.payload = PL_PAYLOAD_PATH;
		break;
	case PL_NR_openat:
	case PL_NR_openat2:
	case PL_NR_execveat:
	case PL_NR_unlinkat:
	case PL_NR_mkdirat:
	case PL_NR_newfstatat:
	case PL_NR_statx:
		p.payload = PL_PAYLOAD_PATH;
		p.first = 1;
		break;
	case PL_NR_rename:
	case PL_NR_link:
	case PL_NR_symlink:
		p.payload = PL_PAYLOAD_PATH2;
		p.second = 1;
		break;
	case PL_NR_renameat:
	case PL_NR_renameat2:
	case PL_NR_linkat:
		p.payload = PL_PAYLOAD_PATH2;
		p.first = 1;
		p.second = 3;
		break;
	case PL_NR_symlinkat:
		p.payload = PL_PAYLOAD_PATH2;
		p.second = 2;
		break;
	case PL_NR_connect:
	case PL_NR_bind:
		p.payload = PL_PAYLOAD_SOCKADDR;
		p.first = 1;
		p.second = 2;
		break;
	case PL_NR_accept:
	case PL_NR_accept4:
		p.payload = PL_PAYLOAD_SOCKADDR;
		p.first = 1;
		p.second = 2;
		p.len_ptr = 1;
		break;
	}
	return p;
}

static __always_inline bool decode_is_exec(__u32 nr)
{
	return nr == PL_NR_execve || nr == PL_NR_execveat;
}

/* Reads a NUL-terminated user string into path; returns PL_FLAG_* for the header. */
static __always_inline __u16 decode_user_path(struct pl_path *path, __u64 uptr)
{
	long n = -1;

	path->flags = 0;
	path->reserved = 0;
	if (uptr)
		n = bpf_probe_read_user_str(path->str, PL_PATH_MAX, (const void *)uptr);
	if (n <= 0) {
		path->len = 0;
		path->str[0] = 0;
		path->flags = PL_FLAG_READ_FAILED;
		return PL_FLAG_READ_FAILED;
	}
	path->len = n - 1;
	if (n == PL_PATH_MAX) {
		/* Filled the buffer: truncated unless the string ended exactly there. */
		char next = 0;
		if (bpf_probe_read_user(&next, 1, (const void *)(uptr + PL_PATH_MAX - 1)) == 0 &&
		    next != 0)
			path->flags = PL_FLAG_TRUNCATED_PATH;
	}
	return path->flags;
}

/* Reads a sockaddr of len bytes (bounded) from user memory. */
static __always_inline __u16 decode_user_sockaddr(struct pl_sockaddr *sa, __u64 uptr, __u64 len)
{
	sa->len = 0;
	sa->family = 0;
	sa->reserved = 0;
	if (!uptr || !len)
		return 0;
	if (len > PL_SOCKADDR_MAX)
		len = PL_SOCKADDR_MAX;
	/* Keeps the verifier's bound on len across clang's register allocation. */
	asm volatile("%0 &= 0xff" : "+r"(len));
	if (len > PL_SOCKADDR_MAX)
		return PL_FLAG_READ_FAILED;
	if (bpf_probe_read_user(sa->addr, len, (const void *)uptr))
		return PL_FLAG_READ_FAILED;
	sa->len = len;
	sa->family = *(__u16 *)sa->addr;
	return 0;
}

#endif /* PROCLENS_SYSCALL_DECODE_BPF_H */
