// SPDX-License-Identifier: MIT
#include "process_tree_model.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <functional>

#include <grp.h>
#include <pwd.h>
#include <time.h>

namespace proclens::gui {

namespace {
constexpr int col(ProcessColumn c) { return int(c); }

QString joinArgv(const std::vector<std::string>& argv)
{
    QString out;
    for (const auto& a : argv) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromStdString(a);
    }
    return out;
}

/// One dataChanged: a column span and its roles (empty = all roles).
struct ChangeSpan {
    int first;
    int last;
    QList<int> roles;
};

/// What a change touches. A row's pid never changes, so nothing announces the sort proxy's
/// default key unless it did change: the proxy re-sorts only rows whose sort value moved.
std::vector<ChangeSpan> spansFor(std::uint32_t bits)
{
    std::vector<ChangeSpan> out;
    if (bits & ChangeIdentity)
        return {{0, 0, {}}, {col(ProcessColumn::Ppid), kProcessColumnCount - 1, {}}};
    if (bits & ChangeLife)  // highlight and state text on every column, raw values in usage
        out.push_back({0, kProcessColumnCount - 1, {Qt::DisplayRole, Qt::BackgroundRole, LifeRole}});
    if (bits & (ChangeUsage | ChangeLife))
        out.push_back({col(ProcessColumn::Cpu), col(ProcessColumn::State), {}});
    return out;
}
}  // namespace

QString userName(std::uint32_t uid)
{
    static QHash<std::uint32_t, QString> cache;
    auto it = cache.constFind(uid);
    if (it != cache.constEnd())
        return *it;
    passwd pw{};
    passwd* out = nullptr;
    char buf[4096];
    QString name = getpwuid_r(uid, &pw, buf, sizeof buf, &out) == 0 && out
        ? QString::fromLocal8Bit(out->pw_name) : QString::number(uid);
    cache.insert(uid, name);
    return name;
}

QString groupName(std::uint32_t gid)
{
    static QHash<std::uint32_t, QString> cache;
    auto it = cache.constFind(gid);
    if (it != cache.constEnd())
        return *it;
    group gr{};
    group* out = nullptr;
    char buf[4096];
    QString name = getgrgid_r(gid, &gr, buf, sizeof buf, &out) == 0 && out
        ? QString::fromLocal8Bit(out->gr_name) : QString::number(gid);
    cache.insert(gid, name);
    return name;
}

QString formatBytes(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QDateTime bootNsToDateTime(std::uint64_t bootNs)
{
    timespec rt{}, bt{};
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_BOOTTIME, &bt);
    const qint64 bootEpochMs = (qint64(rt.tv_sec) - bt.tv_sec) * 1000 + (rt.tv_nsec - bt.tv_nsec) / 1000000;
    return QDateTime::fromMSecsSinceEpoch(bootEpochMs + qint64(bootNs / 1000000));
}

QString stateName(char state)
{
    switch (state) {
    case 'R': return QCoreApplication::translate("ProcessState", "running");
    case 'S': return QCoreApplication::translate("ProcessState", "sleeping");
    case 'D': return QCoreApplication::translate("ProcessState", "disk sleep");
    case 'Z': return QCoreApplication::translate("ProcessState", "zombie");
    case 'T': return QCoreApplication::translate("ProcessState", "stopped");
    case 't': return QCoreApplication::translate("ProcessState", "traced");
    case 'I': return QCoreApplication::translate("ProcessState", "idle");
    case 'X': return QCoreApplication::translate("ProcessState", "exited");
    default: return QCoreApplication::translate("ProcessState", "unknown");
    }
}

ProcessTreeModel::ProcessTreeModel(ProcessTable* table, QObject* parent)
    : QAbstractItemModel(parent), table_(table),
      freshColor_(60, 200, 90, 90), exitedColor_(230, 60, 60, 90)
{
    table_->addListener(this);
}

ProcessTreeModel::~ProcessTreeModel()
{
    table_->removeListener(this);
}

