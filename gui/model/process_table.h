// SPDX-License-Identifier: MIT
//
// The GUI's plain C++ process table: pid -> row with every field, kept as a
// parent/children tree. Fed by /proc snapshot rows, fork/exec/exit events and
// periodic /proc samples; tells its listeners exactly what moved, htop-style:
// prepare -> apply -> sweep, with exited rows kept as tombstones for a while.
// No Qt model code and no D-Bus here.
#pragma once

#include "proclens/wire_format.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace proclens::gui {

/// Life stage of a row, for highlighting.
enum class RowLife : std::uint8_t {
    Live,    ///< known for longer than the "new" highlight time
    New,     ///< appeared less than newHighlight ago
    Exited,  ///< exited; kept until linger has passed
};

/// One process. Owned by the table; pointers stay valid until the row is removed.
struct ProcessNode {
    std::uint32_t pid = 0;
    std::uint32_t ppid = 0;
    std::uint32_t nsPid = 0;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string comm;
    std::vector<std::string> argv;
    std::string exe;
    std::string cwd;
    std::string cgroupPath;
    std::string containerId;
    std::string runtime;
    std::array<std::uint32_t, PL_NS_COUNT> ns{};
    std::uint64_t cgroupId = 0;
    std::uint64_t startTimeNs = 0;  ///< boot-time ns (CLOCK_BOOTTIME), as the kernel reports
    char state = '?';
    std::uint32_t threads = 0;
    std::uint64_t rssBytes = 0;
    std::int32_t nice = 0;
    std::uint64_t cpuTimeNs = 0;    ///< utime + stime at the last sample
    double cpuPercent = 0.0;        ///< over the last sample interval (100 = one CPU)

    RowLife life = RowLife::Live;
    std::int64_t bornMs = 0;        ///< table clock when the row appeared
    std::int64_t exitedMs = 0;      ///< table clock when it exited
    std::int32_t exitCode = 0;      ///< as passed to exit(), valid when exitSignal == 0
    std::uint32_t exitSignal = 0;   ///< signal that killed the process, 0 when it exited

    ProcessNode* parent = nullptr;  ///< nullptr: a top-level row
    std::vector<ProcessNode*> children;  ///< in insertion order
    int row = -1;                   ///< position in the parent's children (kept by the table)
    std::int64_t sampleMs = 0;      ///< when cpuTimeNs was sampled
};

/// Bit mask of what changed in a row (ProcessTable::Change).
enum ChangeBits : std::uint32_t {
    ChangeIdentity = 1u << 0,  ///< comm, argv, exe, cwd, uid/gid, ns, cgroup
    ChangeUsage = 1u << 1,     ///< cpu, rss, threads, state, nice
    ChangeLife = 1u << 2,      ///< new -> live, exited, exit code
};

/// Receives the table's changes; the tree positions are those of ProcessNode::children
/// (parent nullptr = the top level). Each "about to" call is followed by its "done" call.
/// Within one apply()/sweep() rows appended under one parent are announced as one range,
/// and rows removed together as contiguous ranges; a removed row's subtree goes with it
/// (every row in it is being removed too).
class TableListener {
public:
    virtual ~TableListener() = default;
    virtual void tableAboutToReset() = 0;
    virtual void tableReset() = 0;
    virtual void rowsAboutToInsert(const ProcessNode* parent, int first, int last) = 0;
    virtual void rowsInserted(const ProcessNode* parent, int first, int last) = 0;
    virtual void rowsAboutToRemove(const ProcessNode* parent, int first, int last) = 0;
    virtual void rowsRemoved(const ProcessNode* parent, int first, int last) = 0;
    virtual void rowAboutToMove(const ProcessNode* from, int fromRow, const ProcessNode* to, int toRow) = 0;
    virtual void rowMoved(const ProcessNode* from, int fromRow, const ProcessNode* to, int toRow) = 0;
    /// Rows first..last under parent changed (coalesced per parent at the end of an update).
    virtual void rowsChanged(const ProcessNode* parent, int first, int last, std::uint32_t changeBits) = 0;
};

/// One /proc sample of a process (see ProcSampler).
struct ProcSample {
    std::uint32_t pid = 0;
    std::uint32_t ppid = 0;
    char state = '?';
    std::uint32_t threads = 0;
    std::uint64_t rssBytes = 0;
    std::int32_t nice = 0;
    std::uint64_t cpuTimeNs = 0;
    std::uint64_t startTimeNs = 0;
};

/// The process table. Single-threaded: use it from the GUI thread only.
class ProcessTable {
public:
    using Clock = std::function<std::int64_t()>;  ///< milliseconds, monotonic

