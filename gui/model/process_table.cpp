// SPDX-License-Identifier: MIT
#include "process_table.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace proclens::gui {

namespace {
std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void appendTree(std::string& out, const std::vector<ProcessNode*>& list)
{
    out += '[';
    bool first = true;
    for (const ProcessNode* n : list) {
        if (!first)
            out += ' ';
        first = false;
        out += std::to_string(n->pid);
        if (!n->children.empty())
            appendTree(out, n->children);
    }
    out += ']';
}
}  // namespace

ProcessTable::ProcessTable() : clock_(steadyMs) {}
ProcessTable::~ProcessTable() = default;

void ProcessTable::addListener(TableListener* listener)
{
    listeners_.push_back(listener);
}

void ProcessTable::removeListener(TableListener* listener)
{
    listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener), listeners_.end());
}

const ProcessNode* ProcessTable::find(std::uint32_t pid) const
{
    auto it = rows_.find(pid);
    return it == rows_.end() ? nullptr : it->second.get();
}

ProcessNode* ProcessTable::lookup(std::uint32_t pid)
{
    auto it = rows_.find(pid);
    return it == rows_.end() ? nullptr : it->second.get();
}

int ProcessTable::rowOf(const ProcessNode* node) const
{
    if (!node || node->row < 0)
        return -1;
    const auto& list = children(node->parent);
    const auto r = std::size_t(node->row);
    return r < list.size() && list[r] == node ? node->row : -1;
}

void ProcessTable::renumber(std::vector<ProcessNode*>& list, std::size_t from)
{
    for (std::size_t i = from; i < list.size(); ++i)
        list[i]->row = int(i);
}

void ProcessTable::forEach(const std::function<void(const ProcessNode&)>& f) const
{
    for (const auto& [pid, node] : rows_)
        f(*node);
}

std::string ProcessTable::treeString() const
{
    std::string out;
    appendTree(out, top_);
    return out;
}

std::size_t ProcessTable::countInNamespace(int kind, std::uint32_t inode) const
{
    if (kind < 0 || kind >= PL_NS_COUNT)
        return 0;
    std::size_t n = 0;
    for (const auto& [pid, node] : rows_)
        if (node->life != RowLife::Exited && node->ns[std::size_t(kind)] == inode)
            ++n;
    return n;
}

void ProcessTable::fillFrom(ProcessNode& n, const wire::ProcessRecord& r)
{
    n.pid = r.task.pid;
    n.ppid = r.task.ppid;
    n.nsPid = r.task.ns_pid;
    n.uid = r.task.uid;
    n.gid = r.task.gid;
    n.comm = r.task.comm;
    n.ns = r.task.ns;
    n.cgroupId = r.task.cgroup_id;
    n.startTimeNs = r.task.start_time_ns;
    n.argv = r.argv;
    n.exe = r.exe;
    n.cwd = r.cwd;
    n.cgroupPath = r.cgroup_path;
    n.containerId = r.container_id;
    n.runtime = r.runtime;
    n.state = r.state;
    n.threads = r.threads;
    n.rssBytes = r.rss_bytes;
    n.nice = r.nice;
    n.cpuTimeNs = r.utime_ns + r.stime_ns;
}

void ProcessTable::loadSnapshot(const std::vector<wire::ProcessRecord>& rows)
{
    for (auto* l : listeners_)
        l->tableAboutToReset();
    rows_.clear();
    top_.clear();
    pendingChanges_.clear();
    pendingInserts_.clear();
    pendingGroup_.clear();
    const std::int64_t t = now();
    for (const auto& r : rows) {
        if (r.task.pid == 0)
            continue;
        auto node = std::make_unique<ProcessNode>();
        fillFrom(*node, r);
        node->bornMs = t - newMs_;  // existing processes are not "new"
        node->sampleMs = t;
        rows_[r.task.pid] = std::move(node);
    }
    // Parents before children regardless of pid order (pids wrap).
    std::vector<ProcessNode*> sorted;
    sorted.reserve(rows_.size());
    for (auto& [pid, node] : rows_)
        sorted.push_back(node.get());
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->pid < b->pid; });
    for (ProcessNode* n : sorted) {
        ProcessNode* p = n->ppid != n->pid ? lookup(n->ppid) : nullptr;
        n->parent = p;
        n->row = int(siblings(p).size());
        siblings(p).push_back(n);
    }
    for (auto* l : listeners_)
        l->tableReset();
}

