// SPDX-License-Identifier: MIT
//
// The activity log's bounded event store: fixed-size records in fixed-size
// chunks, strings (comm, paths, socket addresses, exec arguments, namespace
// sets) interned per chunk. When more than the capacity is retained the oldest
// whole chunk goes and the drop counter grows by its events.
//
// Threads: the store is written on one thread (the GUI thread). A full chunk
// is never written again; the tail chunk is only appended to (a record and
// the strings it points to never change once written). snapshot() hands out
// the chunk pointers and the count, so another thread (filter, export) reads a
// consistent view without copying and without locking the writer.
#pragma once

#include "proclens/wire_format.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace proclens::gui {

/// What the process table knows of a process, attached to the events of its pid
/// that do not carry it themselves (syscall records carry only pid/tid).
struct ProcessFacts {
    std::uint32_t ppid = 0;
    std::uint32_t uid = 0;
    std::uint64_t cgroupId = 0;
    std::array<std::uint32_t, PL_NS_COUNT> ns{};  ///< enum pl_ns_kind order, 0 = unknown
    std::string_view exe;        ///< views: valid while the StoredEvent's chunk is
    std::string_view container;  ///< container id, empty when none
};

/// One retained event, fixed size. Strings point into the owning chunk's pool.
/// For syscalls: nr, result = return value, args = the six raw arguments,
/// text1/text2 = first/second path, sockaddr = family (2 bytes LE) + address bytes.
/// For process events (kind PL_EVENT_FORK/EXEC/EXIT): see the accessors below;
/// text1 = exec filename, text2 = exec argv (NUL-separated), nsSet = the eight
/// namespace inode numbers (as raw u32 bytes).
struct StoredEvent {
    std::uint64_t timestamp_ns = 0;   ///< CLOCK_MONOTONIC
    std::int64_t result = 0;          ///< syscall return value; exit code for exit
    std::uint64_t latency_ns = 0;     ///< syscalls
    std::array<std::uint64_t, PL_SYSCALL_ARGS> args{};
    const std::string* comm = nullptr;
    const std::string* text1 = nullptr;
    const std::string* text2 = nullptr;
    const std::string* extra = nullptr;  ///< syscalls: sockaddr; process events: namespace set
    /// The process's facts when the event was stored (see ProcessFacts), from the
    /// store's process resolver; nullptr when it knew none. Read with facts().
    const std::string* process = nullptr;
    std::uint32_t pid = 0;
    std::uint32_t tid = 0;
    std::uint32_t nr = 0;             ///< syscall nr; exit: signal; exec: old tid
    std::uint16_t kind = 0;           ///< PL_EVENT_FORK / EXEC / EXIT / SYSCALL
    std::uint16_t flags = 0;          ///< PL_FLAG_*
    std::uint16_t cpu = 0;
    std::uint8_t payload = PL_PAYLOAD_NONE;  ///< syscalls: enum pl_payload
    std::uint8_t text1Flags = 0;      ///< path flags of text1 / text2 (PL_FLAG_TRUNCATED_PATH, READ_FAILED)
    std::uint8_t text2Flags = 0;

    bool isSyscall() const { return kind == PL_EVENT_SYSCALL; }
    std::string_view commView() const { return comm ? std::string_view(*comm) : std::string_view(); }
    // Process events keep their task fields in args.
    std::uint32_t ppid() const { return std::uint32_t(args[0]); }
    std::uint32_t uid() const { return std::uint32_t(args[1]); }
    std::uint32_t gid() const { return std::uint32_t(args[2]); }
    std::uint32_t nsPid() const { return std::uint32_t(args[3]); }
    std::uint64_t startTimeNs() const { return args[4]; }
    std::uint64_t cgroupId() const { return args[5]; }
    /// Namespace inode of a process event (enum pl_ns_kind), 0 when unknown.
    std::uint32_t ns(int kind) const;
    /// Decodes `process`; false when the event has none.
    bool facts(ProcessFacts& out) const;
    /// Exec argv split at the NULs.
    std::vector<std::string> argv() const;

    /// The decoded event again (for the shared formatters in common/).
    wire::SyscallEvent toSyscall() const;
    wire::ProcessEvent toProcess() const;
};

/// One chunk: kChunkEvents records and the strings they point to.
class EventChunk {
public:
    static constexpr std::size_t kChunkEvents = 16384;

    EventChunk();
    std::size_t size() const { return size_; }
    bool full() const { return size_ == kChunkEvents; }
    const StoredEvent& operator[](std::size_t i) const { return events_[i]; }

private:
    friend class EventStore;
    const std::string* intern(std::string_view s);
    // Empties the chunk for reuse; its records are overwritten before they are read.
    void reset();

