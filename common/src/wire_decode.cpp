// SPDX-License-Identifier: MIT
// Validating decoder of the batch wire format: every length is checked
// against the batch before anything is read; records are copied out with
// memcpy (no unaligned casts).
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>

#include "proclens/wire_format.h"
#include "wire_layout.h"

namespace proclens::wire {

using detail::load;

namespace {

std::string num(std::size_t n) { return std::to_string(n); }

TaskInfo decode_task(const pl_task_info& t)
{
    TaskInfo out;
    out.pid = t.pid;
    out.tid = t.tid;
    out.ppid = t.ppid;
    out.ns_pid = t.ns_pid;
    out.uid = t.uid;
    out.gid = t.gid;
    out.start_time_ns = t.start_time_ns;
    out.cgroup_id = t.cgroup_id;
    for (int i = 0; i < PL_NS_COUNT; ++i)
        out.ns[i] = t.ns[i];
    out.comm.assign(t.comm, strnlen(t.comm, sizeof t.comm));
    return out;
}

// Splits NUL-separated arguments; a last argument without a NUL (cut) still counts.
std::vector<std::string> split_args(const char* p, std::size_t len)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < len) {
        const void* nul = std::memchr(p + pos, '\0', len - pos);
        const std::size_t end = nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - p) : len;
        out.emplace_back(p + pos, end - pos);
        pos = end + 1;
    }
    return out;
}

Error size_error(const RecordView& r, const char* what, std::size_t want)
{
    return Error{std::string(what) + " record of " + num(r.bytes.size()) + " bytes, expected " + num(want),
                 r.offset + offsetof(pl_event_header, size)};
}

Result<DecodedPath> decode_path(const pl_path& p, std::size_t offset)
{
    if (p.len >= sizeof p.str)
        return Error{"path length " + num(p.len) + " exceeds its " + num(sizeof p.str - 1) + "-byte field",
                     offset + offsetof(pl_path, len)};
    return DecodedPath{std::string(p.str, p.len), p.flags};
}

Result<Event> decode_exec(const RecordView& r)
{
    if (r.bytes.size() != sizeof(pl_exec_event))
        return size_error(r, "exec", sizeof(pl_exec_event));
    auto ev = std::make_unique<pl_exec_event>();
    std::memcpy(ev.get(), r.bytes.data(), sizeof *ev);
    if (ev->filename_len >= sizeof ev->filename)
        return Error{"exec filename length " + num(ev->filename_len) + " exceeds its field",
                     r.offset + offsetof(pl_exec_event, filename_len)};
    if (ev->argv_len > sizeof ev->argv)
        return Error{"exec argv length " + num(ev->argv_len) + " exceeds its " + num(sizeof ev->argv) +
                         "-byte field",
                     r.offset + offsetof(pl_exec_event, argv_len)};
    if (ev->argc > PL_ARGV_MAX_ARGS)
        return Error{"exec argc " + num(ev->argc) + " exceeds " + num(PL_ARGV_MAX_ARGS),
                     r.offset + offsetof(pl_exec_event, argc)};
    ProcessEvent out;
    out.type = PL_EVENT_EXEC;
    out.flags = ev->hdr.flags;
    out.cpu = ev->hdr.cpu;
    out.timestamp_ns = ev->hdr.timestamp_ns;
    out.task = decode_task(ev->task);
    out.filename.assign(ev->filename, ev->filename_len);
    out.argv = split_args(ev->argv, ev->argv_len);
    out.old_tid = ev->old_tid;
    return Event{std::move(out)};
}