QString ProcessTreeModel::columnTitle(int column)
{
    switch (ProcessColumn(column)) {
    case ProcessColumn::Name: return tr("Name");
    case ProcessColumn::Pid: return tr("PID");
    case ProcessColumn::Ppid: return tr("PPID");
    case ProcessColumn::User: return tr("User");
    case ProcessColumn::Cpu: return tr("CPU %");
    case ProcessColumn::Rss: return tr("Memory (RSS)");
    case ProcessColumn::Threads: return tr("Threads");
    case ProcessColumn::State: return tr("State");
    case ProcessColumn::Start: return tr("Started");
    case ProcessColumn::Command: return tr("Command line");
    case ProcessColumn::Container: return tr("Container / cgroup");
    case ProcessColumn::NsPid: return tr("pid ns");
    case ProcessColumn::NsMnt: return tr("mnt ns");
    case ProcessColumn::NsNet: return tr("net ns");
    case ProcessColumn::NsUts: return tr("uts ns");
    case ProcessColumn::NsIpc: return tr("ipc ns");
    case ProcessColumn::NsUser: return tr("user ns");
    case ProcessColumn::NsCgroup: return tr("cgroup ns");
    case ProcessColumn::NsTime: return tr("time ns");
    case ProcessColumn::Count: break;
    }
    return {};
}

void ProcessTreeModel::setFlat(bool flat)
{
    if (flat == flat_)
        return;
    beginResetModel();
    flat_ = flat;
    rebuildFlat();
    endResetModel();
}

void ProcessTreeModel::setFilter(RowFilter filter, const QString& description)
{
    beginResetModel();
    filter_ = std::move(filter);
    filterText_ = filter_ ? description : QString();
    rebuildFlat();
    endResetModel();
}

void ProcessTreeModel::setHighlightColors(const QColor& fresh, const QColor& exited)
{
    freshColor_ = fresh;
    exitedColor_ = exited;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kProcessColumnCount - 1), {Qt::BackgroundRole});
}

void ProcessTreeModel::rebuildFlat()
{
    list_.clear();
    listPosDirty_ = true;
    if (!isListPresentation())
        return;
    std::vector<const ProcessNode*> all;
    table_->forEach([&](const ProcessNode& n) {
        if (!filter_ || filter_(n))
            all.push_back(&n);
    });
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->pid < b->pid; });
    list_ = std::move(all);
}

int ProcessTreeModel::flatRow(const ProcessNode* node) const
{
    if (listPosDirty_) {
        listPos_.clear();
        listPos_.reserve(list_.size());
        for (int i = 0; i < int(list_.size()); ++i)
            listPos_.emplace(list_[std::size_t(i)], i);
        listPosDirty_ = false;
    }
    auto it = listPos_.find(node);
    return it == listPos_.end() ? -1 : it->second;
}

QModelIndex ProcessTreeModel::treeIndex(const ProcessNode* node) const
{
    if (!node)
        return {};
    return createIndex(table_->rowOf(node), 0, const_cast<ProcessNode*>(node));
}

const ProcessNode* ProcessTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const ProcessNode*>(index.internalPointer());
}

QModelIndex ProcessTreeModel::indexOfPid(std::uint32_t pid) const
{
    const ProcessNode* n = table_->find(pid);
    if (!n)
        return {};
    if (isListPresentation()) {
        const int r = flatRow(n);
        return r < 0 ? QModelIndex() : createIndex(r, 0, const_cast<ProcessNode*>(n));
    }
    return treeIndex(n);
}

QModelIndex ProcessTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (isListPresentation())
        return createIndex(row, column, const_cast<ProcessNode*>(list_[std::size_t(row)]));
    const auto& list = table_->children(nodeAt(parent));
    return createIndex(row, column, list[std::size_t(row)]);
}

QModelIndex ProcessTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isListPresentation())
        return {};
    const ProcessNode* n = nodeAt(child);
    return n ? treeIndex(n->parent) : QModelIndex();
}

int ProcessTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (isListPresentation())
        return parent.isValid() ? 0 : int(list_.size());
    return int(table_->children(nodeAt(parent)).size());
}

bool ProcessTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

int ProcessTreeModel::columnCount(const QModelIndex&) const
{
    return kProcessColumnCount;
}

QVariant ProcessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kProcessColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QVariant ProcessTreeModel::rawData(const ProcessNode& n, int column) const
{
    switch (ProcessColumn(column)) {
    case ProcessColumn::Name: return QString::fromStdString(n.comm);
    case ProcessColumn::Pid: return n.pid;
    case ProcessColumn::Ppid: return n.ppid;
    case ProcessColumn::User: return n.uid;
    case ProcessColumn::Cpu: return n.cpuPercent;
    case ProcessColumn::Rss: return qulonglong(n.rssBytes);
    case ProcessColumn::Threads: return n.threads;
    case ProcessColumn::State: return QString(QLatin1Char(n.state));
    case ProcessColumn::Start: return qulonglong(n.startTimeNs);
    case ProcessColumn::Command: return joinArgv(n.argv);
    case ProcessColumn::Container:
        return QString::fromStdString(n.containerId.empty() ? n.cgroupPath : n.containerId);
    default:
        if (column >= col(ProcessColumn::NsPid) && column < kProcessColumnCount)
            return n.ns[std::size_t(column - col(ProcessColumn::NsPid))];
        return {};
    }
}

QVariant ProcessTreeModel::displayData(const ProcessNode& n, int column) const
{
    switch (ProcessColumn(column)) {
    case ProcessColumn::User: return userName(n.uid);
    case ProcessColumn::Cpu:
        return n.life == RowLife::Exited ? QString() : QString::number(n.cpuPercent, 'f', 1);
    case ProcessColumn::Rss: return n.rssBytes ? formatBytes(n.rssBytes) : QString();
    case ProcessColumn::Threads: return n.threads ? QVariant(n.threads) : QVariant(QString());
    case ProcessColumn::State:
        if (n.life == RowLife::Exited)
            return n.exitSignal ? tr("killed (signal %1)").arg(n.exitSignal) : tr("exited (%1)").arg(n.exitCode);
        return stateName(n.state);
    case ProcessColumn::Start:
        return n.startTimeNs ? bootNsToDateTime(n.startTimeNs).toString(QStringLiteral("HH:mm:ss")) : QString();
    case ProcessColumn::Command: {
        QString s = joinArgv(n.argv);
        return s.isEmpty() ? QStringLiteral("[%1]").arg(QString::fromStdString(n.comm)) : s;
    }
    case ProcessColumn::Container:
        if (!n.containerId.empty())
            return QStringLiteral("%1 (%2)").arg(QString::fromStdString(n.containerId.substr(0, 12)),
                                                 QString::fromStdString(n.runtime));
        return QString::fromStdString(n.cgroupPath);
    default:
        return rawData(n, column);
    }
}

QVariant ProcessTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProcessNode* n = nodeAt(index);
    if (!n)
        return {};
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(*n, c);
    case RawRole: return rawData(*n, c);
    case PidRole: return n->pid;
    case LifeRole: return int(n->life);
    case Qt::ToolTipRole:
        if (c == col(ProcessColumn::Command) || c == col(ProcessColumn::Name))
            return joinArgv(n->argv);
        return {};
    case Qt::DecorationRole:
        if (c == col(ProcessColumn::Name) && icons_)
            return icons_(*n);
        return {};
    case Qt::TextAlignmentRole:
        if (c >= col(ProcessColumn::Pid) && c <= col(ProcessColumn::Threads) && c != col(ProcessColumn::User))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (n->life == RowLife::New && freshColor_.isValid())
            return freshColor_;
        if (n->life == RowLife::Exited && exitedColor_.isValid())
            return exitedColor_;
        return {};
    default:
        return {};
    }
}

void ProcessTreeModel::tableAboutToReset()
{
    beginResetModel();
}

