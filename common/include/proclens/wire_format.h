// SPDX-License-Identifier: MIT
//
// Batch framing used on every event stream (engine -> CLI, helper socket ->
// client), the user-space record layouts (PL_EVENT_PROCESS, summary rows),
// the encoder (BatchWriter), a validating decoder and a stream reassembler.
//
// A batch is a fixed 32-byte little-endian BatchHeader followed by
// `payload_bytes` of back-to-back records. Every record starts with
// struct pl_event_header (bpf/events.h); its `size` covers the whole record
// and is a multiple of 8. The decoder checks every length against the batch
// and never reads outside it; bad input yields an Error naming the problem
// and the byte offset (from the start of the batch), never a crash.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "bpf/events.h"
#include "proclens/result.h"

namespace proclens::wire {

/// "PLB1" read as a little-endian u32.
inline constexpr std::uint32_t kBatchMagic = 0x31424c50u;
inline constexpr std::uint16_t kWireVersion = PL_WIRE_VERSION;
inline constexpr std::size_t kBatchHeaderSize = 32;
/// Largest payload a decoder or reassembler accepts (bounds memory on hostile input).
inline constexpr std::uint32_t kMaxBatchPayload = 16u * 1024u * 1024u;

/// BatchHeader.flags
inline constexpr std::uint32_t kBatchSnapshot = 1u << 0;     ///< records are a /proc snapshot
inline constexpr std::uint32_t kBatchSnapshotEnd = 1u << 1;  ///< last batch of a snapshot

/// Record type made in user space for per-process per-syscall summary rows
/// (user-space types start at 64, see enum pl_event_type).
inline constexpr std::uint16_t kEventSummary = 66;

/// The 32-byte batch header, as decoded (the wire form is little-endian, packed
/// in this field order with no padding).
struct BatchHeader {
    std::uint32_t magic = kBatchMagic;          ///< offset 0
    std::uint16_t version = kWireVersion;       ///< offset 4
    std::uint16_t header_size = kBatchHeaderSize;  ///< offset 6
    std::uint32_t payload_bytes = 0;            ///< offset 8: bytes of records after the header
    std::uint32_t record_count = 0;             ///< offset 12
    std::uint64_t sequence = 0;                 ///< offset 16: per stream, +1 per batch
    std::uint32_t flags = 0;                    ///< offset 24: kBatch*
    std::uint32_t reserved = 0;                 ///< offset 28: zero
};

// ---- PL_EVENT_PROCESS wire layout --------------------------------------------
//
// struct pl_process_record (152 bytes), then the strings back to back in this
// order, with no NULs except between argv elements: cmdline (argv, NUL-
// separated, the last NUL included), exe, cwd, cgroup path, container id,
// runtime; then zero padding to a multiple of 8. hdr.size covers it all.

inline constexpr std::size_t kProcessStringMax = 4096;  ///< bytes kept of each string
inline constexpr std::size_t kProcessArgsMax = 256;     ///< argv elements kept

struct pl_process_record {
    struct pl_event_header hdr;  // type PL_EVENT_PROCESS
    struct pl_task_info task;    // tid == pid (the thread group leader)
    std::uint64_t rss_bytes;
    std::uint64_t utime_ns;      // user CPU time
    std::uint64_t stime_ns;      // system CPU time
    std::uint32_t threads;
    std::int32_t nice;
    std::uint8_t state;          // 'R', 'S', 'D', 'Z', ... from /proc/PID/stat
    std::uint8_t reserved;
    std::uint16_t argc;
    std::uint16_t cmdline_len;
    std::uint16_t exe_len;
    std::uint16_t cwd_len;
    std::uint16_t cgroup_len;
    std::uint16_t container_id_len;
    std::uint16_t runtime_len;
};
static_assert(sizeof(pl_process_record) == 152, "wire: pl_process_record");

/// Wire layout of a kEventSummary record.
struct pl_summary_record {
    struct pl_event_header hdr;  // type kEventSummary
    struct pl_summary_key key;
    struct pl_summary_value value;
};
static_assert(sizeof(pl_summary_record) == 56, "wire: pl_summary_record");

// ---- Decoded (owned) forms ---------------------------------------------------

/// Decoded struct pl_task_info.
struct TaskInfo {
    std::uint32_t pid = 0;
    std::uint32_t tid = 0;
    std::uint32_t ppid = 0;
    std::uint32_t ns_pid = 0;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::uint64_t start_time_ns = 0;
    std::uint64_t cgroup_id = 0;
    std::array<std::uint32_t, PL_NS_COUNT> ns{};  ///< enum pl_ns_kind order, 0 = unknown
    std::string comm;
    bool operator==(const TaskInfo&) const = default;
};

/// A fork, exec or exit (PL_EVENT_FORK / EXEC / EXIT).
struct ProcessEvent {
    std::uint16_t type = PL_EVENT_EXEC;  ///< PL_EVENT_FORK, PL_EVENT_EXEC or PL_EVENT_EXIT
    std::uint16_t flags = 0;             ///< PL_FLAG_*
    std::uint16_t cpu = 0;
    std::uint64_t timestamp_ns = 0;
    TaskInfo task;
    // exec only
    std::string filename;
    std::vector<std::string> argv;
    std::uint32_t old_tid = 0;
    // exit only
    std::int32_t exit_code = 0;
    std::uint32_t exit_signal = 0;
    bool operator==(const ProcessEvent&) const = default;
};

/// A decoded struct pl_path.
struct DecodedPath {
    std::string path;
    std::uint16_t flags = 0;  ///< PL_FLAG_TRUNCATED_PATH, PL_FLAG_READ_FAILED
    bool operator==(const DecodedPath&) const = default;
};

/// A decoded struct pl_sockaddr: the family and the `len` bytes the process passed.
struct SockAddr {
    std::uint16_t family = 0;
    std::vector<std::uint8_t> bytes;
    bool operator==(const SockAddr&) const = default;
};

/// One finished system call (PL_EVENT_SYSCALL) with its decoded payload.
struct SyscallEvent {
    std::uint16_t flags = 0;
    std::uint16_t cpu = 0;
    std::uint64_t timestamp_ns = 0;
    std::uint32_t pid = 0;
    std::uint32_t tid = 0;
    std::uint32_t nr = 0;
    std::int64_t ret = 0;
    std::uint64_t latency_ns = 0;
    std::array<std::uint64_t, PL_SYSCALL_ARGS> args{};
    std::uint16_t payload = PL_PAYLOAD_NONE;  ///< enum pl_payload
    std::vector<DecodedPath> paths;           ///< 1 for PATH, 2 for PATH2
    std::optional<SockAddr> sockaddr;         ///< for SOCKADDR
    bool operator==(const SyscallEvent&) const = default;
};

/// Records lost before this point (PL_EVENT_LOST).
struct LostEvent {
    std::uint64_t timestamp_ns = 0;
    std::uint64_t kernel_drops = 0;
    std::uint64_t user_drops = 0;
    bool operator==(const LostEvent&) const = default;
};

/// One /proc snapshot row (PL_EVENT_PROCESS).
struct ProcessRecord {
    std::uint16_t flags = 0;  ///< PL_FLAG_TRUNCATED_ARGV / PL_FLAG_TRUNCATED_PATH
    std::uint64_t timestamp_ns = 0;
    TaskInfo task;
    std::vector<std::string> argv;
    std::string exe;
    std::string cwd;
    std::string cgroup_path;
    std::string container_id;
    std::string runtime;  ///< "docker", "containerd", "cri-o", "podman", or empty
    char state = '?';
    std::uint32_t threads = 0;
    std::uint64_t rss_bytes = 0;
    std::int32_t nice = 0;
    std::uint64_t utime_ns = 0;
    std::uint64_t stime_ns = 0;
    bool operator==(const ProcessRecord&) const = default;
};

/// One per-process per-syscall summary row (kEventSummary).
struct SummaryRecord {
    std::uint64_t timestamp_ns = 0;
    std::uint32_t pid = 0;
    std::uint32_t nr = 0;
    std::uint64_t count = 0;
    std::uint64_t errors = 0;
    std::uint64_t total_ns = 0;
    std::uint64_t max_ns = 0;
    bool operator==(const SummaryRecord&) const = default;
};

using Event = std::variant<ProcessEvent, SyscallEvent, LostEvent, ProcessRecord, SummaryRecord>;

struct DecodedBatch {
    BatchHeader header;
    std::vector<Event> events;
};

// ---- Encoder -----------------------------------------------------------------

/// Builds one batch at a time. Append records, then finish() to get the bytes;
/// the writer then starts the next batch with sequence + 1.
class BatchWriter {
public:
    explicit BatchWriter(std::uint64_t first_sequence = 0, std::uint32_t flags = 0);