Result<Event> decode_syscall(const RecordView& r)
{
    if (r.bytes.size() < sizeof(pl_syscall_event))
        return size_error(r, "syscall", sizeof(pl_syscall_event));
    const auto ev = load<pl_syscall_event>(r.bytes.data());
    if (ev.payload > PL_PAYLOAD_SOCKADDR)
        return Error{"syscall record has unknown payload kind " + num(ev.payload),
                     r.offset + offsetof(pl_syscall_event, payload)};
    const std::size_t want = sizeof(pl_syscall_event) + detail::kSyscallPayloadSize[ev.payload];
    if (r.bytes.size() != want)
        return Error{"syscall record with payload kind " + num(ev.payload) + " is " + num(r.bytes.size()) +
                         " bytes, expected " + num(want),
                     r.offset + offsetof(pl_event_header, size)};
    SyscallEvent out;
    out.flags = ev.hdr.flags;
    out.cpu = ev.hdr.cpu;
    out.timestamp_ns = ev.hdr.timestamp_ns;
    out.pid = ev.pid;
    out.tid = ev.tid;
    out.nr = ev.nr;
    out.ret = ev.ret;
    out.latency_ns = ev.latency_ns;
    for (int i = 0; i < PL_SYSCALL_ARGS; ++i)
        out.args[i] = ev.args[i];
    out.payload = ev.payload;
    std::size_t pos = sizeof(pl_syscall_event);
    const int paths = ev.payload == PL_PAYLOAD_PATH ? 1 : ev.payload == PL_PAYLOAD_PATH2 ? 2 : 0;
    for (int i = 0; i < paths; ++i) {
        const auto p = load<pl_path>(r.bytes.data() + pos);
        auto path = decode_path(p, r.offset + pos);
        if (!path)
            return path.error();
        out.paths.push_back(std::move(*path));
        pos += sizeof(pl_path);
    }
    if (ev.payload == PL_PAYLOAD_SOCKADDR) {
        const auto sa = load<pl_sockaddr>(r.bytes.data() + pos);
        if (sa.len > sizeof sa.addr)
            return Error{"sockaddr length " + num(sa.len) + " exceeds its " + num(sizeof sa.addr) + "-byte field",
                         r.offset + pos + offsetof(pl_sockaddr, len)};
        out.sockaddr = SockAddr{sa.family, std::vector<std::uint8_t>(sa.addr, sa.addr + sa.len)};
    }
    return Event{std::move(out)};
}

Result<Event> decode_process(const RecordView& r)
{
    if (r.bytes.size() < sizeof(pl_process_record))
        return size_error(r, "process", sizeof(pl_process_record));
    const auto rec = load<pl_process_record>(r.bytes.data());
    const std::uint16_t lens[] = {rec.cmdline_len, rec.exe_len, rec.cwd_len,
                                  rec.cgroup_len, rec.container_id_len, rec.runtime_len};
    const std::size_t len_offsets[] = {
        offsetof(pl_process_record, cmdline_len), offsetof(pl_process_record, exe_len),
        offsetof(pl_process_record, cwd_len), offsetof(pl_process_record, cgroup_len),
        offsetof(pl_process_record, container_id_len), offsetof(pl_process_record, runtime_len)};
    std::size_t total = sizeof(pl_process_record);
    for (int i = 0; i < 6; ++i) {
        if (lens[i] > kProcessStringMax)
            return Error{"process record string length " + num(lens[i]) + " exceeds " + num(kProcessStringMax),
                         r.offset + len_offsets[i]};
        total += lens[i];
    }
    if (detail::align8(total) != r.bytes.size())
        return Error{"process record strings need " + num(detail::align8(total)) + " bytes but the record is " +
                         num(r.bytes.size()),
                     r.offset + offsetof(pl_event_header, size)};
    if (rec.argc > kProcessArgsMax)
        return Error{"process record argc " + num(rec.argc) + " exceeds " + num(kProcessArgsMax),
                     r.offset + offsetof(pl_process_record, argc)};
    const char* p = reinterpret_cast<const char*>(r.bytes.data()) + sizeof(pl_process_record);
    ProcessRecord out;
    out.argv = split_args(p, rec.cmdline_len);
    if (out.argv.size() != rec.argc)
        return Error{"process record argc " + num(rec.argc) + " but its command line holds " + num(out.argv.size()) +
                         " arguments",
                     r.offset + offsetof(pl_process_record, argc)};
    p += rec.cmdline_len;
    std::string* fields[] = {&out.exe, &out.cwd, &out.cgroup_path, &out.container_id, &out.runtime};
    for (int i = 0; i < 5; ++i) {
        fields[i]->assign(p, lens[i + 1]);
        p += lens[i + 1];
    }
    out.flags = rec.hdr.flags;
    out.timestamp_ns = rec.hdr.timestamp_ns;
    out.task = decode_task(rec.task);
    out.state = static_cast<char>(rec.state);
    out.threads = rec.threads;
    out.rss_bytes = rec.rss_bytes;
    out.nice = rec.nice;
    out.utime_ns = rec.utime_ns;
    out.stime_ns = rec.stime_ns;
    return Event{std::move(out)};
}

}  // namespace

