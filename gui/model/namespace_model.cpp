// SPDX-License-Identifier: MIT
#include "namespace_model.h"

#include "proclens/procfs.h"

#include <algorithm>
#include <map>

namespace proclens::gui {

namespace {
constexpr quintptr kProcessTag = 0x80;

quintptr processId(int kind, std::uint32_t inode)
{
    return (quintptr(inode) << 8) | kProcessTag | quintptr(kind);
}
}  // namespace

NamespaceModel::NamespaceModel(ProcessTable* table, QObject* parent)
    : QAbstractItemModel(parent), table_(table)
{
    timer_.setSingleShot(true);
    timer_.setInterval(500);
    connect(&timer_, &QTimer::timeout, this, &NamespaceModel::refresh);
    table_->addListener(this);
    refresh();
}

NamespaceModel::~NamespaceModel()
{
    table_->removeListener(this);
}

void NamespaceModel::schedule()
{
    if (!timer_.isActive())
        timer_.start();
}

int NamespaceModel::entryRow(int kind, std::uint32_t inode) const
{
    const auto& list = kinds_[std::size_t(kind)];
    auto it = std::lower_bound(list.begin(), list.end(), inode,
                               [](const Entry& e, std::uint32_t v) { return e.inode < v; });
    return it != list.end() && it->inode == inode ? int(it - list.begin()) : -1;
}

void NamespaceModel::refresh()
{
    timer_.stop();
    const ProcessNode* init = table_->find(1);
    // Kernel threads (kthreadd, pid 2) live in the initial namespaces too; used when pid 1 is unreadable.
    const ProcessNode* kthreadd = table_->find(2);
    for (int kind = 0; kind < PL_NS_COUNT; ++kind) {
        // The new grouping of this kind.
        std::map<std::uint32_t, Entry> groups;
        table_->forEach([&](const ProcessNode& n) {
            const std::uint32_t inode = n.ns[std::size_t(kind)];
            if (inode == 0 || n.life == RowLife::Exited)
                return;
            Entry& e = groups[inode];
            e.inode = inode;
            e.pids.push_back(n.pid);
            if (e.container.isEmpty() && !n.containerId.empty())
                e.container = QStringLiteral("%1 (%2)").arg(QString::fromStdString(n.containerId.substr(0, 12)),
                                                            QString::fromStdString(n.runtime.empty() ? "container" : n.runtime));
        });
        std::vector<Entry> fresh;
        fresh.reserve(groups.size());
        for (auto& [inode, e] : groups) {
            const std::size_t k = std::size_t(kind);
            const std::uint32_t hostInode = init && init->ns[k] ? init->ns[k] : kthreadd && kthreadd->ppid == 0 ? kthreadd->ns[k] : 0;
            e.host = hostInode == inode;
            std::sort(e.pids.begin(), e.pids.end());
            fresh.push_back(std::move(e));
        }
        // Merge into the current list, announcing each difference.
        auto& cur = kinds_[std::size_t(kind)];
        const QModelIndex kindIndex = index(kind, 0);
        std::size_t i = 0, j = 0;
        while (i < cur.size() || j < fresh.size()) {
            if (j == fresh.size() || (i < cur.size() && cur[i].inode < fresh[j].inode)) {
                beginRemoveRows(kindIndex, int(i), int(i));
                cur.erase(cur.begin() + std::ptrdiff_t(i));
                endRemoveRows();
                continue;
            }
            if (i == cur.size() || fresh[j].inode < cur[i].inode) {
                beginInsertRows(kindIndex, int(i), int(i));
                cur.insert(cur.begin() + std::ptrdiff_t(i), std::move(fresh[j]));
                endInsertRows();
                ++i, ++j;
                continue;
            }
            // Same namespace: diff its process list.
            Entry& e = cur[i];
            Entry& f = fresh[j];
            const QModelIndex nsIndex = index(int(i), 0, kindIndex);
            std::size_t a = 0, b = 0;
            while (a < e.pids.size() || b < f.pids.size()) {
                if (b == f.pids.size() || (a < e.pids.size() && e.pids[a] < f.pids[b])) {
                    beginRemoveRows(nsIndex, int(a), int(a));
                    e.pids.erase(e.pids.begin() + std::ptrdiff_t(a));
                    endRemoveRows();
                } else if (a == e.pids.size() || f.pids[b] < e.pids[a]) {
                    beginInsertRows(nsIndex, int(a), int(a));
                    e.pids.insert(e.pids.begin() + std::ptrdiff_t(a), f.pids[b]);
                    endInsertRows();
                    ++a, ++b;
                } else {
                    ++a, ++b;
                }
            }
            if (e.host != f.host || e.container != f.container) {
                e.host = f.host;
                e.container = f.container;
            }
            Q_EMIT dataChanged(index(int(i), 0, kindIndex), index(int(i), ColumnCount - 1, kindIndex));
            if (!e.pids.empty())
                Q_EMIT dataChanged(index(0, 0, nsIndex), index(int(e.pids.size()) - 1, ColumnCount - 1, nsIndex));
            ++i, ++j;
        }
        Q_EMIT dataChanged(index(kind, CountColumn), index(kind, CountColumn));
    }
}

QString NamespaceModel::dump() const
{
    QString out;
    for (int kind = 0; kind < PL_NS_COUNT; ++kind) {
        out += QString::fromLatin1(ns_kind_name(kind)) + QLatin1Char(':');
        for (const Entry& e : kinds_[std::size_t(kind)]) {
            out += QStringLiteral(" [%1%2").arg(e.inode).arg(e.host ? QStringLiteral(" host") : QString());
            for (std::uint32_t pid : e.pids)
                out += QLatin1Char(' ') + QString::number(pid);
            out += QLatin1Char(']');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QModelIndex NamespaceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr pid = parent.internalId();
    if (pid == 0)
        return createIndex(row, column, quintptr(parent.row() + 1));
    if (pid & kProcessTag)
        return {};
    const int kind = int(pid) - 1;
    const Entry& e = kinds_[std::size_t(kind)][std::size_t(parent.row())];
    return createIndex(row, column, processId(kind, e.inode));
}

QModelIndex NamespaceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (!(id & kProcessTag))
        return createIndex(int(id) - 1, 0, quintptr(0));
    const int kind = int(id & 0x7f);
    const int row = entryRow(kind, std::uint32_t(id >> 8));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(kind + 1));
}

int NamespaceModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return PL_NS_COUNT;
    if (parent.column() > 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(kinds_[std::size_t(parent.row())].size());
    if (id & kProcessTag)
        return 0;
    return int(kinds_[std::size_t(id - 1)][std::size_t(parent.row())].pids.size());
}

int NamespaceModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Namespace / process");
    case CountColumn: return tr("Processes / PID");
    case ContainerColumn: return tr("Container");
    default: return {};
    }
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    const int c = index.column();
    if (id == 0) {
        const int kind = index.row();
        const auto& list = kinds_[std::size_t(kind)];
        switch (role) {
        case Qt::DisplayRole:
            if (c == NameColumn)
                return tr("%1 namespaces").arg(QString::fromLatin1(ns_kind_name(kind)));
            if (c == CountColumn)
                return qulonglong(list.size());
            return {};
        case KindRole: return kind;
        case LevelRole: return 0;
        default: return {};
        }
    }
    if (!(id & kProcessTag)) {
        const int kind = int(id) - 1;
        const Entry& e = kinds_[std::size_t(kind)][std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (c == NameColumn)
                return e.host ? tr("%1:[%2] (host)").arg(QString::fromLatin1(ns_kind_name(kind))).arg(e.inode)
                              : QStringLiteral("%1:[%2]").arg(QString::fromLatin1(ns_kind_name(kind))).arg(e.inode);
            if (c == CountColumn)
                return qulonglong(e.pids.size());
            return e.container;
        case Qt::FontRole:
            if (e.host) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case KindRole: return kind;
        case InodeRole: return e.inode;
        case HostRole: return e.host;
        case LevelRole: return 1;
        default: return {};
        }
    }
    const int kind = int(id & 0x7f);
    const std::uint32_t inode = std::uint32_t(id >> 8);
    const int row = entryRow(kind, inode);
    if (row < 0)
        return {};
    const Entry& e = kinds_[std::size_t(kind)][std::size_t(row)];
    const std::uint32_t pid = e.pids[std::size_t(index.row())];
    const ProcessNode* n = table_->find(pid);
    switch (role) {
    case Qt::DisplayRole:
        if (c == NameColumn)
            return n ? QString::fromStdString(n->comm) : QString();
        if (c == CountColumn)
            return pid;
        return n && !n->containerId.empty() ? QString::fromStdString(n->containerId.substr(0, 12)) : QString();
    case KindRole: return kind;
    case InodeRole: return inode;
    case ProcessPidRole: return pid;
    case LevelRole: return 2;
    default: return {};
    }
}

}  // namespace proclens::gui
