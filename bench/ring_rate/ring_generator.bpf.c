/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * In-kernel record generator for bench/ring_rate: a BPF_PROG_TYPE_SYSCALL
 * program that writes pl_syscall_event records into the engine's own ring
 * buffer (map fd reused by user space) through the engine's own emit path
 * (emit_reserve / syscall_fill / emit_submit, drops counted in the engine's
 * drops map), so the rate into the ring is no longer bounded by syscall cost.
 */
#include "core_compat.bpf.h"
#include "syscall_events.bpf.h"
#include "ring_generator.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* Sequence number of the next record (args[0]); counted for failed reserves too, so a drop is a gap. */
__u64 gen_next_seq;
/* Highest BPF_RB_AVAIL_DATA seen since user space last zeroed it: the ring's fill. */
__u64 gen_max_pending;

struct gen_loop {
	__u64 id;       /* bpf_get_current_pid_tgid() of the generating thread */
	__u64 prev_ns;  /* time of the previous record, the "entry" time of the next */
	__u32 nr;
	__s64 ret;
};

/* Sample the ring's fill every this many records (a query per record would add cost the engine does not have). */
#define GEN_FILL_SAMPLE 64

static void gen_sample_fill(void)
{
	__u64 pending = bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA);

	if (pending > gen_max_pending)
		gen_max_pending = pending;
}

/*
 * One record, exactly the plain-record branch of syscall_emit(). emit_submit()
 * keeps its last forced wake-up position in this object's own
 * pl_last_wakeup_pos, as each engine object does.
 */
static long gen_one(__u64 index, void *data)
{
	struct gen_loop *loop = data;
	struct pl_inflight in = {};
	struct pl_syscall_event *e;
	__u64 now = bpf_ktime_get_ns();

	in.enter_ns = loop->prev_ns;
	in.nr = loop->nr;
	in.capture = PL_CAPTURE_EVENTS;
	in.args[0] = gen_next_seq++;
	loop->prev_ns = now;

	e = emit_reserve(sizeof(*e));
	if (e) {
		syscall_fill(e, sizeof(*e), loop->id, &in, loop->ret, now, PL_PAYLOAD_NONE);
		emit_submit(NULL, e);
	}
	if ((index % GEN_FILL_SAMPLE) == 0)
		gen_sample_fill();
	return 0;
}

/* Writes args->count records into the engine's ring on this CPU. */
SEC("syscall")
int generate(struct ring_gen_args *args)
{
	struct gen_loop loop = {};
	__u32 count = args->count;

	if (count == 0 || count > RING_GEN_MAX_RUN)
		return -1;
	loop.id = bpf_get_current_pid_tgid();
	loop.prev_ns = bpf_ktime_get_ns();
	loop.nr = args->nr;
	loop.ret = args->ret;
	bpf_loop(count, gen_one, &loop, 0);
	gen_sample_fill();
	return 0;
}
