// SPDX-License-Identifier: MIT
#include "event_store.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <stdexcept>

namespace proclens::gui {

namespace {
constexpr std::size_t kChunk = EventChunk::kChunkEvents;

std::string_view nsBytes(const std::array<std::uint32_t, PL_NS_COUNT>& ns)
{
    return {reinterpret_cast<const char*>(ns.data()), sizeof(ns)};
}
}  // namespace

std::uint32_t StoredEvent::ns(int k) const
{
    if (!extra || isSyscall() || k < 0 || k >= PL_NS_COUNT || extra->size() < sizeof(std::uint32_t) * PL_NS_COUNT)
        return 0;
    std::uint32_t v = 0;
    std::memcpy(&v, extra->data() + std::size_t(k) * sizeof v, sizeof v);
    return v;
}

namespace {
// Fixed part of an encoded ProcessFacts: ppid, uid, cgroup id, namespaces; then exe NUL container.
constexpr std::size_t kFactsHeader = 4 + 4 + 8 + 4 * PL_NS_COUNT;

std::string encodeFacts(const ProcessFacts& f)
{
    std::string out(kFactsHeader, '\0');
    char* p = out.data();
    std::memcpy(p, &f.ppid, 4);
    std::memcpy(p + 4, &f.uid, 4);
    std::memcpy(p + 8, &f.cgroupId, 8);
    std::memcpy(p + 16, f.ns.data(), 4 * PL_NS_COUNT);
    out.append(f.exe);
    out.push_back('\0');
    out.append(f.container);
    return out;
}
}  // namespace

bool StoredEvent::facts(ProcessFacts& out) const
{
    if (!process || process->size() < kFactsHeader + 1)
        return false;
    const char* p = process->data();
    std::memcpy(&out.ppid, p, 4);
    std::memcpy(&out.uid, p + 4, 4);
    std::memcpy(&out.cgroupId, p + 8, 8);
    std::memcpy(out.ns.data(), p + 16, 4 * PL_NS_COUNT);
    const std::string_view rest = std::string_view(*process).substr(kFactsHeader);
    const std::size_t nul = rest.find('\0');
    out.exe = rest.substr(0, nul);
    out.container = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    return true;
}

std::vector<std::string> StoredEvent::argv() const
{
    std::vector<std::string> out;
    if (!text2 || isSyscall())
        return out;
    std::string_view rest = *text2;
    while (!rest.empty()) {
        const std::size_t nul = rest.find('\0');
        out.emplace_back(rest.substr(0, nul));
        if (nul == std::string_view::npos)
            break;
        rest.remove_prefix(nul + 1);
    }
    return out;
}

wire::SyscallEvent StoredEvent::toSyscall() const
{
    wire::SyscallEvent e;
    e.flags = flags;
    e.cpu = cpu;
    e.timestamp_ns = timestamp_ns;
    e.pid = pid;
    e.tid = tid;
    e.nr = nr;
    e.ret = result;
    e.latency_ns = latency_ns;
    e.args = args;
    e.payload = payload;
    if (payload == PL_PAYLOAD_PATH || payload == PL_PAYLOAD_PATH2)
        e.paths.push_back({text1 ? *text1 : std::string(), text1Flags});
    if (payload == PL_PAYLOAD_PATH2)
        e.paths.push_back({text2 ? *text2 : std::string(), text2Flags});
    if (payload == PL_PAYLOAD_SOCKADDR && extra && extra->size() >= 2) {
        wire::SockAddr a;
        a.family = std::uint16_t(std::uint8_t((*extra)[0]) | std::uint8_t((*extra)[1]) << 8);
        a.bytes.assign(extra->begin() + 2, extra->end());
        e.sockaddr = std::move(a);
    }
    return e;
}

wire::ProcessEvent StoredEvent::toProcess() const
{
    wire::ProcessEvent e;
    e.type = kind;
    e.flags = flags;
    e.cpu = cpu;
    e.timestamp_ns = timestamp_ns;
    e.task.pid = pid;
    e.task.tid = tid;
    e.task.ppid = ppid();
    e.task.uid = uid();
    e.task.gid = gid();
    e.task.ns_pid = nsPid();
    e.task.start_time_ns = startTimeNs();
    e.task.cgroup_id = cgroupId();
    for (int k = 0; k < PL_NS_COUNT; ++k)
        e.task.ns[std::size_t(k)] = ns(k);
    e.task.comm = std::string(commView());
    if (kind == PL_EVENT_EXEC) {
        e.filename = text1 ? *text1 : std::string();
        e.argv = argv();
        e.old_tid = nr;
    }
    if (kind == PL_EVENT_EXIT) {
        e.exit_code = std::int32_t(result);
        e.exit_signal = nr;
    }
    return e;
}

EventChunk::EventChunk() : events_(new StoredEvent[kChunkEvents]) {}

void EventChunk::reset()
{
    size_ = 0;
    strings_.clear();
    stringBytes_ = 0;
}

const std::string* EventChunk::intern(std::string_view s)
{
    // Heterogeneous lookup needs C++20 transparent hashing of unordered_set, which
    // libstdc++ 12 lacks; the temporary is cheap next to the node it may become.
    const auto [it, inserted] = strings_.emplace(s);
    if (inserted)
        stringBytes_ += 64 + (it->size() > 15 ? it->size() + 1 : 0);  // node + heap buffer, roughly
    return &*it;
}

const StoredEvent& EventSnapshot::at(std::uint64_t seq) const
{
    const std::size_t off = std::size_t(seq - chunkBase_);
    return (*chunks_[off / kChunk])[off % kChunk];
}

void EventSnapshot::forEach(const std::function<void(std::uint64_t, const StoredEvent&)>& f) const
{
    std::uint64_t seq = first_;
    for (std::size_t c = std::size_t(first_ - chunkBase_) / kChunk; c < chunks_.size() && seq < end_; ++c) {
        const EventChunk& chunk = *chunks_[c];
        const std::size_t n = std::min<std::uint64_t>(chunk.size(), end_ - (chunkBase_ + c * kChunk));
        for (std::size_t i = std::size_t(seq - (chunkBase_ + c * kChunk)); i < n; ++i)
            f(seq++, chunk[i]);
    }
}

EventStore::EventStore(std::size_t capacity)
{
    setCapacity(capacity);
}

void EventStore::setCapacity(std::size_t events)
{
    capacity_ = std::max<std::size_t>(2, (events + kChunk - 1) / kChunk) * kChunk;
    // Bring the store within the new bound now, oldest first, keeping the tail.
    while (chunks_.size() > capacity_ / kChunk)
        dropOldestChunk();
}

void EventStore::dropOldestChunk()
{
    const std::uint64_t next = chunkBase_ + kChunk;
    if (aboutToDrop_)
        aboutToDrop_(first_, next);
    retired_.push_back(std::move(chunks_.front()));
    chunks_.pop_front();
    // Two spares cover a snapshot held across one drop; older ones go (freed with their last holder).
    while (retired_.size() > 2)
        retired_.pop_front();
    dropped_ += next - first_;
    chunkBase_ = first_ = next;
}

StoredEvent& EventStore::reserveSlot()
{
    if (!tail_ || tail_->full()) {
        if (chunks_.size() >= capacity_ / kChunk)
            dropOldestChunk();
        chunks_.push_back(newChunk());
        tail_ = chunks_.back().get();
        factsInTail_.clear();
    }
    return tail_->events_[tail_->size_];
}

std::shared_ptr<EventChunk> EventStore::newChunk()
{
    for (auto it = retired_.begin(); it != retired_.end(); ++it)
        if (it->use_count() == 1) {
            // Pairs with the release of the last snapshot's reference on the thread that read it.
            std::atomic_thread_fence(std::memory_order_acquire);
            std::shared_ptr<EventChunk> c = std::move(*it);
            retired_.erase(it);
            c->reset();
            return c;
        }
    return std::make_shared<EventChunk>();
}

const std::string* EventStore::factsOf(std::uint32_t pid, EventChunk& chunk)
{
    if (!processResolver_)
        return nullptr;
    const auto [it, inserted] = factsInTail_.try_emplace(pid, nullptr);
    if (inserted) {
        ProcessFacts f;
        if (processResolver_(pid, f))
            it->second = chunk.intern(encodeFacts(f));
    }
    return it->second;
}

const std::string* EventStore::commOf(std::uint32_t pid, EventChunk& chunk)
{
    auto it = comms_.find(pid);
    if (it == comms_.end()) {
        if (!resolver_)
            return nullptr;
        std::string comm = resolver_(pid);
        if (comm.empty())
            return nullptr;  // not known yet: ask again next time
        it = comms_.emplace(pid, std::move(comm)).first;
    }
    return chunk.intern(it->second);
}

bool EventStore::append(const wire::SyscallEvent& e)
{
    StoredEvent& s = reserveSlot();
    EventChunk& c = tail();
    s = StoredEvent{};
    s.kind = PL_EVENT_SYSCALL;
    s.timestamp_ns = e.timestamp_ns;
    s.result = e.ret;
    s.latency_ns = e.latency_ns;
    s.args = e.args;
    s.pid = e.pid;
    s.tid = e.tid;
    s.nr = e.nr;
    s.flags = e.flags;
    s.cpu = e.cpu;
    s.payload = std::uint8_t(e.payload);
    s.comm = commOf(e.pid, c);
    s.process = factsOf(e.pid, c);
    if (!e.paths.empty()) {
        s.text1 = c.intern(e.paths[0].path);
        s.text1Flags = std::uint8_t(e.paths[0].flags);
    }
    if (e.paths.size() > 1) {
        s.text2 = c.intern(e.paths[1].path);
        s.text2Flags = std::uint8_t(e.paths[1].flags);
    }
    if (e.sockaddr) {
        std::string raw(2 + e.sockaddr->bytes.size(), '\0');
        raw[0] = char(e.sockaddr->family & 0xff);
        raw[1] = char(e.sockaddr->family >> 8);
        std::memcpy(raw.data() + 2, e.sockaddr->bytes.data(), e.sockaddr->bytes.size());
        s.extra = c.intern(raw);
    }
    ++c.size_;
    ++end_;
    return true;
}

bool EventStore::append(const wire::ProcessEvent& e)
{
    if (e.type != PL_EVENT_FORK && e.type != PL_EVENT_EXEC && e.type != PL_EVENT_EXIT)
        return false;
    StoredEvent& s = reserveSlot();
    EventChunk& c = tail();
    s = StoredEvent{};
    s.kind = e.type;
    s.timestamp_ns = e.timestamp_ns;
    s.pid = e.task.pid;
    s.tid = e.task.tid;
    s.flags = e.flags;
    s.cpu = e.cpu;
    s.args = {e.task.ppid, e.task.uid, e.task.gid, e.task.ns_pid, e.task.start_time_ns, e.task.cgroup_id};
    s.comm = c.intern(e.task.comm);
    s.extra = c.intern(nsBytes(e.task.ns));
    // The table learns of this event too: ask it again for the events that follow.
    factsInTail_.erase(e.task.pid);
    s.process = factsOf(e.task.pid, c);
    if (e.type == PL_EVENT_EXEC) {
        s.text1 = c.intern(e.filename);
        std::string joined;
        for (const std::string& a : e.argv) {
            joined += a;
            joined += '\0';
        }
        s.text2 = c.intern(joined);
        s.nr = e.old_tid;
    } else if (e.type == PL_EVENT_EXIT) {
        s.result = e.exit_code;
        s.nr = e.exit_signal;
    }
    ++c.size_;
    ++end_;
    // Later syscalls of this pid show the comm its latest process event had.
    if (e.type == PL_EVENT_EXIT)
        comms_.erase(e.task.pid);
    else
        comms_[e.task.pid] = e.task.comm;
    return true;
}

std::size_t EventStore::append(const std::vector<wire::Event>& events)
{
    std::size_t n = 0;
    for (const wire::Event& e : events) {
        if (const auto* sc = std::get_if<wire::SyscallEvent>(&e))
            n += append(*sc);
        else if (const auto* pe = std::get_if<wire::ProcessEvent>(&e))
            n += append(*pe);
    }
    return n;
}

void EventStore::clear()
{
    if (aboutToDrop_ && end_ > first_)
        aboutToDrop_(first_, end_);
    chunks_.clear();
    retired_.clear();
    factsInTail_.clear();
    tail_ = nullptr;
    chunkBase_ = first_ = end_;
    comms_.clear();
}

const StoredEvent& EventStore::at(std::uint64_t seq) const
{
    if (seq < first_ || seq >= end_)
        throw std::out_of_range("EventStore::at: sequence number not retained");
    const std::size_t off = std::size_t(seq - chunkBase_);
    return (*chunks_[off / kChunk])[off % kChunk];
}

EventSnapshot EventStore::snapshot() const
{
    EventSnapshot s;
    s.chunks_.assign(chunks_.begin(), chunks_.end());
    s.chunkBase_ = chunkBase_;
    s.first_ = first_;
    s.end_ = end_;
    return s;
}

std::size_t EventStore::memoryBytes() const
{
    std::size_t bytes = (chunks_.size() + retired_.size()) * kChunk * sizeof(StoredEvent);
    for (const auto& c : chunks_)
        bytes += c->stringBytes_;
    for (const auto& c : retired_)
        bytes += c->stringBytes_;
    return bytes;
}

}  // namespace proclens::gui