ProcessNode* ProcessTable::insertRow(std::unique_ptr<ProcessNode> owned)
{
    ProcessNode* node = owned.get();
    ProcessNode* parent = node->ppid != node->pid ? lookup(node->ppid) : nullptr;
    rows_[node->pid] = std::move(owned);
    node->parent = parent;
    node->row = -1;
    // Appends are announced per parent once the update ends (flushInserts), as one range.
    auto [it, opened] = pendingGroup_.emplace(parent, pendingInserts_.size());
    if (opened)
        pendingInserts_.emplace_back(parent, std::vector<ProcessNode*>{});
    pendingInserts_[it->second].second.push_back(node);
    adoptOrphans(node);
    return node;
}

void ProcessTable::flushInserts()
{
    if (pendingInserts_.empty())
        return;
    // Groups in opening order: a row's own group precedes the group of rows under it.
    auto groups = std::exchange(pendingInserts_, {});
    pendingGroup_.clear();
    for (auto& [parent, nodes] : groups) {
        auto& list = siblings(parent);
        const int first = int(list.size());
        const int last = first + int(nodes.size()) - 1;
        for (auto* l : listeners_)
            l->rowsAboutToInsert(parent, first, last);
        list.insert(list.end(), nodes.begin(), nodes.end());
        renumber(list, std::size_t(first));
        for (ProcessNode* n : nodes)
            pendingChanges_.erase(n);  // the insert shows their current state
        for (auto* l : listeners_)
            l->rowsInserted(parent, first, last);
    }
}

void ProcessTable::adoptOrphans(ProcessNode* parent)
{
    // A child seen before its parent (pid order, lost fork) sits at the top level until then.
    // Top-level rows still waiting to be announced count too.
    std::vector<ProcessNode*> orphans;
    auto collect = [&](const std::vector<ProcessNode*>& list) {
        for (ProcessNode* n : list)
            if (n != parent && n->ppid == parent->pid)
                orphans.push_back(n);
    };
    collect(top_);
    if (auto it = pendingGroup_.find(nullptr); it != pendingGroup_.end())
        collect(pendingInserts_[it->second].second);
    if (orphans.empty())
        return;
    flushInserts();
    for (ProcessNode* n : orphans)
        moveRow(n, parent);
}

void ProcessTable::moveRow(ProcessNode* node, ProcessNode* newParent)
{
    if (node->parent == newParent)
        return;
    for (const ProcessNode* a = newParent; a; a = a->parent)
        if (a == node)
            return;  // would make a cycle
    flushInserts();
    ProcessNode* from = node->parent;
    auto& src = siblings(from);
    const int fromRow = rowOf(node);
    if (fromRow < 0)
        return;
    auto& dst = siblings(newParent);
    const int toRow = int(dst.size());
    for (auto* l : listeners_)
        l->rowAboutToMove(from, fromRow, newParent, toRow);
    src.erase(src.begin() + fromRow);
    renumber(src, std::size_t(fromRow));
    node->row = int(dst.size());
    dst.push_back(node);
    node->parent = newParent;
    for (auto* l : listeners_)
        l->rowMoved(from, fromRow, newParent, toRow);
}

void ProcessTable::removeRow(ProcessNode* node)
{
    removeRows({node});
}

void ProcessTable::removeRows(const std::vector<ProcessNode*>& nodes)
{
    if (nodes.empty())
        return;
    flushInserts();
    const std::unordered_set<const ProcessNode*> gone(nodes.begin(), nodes.end());
    // Lingering parents keep their children; once the parent goes, the children that stay
    // move up to the nearest ancestor that stays (or the top level).
    for (ProcessNode* node : nodes) {
        ProcessNode* target = node->parent;
        while (target && gone.count(target))
            target = target->parent;
        std::vector<ProcessNode*> staying;
        for (ProcessNode* c : node->children)
            if (!gone.count(c))
                staying.push_back(c);
        for (ProcessNode* c : staying)
            moveRow(c, target);
    }
    // Only the topmost removed rows are announced: their subtrees hold removed rows only.
    // Keyed by the parent's pid (0: top level) so the announcements come in a stable order.
    std::map<std::uint32_t, std::pair<ProcessNode*, std::vector<int>>> rowsByParent;
    for (ProcessNode* node : nodes) {
        bool nested = false;
        for (const ProcessNode* a = node->parent; a && !nested; a = a->parent)
            nested = gone.count(a) != 0;
        if (nested)
            continue;
        auto& entry = rowsByParent[node->parent ? node->parent->pid : 0];
        entry.first = node->parent;
        entry.second.push_back(rowOf(node));
    }
    for (auto& [key, entry] : rowsByParent) {
        ProcessNode* parent = entry.first;
        auto& rows = entry.second;
        auto& list = siblings(parent);
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        // Contiguous runs, last first, so the earlier rows keep their positions.
        std::size_t i = 0;
        while (i < rows.size()) {
            std::size_t j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                ++j;
            const int first = rows[j], last = rows[i];
            for (auto* l : listeners_)
                l->rowsAboutToRemove(parent, first, last);
            list.erase(list.begin() + first, list.begin() + last + 1);
            for (auto* l : listeners_)
                l->rowsRemoved(parent, first, last);
            i = j + 1;
        }
        if (!rows.empty())
            renumber(list, std::size_t(rows.back()));
    }
    for (ProcessNode* node : nodes) {
        pendingChanges_.erase(node);
        rows_.erase(node->pid);
    }
}

