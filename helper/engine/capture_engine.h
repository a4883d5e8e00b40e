// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace proclens {

/// What the engine captures besides process events (which are always streamed).
enum class CaptureLevel {
    Summary,           ///< per-process per-syscall counters in per-CPU maps (cheap)
    Events,            ///< every finished syscall as a pl_syscall_event record
    SummaryAndEvents,  ///< both
};

/// Which BPF program flavour attaches the process and syscall hooks.
enum class ProgramFlavor {
    TpBtf,        ///< tp_btf (needs the running kernel's own BTF)
    RawTracepoint ///< raw_tp (works with external BTF or no BTF at all)
};

/// The in-kernel capture filter. Empty lists mean "no restriction".
/// A process passes when it passes every non-empty criterion.
struct CaptureFilter {
    std::vector<uint32_t> pids;         ///< only these processes (thread group ids)
    std::vector<uint32_t> excludePids;  ///< never these processes
    bool followChildren = false;        ///< children forked by an included pid are included too
    std::vector<uint32_t> uids;         ///< only these real uids
    std::vector<std::string> comms;     ///< only these comm names (at most 15 bytes each)
    std::vector<uint32_t> syscalls;     ///< only these x86_64 syscall numbers (< PL_MAX_SYSCALL_NR)
    /// only tasks in this namespace: (enum pl_ns_kind, inode number)
    std::optional<std::pair<uint32_t, uint32_t>> ns;
    std::vector<uint64_t> cgroupIds;    ///< only these cgroup v2 ids
};

/// The ways the engine can load its programs, tried in this order (see docs/portability.md).
enum class EngineMode {
    CoreKernelBtf = 1,   ///< CO-RE relocated against /sys/kernel/btf/vmlinux, tp_btf process hooks
    CoreExternalBtf = 2, ///< CO-RE relocated against a BTF file found on disk (btf_custom_path), raw_tp hooks
    Compiled = 3,        ///< an object compiled at run time against this kernel's headers, raw_tp hooks
};

/// How records leave the kernel.
enum class OutputPath {
    Auto,       ///< the BPF ring buffer where the kernel has one (5.8+), else the perf buffer
    RingBuffer, ///< BPF_MAP_TYPE_RINGBUF only
    PerfBuffer, ///< BPF_MAP_TYPE_PERF_EVENT_ARRAY, one buffer per CPU (every kernel with BPF)
};

/// Where sys_enter keeps a syscall until its sys_exit (entry time, number, arguments).
enum class ThreadSlot {
    Auto,        ///< the per-CPU slot where the kernel has task-local storage, else the hash
    TaskStorage, ///< a per-CPU slot, parked in BPF_MAP_TYPE_TASK_STORAGE when its thread is switched
                 ///< out (5.11+, kernel BTF): no map helper call per syscall that does not block
    Hash,        ///< a tid-keyed BPF_MAP_TYPE_HASH (every kernel; an update and a delete per syscall)
};

/// Options fixed at construction.
struct EngineOptions {
    CaptureLevel level = CaptureLevel::Summary;
    /// Ring buffer size in bytes; rounded up to a power of two, at least one page.
    /// 16 MiB: records are written to ring memory that is still in the CPU's caches; a
    /// 64 MiB ring cycles through cold memory and made a path record's sys_exit 2.2x as
    /// dear (bench/README.md "ring size"), while 16 MiB still holds ~65 ms of records at
    /// 2.5M events/s for a late consumer.
    size_t ringBufferBytes = size_t{16} << 20;
    /// Pending bytes at which the kernel forces a wake-up of the consumer thread.
    uint32_t wakeupBytes = 1u << 20;
    CaptureFilter filter;
    /// Called on the engine thread with back-to-back event records (each starts with
    /// struct pl_event_header, header.size bytes long). The span is valid only during the call.
    std::function<void(std::span<const std::byte> records)> onRecords;
    /// How often the engine thread consumes the ring buffer when no wake-up arrives.
    std::chrono::milliseconds pollInterval{10};
    /// Program flavour for the tracepoints; TpBtf needs /sys/kernel/btf/vmlinux.
    ProgramFlavor flavor = ProgramFlavor::TpBtf;
    /// Admin-configured external BTF: the first file mode 2 tries (libbpf btf_custom_path).
    /// Empty = search only the standard places.
    std::string btfCustomPath;
    /// First mode of the chain; earlier modes are skipped (tests, `--mode`).
    EngineMode firstMode = EngineMode::CoreKernelBtf;
    /// Stop after firstMode instead of falling through to the later modes.
    bool onlyFirstMode = false;
    /// Holds the BTFHub-archive layout btf/<distro>/<version>/<arch>/<release>.btf[.tar.xz].
    std::string dataDir = "/usr/share/proclens";
    /// Unpacked BTFs and run-time compiled objects are kept here.
    std::string cacheDir = "/var/cache/proclens";
    /// Kernel headers for mode 3; empty = /lib/modules/$(uname -r)/build.
    std::string kernelHeadersDir;
    /// clang for mode 3; empty = clang, clang-16 ... clang-14 from PATH.
    std::string clangPath;
    /// After attaching, check a self-made fork/exec/exit against /proc/self; a mismatch rejects the mode.
    bool selfCheck = true;
    /// Ring buffer or perf buffer; with the perf buffer ringBufferBytes is split over the CPUs.
    OutputPath output = OutputPath::Auto;
    /// Where in-flight syscalls are kept; TaskStorage fails start() where the kernel has no task storage.
    ThreadSlot threadSlot = ThreadSlot::Auto;
};