void ProcessTreeModel::tableReset()
{
    rebuildFlat();
    endResetModel();
}

void ProcessTreeModel::rowsAboutToInsert(const ProcessNode* parent, int first, int last)
{
    if (!isListPresentation())
        beginInsertRows(treeIndex(parent), first, last);
}

void ProcessTreeModel::rowsInserted(const ProcessNode* parent, int first, int last)
{
    if (!isListPresentation()) {
        endInsertRows();
        return;
    }
    const auto& list = table_->children(parent);
    std::vector<const ProcessNode*> shown;
    for (int i = first; i <= last; ++i) {
        const ProcessNode* n = list[std::size_t(i)];
        if (!filter_ || filter_(*n))
            shown.push_back(n);
    }
    if (shown.empty())
        return;
    // Appended as one range: one notification for the whole batch.
    const int row = int(list_.size());
    beginInsertRows({}, row, row + int(shown.size()) - 1);
    for (const ProcessNode* n : shown) {
        if (!listPosDirty_)
            listPos_.emplace(n, int(list_.size()));
        list_.push_back(n);
    }
    endInsertRows();
}

void ProcessTreeModel::rowsAboutToRemove(const ProcessNode* parent, int first, int last)
{
    if (!isListPresentation()) {
        beginRemoveRows(treeIndex(parent), first, last);
        return;
    }
    // The removed rows and their subtrees (the table removes those with them).
    std::vector<int> rows;
    std::vector<const ProcessNode*> stack;
    const auto& list = table_->children(parent);
    for (int i = first; i <= last; ++i)
        stack.push_back(list[std::size_t(i)]);
    while (!stack.empty()) {
        const ProcessNode* n = stack.back();
        stack.pop_back();
        if (const int r = flatRow(n); r >= 0)
            rows.push_back(r);
        stack.insert(stack.end(), n->children.begin(), n->children.end());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Contiguous runs, last first, so positions computed above stay valid.
    std::size_t i = 0;
    while (i < rows.size()) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        beginRemoveRows({}, rows[j], rows[i]);
        list_.erase(list_.begin() + rows[j], list_.begin() + rows[i] + 1);
        listPosDirty_ = true;
        endRemoveRows();
        i = j + 1;
    }
}

void ProcessTreeModel::rowsRemoved(const ProcessNode*, int, int)
{
    if (!isListPresentation())
        endRemoveRows();
}

void ProcessTreeModel::rowAboutToMove(const ProcessNode* from, int fromRow, const ProcessNode* to, int toRow)
{
    if (isListPresentation())
        return;
    moveFallback_ = !beginMoveRows(treeIndex(from), fromRow, fromRow, treeIndex(to), toRow);
    if (moveFallback_)
        Q_EMIT layoutAboutToBeChanged();
}

void ProcessTreeModel::rowMoved(const ProcessNode*, int, const ProcessNode*, int)
{
    if (isListPresentation())
        return;
    if (moveFallback_) {
        moveFallback_ = false;
        Q_EMIT layoutChanged();
        return;
    }
    endMoveRows();
}

void ProcessTreeModel::rowsChanged(const ProcessNode* parent, int first, int last, std::uint32_t bits)
{
    const std::vector<ChangeSpan> spans = spansFor(bits);
    if (!isListPresentation()) {
        const QModelIndex p = treeIndex(parent);
        for (const ChangeSpan& s : spans)
            Q_EMIT dataChanged(index(first, s.first, p), index(last, s.last, p), s.roles);
        return;
    }
    const auto& list = table_->children(parent);
    int lo = -1, hi = -1;
    for (int i = first; i <= last; ++i) {
        const int r = flatRow(list[std::size_t(i)]);
        if (r < 0)
            continue;
        lo = lo < 0 ? r : std::min(lo, r);
        hi = std::max(hi, r);
    }
    if (lo >= 0)
        for (const ChangeSpan& s : spans)
            Q_EMIT dataChanged(index(lo, s.first), index(hi, s.last), s.roles);
}

}  // namespace proclens::gui
