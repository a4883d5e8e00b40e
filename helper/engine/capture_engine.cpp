// SPDX-License-Identifier: MIT
#include "capture_engine.h"

#include "bpf/counters.h"
#include "bpf/events.h"
#include "bpf_handles.h"
#include "btf_locator.h"
#include "filter_maps.h"
#include "kernel_features.h"
#include "libbpf_glue.h"
#include "runtime_compiler.h"
#include "self_check.h"
#include "summary_reader.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <spdlog/spdlog.h>
#include <linux/perf_event.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <optional>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>

namespace proclens {

using namespace engine;

namespace {

constexpr size_t kMinRingBytes = 4096;
constexpr size_t kMaxRingBytes = size_t{1} << 30;
constexpr size_t kFlushBytes = size_t{4} << 20; // hand a batch over before it grows past this

uint32_t captureBits(CaptureLevel level)
{
    switch (level) {
    case CaptureLevel::Summary:
        return PL_CAPTURE_SUMMARY;
    case CaptureLevel::Events:
        return PL_CAPTURE_EVENTS;
    case CaptureLevel::SummaryAndEvents:
        return PL_CAPTURE_SUMMARY | PL_CAPTURE_EVENTS;
    }
    return PL_CAPTURE_SUMMARY;
}

size_t roundRingSize(size_t bytes)
{
    if (bytes < kMinRingBytes || bytes > kMaxRingBytes)
        throw EngineError("The ring buffer size must be between 4 KiB and 1 GiB, not " +
                          std::to_string(bytes) + " bytes.");
    size_t size = kMinRingBytes;
    while (size < bytes)
        size <<= 1;
    return size;
}

std::string kernelRelease()
{
    struct utsname u{};
    return uname(&u) == 0 ? std::string(u.release) : std::string("unknown");
}

std::string kernelMachine()
{
    struct utsname u{};
    return uname(&u) == 0 ? std::string(u.machine) : std::string("x86_64");
}

// One way to load: which object, against which BTF, with which process hooks.
struct LoadPlan {
    EngineMode mode;
    std::string label;  // EngineInfo::mode when accepted
    std::string detail; // what was tried, for the attempt log
    std::string btfPath; // external BTF (mode 2)
    bool rawTracepoints;
    bool compiled;       // mode 3: the run-time compiled object instead of the embedded one
};

struct AttachedProgram {
    std::string label;
    LinkPtr link;
};

} // namespace

struct CaptureEngine::Impl {
    EngineOptions options;
    CaptureLevel level;
    CaptureFilter filter;

    mutable std::mutex mutex; // guards everything below against start/stop/setLevel/readers
    SkeletonPtr skel;
    RingBufferPtr ring;
    PerfBufferPtr perf;      // instead of ring when usePerf
    bool usePerf = false;
    std::string noTaskStorage;   // why task-local storage cannot hold in-flight syscalls; empty = it can
    bool useTaskStorage = false; // this load: the per-CPU tp_btf syscall pair (task storage when parked), not raw_tp + hash
    std::atomic<uint64_t> perfLost{0}; // records the kernel could not put in a perf buffer
    std::vector<AttachedProgram> attached;
    mutable std::optional<SummaryReader> summaryReader; // set by attachAll(); read() keeps a floor
    EngineInfo info;
    std::thread thread;
    std::atomic<bool> stopping{false};
    int numCpus = 1;

    // Written by the engine thread only; read by stats().
    std::atomic<uint64_t> records{0};
    std::atomic<uint64_t> bytes{0};
    std::atomic<uint64_t> userDrops{0};
    std::array<uint64_t, PL_DROP_COUNT> finalDrops{}; // counters at the last stop()
    uint64_t reportedKernelDrops = 0;                // engine thread: last value put in a LOST record
    std::vector<std::byte> batch;