    std::unique_ptr<StoredEvent[]> events_;
    std::size_t size_ = 0;
    // Node-based: a string's address never changes while the set grows.
    std::unordered_set<std::string> strings_;
    std::size_t stringBytes_ = 0;
};

/// A consistent read-only view of the store for any thread: sequence numbers
/// [first, end). Keeps its chunks alive after the store dropped them.
class EventSnapshot {
public:
    std::uint64_t first() const { return first_; }
    std::uint64_t end() const { return end_; }
    std::size_t size() const { return std::size_t(end_ - first_); }
    /// The event with sequence number `seq` (first() <= seq < end()).
    const StoredEvent& at(std::uint64_t seq) const;
    /// Calls f(seq, event) for every event in order.
    void forEach(const std::function<void(std::uint64_t, const StoredEvent&)>& f) const;

private:
    friend class EventStore;
    std::vector<std::shared_ptr<const EventChunk>> chunks_;
    std::uint64_t chunkBase_ = 0;  // sequence number of chunks_[0][0]
    std::uint64_t first_ = 0;
    std::uint64_t end_ = 0;
};

class EventStore {
public:
    static constexpr std::size_t kDefaultCapacity = 1'000'000;

    explicit EventStore(std::size_t capacity = kDefaultCapacity);

    /// Events retained at most (rounded up to whole chunks, at least two).
    void setCapacity(std::size_t events);
    std::size_t capacity() const { return capacity_; }

    /// Appends the syscall and process events (fork/exec/exit) of a decoded
    /// batch; other records (snapshot rows, summary, lost) are not activity.
    /// Returns the number appended.
    std::size_t append(const std::vector<wire::Event>& events);
    bool append(const wire::SyscallEvent& event);
    bool append(const wire::ProcessEvent& event);

    /// Removes everything (not counted as dropped). Sequence numbers go on.
    void clear();

    /// Sequence numbers of the retained events: [firstSeq(), endSeq()).
    std::uint64_t firstSeq() const { return first_; }
    std::uint64_t endSeq() const { return end_; }
    std::size_t size() const { return std::size_t(end_ - first_); }
    bool empty() const { return end_ == first_; }
    const StoredEvent& at(std::uint64_t seq) const;
    /// Events dropped because the store was full, since construction.
    std::uint64_t dropped() const { return dropped_; }

    EventSnapshot snapshot() const;

    /// Resolves the comm of a pid the store has not seen a process event of
    /// (syscall records carry none); typically the live process table.
    void setCommResolver(std::function<std::string(std::uint32_t pid)> resolver) { resolver_ = std::move(resolver); }

    /// Resolves what the process table knows of a pid (filled into `out`, whose
    /// string views need only live until the call returns); false when unknown.
    /// Asked at most once per pid per chunk, and again after a process event of it.
    using ProcessResolver = std::function<bool(std::uint32_t pid, ProcessFacts& out)>;
    void setProcessResolver(ProcessResolver resolver) { processResolver_ = std::move(resolver); }

    /// Called before events [oldFirst, newFirst) go (chunk drop or clear), while they are still readable.
    void setAboutToDrop(std::function<void(std::uint64_t oldFirst, std::uint64_t newFirst)> f) { aboutToDrop_ = std::move(f); }

    /// Bytes held by records and interned strings (an estimate, for the view's status).
    std::size_t memoryBytes() const;

private:
    StoredEvent& reserveSlot();
    EventChunk& tail() { return *tail_; }
    void dropOldestChunk();
    const std::string* commOf(std::uint32_t pid, EventChunk& chunk);
    const std::string* factsOf(std::uint32_t pid, EventChunk& chunk);

    std::shared_ptr<EventChunk> newChunk();

    std::deque<std::shared_ptr<EventChunk>> chunks_;
    // Dropped chunks kept for reuse once no snapshot holds them: a fresh 2 MB chunk
    // costs hundreds of page faults (expensive in a VM) and a zero fill on the GUI thread.
    std::deque<std::shared_ptr<EventChunk>> retired_;
    EventChunk* tail_ = nullptr;
    std::uint64_t chunkBase_ = 0;  // sequence number of chunks_.front()[0]
    std::uint64_t first_ = 0;
    std::uint64_t end_ = 0;
    std::size_t capacity_;
    std::uint64_t dropped_ = 0;
    std::function<std::string(std::uint32_t)> resolver_;
    std::function<void(std::uint64_t, std::uint64_t)> aboutToDrop_;
    std::unordered_map<std::uint32_t, std::string> comms_;  // pid -> comm from process events
    ProcessResolver processResolver_;
    // pid -> its interned facts in the tail chunk (nullptr: resolver knew none); cleared per chunk.
    std::unordered_map<std::uint32_t, const std::string*> factsInTail_;
};

}  // namespace proclens::gui