void ProcessTable::markChanged(ProcessNode* node, std::uint32_t bits)
{
    pendingChanges_[node] |= bits;
}

void ProcessTable::flushChanges()
{
    flushInserts();
    if (pendingChanges_.empty())
        return;
    std::map<ProcessNode*, std::vector<std::pair<ProcessNode*, std::uint32_t>>> nodesByParent;
    for (const auto& [node, bits] : pendingChanges_)
        nodesByParent[node->parent].emplace_back(node, bits);
    pendingChanges_.clear();
    for (auto& [parent, nodes] : nodesByParent) {
        std::vector<std::pair<int, std::uint32_t>> rows;
        rows.reserve(nodes.size());
        for (const auto& [node, bits] : nodes)
            if (const int r = rowOf(node); r >= 0)
                rows.emplace_back(r, bits);
        std::sort(rows.begin(), rows.end());
        // Contiguous runs become one notification each.
        std::size_t i = 0;
        while (i < rows.size()) {
            std::size_t j = i;
            std::uint32_t bits = rows[i].second;
            while (j + 1 < rows.size() && rows[j + 1].first == rows[j].first + 1) {
                ++j;
                bits |= rows[j].second;
            }
            for (auto* l : listeners_)
                l->rowsChanged(parent, rows[i].first, rows[j].first, bits);
            i = j + 1;
        }
    }
}

void ProcessTable::apply(const std::vector<wire::Event>& events)
{
    for (const auto& e : events)
        applyOne(e);
    flushInserts();
    flushChanges();
}

void ProcessTable::apply(const wire::Event& event)
{
    applyOne(event);
    flushInserts();
    flushChanges();
}

void ProcessTable::applyOne(const wire::Event& event)
{
    if (const auto* r = std::get_if<wire::ProcessRecord>(&event)) {
        if (r->task.pid == 0)
            return;
        ProcessNode* n = lookup(r->task.pid);
        if (n && n->life == RowLife::Exited)
            removeRow(n), n = nullptr;  // a new process reused the pid
        if (!n) {
            auto node = std::make_unique<ProcessNode>();
            fillFrom(*node, *r);
            node->bornMs = now() - newMs_;
            node->sampleMs = now();
            insertRow(std::move(node));
            return;
        }
        const std::uint32_t oldPpid = n->ppid;
        fillFrom(*n, *r);
        if (n->ppid != oldPpid)
            moveRow(n, n->ppid != n->pid ? lookup(n->ppid) : nullptr);
        markChanged(n, ChangeIdentity | ChangeUsage);
        return;
    }
    const auto* e = std::get_if<wire::ProcessEvent>(&event);
    if (!e || e->task.pid == 0)
        return;
    const auto& t = e->task;
    ProcessNode* n = lookup(t.pid);
    switch (e->type) {
    case PL_EVENT_FORK:
    case PL_EVENT_EXEC: {
        if (n && n->life == RowLife::Exited && e->type == PL_EVENT_FORK)
            removeRow(n), n = nullptr;
        const bool created = n == nullptr;
        std::unique_ptr<ProcessNode> owned;
        if (created) {
            owned = std::make_unique<ProcessNode>();
            n = owned.get();
            if (const ProcessNode* p = find(t.ppid)) {
                // A fork inherits what the parent had until it execs.
                n->argv = p->argv;
                n->exe = p->exe;
                n->cwd = p->cwd;
                n->cgroupPath = p->cgroupPath;
                n->containerId = p->containerId;
                n->runtime = p->runtime;
                n->nice = p->nice;
            }
            n->bornMs = now();
            n->sampleMs = n->bornMs;
            n->life = RowLife::New;
            n->state = 'R';
            n->threads = 1;
        }
        n->pid = t.pid;
        n->nsPid = t.ns_pid;
        n->uid = t.uid;
        n->gid = t.gid;
        n->comm = t.comm;
        n->ns = t.ns;
        n->cgroupId = t.cgroup_id;
        if (t.start_time_ns)
            n->startTimeNs = t.start_time_ns;
        if (e->type == PL_EVENT_EXEC) {
            n->argv = e->argv;
            n->exe = e->filename;
        }
        const std::uint32_t oldPpid = n->ppid;
        n->ppid = t.ppid;
        if (created) {
            insertRow(std::move(owned));
        } else {
            if (oldPpid != n->ppid)
                moveRow(n, n->ppid != n->pid ? lookup(n->ppid) : nullptr);
            markChanged(n, ChangeIdentity);
        }
        return;
    }
    case PL_EVENT_EXIT:
        if (!n || n->life == RowLife::Exited)
            return;
        n->life = RowLife::Exited;
        n->exitedMs = now();
        n->exitCode = e->exit_code;
        n->exitSignal = e->exit_signal;
        n->state = 'X';
        n->cpuPercent = 0.0;
        markChanged(n, ChangeLife | ChangeUsage);
        return;
    default:
        return;
    }
}