    ProcessTable();
    ~ProcessTable();
    ProcessTable(const ProcessTable&) = delete;
    ProcessTable& operator=(const ProcessTable&) = delete;

    /// Replaces the clock (tests); default is a steady clock in ms.
    void setClock(Clock clock) { clock_ = std::move(clock); }
    std::int64_t now() const { return clock_(); }
    /// How long exited rows stay (default 3 s) and new rows count as new (default 2 s).
    void setLinger(std::chrono::milliseconds linger) { lingerMs_ = linger.count(); }
    void setNewHighlight(std::chrono::milliseconds d) { newMs_ = d.count(); }
    std::int64_t lingerMs() const { return lingerMs_; }

    void addListener(TableListener* listener);
    void removeListener(TableListener* listener);

    /// Replaces the whole table with a /proc snapshot (one reset; start-up and reconnect).
    void loadSnapshot(const std::vector<wire::ProcessRecord>& rows);

    /// Applies events incrementally: ProcessRecord rows are upserted, fork inserts,
    /// exec updates, exit marks exited. Other event kinds are ignored.
    /// Ends with the coalesced rowsChanged() calls.
    void apply(const std::vector<wire::Event>& events);
    void apply(const wire::Event& event);

    /// Applies a /proc sample pass: usage fields, CPU % since the last sample,
    /// re-parenting when the kernel reparented a process. Rows missing from the
    /// sample that are not exited yet are marked exited (their exit event was lost).
    void applySamples(const std::vector<ProcSample>& samples);

    /// Ages rows: new -> live after the highlight time, removes exited rows after linger.
    /// Children of a removed row move to its parent (or the top level).
    /// With a budget, works in slices of kSweepSlice rows (oldest exits first) and stops
    /// once the budget is spent, so one tick never blocks the GUI thread for long;
    /// returns true when expired rows are left for the next call.
    bool sweep(std::chrono::milliseconds budget = std::chrono::milliseconds::max());
    static constexpr std::size_t kSweepSlice = 128;
    /// What the live session gives one sweep tick (the batch inbox's tick budget is 10 ms).
    static constexpr std::chrono::milliseconds kTickSweepBudget{8};

    const ProcessNode* find(std::uint32_t pid) const;
    std::size_t size() const { return rows_.size(); }
    const std::vector<ProcessNode*>& topLevel() const { return top_; }
    const std::vector<ProcessNode*>& children(const ProcessNode* parent) const
    {
        return parent ? parent->children : top_;
    }
    /// Position of node among its siblings (-1 when not in the table). O(1).
    int rowOf(const ProcessNode* node) const;
    /// Calls f for every row (no particular order).
    void forEach(const std::function<void(const ProcessNode&)>& f) const;
    /// The table, as "[1[2[3]]4]": pids in tree order (tests and debugging).
    std::string treeString() const;
    /// Count of live (not exited) rows per namespace inode of one kind.
    std::size_t countInNamespace(int kind, std::uint32_t inode) const;

private:
    ProcessNode* lookup(std::uint32_t pid);
    ProcessNode* insertRow(std::unique_ptr<ProcessNode> node);
    void flushInserts();
    void removeRow(ProcessNode* node);
    void removeRows(const std::vector<ProcessNode*>& nodes);
    static void renumber(std::vector<ProcessNode*>& list, std::size_t from);
    void moveRow(ProcessNode* node, ProcessNode* newParent);
    void adoptOrphans(ProcessNode* parent);
    void markChanged(ProcessNode* node, std::uint32_t bits);
    void flushChanges();
    void fillFrom(ProcessNode& node, const wire::ProcessRecord& r);
    void applyOne(const wire::Event& event);
    std::vector<ProcessNode*>& siblings(ProcessNode* parent) { return parent ? parent->children : top_; }

    std::unordered_map<std::uint32_t, std::unique_ptr<ProcessNode>> rows_;
    std::vector<ProcessNode*> top_;
    std::vector<TableListener*> listeners_;
    std::unordered_map<ProcessNode*, std::uint32_t> pendingChanges_;
    // Rows appended during this update, not yet in their parent's children: one group per
    // parent in the order the groups were opened (a parent's own group comes first).
    std::vector<std::pair<ProcessNode*, std::vector<ProcessNode*>>> pendingInserts_;
    std::unordered_map<ProcessNode*, std::size_t> pendingGroup_;
    Clock clock_;
    std::int64_t lingerMs_ = 3000;
    std::int64_t newMs_ = 2000;
};

}  // namespace proclens::gui