    /// Appends a record as the kernel produced it (starts with pl_event_header).
    /// Rejects (returns an Error, appends nothing) a record whose header size is
    /// not the span's size, is below 16 or not a multiple of 8.
    Result<bool> append_raw(std::span<const std::uint8_t> record);
    void append_lost(std::uint64_t timestamp_ns, std::uint64_t kernel_drops, std::uint64_t user_drops);
    /// Strings longer than kProcessStringMax and argv beyond kProcessArgsMax are
    /// cut and flagged (PL_FLAG_TRUNCATED_ARGV / PL_FLAG_TRUNCATED_PATH).
    void append_process(const ProcessRecord& record);
    void append_summary(const SummaryRecord& record);
    /// Encodes any decoded event back to its wire form (strings cut to their
    /// fields and flagged). Errors: a ProcessEvent type that is not fork/exec/
    /// exit, or a SyscallEvent whose payload kind disagrees with paths/sockaddr.
    Result<bool> append(const Event& event);

    std::uint32_t record_count() const { return count_; }
    std::size_t payload_bytes() const { return buf_.size() - kBatchHeaderSize; }
    bool empty() const { return count_ == 0; }
    std::uint64_t next_sequence() const { return sequence_; }
    void set_flags(std::uint32_t flags) { flags_ = flags; }

