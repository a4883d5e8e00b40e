// SPDX-License-Identifier: MIT
// Event and process column sets and their row formatting.
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <ctime>

#include "proclens/columns.h"
#include "proclens/event_format.h"
#include "proclens/names.h"
#include "proclens/procfs.h"

namespace proclens::output {

namespace {

// Indexed by EventColumn.
constexpr Column kEventColumns[] = {
    {"time", "TIME", false, 15},
    {"timestamp_ns", "TIMESTAMP_NS", true, 0},
    {"pid", "PID", true, 7},
    {"tid", "TID", true, 7},
    {"ppid", "PPID", true, 7},
    {"uid", "UID", true, 5},
    {"comm", "COMM", false, 15},
    {"event", "EVENT", false, 12},
    {"args", "ARGS", false, 0},
    {"result", "RESULT", true, 6},
    {"errno", "ERRNO", false, 7},
    {"latency_us", "LAT_US", true, 9},
    {"cpu", "CPU", true, 3},
    {"flags", "FLAGS", false, 0},
};
static_assert(std::size(kEventColumns) == static_cast<std::size_t>(EventColumn::Count_));

// Indexed by ProcessColumn.
constexpr Column kProcessColumns[] = {
    {"pid", "PID", true, 7},
    {"ppid", "PPID", true, 7},
    {"nspid", "NSPID", true, 7},
    {"uid", "UID", true, 5},
    {"gid", "GID", true, 5},
    {"comm", "COMM", false, 15},
    {"state", "S", false, 1},
    {"threads", "THR", true, 4},
    {"rss_kb", "RSS_KB", true, 9},
    {"nice", "NI", true, 3},
    {"utime_ms", "UTIME_MS", true, 9},
    {"stime_ms", "STIME_MS", true, 9},
    {"start_time_ns", "START_NS", true, 16},
    {"cgroup_id", "CGROUP_ID", true, 10},
    {"cgroup", "CGROUP", false, 30},
    {"container", "CONTAINER", false, 12},
    {"runtime", "RUNTIME", false, 10},
    {"exe", "EXE", false, 20},
    {"cwd", "CWD", false, 20},
    {"cmdline", "CMDLINE", false, 0},
    {"pidns", "PIDNS", true, 10},
    {"mntns", "MNTNS", true, 10},
    {"netns", "NETNS", true, 10},
    {"utsns", "UTSNS", true, 10},
    {"ipcns", "IPCNS", true, 10},
    {"userns", "USERNS", true, 10},
    {"cgroupns", "CGROUPNS", true, 10},
    {"timens", "TIMENS", true, 10},
};
static_assert(std::size(kProcessColumns) == static_cast<std::size_t>(ProcessColumn::Count_));

template <class T>
void set_num(std::string& f, T v)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    f.assign(buf, ec == std::errc() ? end : buf);
}

// Appends v in decimal, zero-padded to `width` digits (snprintf is the hot spot of big exports).
void append_padded(std::string& f, std::uint64_t v, int width)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    const int n = ec == std::errc() ? static_cast<int>(end - buf) : 0;
    if (n < width)
        f.append(static_cast<std::size_t>(width - n), '0');
    f.append(buf, static_cast<std::size_t>(n));
}

// "12.345" from ns, as microseconds with 3 decimals.
void set_us(std::string& f, std::uint64_t ns)
{
    f.clear();
    append_padded(f, ns / 1000, 1);
    f += '.';
    append_padded(f, ns % 1000, 3);
}

void set_ms(std::string& f, std::uint64_t ns) { set_num(f, ns / 1'000'000); }