void ProcessTable::applySamples(const std::vector<ProcSample>& samples)
{
    const std::int64_t t = now();
    std::unordered_map<std::uint32_t, bool> seen;
    seen.reserve(samples.size());
    for (const ProcSample& s : samples) {
        seen.emplace(s.pid, true);
        ProcessNode* n = lookup(s.pid);
        if (!n || n->life == RowLife::Exited)
            continue;
        const std::int64_t dt = t - n->sampleMs;
        if (dt > 0 && s.cpuTimeNs >= n->cpuTimeNs && n->sampleMs > 0)
            n->cpuPercent = double(s.cpuTimeNs - n->cpuTimeNs) / (double(dt) * 1e6) * 100.0;
        n->cpuTimeNs = s.cpuTimeNs;
        n->sampleMs = t;
        n->state = s.state;
        n->threads = s.threads;
        n->rssBytes = s.rssBytes;
        n->nice = s.nice;
        if (s.ppid != n->ppid && s.pid != 0) {
            n->ppid = s.ppid;
            moveRow(n, s.ppid != s.pid ? lookup(s.ppid) : nullptr);
        }
        markChanged(n, ChangeUsage);
    }
    // A live row gone from /proc lost its exit event; rows younger than a sample may
    // simply have been forked after the pass started.
    for (auto& [pid, node] : rows_) {
        if (node->life == RowLife::Exited || seen.count(pid) || t - node->bornMs < 2000)
            continue;
        node->life = RowLife::Exited;
        node->exitedMs = t;
        node->state = 'X';
        node->cpuPercent = 0.0;
        markChanged(node.get(), ChangeLife | ChangeUsage);
    }
    flushChanges();
}

bool ProcessTable::sweep(std::chrono::milliseconds budget)
{
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t t = now();
    std::vector<std::pair<std::int64_t, std::uint32_t>> gone;  // (exited at, pid)
    for (auto& [pid, node] : rows_) {
        if (node->life == RowLife::Exited && t - node->exitedMs >= lingerMs_) {
            gone.emplace_back(node->exitedMs, pid);
        } else if (node->life == RowLife::New && t - node->bornMs >= newMs_) {
            node->life = RowLife::Live;
            markChanged(node.get(), ChangeLife);
        }
    }
    flushChanges();
    // Oldest exits first, so a row never lingers much longer than asked when slices carry over.
    std::sort(gone.begin(), gone.end());
    std::size_t done = 0;
    while (done < gone.size()) {
        const std::size_t end = std::min(gone.size(), done + kSweepSlice);
        // Removal announces ranges per parent; pid order keeps them stable and contiguous.
        std::vector<std::uint32_t> pids;
        for (std::size_t i = done; i < end; ++i)
            pids.push_back(gone[i].second);
        std::sort(pids.begin(), pids.end());
        std::vector<ProcessNode*> nodes;
        nodes.reserve(pids.size());
        for (std::uint32_t pid : pids)
            nodes.push_back(lookup(pid));
        removeRows(nodes);
        flushChanges();
        done = end;
        // The default (unbounded) budget is never compared: max() ms overflows in ns.
        if (budget != std::chrono::milliseconds::max() && std::chrono::steady_clock::now() - started >= budget)
            break;
    }
    return done < gone.size();
}

}  // namespace proclens::gui