    /// Returns the finished batch and starts the next one (sequence + 1, same flags).
    std::vector<std::uint8_t> finish();

private:
    std::uint8_t* grow(std::size_t bytes);
    void start();

    std::vector<std::uint8_t> buf_;
    std::uint64_t sequence_;
    std::uint32_t flags_;
    std::uint32_t count_ = 0;
};

/// Encodes a BatchHeader into its 32 wire bytes.
void encode_batch_header(const BatchHeader& header, std::uint8_t out[kBatchHeaderSize]);

// ---- Decoder -----------------------------------------------------------------

/// Decodes and checks a batch header (magic, version, header size, payload bound).
/// `data` needs at least kBatchHeaderSize bytes.
Result<BatchHeader> decode_batch_header(std::span<const std::uint8_t> data);

/// One record of a validated batch, not yet decoded.
struct RecordView {
    std::uint16_t type = 0;
    std::uint16_t flags = 0;
    std::uint64_t timestamp_ns = 0;
    std::size_t offset = 0;                ///< from the start of the batch
    std::span<const std::uint8_t> bytes;  ///< the whole record, header included
};

/// Splits a run of back-to-back records without a batch header (what the
/// engine hands its callback in-process), checking each record's size.
/// RecordView offsets and Error offsets are `base_offset` + position in `records`.
Result<std::vector<RecordView>> split_records(std::span<const std::uint8_t> records, std::size_t base_offset = 0);
Result<std::vector<RecordView>> split_records(std::span<const std::byte> records, std::size_t base_offset = 0);

/// Checks the framing of exactly one batch (header, record sizes, record count)
/// and returns its records without decoding them (cheap: for forwarding).
Result<std::vector<RecordView>> split_batch(std::span<const std::uint8_t> data);

/// Decodes one record, checking its size against its type and every string length.
/// Error offsets are the record's offset plus the field's offset.
Result<Event> decode_record(const RecordView& record);

/// Validates and decodes exactly one batch (trailing bytes are an error).
Result<DecodedBatch> decode_batch(std::span<const std::uint8_t> data);
Result<DecodedBatch> decode_batch(std::span<const std::byte> data);

// ---- Stream reassembly -------------------------------------------------------

/// Takes arbitrary chunks of a byte stream (e.g. reads from a socket) and yields
/// whole batches. A bad batch header makes the stream fail for good (the
/// framing is lost); error offsets are from the start of the stream.
class StreamReassembler {
public:
    explicit StreamReassembler(std::uint32_t max_payload = kMaxBatchPayload);

    /// Appends bytes. Returns false once the stream has failed (see error()).
    bool feed(std::span<const std::uint8_t> chunk);
    /// The next whole batch (header + payload) if one is complete.
    std::optional<std::vector<std::uint8_t>> next_batch();
    /// Call at end of stream: an Error if a partial batch is pending or the stream failed.
    std::optional<Error> finish() const;

    const std::optional<Error>& error() const { return error_; }
    std::size_t buffered_bytes() const { return buf_.size() - start_; }
    std::uint64_t batches_out() const { return batches_; }

private:
    void check_header();

    std::vector<std::uint8_t> buf_;
    std::size_t start_ = 0;         // first unconsumed byte of buf_
    std::uint64_t stream_offset_ = 0;  // stream offset of buf_[start_]
    std::uint32_t max_payload_;
    std::optional<Error> error_;
    std::uint64_t batches_ = 0;
};

/// Short lowercase name of a record type: "fork", "exec", "exit", "syscall",
/// "lost", "process", "summary"; "unknown" otherwise.
const char* record_type_name(std::uint16_t type);

}  // namespace proclens::wire
