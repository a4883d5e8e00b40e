// SPDX-License-Identifier: MIT
//
// The column sets for events and processes, and how each column's text is
// made from a decoded record. The CLI and the GUI's export both use these,
// so a CSV of `proclens-cli record` and of the GUI's activity view agree.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "proclens/output_writers.h"
#include "proclens/result.h"
#include "proclens/wire_format.h"

namespace proclens::output {

/// Event columns; the value is the index into event_columns().
enum class EventColumn : std::uint8_t {
    Time,        ///< wall clock (ISO 8601 UTC) when a realtime offset is known, else seconds since boot
    TimestampNs, ///< raw CLOCK_MONOTONIC ns
    Pid,
    Tid,
    Ppid,        ///< process events only
    Uid,         ///< process events only
    Comm,
    Event,       ///< "exec", "fork", "exit", "lost", or the syscall name
    Args,        ///< decoded arguments (event_format.h)
    Result,      ///< "3", "-2" (syscalls), exit code (exit)
    Errno,       ///< "ENOENT" for failed syscalls
    LatencyUs,   ///< syscall latency in microseconds, 3 decimals
    Cpu,
    Flags,       ///< "truncated_argv|read_failed"...
    Count_,      ///< number of columns, not a column
};

/// Metadata of every event column, indexed by EventColumn.
std::span<const Column> event_columns();
/// time, pid, tid, comm, event, result, errno, latency_us, args (args last: it has no width).
std::vector<EventColumn> default_event_columns();
/// By Column::key ("pid", "latency_us"...).
std::optional<EventColumn> event_column_by_key(std::string_view key);
/// Column metadata for a selection, in its order (for TableWriter::begin).
std::vector<Column> columns_of(std::span<const EventColumn> selection);

/// What the records themselves do not carry.
struct EventContext {
    /// comm of a pid for syscall events (which carry no comm); may be empty.
    std::function<std::string(std::uint32_t pid)> comm_of;
    /// CLOCK_REALTIME - CLOCK_MONOTONIC in ns; 0 = show seconds since boot.
    std::int64_t realtime_offset_ns = 0;
};

/// CLOCK_REALTIME - CLOCK_MONOTONIC now, for EventContext::realtime_offset_ns.
std::int64_t current_realtime_offset_ns();

/// Fills `fields` (resized to selection.size()) with the text of each column.
/// Summary and process records fill what applies and leave the rest empty.
void format_event_row(const wire::Event& event, std::span<const EventColumn> selection,
                      const EventContext& context, std::vector<std::string>& fields);

/// Process (snapshot) columns; the value is the index into process_columns().
enum class ProcessColumn : std::uint8_t {
    Pid, Ppid, NsPid, Uid, Gid, Comm, State, Threads, RssKb, Nice, UtimeMs, StimeMs,
    StartTimeNs, CgroupId, Cgroup, Container, Runtime, Exe, Cwd, Cmdline,
    NsPidInum, NsMnt, NsNet, NsUts, NsIpc, NsUser, NsCgroup, NsTime,
    Count_,
};

std::span<const Column> process_columns();
/// pid, ppid, uid, state, threads, rss_kb, comm, container, cmdline.
std::vector<ProcessColumn> default_process_columns();
/// pid, ppid, ns_pid, comm, the eight namespace inums, container, runtime, cgroup.
std::vector<ProcessColumn> namespace_process_columns();
std::optional<ProcessColumn> process_column_by_key(std::string_view key);
std::vector<Column> columns_of(std::span<const ProcessColumn> selection);

void format_process_row(const wire::ProcessRecord& record, std::span<const ProcessColumn> selection,
                        std::vector<std::string>& fields);

/// Parses "pid,comm,args" into columns; an Error names the unknown key.
Result<std::vector<EventColumn>> parse_event_columns(std::string_view list);
Result<std::vector<ProcessColumn>> parse_process_columns(std::string_view list);

}  // namespace proclens::output
