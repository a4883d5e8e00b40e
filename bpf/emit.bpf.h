/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Record output (ring buffer, or perf buffer before 5.8): headers, batched wake-ups, counted losses. */
#ifndef PROCLENS_EMIT_BPF_H
#define PROCLENS_EMIT_BPF_H

#include "maps.bpf.h"

static __always_inline void count_drop(__u32 which)
{
	__u64 *counter = bpf_map_lookup_elem(&drops, &which);

	if (counter)
		*counter += 1;
}

/* Room for one record: in the ring buffer, or in the per-CPU scratch record for perf_events. */
static __always_inline void *emit_reserve(__u64 size)
{
	if (pl_use_perf) {
		__u32 zero = 0;
		void *scratch = bpf_map_lookup_elem(&scratch_record, &zero);
		if (!scratch)
			count_drop(PL_DROP_RINGBUF);
		return scratch;
	}
	void *rec = bpf_ringbuf_reserve(&events, size, 0);

	if (!rec)
		count_drop(PL_DROP_RINGBUF);
	return rec;
}

/* A header stamped at now (a syscall record reuses its sys_exit clock read: one read fewer). */
static __always_inline void emit_header_at(struct pl_event_header *hdr, __u16 type, __u16 size, __u64 now)
{
	hdr->type = type;
	hdr->size = size;
	hdr->flags = 0;
	hdr->cpu = bpf_get_smp_processor_id();
	hdr->timestamp_ns = now;
}

static __always_inline void emit_header(struct pl_event_header *hdr, __u16 type, __u16 size)
{
	emit_header_at(hdr, type, size, bpf_ktime_get_ns());
}

/* Drops a record emit_reserve() gave out. */
static __always_inline void emit_discard(void *rec)
{
	if (!pl_use_perf)
		bpf_ringbuf_discard(rec, BPF_RB_NO_WAKEUP);
}

static __always_inline void emit_submit(void *ctx, void *rec)
{
	if (pl_use_perf) {
		__u64 size = ((struct pl_event_header *)rec)->size;
		if (size == 0 || size > PL_MAX_RECORD)
			return;
		if (bpf_perf_event_output(ctx, &perf_events, BPF_F_CURRENT_CPU, rec, size) < 0)
			count_drop(PL_DROP_RINGBUF);
		return;
	}
	/*
	 * Waking the consumer costs more than the record itself (an irq_work
	 * self-interrupt on this CPU), so records go in unannounced and the
	 * consumer polls on a timer. Once pl_config.wakeup_bytes are pending it is
	 * woken, but only once per half of that produced: until it has drained,
	 * every record would otherwise raise another interrupt, and those slowed a
	 * producing CPU to half its rate (bench/ring_rate).
	 */
	__u64 flags = BPF_RB_NO_WAKEUP;
	__u64 threshold = pl_config.wakeup_bytes;

	if (bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) >= threshold) {
		__u64 produced = bpf_ringbuf_query(&events, BPF_RB_PROD_POS);
		/* Racy between CPUs on purpose: a lost update costs one extra wake-up at most. */
		if (produced - pl_last_wakeup_pos >= threshold / 2) {
			pl_last_wakeup_pos = produced;
			flags = BPF_RB_FORCE_WAKEUP;
		}
	}
	bpf_ringbuf_submit(rec, flags);
}

#endif /* PROCLENS_EMIT_BPF_H */
