// SPDX-License-Identifier: MIT
//
// `record --filter EXPR`: the part of the expression the kernel capture filter
// can apply is merged into the CaptureFilter sent to the engine or the helper;
// the rest is a Program evaluated on each decoded event before it is printed.
#pragma once

#include <optional>
#include <string>

#include "comm_cache.h"
#include "helper/engine/capture_engine.h"
#include "proclens/filter/program.h"
#include "proclens/wire_format.h"

namespace proclens::cli {

/// Merges the kernel part of `expr` into `kernel` (lists the --pid/--uid/...
/// options already set are left as they are) and returns the program user
/// space still has to run: the rest of the expression, or all of it when a
/// kernel list was already taken by an option; nullopt when nothing is left.
std::optional<filter::Program> apply_filter(const filter::Expr& expr, CaptureFilter& kernel);

/// Fills `out` for the filter from a decoded event. Returns false for records
/// the filter does not judge (lost-record notices, summaries, snapshot rows).
/// Syscall events know pid, tid, comm (from `comms`), syscall, result,
/// duration, paths and socket address/port; process events know pid, tid,
/// ppid, uid, comm, exe (exec), cgroup and namespaces. `scratch` keeps the
/// strings `out` points at.
struct FilterScratch {
    std::string comm;
    std::string addr;
};
bool make_filter_record(const wire::Event& event, CommCache& comms, FilterScratch& scratch, filter::FilterRecord& out);

}  // namespace proclens::cli
