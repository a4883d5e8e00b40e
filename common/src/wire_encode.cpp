// SPDX-License-Identifier: MIT
// BatchWriter: encodes records into the batch wire format.
#include <algorithm>
#include <cstring>
#include <memory>

#include "proclens/wire_format.h"
#include "wire_layout.h"

namespace proclens::wire {

using detail::align8;
using detail::store;

namespace {

void fill_header(pl_event_header& h, std::uint16_t type, std::size_t size, std::uint16_t flags,
                 std::uint16_t cpu, std::uint64_t ts)
{
    h.type = type;
    h.size = static_cast<std::uint16_t>(size);
    h.flags = flags;
    h.cpu = cpu;
    h.timestamp_ns = ts;
}

void fill_task(pl_task_info& t, const TaskInfo& in)
{
    t.pid = in.pid;
    t.tid = in.tid;
    t.ppid = in.ppid;
    t.ns_pid = in.ns_pid;
    t.uid = in.uid;
    t.gid = in.gid;
    t.start_time_ns = in.start_time_ns;
    t.cgroup_id = in.cgroup_id;
    for (int i = 0; i < PL_NS_COUNT; ++i)
        t.ns[i] = in.ns[i];
    std::memset(t.comm, 0, sizeof t.comm);
    std::memcpy(t.comm, in.comm.data(), std::min(in.comm.size(), sizeof t.comm));
}

// Copies s into a fixed field of `cap` bytes keeping a NUL; returns the bytes used.
std::uint16_t fill_string(char* field, std::size_t cap, const std::string& s, bool& truncated)
{
    std::size_t n = s.size();
    if (n > cap - 1) {
        n = cap - 1;
        truncated = true;
    }
    std::memcpy(field, s.data(), n);
    return static_cast<std::uint16_t>(n);
}

void fill_path(pl_path& p, const DecodedPath& in)
{
    std::memset(&p, 0, sizeof p);
    bool truncated = false;
    p.len = fill_string(p.str, sizeof p.str, in.path, truncated);
    p.flags = static_cast<std::uint16_t>(in.flags | (truncated ? PL_FLAG_TRUNCATED_PATH : 0));
}

// Joins argv NUL-separated (each element followed by a NUL) into at most `cap`
// bytes and `max_args` elements; returns the element count stored.
std::uint16_t join_argv(const std::vector<std::string>& argv, std::size_t cap, std::size_t max_args,
                        std::string& out, bool& truncated)
{
    out.clear();
    std::uint16_t argc = 0;
    for (const std::string& arg : argv) {
        if (argc == max_args || out.size() >= cap) {
            truncated = true;
            break;
        }
        std::size_t room = cap - out.size();
        if (arg.size() + 1 <= room) {
            out.append(arg);
            out.push_back('\0');
        } else {
            out.append(arg, 0, room);
            truncated = true;
        }
        ++argc;
    }
    return argc;
}

}  // namespace

void encode_batch_header(const BatchHeader& h, std::uint8_t out[kBatchHeaderSize])
{
    store(out + 0, h.magic);
    store(out + 4, h.version);
    store(out + 6, h.header_size);
    store(out + 8, h.payload_bytes);
    store(out + 12, h.record_count);
    store(out + 16, h.sequence);
    store(out + 24, h.flags);
    store(out + 28, h.reserved);
}

BatchWriter::BatchWriter(std::uint64_t first_sequence, std::uint32_t flags)
    : sequence_(first_sequence), flags_(flags)
{
    start();
}

void BatchWriter::start()
{
    buf_.clear();
    buf_.resize(kBatchHeaderSize);
    count_ = 0;
}

std::uint8_t* BatchWriter::grow(std::size_t bytes)
{
    const std::size_t old = buf_.size();
    buf_.resize(old + bytes);  // zero-filled: padding and reserved fields stay 0
    ++count_;
    return buf_.data() + old;
}

Result<bool> BatchWriter::append_raw(std::span<const std::uint8_t> record)
{
    if (record.size() < sizeof(pl_event_header))
        return Error{"raw record of " + std::to_string(record.size()) + " bytes is smaller than its header", 0};
    const auto hdr = detail::load<pl_event_header>(record.data());
    if (hdr.size != record.size())
        return Error{"raw record header says " + std::to_string(hdr.size) + " bytes but " +
                         std::to_string(record.size()) + " were given",
                     offsetof(pl_event_header, size)};
    if (hdr.size % 8 != 0)
        return Error{"raw record size " + std::to_string(hdr.size) + " is not a multiple of 8",
                     offsetof(pl_event_header, size)};
    std::memcpy(grow(record.size()), record.data(), record.size());
    return true;
}

void BatchWriter::append_lost(std::uint64_t timestamp_ns, std::uint64_t kernel_drops, std::uint64_t user_drops)
{
    pl_lost_event ev{};
    fill_header(ev.hdr, PL_EVENT_LOST, sizeof ev, 0, 0, timestamp_ns);
    ev.kernel_drops = kernel_drops;
    ev.user_drops = user_drops;
    store(grow(sizeof ev), ev);
}

void BatchWriter::append_summary(const SummaryRecord& r)
{
    pl_summary_record ev{};
    fill_header(ev.hdr, kEventSummary, sizeof ev, 0, 0, r.timestamp_ns);
    ev.key.pid = r.pid;
    ev.key.nr = r.nr;
    ev.value.count = r.count;
    ev.value.errors = r.errors;
    ev.value.total_ns = r.total_ns;
    ev.value.max_ns = r.max_ns;
    store(grow(sizeof ev), ev);
}

void BatchWriter::append_process(const ProcessRecord& r)
{
    bool argv_cut = false;
    bool path_cut = false;
    std::string cmdline;
    const std::uint16_t argc = join_argv(r.argv, kProcessStringMax, kProcessArgsMax, cmdline, argv_cut);
    auto cut = [&](const std::string& s) {
        if (s.size() <= kProcessStringMax)
            return std::string_view(s);
        path_cut = true;
        return std::string_view(s).substr(0, kProcessStringMax);
    };
    const std::string_view strings[] = {cmdline, cut(r.exe), cut(r.cwd), cut(r.cgroup_path),
                                        cut(r.container_id), cut(r.runtime)};
    std::size_t total = sizeof(pl_process_record);
    for (std::string_view s : strings)
        total += s.size();
    total = align8(total);

    pl_process_record rec{};
    const auto flags = static_cast<std::uint16_t>(r.flags | (argv_cut ? PL_FLAG_TRUNCATED_ARGV : 0) |
                                                  (path_cut ? PL_FLAG_TRUNCATED_PATH : 0));
    fill_header(rec.hdr, PL_EVENT_PROCESS, total, flags, 0, r.timestamp_ns);
    fill_task(rec.task, r.task);
    rec.rss_bytes = r.rss_bytes;
    rec.utime_ns = r.utime_ns;
    rec.stime_ns = r.stime_ns;
    rec.threads = r.threads;
    rec.nice = r.nice;
    rec.state = static_cast<std::uint8_t>(r.state);
    rec.argc = argc;
    rec.cmdline_len = static_cast<std::uint16_t>(strings[0].size());
    rec.exe_len = static_cast<std::uint16_t>(strings[1].size());
    rec.cwd_len = static_cast<std::uint16_t>(strings[2].size());
    rec.cgroup_len = static_cast<std::uint16_t>(strings[3].size());
    rec.container_id_len = static_cast<std::uint16_t>(strings[4].size());
    rec.runtime_len = static_cast<std::uint16_t>(strings[5].size());

    std::uint8_t* p = grow(total);
    store(p, rec);
    p += sizeof rec;
    for (std::string_view s : strings) {
        std::memcpy(p, s.data(), s.size());
        p += s.size();
    }
}

Result<bool> BatchWriter::append(const Event& event)
{
    if (const auto* pe = std::get_if<ProcessEvent>(&event)) {
        switch (pe->type) {
        case PL_EVENT_FORK: {
            pl_fork_event ev{};
            fill_header(ev.hdr, PL_EVENT_FORK, sizeof ev, pe->flags, pe->cpu, pe->timestamp_ns);
            fill_task(ev.task, pe->task);
            store(grow(sizeof ev), ev);
            return true;
        }
        case PL_EVENT_EXIT: {
            pl_exit_event ev{};
            fill_header(ev.hdr, PL_EVENT_EXIT, sizeof ev, pe->flags, pe->cpu, pe->timestamp_ns);
            fill_task(ev.task, pe->task);
            ev.exit_code = pe->exit_code;
            ev.exit_signal = pe->exit_signal;
            store(grow(sizeof ev), ev);
            return true;
        }
        case PL_EVENT_EXEC: {
            // pl_exec_event is 1.4 KB: build it in place rather than on the stack twice.
            auto ev = std::make_unique<pl_exec_event>();
            std::memset(ev.get(), 0, sizeof *ev);
            bool fn_cut = false;
            bool argv_cut = false;
            ev->filename_len = fill_string(ev->filename, sizeof ev->filename, pe->filename, fn_cut);
            std::string joined;
            ev->argc = join_argv(pe->argv, PL_ARGV_MAX_BYTES, PL_ARGV_MAX_ARGS, joined, argv_cut);
            ev->argv_len = static_cast<std::uint16_t>(joined.size());
            std::memcpy(ev->argv, joined.data(), joined.size());
            ev->old_tid = pe->old_tid;
            const auto flags = static_cast<std::uint16_t>(pe->flags | (fn_cut ? PL_FLAG_TRUNCATED_FILENAME : 0) |
                                                          (argv_cut ? PL_FLAG_TRUNCATED_ARGV : 0));
            fill_header(ev->hdr, PL_EVENT_EXEC, sizeof *ev, flags, pe->cpu, pe->timestamp_ns);
            fill_task(ev->task, pe->task);
            store(grow(sizeof *ev), *ev);
            return true;
        }
        default:
            return Error{"process event has type " + std::to_string(pe->type) + ", not fork/exec/exit", 0};
        }
    }
    if (const auto* se = std::get_if<SyscallEvent>(&event)) {
        std::size_t want_paths = 0;
        bool want_addr = false;
        switch (se->payload) {
        case PL_PAYLOAD_NONE: break;
        case PL_PAYLOAD_PATH: want_paths = 1; break;
        case PL_PAYLOAD_PATH2: want_paths = 2; break;
        case PL_PAYLOAD_SOCKADDR: want_addr = true; break;
        default: return Error{"syscall event has unknown payload kind " + std::to_string(se->payload), 0};
        }
        if (se->paths.size() != want_paths || se->sockaddr.has_value() != want_addr)
            return Error{"syscall event payload kind " + std::to_string(se->payload) +
                             " does not match its decoded paths/sockaddr",
                         0};
        const std::size_t total = sizeof(pl_syscall_event) + detail::kSyscallPayloadSize[se->payload];
        pl_syscall_event ev{};
        fill_header(ev.hdr, PL_EVENT_SYSCALL, total, se->flags, se->cpu, se->timestamp_ns);
        ev.pid = se->pid;
        ev.tid = se->tid;
        ev.nr = se->nr;
        ev.payload = se->payload;
        ev.ret = se->ret;
        ev.latency_ns = se->latency_ns;
        for (int i = 0; i < PL_SYSCALL_ARGS; ++i)
            ev.args[i] = se->args[i];
        std::uint8_t* p = grow(total);
        store(p, ev);
        p += sizeof ev;
        for (const DecodedPath& path : se->paths) {
            pl_path wp;
            fill_path(wp, path);
            store(p, wp);
            p += sizeof wp;
        }
        if (se->sockaddr) {
            pl_sockaddr sa{};
            sa.family = se->sockaddr->family;
            const std::size_t n = std::min(se->sockaddr->bytes.size(), sizeof sa.addr);
            sa.len = static_cast<std::uint16_t>(n);
            std::memcpy(sa.addr, se->sockaddr->bytes.data(), n);
            store(p, sa);
        }
        return true;
    }
    if (const auto* le = std::get_if<LostEvent>(&event)) {
        append_lost(le->timestamp_ns, le->kernel_drops, le->user_drops);
        return true;
    }
    if (const auto* pr = std::get_if<ProcessRecord>(&event)) {
        append_process(*pr);
        return true;
    }
    append_summary(std::get<SummaryRecord>(event));
    return true;
}

std::vector<std::uint8_t> BatchWriter::finish()
{
    BatchHeader h;
    h.payload_bytes = static_cast<std::uint32_t>(buf_.size() - kBatchHeaderSize);
    h.record_count = count_;
    h.sequence = sequence_++;
    h.flags = flags_;
    encode_batch_header(h, buf_.data());
    std::vector<std::uint8_t> out;
    out.swap(buf_);
    start();
    return out;
}

}  // namespace proclens::wire