    static int onSample(void* ctx, void* data, size_t size);
    static enum bpf_perf_event_ret onPerfEvent(void* ctx, int cpu, struct perf_event_header* event);
    void consume();
    void openOutput();
    void appendRecord(const void* data, size_t size);
    void flush();
    void reportLosses();
    void run();
    std::array<uint64_t, PL_DROP_COUNT> readDrops() const;
    size_t ringBytes = 0;
    std::vector<char> compiledObject; // mode 3's object; the skeleton reads it until destroyed

    void attachAll(bool rawTracepoints);
    void open();
    void release();
    void selfCheck();
    void tryLoad(const LoadPlan& plan);
    bool attempt(const LoadPlan& plan, std::vector<ModeAttempt>& attempts);
};

int CaptureEngine::Impl::onSample(void* ctx, void* data, size_t size)
{
    static_cast<Impl*>(ctx)->appendRecord(data, size);
    return 0;
}

enum bpf_perf_event_ret CaptureEngine::Impl::onPerfEvent(void* ctx, int, struct perf_event_header* event)
{
    auto* impl = static_cast<Impl*>(ctx);
    const auto* bytes = reinterpret_cast<const std::byte*>(event);
    if (event->type == PERF_RECORD_SAMPLE && event->size >= sizeof(*event) + sizeof(uint32_t)) {
        uint32_t size = 0; // PERF_SAMPLE_RAW: u32 size, then the record (padded to 8 bytes)
        std::memcpy(&size, bytes + sizeof(*event), sizeof(size));
        if (sizeof(*event) + sizeof(size) + size <= event->size)
            impl->appendRecord(bytes + sizeof(*event) + sizeof(size), size);
        else
            impl->userDrops.fetch_add(1, std::memory_order_relaxed);
    } else if (event->type == PERF_RECORD_LOST && event->size >= sizeof(*event) + 2 * sizeof(uint64_t)) {
        uint64_t lost = 0; // u64 id, u64 lost
        std::memcpy(&lost, bytes + sizeof(*event) + sizeof(uint64_t), sizeof(lost));
        impl->perfLost.fetch_add(lost, std::memory_order_relaxed);
    }
    return LIBBPF_PERF_EVENT_CONT;
}

void CaptureEngine::Impl::consume()
{
    if (perf)
        perf_buffer__consume(perf.get());
    else if (ring)
        ring_buffer__consume(ring.get());
}

// The ring buffer, or one perf buffer per CPU sharing ringBytes, woken after wakeupBytes.
void CaptureEngine::Impl::openOutput()
{
    if (!usePerf) {
        ring.reset(ring_buffer__new(bpf_map__fd(skel->maps.events), &Impl::onSample, this, nullptr));
        if (!ring)
            throwIfLibbpfError("opening the ring buffer", -errno);
        return;
    }
    const size_t pageSize = size_t(sysconf(_SC_PAGESIZE));
    size_t pages = 1;
    while (pages * 2 * pageSize <= ringBytes / size_t(numCpus))
        pages *= 2;
    struct perf_event_attr attr{};
    attr.type = PERF_TYPE_SOFTWARE;
    attr.config = PERF_COUNT_SW_BPF_OUTPUT;
    attr.sample_type = PERF_SAMPLE_RAW;
    attr.sample_period = 1;
    attr.watermark = 1; // wake the consumer by bytes pending, not per record
    attr.wakeup_watermark = uint32_t(std::min<size_t>(options.wakeupBytes, pages * pageSize / 2));
    perf.reset(perf_buffer__new_raw(bpf_map__fd(skel->maps.perf_events), pages, &attr, &Impl::onPerfEvent, this,
                                    nullptr));
    if (!perf)
        throwIfLibbpfError("opening the perf buffers", -errno);
}

void CaptureEngine::Impl::appendRecord(const void* data, size_t size)
{
    pl_event_header hdr{};
    if (size < sizeof(hdr)) {
        userDrops.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    std::memcpy(&hdr, data, sizeof(hdr));
    if (hdr.size < sizeof(hdr) || hdr.size > size || hdr.size % 8 != 0) {
        userDrops.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const auto* first = static_cast<const std::byte*>(data);
    batch.insert(batch.end(), first, first + hdr.size);
    records.fetch_add(1, std::memory_order_relaxed);
    bytes.fetch_add(hdr.size, std::memory_order_relaxed);
    if (batch.size() >= kFlushBytes)
        flush();
}

void CaptureEngine::Impl::flush()
{
    if (batch.empty())
        return;
    if (options.onRecords)
        options.onRecords(std::span<const std::byte>(batch.data(), batch.size()));
    batch.clear();
}

std::array<uint64_t, PL_DROP_COUNT> CaptureEngine::Impl::readDrops() const
{
    std::array<uint64_t, PL_DROP_COUNT> totals{};
    if (!skel)
        return finalDrops;
    const int fd = bpf_map__fd(skel->maps.drops);
    std::vector<uint64_t> perCpu(static_cast<size_t>(numCpus));
    for (uint32_t i = 0; i < PL_DROP_COUNT; ++i) {
        if (bpf_map_lookup_elem(fd, &i, perCpu.data()) != 0)
            continue;
        for (uint64_t v : perCpu)
            totals[i] += v;
    }
    return totals;
}

// A PL_EVENT_LOST record in the stream tells readers where records went missing.
void CaptureEngine::Impl::reportLosses()
{
    const uint64_t kernel = readDrops()[PL_DROP_RINGBUF] + perfLost.load(std::memory_order_relaxed);
    if (kernel == reportedKernelDrops)
        return;
    reportedKernelDrops = kernel;
    pl_lost_event lost{};
    lost.hdr.type = PL_EVENT_LOST;
    lost.hdr.size = sizeof(lost);
    lost.hdr.cpu = 0;
    struct timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    lost.hdr.timestamp_ns = uint64_t(now.tv_sec) * 1000000000u + uint64_t(now.tv_nsec);
    lost.kernel_drops = kernel;
    lost.user_drops = userDrops.load(std::memory_order_relaxed);
    appendRecord(&lost, sizeof(lost));
}

void CaptureEngine::Impl::run()
{
    const int timeoutMs = int(std::max<int64_t>(1, options.pollInterval.count()));
    while (!stopping.load(std::memory_order_acquire)) {
        // Records are submitted without wake-ups, so a timed-out poll consumed nothing.
        int n = perf ? perf_buffer__poll(perf.get(), timeoutMs) : ring_buffer__poll(ring.get(), timeoutMs);
        if (n < 0 && n != -EINTR) {
            spdlog::error("engine: {}", libbpfErrorMessage("polling the event buffer", n));
            break;
        }
        consume();
        reportLosses();
        flush();
    }
    // stop() detached the programs before setting stopping: this drains the rest.
    consume();
    reportLosses();
    flush();
}

void CaptureEngine::Impl::attachAll(bool rawTracepoints)
{
    struct Hook {
        bpf_program* prog;
        const char* kind;
    };
    std::vector<Hook> hooks;
    if (rawTracepoints) {
        hooks = {{skel->progs.raw_tp_fork, "raw_tp"},
                 {skel->progs.raw_tp_exec, "raw_tp"},
                 {skel->progs.raw_tp_exit, "raw_tp"}};
    } else {
        hooks = {{skel->progs.tp_btf_fork, "tp_btf"},
                 {skel->progs.tp_btf_exec, "tp_btf"},
                 {skel->progs.tp_btf_exit, "tp_btf"}};
    }
    // Every capture level counts or streams syscalls, so their hooks are always needed.
    if (useTaskStorage) {
        // The switch hook first: from the first sys_enter on, a thread switched out mid-syscall
        // must take its in-flight record along.
        hooks.push_back({skel->progs.tp_btf_switch, "tp_btf, parks in-flight syscalls in task storage"});
        hooks.push_back({skel->progs.tp_btf_sys_enter, "tp_btf, per-CPU slot"});
        hooks.push_back({skel->progs.tp_btf_sys_exit, "tp_btf, per-CPU slot"});
    } else {
        hooks.push_back({skel->progs.sys_enter, "raw_tp"});
        hooks.push_back({skel->progs.sys_exit, "raw_tp"});
    }
    SummarySources sources;
    sources.summaryMapFd = bpf_map__fd(skel->maps.summary);
    sources.numCpus = numCpus;
    if (useTaskStorage) {
        // The per-CPU pair keeps recent tallies in each CPU's cache; readSummary() adds them.
        sources.cpuTalliesFd = bpf_map__fd(skel->maps.cpu_tallies);
        sources.tallyMovesFd = bpf_map__fd(skel->maps.tally_moves);
        sources.epoch = &skel->bss->pl_summary_epoch;
    }
    for (const Hook& hook : hooks) {
        bpf_link* link = bpf_program__attach(hook.prog);
        if (!link)
            throwIfLibbpfError(std::string("attaching ") + bpf_program__name(hook.prog), -errno);
        attached.push_back({std::string(bpf_program__name(hook.prog)) + " (" + hook.kind + ")",
                            LinkPtr(link)});
    }
    summaryReader.emplace(sources);
}

// The skeleton's maps and programs, over the compiled object's bytes instead of the embedded
// CO-RE object when bytes is set (same sources, so the same names and .bss layout).
static struct proclens_bpf* openSkeleton(const struct bpf_object_open_opts* opts, const std::vector<char>* bytes)
{
    auto* obj = static_cast<struct proclens_bpf*>(calloc(1, sizeof(struct proclens_bpf)));
    if (!obj) {
        errno = ENOMEM;
        return nullptr;
    }
    int err = proclens_bpf__create_skeleton(obj);
    if (!err && bytes) {
        obj->skeleton->data = const_cast<char*>(bytes->data());
        obj->skeleton->data_sz = bytes->size();
    }
    if (!err)
        err = bpf_object__open_skeleton(obj->skeleton, opts);
    if (err) {
        proclens_bpf__destroy(obj);
        errno = -err;
        return nullptr;
    }
    return obj;
}

void CaptureEngine::Impl::release()
{
    summaryReader.reset();
    attached.clear();
    ring.reset();
    perf.reset();
    skel.reset();
    batch.clear();
}

void CaptureEngine::Impl::selfCheck()
{
    std::string exe;
    for (const char* candidate : {"/bin/true", "/usr/bin/true"})
        if (access(candidate, X_OK) == 0) {
            exe = candidate;
            break;
        }
    if (exe.empty()) {
        spdlog::warn("engine: no /bin/true to run the self-check with; the mode is not verified");
        return;
    }
    const SelfCheckExpect expect = [&] {
        SelfCheckExpect e = selfCheckExpectations(exe);
        e.child = spawnSelfCheckChild(exe);
        return e;
    }();
    if (expect.child == 0)
        throw EngineError("self-check: cannot fork a child (" + std::string(std::strerror(errno)) + ")");
    // The child was reaped: its fork, exec and exit records are already in the buffer.
    consume();
    const std::string why = verifySelfCheck(std::span<const std::byte>(batch.data(), batch.size()), expect);
    batch.clear();
    records = 0;
    bytes = 0;
    if (!why.empty())
        throw EngineError(why);
}

void CaptureEngine::Impl::tryLoad(const LoadPlan& plan)
{
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::time_point a, Clock::time_point b) {
        return std::chrono::duration<double, std::milli>(b - a).count();
    };
    const auto t0 = Clock::now();
    LIBBPF_OPTS(bpf_object_open_opts, openOpts);
    if (!plan.btfPath.empty())
        openOpts.btf_custom_path = plan.btfPath.c_str();
    struct proclens_bpf* raw_skel = openSkeleton(&openOpts, plan.compiled ? &compiledObject : nullptr);
    if (!raw_skel)
        throwIfLibbpfError("opening the BPF object", -errno);
    skel.reset(raw_skel);

    // One flavour of the process hooks is loaded, the other is left out.
    const bool raw = plan.rawTracepoints;
    bpf_program__set_autoload(skel->progs.tp_btf_fork, !raw);
    bpf_program__set_autoload(skel->progs.tp_btf_exec, !raw);
    bpf_program__set_autoload(skel->progs.tp_btf_exit, !raw);
    bpf_program__set_autoload(skel->progs.raw_tp_fork, raw);
    bpf_program__set_autoload(skel->progs.raw_tp_exec, raw);
    bpf_program__set_autoload(skel->progs.raw_tp_exit, raw);
    throwIfLibbpfError("sizing the ring buffer", bpf_map__set_max_entries(skel->maps.events, uint32_t(ringBytes)));
    skel->rodata->pl_use_perf = usePerf ? 1 : 0;
    // Before 5.8 the ring buffer map cannot be created; the perf path never touches it.
    if (usePerf && !kernelHasRingBuffer())
        bpf_map__set_autocreate(skel->maps.events, false);
    // Task storage needs the kernel's own BTF, as tp_btf does: raw_tp plans keep the hash.
    if (options.threadSlot == ThreadSlot::TaskStorage && (raw || !noTaskStorage.empty()))
        throw EngineError("Task-local storage for in-flight syscalls was required, but " +
                          (raw ? std::string("this mode attaches raw_tp hooks") : noTaskStorage) +
                          "; allow the hash instead.");
    useTaskStorage = !raw && noTaskStorage.empty();
    bpf_program__set_autoload(skel->progs.tp_btf_sys_enter, useTaskStorage);
    bpf_program__set_autoload(skel->progs.tp_btf_sys_exit, useTaskStorage);
    bpf_program__set_autoload(skel->progs.sys_enter, !useTaskStorage);
    bpf_program__set_autoload(skel->progs.sys_exit, !useTaskStorage);
    bpf_program__set_autoload(skel->progs.tp_btf_switch, useTaskStorage);
    skel->rodata->pl_task_storage = useTaskStorage ? 1 : 0;
    // The maps of the pair not loaded are never created (task storage needs 5.11).
    bpf_map__set_autocreate(skel->maps.inflight, !useTaskStorage);
    for (bpf_map* map : {skel->maps.cpu_syscall, skel->maps.parked_syscalls, skel->maps.cpu_tallies,
                         skel->maps.tally_moves})
        bpf_map__set_autocreate(map, useTaskStorage);

    pl_filter_config& config = skel->bss->pl_config;
    config.self_pid = uint32_t(getpid());
    config.capture = 0; // nothing is recorded until the filter is in place
    // A threshold the ring can never reach would leave only the timer; half the ring wakes in time.
    config.wakeup_bytes = uint32_t(std::min<size_t>(options.wakeupBytes, ringBytes / 2));

    throwIfLibbpfError(plan.btfPath.empty() ? "loading the BPF programs"
                                            : "loading the BPF programs against the BTF in " + plan.btfPath,
                       proclens_bpf__load(skel.get()));
    const auto tLoaded = Clock::now();
    numCpus = libbpf_num_possible_cpus();
    if (numCpus <= 0)
        throwIfLibbpfError("counting possible CPUs", numCpus);

    openOutput();
    if (options.selfCheck) {
        // Only our own child is let through while checking.
        CaptureFilter own;
        own.pids = {uint32_t(getpid())};
        own.followChildren = true;
        writeFilter(skel.get(), own);
    }
    attachAll(raw);
    const auto tAttached = Clock::now();
    if (options.selfCheck)
        selfCheck();
    spdlog::info("engine: open+load {:.0f} ms, attach {:.0f} ms, self-check {:.0f} ms", ms(t0, tLoaded),
                 ms(tLoaded, tAttached), ms(tAttached, Clock::now()));
    writeFilter(skel.get(), filter);
    __atomic_store_n(&skel->bss->pl_config.capture, captureBits(level), __ATOMIC_SEQ_CST);
}

bool CaptureEngine::Impl::attempt(const LoadPlan& plan, std::vector<ModeAttempt>& attempts)
{
    spdlog::info("engine: trying mode {} ({}), {}", int(plan.mode), plan.label, plan.detail);
    try {
        tryLoad(plan);
    } catch (const FatalEngineError&) {
        release();
        throw; // no later mode can help (not root, no bpf())
    } catch (const EngineError& e) {
        release();
        spdlog::warn("engine: mode {} ({}) rejected: {}", int(plan.mode), plan.label, e.what());
        attempts.push_back({plan.mode, plan.detail, false, e.what()});
        return false;
    }
    attempts.push_back({plan.mode, plan.detail, true, {}});
    return true;
}

void CaptureEngine::Impl::open()
{
    const auto started = std::chrono::steady_clock::now();
    ringBytes = roundRingSize(options.ringBufferBytes);
    const std::string release = kernelRelease();
    std::vector<ModeAttempt> attempts;
    std::vector<std::string> features;
    auto skip = [&](EngineMode mode, std::string detail, std::string reason) {
        spdlog::info("engine: mode {} ({}) skipped: {}", int(mode), modeName(mode), reason);
        attempts.push_back({mode, std::move(detail), false, std::move(reason)});
    };

    const bool hasRing = kernelHasRingBuffer();
    if (options.output == OutputPath::RingBuffer && !hasRing)
        throw EngineError("This kernel has no BPF ring buffer (BPF_MAP_TYPE_RINGBUF, Linux 5.8+) and the ring "
                          "buffer was required; allow the perf buffer instead.");
    usePerf = options.output == OutputPath::PerfBuffer || !hasRing;
    perfLost = 0;
    if (!usePerf)
        features.push_back("output: ring buffer (BPF_MAP_TYPE_RINGBUF, kernel 5.8+)");
    else if (hasRing)
        features.push_back("output: perf buffer (BPF_MAP_TYPE_PERF_EVENT_ARRAY), as requested");
    else
        features.push_back("output: perf buffer (BPF_MAP_TYPE_PERF_EVENT_ARRAY): no ring buffer before 5.8");
    noTaskStorage = options.threadSlot == ThreadSlot::Hash ? std::string("the hash was requested") : taskStorageMissing();
    for (const auto& f : features)
        spdlog::info("engine: {}", f);

    const int first = int(options.firstMode);
    const int last = options.onlyFirstMode ? first : int(EngineMode::Compiled);
    for (int m = 1; m < first; ++m)
        skip(EngineMode(m), {}, "skipped: the chain was asked to start at mode " + std::to_string(first));
    std::optional<LoadPlan> accepted;
    for (int m = first; m <= last && !accepted; ++m) {
        const EngineMode mode = EngineMode(m);
        if (mode == EngineMode::CoreKernelBtf) {
            if (!std::filesystem::exists("/sys/kernel/btf/vmlinux")) {
                skip(mode, "/sys/kernel/btf/vmlinux",
                     "the kernel exposes no BTF (/sys/kernel/btf/vmlinux is missing: built without "
                     "CONFIG_DEBUG_INFO_BTF, or hidden)");
                continue;
            }
            const bool raw = options.flavor == ProgramFlavor::RawTracepoint;
            LoadPlan plan{mode, "CO-RE (kernel BTF)", "/sys/kernel/btf/vmlinux, " + std::string(raw ? "raw_tp" : "tp_btf"),
                          {}, raw, false};
            if (attempt(plan, attempts)) {
                accepted = plan;
            } else if (!raw) {
                // tp_btf needs 5.5+; the raw tracepoint twins work with the same BTF.
                plan.rawTracepoints = true;
                plan.detail = "/sys/kernel/btf/vmlinux, raw_tp";
                if (attempt(plan, attempts))
                    accepted = plan;
            }
        } else if (mode == EngineMode::CoreExternalBtf) {
            BtfSearchPlaces places;
            places.configured = options.btfCustomPath;
            places.release = release;
            places.machine = kernelMachine();
            places.dataDir = options.dataDir;
            places.cacheDir = options.cacheDir;
            const BtfSearchResult found = findExternalBtf(places);
            std::string misses;
            for (const std::string& miss : found.misses) {
                spdlog::info("engine: external BTF: {}", miss);
                misses += (misses.empty() ? "" : "; ") + miss;
            }
            std::vector<std::string> tried;
            for (const BtfCandidate& c : found.candidates) {
                if (std::find(tried.begin(), tried.end(), c.path) != tried.end())
                    continue;
                tried.push_back(c.path);
                LoadPlan plan{mode, "CO-RE (external BTF " + c.path + ")", c.path + " (" + c.origin + "), raw_tp",
                              c.path, true, false};
                if (attempt(plan, attempts)) {
                    accepted = plan;
                    break;
                }
            }
            if (!accepted && found.candidates.empty())
                skip(mode, {}, "no external BTF for " + release + " found: " + misses +
                                   "; put one in " + options.dataDir + "/btf/ (BTFHub-archive layout) or configure its path");
        } else {
            CompileRequest request;
            request.release = release;
            request.headersDir = options.kernelHeadersDir;
            request.clang = options.clangPath;
            request.cacheDir = options.cacheDir;
            const CompileResult compiled = compileForKernel(request);
            if (compiled.objectPath.empty()) {
                skip(mode, compiled.detail, compiled.error);
                continue;
            }
            std::ifstream in(compiled.objectPath, std::ios::binary);
            compiledObject.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            LoadPlan plan{mode, "compiled for this kernel (" + compiled.objectPath + ")",
                          compiled.objectPath + (compiled.cached ? " (cached)" : " (compiled now)") + ", " +
                              compiled.detail + ", raw_tp",
                          {}, true, true};
            if (attempt(plan, attempts))
                accepted = plan;
            else
                std::filesystem::remove(compiled.objectPath); // a bad object must not stick in the cache
        }
    }
    if (!accepted) {
        std::string why;
        for (const ModeAttempt& a : attempts)
            why += "\n  mode " + std::to_string(int(a.mode)) + " (" + modeName(a.mode) + ")" +
                   (a.detail.empty() ? "" : " [" + a.detail + "]") + ": " + a.reason;
        throw EngineError("No way to load the BPF programs on kernel " + release +
                          " was found; each mode and what it lacks:" + why);
    }

    for (const std::string& f : coreChoiceLines(skel->bss->pl_core_choices)) {
        spdlog::info("engine: {}", f);
        features.push_back(f);
    }
    features.push_back(useTaskStorage
                           ? "in-flight syscalls: per-CPU slot, parked in task-local storage when switched out "
                             "(BPF_MAP_TYPE_TASK_STORAGE, kernel 5.11+ with BTF; tp_btf syscall and sched_switch hooks)"
                           : "in-flight syscalls: tid-keyed hash (" +
                                 (noTaskStorage.empty() ? std::string("raw_tp syscall hooks, no kernel BTF in this mode")
                                                        : noTaskStorage) +
                                 ")");
    spdlog::info("engine: {}", features.back());
    features.push_back(std::string("process hooks: ") +
                       (accepted->rawTracepoints ? "raw_tp (works without the kernel's own BTF)"
                                                 : "tp_btf (kernel 5.5+ with its own BTF)"));
    info = EngineInfo{};
    info.mode = accepted->label;
    info.modeNumber = accepted->mode;
    info.attempts = std::move(attempts);
    info.features = std::move(features);
    info.kernelRelease = release;
    info.ringBufferBytes = ringBytes;
    for (const AttachedProgram& p : attached)
        info.programs.push_back(p.label);
    info.readyMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

CaptureEngine::CaptureEngine(EngineOptions options)
    : d(std::make_unique<Impl>())
{
    installLibbpfLogger();
    validateFilter(options.filter);
    d->level = options.level;
    d->filter = options.filter;
    d->options = std::move(options);
}

CaptureEngine::~CaptureEngine()
{
    stop();
}

void CaptureEngine::start()
{
    std::lock_guard lock(d->mutex);
    if (d->thread.joinable())
        return;
    d->records = 0;
    d->bytes = 0;
    d->userDrops = 0;
    d->reportedKernelDrops = 0;
    d->finalDrops = {};
    d->stopping = false;
    try {
        d->open();
    } catch (...) {
        d->release();
        throw;
    }
    std::string programs;
    for (const std::string& p : d->info.programs)
        programs += (programs.empty() ? "" : ", ") + p;
    spdlog::info("engine: {} on kernel {}, ring buffer {} KiB, attached {}, ready in {:.0f} ms", d->info.mode,
                 d->info.kernelRelease, d->info.ringBufferBytes / 1024, programs, d->info.readyMs);
    d->thread = std::thread([impl = d.get()] { impl->run(); });
}

void CaptureEngine::stop()
{
    std::unique_lock lock(d->mutex);
    if (!d->thread.joinable())
        return;
    d->summaryReader.reset(); // it holds the maps' fds and a pointer into .bss
    d->attached.clear(); // detach first so the final drain sees everything
    d->stopping.store(true, std::memory_order_release);
    std::thread thread = std::move(d->thread);
    lock.unlock();
    thread.join();
    lock.lock();
    d->finalDrops = d->readDrops();
    d->ring.reset();
    d->perf.reset();
    d->skel.reset();
    spdlog::info("engine: stopped after {} records", d->records.load());
}

bool CaptureEngine::running() const
{
    std::lock_guard lock(d->mutex);
    return d->thread.joinable();
}

void CaptureEngine::setFilter(const CaptureFilter& filter)
{
    validateFilter(filter);
    std::lock_guard lock(d->mutex);
    d->filter = filter;
    if (d->skel)
        writeFilter(d->skel.get(), filter);
}

void CaptureEngine::setLevel(CaptureLevel level)
{
    std::lock_guard lock(d->mutex);
    d->level = level;
    if (d->skel)
        __atomic_store_n(&d->skel->bss->pl_config.capture, captureBits(level), __ATOMIC_SEQ_CST);
}

EngineInfo CaptureEngine::info() const
{
    std::lock_guard lock(d->mutex);
    return d->info;
}

EngineStats CaptureEngine::stats() const
{
    std::lock_guard lock(d->mutex);
    const auto drops = d->readDrops();
    EngineStats s;
    s.records = d->records.load(std::memory_order_relaxed);
    s.bytes = d->bytes.load(std::memory_order_relaxed);
    s.userDrops = d->userDrops.load(std::memory_order_relaxed);
    s.kernelDrops = drops[PL_DROP_RINGBUF] + d->perfLost.load(std::memory_order_relaxed);
    s.summaryDrops = drops[PL_DROP_SUMMARY];
    s.inflightDrops = drops[PL_DROP_INFLIGHT];
    return s;
}

std::vector<SummaryRow> CaptureEngine::readSummary() const
{
    std::lock_guard lock(d->mutex);
    if (!d->summaryReader)
        return {};
    return d->summaryReader->read();
}

void CaptureEngine::clearSummary()
{
    std::lock_guard lock(d->mutex);
    if (!d->skel)
        return;
    // Tallies still in threads belong to the old epoch from now on and are forgotten.
    __atomic_add_fetch(&d->skel->bss->pl_summary_epoch, 1, __ATOMIC_SEQ_CST);
    if (d->summaryReader)
        d->summaryReader->reset();
    const int fd = bpf_map__fd(d->skel->maps.summary);
    std::vector<pl_summary_key> keys;
    pl_summary_key key{};
    pl_summary_key next{};
    const pl_summary_key* prev = nullptr;
    while (bpf_map_get_next_key(fd, prev, &next) == 0) {
        keys.push_back(next);
        key = next;
        prev = &key;
    }
    for (const pl_summary_key& k : keys)
        bpf_map_delete_elem(fd, &k);
}

} // namespace proclens