void set_time(std::string& f, std::uint64_t ts, std::int64_t offset)
{
    f.clear();
    if (offset == 0) {
        append_padded(f, ts / 1'000'000'000, 1);
        f += '.';
        append_padded(f, (ts % 1'000'000'000) / 1000, 6);
        return;
    }
    const std::int64_t wall = static_cast<std::int64_t>(ts) + offset;
    const std::time_t secs = static_cast<std::time_t>(wall / 1'000'000'000);
    // Events arrive in time order: the date part changes once a second at most.
    thread_local std::time_t cached_secs = -1;
    thread_local char cached[80];
    if (secs != cached_secs) {
        std::tm tm{};
        gmtime_r(&secs, &tm);
        std::snprintf(cached, sizeof cached, "%04d-%02d-%02dT%02d:%02d:%02d.", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
        cached_secs = secs;
    }
    f.append(cached);
    append_padded(f, static_cast<std::uint64_t>((wall % 1'000'000'000) / 1000), 6);
    f += 'Z';
}

void set_flags(std::string& f, std::uint16_t flags)
{
    static constexpr std::pair<std::uint16_t, std::string_view> kNames[] = {
        {PL_FLAG_TRUNCATED_FILENAME, "truncated_filename"},
        {PL_FLAG_TRUNCATED_ARGV, "truncated_argv"},
        {PL_FLAG_TRUNCATED_PATH, "truncated_path"},
        {PL_FLAG_READ_FAILED, "read_failed"},
        {PL_FLAG_CORE_DUMPED, "core_dumped"},
    };
    f.clear();
    for (const auto& [bit, name] : kNames) {
        if (flags & bit) {
            if (!f.empty())
                f += '|';
            f += name;
        }
    }
}

void join_argv(std::string& f, const std::vector<std::string>& argv)
{
    f.clear();
    for (std::size_t i = 0; i < argv.size(); ++i) {
        if (i)
            f += ' ';
        f += argv[i];
    }
}

struct Common {
    std::uint64_t ts = 0;
    std::uint16_t cpu = 0;
    std::uint16_t flags = 0;
};

void fill_event(const wire::Event& ev, EventColumn col, const EventContext& ctx, std::string& f)
{
    f.clear();
    Common c;
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            c.ts = e.timestamp_ns;
            if constexpr (std::is_same_v<T, wire::ProcessEvent> || std::is_same_v<T, wire::SyscallEvent>) {
                c.cpu = e.cpu;
                c.flags = e.flags;
            } else if constexpr (std::is_same_v<T, wire::ProcessRecord>) {
                c.flags = e.flags;
            }
        },
        ev);
    switch (col) {
    case EventColumn::Time: set_time(f, c.ts, ctx.realtime_offset_ns); return;
    case EventColumn::TimestampNs: set_num(f, c.ts); return;
    case EventColumn::Cpu:
        if (std::holds_alternative<wire::ProcessEvent>(ev) || std::holds_alternative<wire::SyscallEvent>(ev))
            set_num(f, c.cpu);
        return;
    case EventColumn::Flags: set_flags(f, c.flags); return;
    default: break;
    }

    if (const auto* s = std::get_if<wire::SyscallEvent>(&ev)) {
        switch (col) {
        case EventColumn::Pid: set_num(f, s->pid); break;
        case EventColumn::Tid: set_num(f, s->tid); break;
        case EventColumn::Comm:
            if (ctx.comm_of)
                f = ctx.comm_of(s->pid);
            break;
        case EventColumn::Event: {
            std::string_view name = names::syscall_name(s->nr);
            if (name.empty())
                f = "syscall_" + std::to_string(s->nr);
            else
                f.assign(name);
            break;
        }
        case EventColumn::Args: f = format_syscall_args(*s); break;
        case EventColumn::Result: set_num(f, s->ret); break;
        case EventColumn::Errno: f.assign(result_errno_name(s->ret)); break;
        case EventColumn::LatencyUs: set_us(f, s->latency_ns); break;
        default: break;
        }
    } else if (const auto* p = std::get_if<wire::ProcessEvent>(&ev)) {
        switch (col) {
        case EventColumn::Pid: set_num(f, p->task.pid); break;
        case EventColumn::Tid: set_num(f, p->task.tid); break;
        case EventColumn::Ppid: set_num(f, p->task.ppid); break;
        case EventColumn::Uid: set_num(f, p->task.uid); break;
        case EventColumn::Comm: f = p->task.comm; break;
        case EventColumn::Event: f = wire::record_type_name(p->type); break;
        case EventColumn::Args: f = format_process_args(*p); break;
        case EventColumn::Result:
            if (p->type == PL_EVENT_EXIT && p->exit_signal == 0)
                set_num(f, p->exit_code);
            break;
        default: break;
        }
    } else if (const auto* l = std::get_if<wire::LostEvent>(&ev)) {
        if (col == EventColumn::Event)
            f = "lost";
        else if (col == EventColumn::Args)
            f = "kernel_drops=" + std::to_string(l->kernel_drops) + " user_drops=" + std::to_string(l->user_drops);
    } else if (const auto* r = std::get_if<wire::ProcessRecord>(&ev)) {
        switch (col) {
        case EventColumn::Pid: set_num(f, r->task.pid); break;
        case EventColumn::Tid: set_num(f, r->task.tid); break;
        case EventColumn::Ppid: set_num(f, r->task.ppid); break;
        case EventColumn::Uid: set_num(f, r->task.uid); break;
        case EventColumn::Comm: f = r->task.comm; break;
        case EventColumn::Event: f = "process"; break;
        case EventColumn::Args: join_argv(f, r->argv); break;
        default: break;
        }
    } else if (const auto* m = std::get_if<wire::SummaryRecord>(&ev)) {
        switch (col) {
        case EventColumn::Pid: set_num(f, m->pid); break;
        case EventColumn::Comm:
            if (ctx.comm_of)
                f = ctx.comm_of(m->pid);
            break;
        case EventColumn::Event: {
            std::string_view name = names::syscall_name(m->nr);
            f = name.empty() ? "syscall_" + std::to_string(m->nr) : std::string(name);
            break;
        }
        case EventColumn::Args:
            f = "count=" + std::to_string(m->count) + " errors=" + std::to_string(m->errors) +
                " total_ns=" + std::to_string(m->total_ns) + " max_ns=" + std::to_string(m->max_ns);
            break;
        case EventColumn::LatencyUs:
            if (m->count)
                set_us(f, m->total_ns / m->count);
            break;
        default: break;
        }
    }
}

template <class Enum, std::size_t N>
Result<std::vector<Enum>> parse_list(std::string_view list, const Column (&table)[N])
{
    std::vector<Enum> out;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        std::size_t comma = list.find(',', pos);
        if (comma == std::string_view::npos)
            comma = list.size();
        std::string_view key = list.substr(pos, comma - pos);
        while (!key.empty() && key.front() == ' ')
            key.remove_prefix(1);
        while (!key.empty() && key.back() == ' ')
            key.remove_suffix(1);
        std::size_t i = 0;
        while (i < N && table[i].key != key)
            ++i;
        if (i == N) {
            std::string known;
            for (const Column& c : table)
                known += (known.empty() ? "" : ", ") + std::string(c.key);
            return Error{"unknown column \"" + std::string(key) + "\" (known: " + known + ")", pos};
        }
        out.push_back(static_cast<Enum>(i));
        pos = comma + 1;
    }
    return out;
}

}  // namespace

std::span<const Column> event_columns() { return kEventColumns; }

std::vector<EventColumn> default_event_columns()
{
    return {EventColumn::Time,   EventColumn::Pid,    EventColumn::Tid,   EventColumn::Comm,     EventColumn::Event,
            EventColumn::Result, EventColumn::Errno,  EventColumn::LatencyUs, EventColumn::Args};
}

std::optional<EventColumn> event_column_by_key(std::string_view key)
{
    for (std::size_t i = 0; i < std::size(kEventColumns); ++i)
        if (kEventColumns[i].key == key)
            return static_cast<EventColumn>(i);
    return std::nullopt;
}

std::vector<Column> columns_of(std::span<const EventColumn> selection)
{
    std::vector<Column> out;
    for (EventColumn c : selection)
        out.push_back(kEventColumns[static_cast<std::size_t>(c)]);
    return out;
}

std::int64_t current_realtime_offset_ns()
{
    timespec mono{}, real{};
    clock_gettime(CLOCK_MONOTONIC, &mono);
    clock_gettime(CLOCK_REALTIME, &real);
    return (static_cast<std::int64_t>(real.tv_sec) - mono.tv_sec) * 1'000'000'000 + (real.tv_nsec - mono.tv_nsec);
}

void format_event_row(const wire::Event& event, std::span<const EventColumn> selection, const EventContext& context,
                      std::vector<std::string>& fields)
{
    fields.resize(selection.size());
    for (std::size_t i = 0; i < selection.size(); ++i)
        fill_event(event, selection[i], context, fields[i]);
}

std::span<const Column> process_columns() { return kProcessColumns; }

std::vector<ProcessColumn> default_process_columns()
{
    return {ProcessColumn::Pid,   ProcessColumn::Ppid, ProcessColumn::Uid,       ProcessColumn::State,
            ProcessColumn::Threads, ProcessColumn::RssKb, ProcessColumn::Comm, ProcessColumn::Container,
            ProcessColumn::Cmdline};
}

std::vector<ProcessColumn> namespace_process_columns()
{
    return {ProcessColumn::Pid,      ProcessColumn::Ppid,    ProcessColumn::NsPid,   ProcessColumn::Comm,
            ProcessColumn::NsPidInum, ProcessColumn::NsMnt,  ProcessColumn::NsNet,   ProcessColumn::NsUts,
            ProcessColumn::NsIpc,    ProcessColumn::NsUser,  ProcessColumn::NsCgroup, ProcessColumn::NsTime,
            ProcessColumn::Container, ProcessColumn::Runtime, ProcessColumn::Cgroup};
}

std::optional<ProcessColumn> process_column_by_key(std::string_view key)
{
    for (std::size_t i = 0; i < std::size(kProcessColumns); ++i)
        if (kProcessColumns[i].key == key)
            return static_cast<ProcessColumn>(i);
    return std::nullopt;
}

std::vector<Column> columns_of(std::span<const ProcessColumn> selection)
{
    std::vector<Column> out;
    for (ProcessColumn c : selection)
        out.push_back(kProcessColumns[static_cast<std::size_t>(c)]);
    return out;
}

void format_process_row(const wire::ProcessRecord& r, std::span<const ProcessColumn> selection,
                        std::vector<std::string>& fields)
{
    fields.resize(selection.size());
    for (std::size_t i = 0; i < selection.size(); ++i) {
        std::string& f = fields[i];
        f.clear();
        const auto col = selection[i];
        switch (col) {
        case ProcessColumn::Pid: set_num(f, r.task.pid); break;
        case ProcessColumn::Ppid: set_num(f, r.task.ppid); break;
        case ProcessColumn::NsPid: set_num(f, r.task.ns_pid); break;
        case ProcessColumn::Uid: set_num(f, r.task.uid); break;
        case ProcessColumn::Gid: set_num(f, r.task.gid); break;
        case ProcessColumn::Comm: f = r.task.comm; break;
        case ProcessColumn::State: f.assign(1, r.state); break;
        case ProcessColumn::Threads: set_num(f, r.threads); break;
        case ProcessColumn::RssKb: set_num(f, r.rss_bytes / 1024); break;
        case ProcessColumn::Nice: set_num(f, r.nice); break;
        case ProcessColumn::UtimeMs: set_ms(f, r.utime_ns); break;
        case ProcessColumn::StimeMs: set_ms(f, r.stime_ns); break;
        case ProcessColumn::StartTimeNs: set_num(f, r.task.start_time_ns); break;
        case ProcessColumn::CgroupId: set_num(f, r.task.cgroup_id); break;
        case ProcessColumn::Cgroup: f = r.cgroup_path; break;
        case ProcessColumn::Container: f = r.container_id; break;
        case ProcessColumn::Runtime: f = r.runtime; break;
        case ProcessColumn::Exe: f = r.exe; break;
        case ProcessColumn::Cwd: f = r.cwd; break;
        case ProcessColumn::Cmdline: join_argv(f, r.argv); break;
        case ProcessColumn::Count_: break;
        default: {
            const auto k = static_cast<std::size_t>(col) - static_cast<std::size_t>(ProcessColumn::NsPidInum);
            if (k < PL_NS_COUNT)
                set_num(f, r.task.ns[k]);
            break;
        }
        }
    }
}

Result<std::vector<EventColumn>> parse_event_columns(std::string_view list)
{
    return parse_list<EventColumn>(list, kEventColumns);
}

Result<std::vector<ProcessColumn>> parse_process_columns(std::string_view list)
{
    return parse_list<ProcessColumn>(list, kProcessColumns);
}

}  // namespace proclens::output
