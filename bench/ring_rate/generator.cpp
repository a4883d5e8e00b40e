// SPDX-License-Identifier: MIT
#include "generator.h"

#include "bpf/events.h"
#include "ring_generator.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include <cerrno>
#include <cstring>
#include <string_view>

// After events.h: the skeleton's .bss struct names pl_filter_config.
#include "ring_generator.skel.h"

namespace proclens::bench {
namespace {

std::string libbpfError(const char* what, int err)
{
    char text[128];
    libbpf_strerror(err, text, sizeof text);
    return std::string(what) + ": " + text;
}

} // namespace

RingGenerator::~RingGenerator()
{
    ring_generator__destroy(skel_);
}

bool RingGenerator::load(const EngineMaps& maps, std::string& why)
{
    skel_ = ring_generator__open();
    if (!skel_) {
        why = libbpfError("opening the generator", -errno);
        return false;
    }
    // Only the ring, the drops counters and the globals are used; nothing else is created.
    bpf_map* map = nullptr;
    bpf_object__for_each_map(map, skel_->obj)
    {
        const std::string_view name = bpf_map__name(map);
        if (!bpf_map__is_internal(map) && name != "events" && name != "drops")
            bpf_map__set_autocreate(map, false);
    }
    if (int err = bpf_map__reuse_fd(skel_->maps.events, maps.ringFd)) {
        why = libbpfError("reusing the engine's ring buffer", err);
        return false;
    }
    if (int err = bpf_map__reuse_fd(skel_->maps.drops, maps.dropsFd)) {
        why = libbpfError("reusing the engine's drops map", err);
        return false;
    }
    skel_->bss->pl_config.wakeup_bytes = maps.wakeupBytes;
    skel_->bss->pl_config.capture = PL_CAPTURE_EVENTS;
    if (int err = ring_generator__load(skel_)) {
        why = libbpfError("loading the generator (BPF_PROG_TYPE_SYSCALL needs kernel 5.14+)", err);
        return false;
    }
    return true;
}

bool RingGenerator::run(uint32_t count, uint32_t nr, int64_t ret, std::string& why)
{
    ring_gen_args args{};
    args.count = count;
    args.nr = nr;
    args.ret = ret;
    LIBBPF_OPTS(bpf_test_run_opts, opts, .ctx_in = &args, .ctx_size_in = sizeof args);
    if (int err = bpf_prog_test_run_opts(bpf_program__fd(skel_->progs.generate), &opts)) {
        why = libbpfError("running the generator", err);
        return false;
    }
    if (opts.retval != 0) {
        why = "the generator refused a run of " + std::to_string(count) + " records";
        return false;
    }
    return true;
}

uint64_t RingGenerator::nextSeq() const
{
    return __atomic_load_n(&skel_->bss->gen_next_seq, __ATOMIC_RELAXED);
}

uint64_t RingGenerator::maxPending() const
{
    return __atomic_load_n(&skel_->bss->gen_max_pending, __ATOMIC_RELAXED);
}

void RingGenerator::resetMaxPending()
{
    __atomic_store_n(&skel_->bss->gen_max_pending, 0, __ATOMIC_RELAXED);
}

} // namespace proclens::bench
