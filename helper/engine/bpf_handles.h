// SPDX-License-Identifier: MIT
// RAII owners for what libbpf hands out: the skeleton, links, the ring and perf buffers.
#pragma once

#include "proclens_bpf.skel.h"

#include <bpf/libbpf.h>

#include <memory>

namespace proclens::engine {

struct SkeletonDeleter {
    void operator()(struct proclens_bpf* skel) const { proclens_bpf__destroy(skel); }
};
struct LinkDeleter {
    void operator()(struct bpf_link* link) const { bpf_link__destroy(link); }
};
struct RingBufferDeleter {
    void operator()(struct ring_buffer* rb) const { ring_buffer__free(rb); }
};

struct PerfBufferDeleter {
    void operator()(struct perf_buffer* pb) const { perf_buffer__free(pb); }
};

using SkeletonPtr = std::unique_ptr<struct proclens_bpf, SkeletonDeleter>;
using LinkPtr = std::unique_ptr<struct bpf_link, LinkDeleter>;
using RingBufferPtr = std::unique_ptr<struct ring_buffer, RingBufferDeleter>;
using PerfBufferPtr = std::unique_ptr<struct perf_buffer, PerfBufferDeleter>;

} // namespace proclens::engine