const char* record_type_name(std::uint16_t type)
{
    switch (type) {
    case PL_EVENT_FORK: return "fork";
    case PL_EVENT_EXEC: return "exec";
    case PL_EVENT_EXIT: return "exit";
    case PL_EVENT_SYSCALL: return "syscall";
    case PL_EVENT_LOST: return "lost";
    case PL_EVENT_PROCESS: return "process";
    case kEventSummary: return "summary";
    default: return "unknown";
    }
}

Result<BatchHeader> decode_batch_header(std::span<const std::uint8_t> data)
{
    if (data.size() < kBatchHeaderSize)
        return Error{"batch of " + num(data.size()) + " bytes is shorter than its " + num(kBatchHeaderSize) +
                         "-byte header",
                     0};
    const std::uint8_t* p = data.data();
    BatchHeader h;
    h.magic = load<std::uint32_t>(p + 0);
    h.version = load<std::uint16_t>(p + 4);
    h.header_size = load<std::uint16_t>(p + 6);
    h.payload_bytes = load<std::uint32_t>(p + 8);
    h.record_count = load<std::uint32_t>(p + 12);
    h.sequence = load<std::uint64_t>(p + 16);
    h.flags = load<std::uint32_t>(p + 24);
    h.reserved = load<std::uint32_t>(p + 28);
    if (h.magic != kBatchMagic)
        return Error{"bad batch magic", 0};
    if (h.version != kWireVersion)
        return Error{"unsupported wire version " + num(h.version) + " (this build speaks " + num(kWireVersion) + ")", 4};
    if (h.header_size != kBatchHeaderSize)
        return Error{"batch header size " + num(h.header_size) + ", expected " + num(kBatchHeaderSize), 6};
    if (h.payload_bytes > kMaxBatchPayload)
        return Error{"batch payload of " + num(h.payload_bytes) + " bytes exceeds the " + num(kMaxBatchPayload) +
                         "-byte limit",
                     8};
    return h;
}

Result<std::vector<RecordView>> split_batch(std::span<const std::uint8_t> data)
{
    auto header = decode_batch_header(data);
    if (!header)
        return header.error();
    const std::size_t end = kBatchHeaderSize + header->payload_bytes;
    if (end > data.size())
        return Error{"batch payload of " + num(header->payload_bytes) + " bytes runs past the end of the " +
                         num(data.size()) + "-byte buffer",
                     8};
    if (end < data.size())
        return Error{num(data.size() - end) + " bytes after the end of the batch", end};
    auto records = split_records(data.subspan(kBatchHeaderSize, header->payload_bytes), kBatchHeaderSize);
    if (!records)
        return records.error();
    if (records->size() != header->record_count)
        return Error{"batch header counts " + num(header->record_count) + " records but the payload holds " +
                         num(records->size()),
                     12};
    return records;
}

