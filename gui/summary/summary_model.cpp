// SPDX-License-Identifier: MIT
#include "summary_model.h"

#include "proclens/names.h"

namespace proclens::gui {

namespace {
// internalId: 0 for a process row, process row + 1 for its syscall rows.
constexpr quintptr kTopLevel = 0;
const QList<int> kCounterRoles{Qt::DisplayRole, SummaryModel::kSortRole};
}  // namespace

SummaryModel::SummaryModel(SummaryTable* table, QObject* parent) : QAbstractItemModel(parent), table_(table)
{
    table_->setListener(this);
}

SummaryModel::~SummaryModel() { table_->setListener(nullptr); }

QModelIndex SummaryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SummaryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SummaryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return table_->processCount();
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(table_->process(parent.row()).syscalls.size());
}

int SummaryModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QString SummaryModel::processName(std::uint32_t pid) const
{
    QString name = names_ ? names_(pid) : QString();
    return name.isEmpty() ? QStringLiteral("pid %1").arg(pid) : name;
}

QString SummaryModel::formatNs(std::uint64_t ns)
{
    if (ns < 1000)
        return QStringLiteral("%1 ns").arg(ns);
    if (ns < 1000000)
        return QStringLiteral("%1 µs").arg(double(ns) / 1e3, 0, 'f', 1);
    if (ns < 1000000000)
        return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', 2);
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 2);
}

QVariant SummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const SummaryProcessRow& p = table_->process(top ? index.row() : int(index.internalId() - 1));
    const SummarySyscallRow* s = top ? nullptr : &p.syscalls[std::size_t(index.row())];
    const SummaryCounters& c = top ? p.totals : s->shown;
    if (role == kPidRole)
        return uint(p.pid);
    if (role == kSyscallRole)
        return s ? QVariant(uint(s->nr)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != kSortRole)
        return {};
    const bool raw = role == kSortRole;
    switch (index.column()) {
    case Name:
        return s ? QString::fromLatin1(names::syscall_name(s->nr)) : processName(p.pid);
    case Pid:
        return raw ? QVariant(qulonglong(p.pid)) : QVariant(QString::number(p.pid));
    case Calls:
        return raw ? QVariant(qulonglong(c.count)) : QVariant(QString::number(c.count));
    case Errors:
        return raw ? QVariant(qulonglong(c.errors)) : QVariant(QString::number(c.errors));
    case TotalLatency:
        return raw ? QVariant(qulonglong(c.totalNs)) : QVariant(formatNs(c.totalNs));
    case AvgLatency:
        return raw ? QVariant(qulonglong(c.avgNs())) : QVariant(formatNs(c.avgNs()));
    case MaxLatency:
        return raw ? QVariant(qulonglong(c.maxNs)) : QVariant(formatNs(c.maxNs));
    default:
        return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Process / syscall");
    case Pid: return tr("PID");
    case Calls: return tr("Calls");
    case Errors: return tr("Errors");
    case TotalLatency: return tr("Total latency");
    case AvgLatency: return tr("Avg latency");
    case MaxLatency: return tr("Max latency");
    default: return {};
    }
}

void SummaryModel::beginAppendProcesses(int first, int count) { beginInsertRows({}, first, first + count - 1); }
void SummaryModel::endAppendProcesses() { endInsertRows(); }

void SummaryModel::beginAppendSyscalls(int process, int first, int count)
{
    beginInsertRows(createIndex(process, 0, kTopLevel), first, first + count - 1);
}
void SummaryModel::endAppendSyscalls() { endInsertRows(); }

void SummaryModel::processesChanged(int first, int last)
{
    // Only counters change; the name and pid of a row never do.
    emit dataChanged(createIndex(first, Calls, kTopLevel), createIndex(last, MaxLatency, kTopLevel), kCounterRoles);
}

void SummaryModel::syscallsChanged(int process, int first, int last)
{
    const quintptr id = quintptr(process) + 1;
    emit dataChanged(createIndex(first, Calls, id), createIndex(last, MaxLatency, id), kCounterRoles);
}

void SummaryModel::beginReset() { beginResetModel(); }
void SummaryModel::endReset() { endResetModel(); }

}  // namespace proclens::gui