/// One step of the mode chain, as logged.
struct ModeAttempt {
    EngineMode mode = EngineMode::CoreKernelBtf;
    std::string detail;   ///< the BTF file, the object, or the headers tried
    bool accepted = false;
    std::string reason;   ///< why it was skipped or rejected; empty when accepted
};

/// What the engine loaded and attached, for logs and status displays.
struct EngineInfo {
    std::string mode;                  ///< e.g. "CO-RE (kernel BTF)", "CO-RE (external BTF /path)", "compiled (...)"
    EngineMode modeNumber = EngineMode::CoreKernelBtf;
    std::vector<ModeAttempt> attempts; ///< every mode/candidate tried, in order, the accepted one last
    std::vector<std::string> features; ///< per-feature choices, e.g. "output: ring buffer (kernel 5.8+)"
    double readyMs = 0;                ///< start() to attached and self-checked, in milliseconds
    std::string kernelRelease;         ///< uname -r
    size_t ringBufferBytes = 0;
    std::vector<std::string> programs; ///< attached programs, e.g. "handle_exec (tp_btf)"
};

/// Running totals since start().
struct EngineStats {
    uint64_t records = 0;     ///< records handed to onRecords
    uint64_t bytes = 0;       ///< bytes handed to onRecords
    uint64_t kernelDrops = 0; ///< records the kernel could not reserve (ring buffer full)
    uint64_t userDrops = 0;   ///< records the engine discarded (malformed)
    uint64_t summaryDrops = 0; ///< syscalls not counted because the summary map was full
    uint64_t inflightDrops = 0; ///< syscalls not seen because too many threads were inside one
};

/// One row of the summary level, summed over CPUs.
struct SummaryRow {
    uint32_t pid = 0;
    uint32_t nr = 0;
    uint64_t count = 0;
    uint64_t errors = 0;
    uint64_t totalNs = 0;
    uint64_t maxNs = 0;
};

/// Thrown by CaptureEngine with one sentence saying what went wrong and what is missing.
class EngineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Loads the BPF programs, attaches them, and streams their records on its own thread.
/// Every engine owns its own BPF objects, so several engines can run in one process.
class CaptureEngine {
public:
    explicit CaptureEngine(EngineOptions options);
    ~CaptureEngine();
    CaptureEngine(const CaptureEngine&) = delete;
    CaptureEngine& operator=(const CaptureEngine&) = delete;

    /// Loads and attaches; throws EngineError (not root, no BPF, no BTF, ...). Idempotent.
    void start();
    /// Detaches, drains what is left in the ring buffer, stops the thread. Idempotent.
    void stop();
    bool running() const;

    /// Replaces the in-kernel capture filter; works before and while running.
    /// Throws EngineError on invalid input (syscall number too high, comm too long).
    void setFilter(const CaptureFilter& filter);
    /// Changes the capture level; attaches or detaches the syscall hooks as needed.
    void setLevel(CaptureLevel level);

    EngineInfo info() const;
    EngineStats stats() const;
    /// Reads the summary maps, summed over CPUs. Empty when not running.
    std::vector<SummaryRow> readSummary() const;
    /// Clears the summary maps.
    void clearSummary();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// "CO-RE (kernel BTF)" etc.: the short name of a mode.
std::string modeName(EngineMode mode);
/// Parses "1", "2", "3", "kernel-btf", "external-btf", "compiled"; nullopt when unknown.
std::optional<EngineMode> parseMode(std::string_view text);

} // namespace proclens