Result<std::vector<RecordView>> split_records(std::span<const std::uint8_t> data, std::size_t base)
{
    std::vector<RecordView> records;
    records.reserve(data.size() / sizeof(pl_syscall_event));
    const std::size_t end = data.size();
    std::size_t pos = 0;
    while (pos < end) {
        if (end - pos < sizeof(pl_event_header))
            return Error{"record header cut off: " + num(end - pos) + " bytes left in the payload", base + pos};
        const auto hdr = load<pl_event_header>(data.data() + pos);
        if (hdr.size < sizeof(pl_event_header))
            return Error{"record size " + num(hdr.size) + " is smaller than the record header", base + pos + 2};
        if (hdr.size % 8 != 0)
            return Error{"record size " + num(hdr.size) + " is not a multiple of 8", base + pos + 2};
        if (hdr.size > end - pos)
            return Error{"record of " + num(hdr.size) + " bytes runs past the end of the payload (" +
                             num(end - pos) + " bytes left)",
                         base + pos + 2};
        records.push_back(RecordView{hdr.type, hdr.flags, hdr.timestamp_ns, base + pos, data.subspan(pos, hdr.size)});
        pos += hdr.size;
    }
    return records;
}

Result<std::vector<RecordView>> split_records(std::span<const std::byte> data, std::size_t base)
{
    return split_records(std::span(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), base);
}

Result<DecodedBatch> decode_batch(std::span<const std::byte> data)
{
    return decode_batch(std::span(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()));
}

Result<Event> decode_record(const RecordView& r)
{
    switch (r.type) {
    case PL_EVENT_FORK:
    case PL_EVENT_EXIT: {
        const bool fork = r.type == PL_EVENT_FORK;
        const std::size_t want = fork ? sizeof(pl_fork_event) : sizeof(pl_exit_event);
        if (r.bytes.size() != want)
            return size_error(r, fork ? "fork" : "exit", want);
        ProcessEvent out;
        out.type = r.type;
        if (fork) {
            const auto ev = load<pl_fork_event>(r.bytes.data());
            out.flags = ev.hdr.flags;
            out.cpu = ev.hdr.cpu;
            out.timestamp_ns = ev.hdr.timestamp_ns;
            out.task = decode_task(ev.task);
        } else {
            const auto ev = load<pl_exit_event>(r.bytes.data());
            out.flags = ev.hdr.flags;
            out.cpu = ev.hdr.cpu;
            out.timestamp_ns = ev.hdr.timestamp_ns;
            out.task = decode_task(ev.task);
            out.exit_code = ev.exit_code;
            out.exit_signal = ev.exit_signal;
        }
        return Event{std::move(out)};
    }
    case PL_EVENT_EXEC:
        return decode_exec(r);
    case PL_EVENT_SYSCALL:
        return decode_syscall(r);
    case PL_EVENT_LOST: {
        if (r.bytes.size() != sizeof(pl_lost_event))
            return size_error(r, "lost", sizeof(pl_lost_event));
        const auto ev = load<pl_lost_event>(r.bytes.data());
        return Event{LostEvent{ev.hdr.timestamp_ns, ev.kernel_drops, ev.user_drops}};
    }
    case PL_EVENT_PROCESS:
        return decode_process(r);
    case kEventSummary: {
        if (r.bytes.size() != sizeof(pl_summary_record))
            return size_error(r, "summary", sizeof(pl_summary_record));
        const auto ev = load<pl_summary_record>(r.bytes.data());
        return Event{SummaryRecord{ev.hdr.timestamp_ns, ev.key.pid, ev.key.nr, ev.value.count, ev.value.errors,
                                   ev.value.total_ns, ev.value.max_ns}};
    }
    default:
        return Error{"unknown record type " + num(r.type), r.offset};
    }
}

Result<DecodedBatch> decode_batch(std::span<const std::uint8_t> data)
{
    auto records = split_batch(data);
    if (!records)
        return records.error();
    DecodedBatch out;
    out.header = *decode_batch_header(data);
    out.events.reserve(records->size());
    for (const RecordView& r : *records) {
        auto ev = decode_record(r);
        if (!ev)
            return ev.error();
        out.events.push_back(std::move(*ev));
    }
    return out;
}

}  // namespace proclens::wire
