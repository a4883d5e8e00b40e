// SPDX-License-Identifier: MIT
#include "activity_model.h"

#include "proclens/event_format.h"
#include "proclens/names.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPalette>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <thread>

namespace proclens::gui {

namespace {
struct FilterResult {
    std::uint64_t generation = 0;
    std::vector<std::uint64_t> seqs;
    std::uint64_t end = 0;
    bool cancelled = false;
};

QString eventName(const StoredEvent& e)
{
    if (e.isSyscall()) {
        const std::string_view n = names::syscall_name(e.nr);
        return n.empty() ? QStringLiteral("syscall_%1").arg(e.nr) : QString::fromLatin1(n.data(), qsizetype(n.size()));
    }
    return QString::fromLatin1(wire::record_type_name(e.kind));
}

QString resultText(const StoredEvent& e)
{
    switch (e.kind) {
    case PL_EVENT_SYSCALL:
        return QString::fromStdString(format_syscall_result(e.result));
    case PL_EVENT_EXIT:
        if (e.nr)
            return names::signal_name(int(e.nr)).empty() ? QStringLiteral("signal %1").arg(e.nr)
                                                        : QString::fromStdString(names::signal_name(int(e.nr)));
        return QString::number(e.result);
    default:
        return {};
    }
}

bool failed(const StoredEvent& e)
{
    return (e.isSyscall() && !result_errno_name(e.result).empty())
        || (e.kind == PL_EVENT_EXIT && (e.result != 0 || e.nr != 0));
}
}  // namespace

ActivityModel::ActivityModel(EventStore* store, QObject* parent)
    : QAbstractTableModel(parent), store_(store),
      latestGeneration_(std::make_shared<std::atomic<std::uint64_t>>(0))
{
    rowBase_ = announcedEnd_ = store_->firstSeq();
    store_->setAboutToDrop([this](std::uint64_t a, std::uint64_t b) { onAboutToDrop(a, b); });
    connect(&flushTimer_, &QTimer::timeout, this, &ActivityModel::flush);
    setFlushRate(20);
}

ActivityModel::~ActivityModel()
{
    // A running worker sees the new generation and stops early; it holds only its snapshot.
    latestGeneration_->store(~0ull);
    store_->setAboutToDrop({});
}

void ActivityModel::setFlushRate(int perSecond)
{
    if (perSecond <= 0) {
        flushTimer_.stop();
        return;
    }
    flushTimer_.start(1000 / perSecond);
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(filtered_ ? index_.size() : announcedEnd_ - rowBase_);
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::uint64_t ActivityModel::sequenceAt(int row) const
{
    return filtered_ ? index_[std::size_t(row)] : rowBase_ + std::uint64_t(row);
}

const StoredEvent& ActivityModel::eventOf(std::uint64_t seq) const
{
    return dropPending_ && seq < store_->firstSeq() ? dropping_.at(seq) : store_->at(seq);
}

const StoredEvent* ActivityModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &eventOf(sequenceAt(row));
}

int ActivityModel::rowOfSequence(std::uint64_t seq) const
{
    if (!filtered_)
        return seq >= rowBase_ && seq < announcedEnd_ ? int(seq - rowBase_) : -1;
    const auto it = std::lower_bound(index_.begin(), index_.end(), seq);
    return it != index_.end() && *it == seq ? int(it - index_.begin()) : -1;
}

std::vector<std::uint64_t> ActivityModel::rowSequences() const
{
    // Rows whose drop is not announced yet are left out: the store no longer has them.
    const std::uint64_t first = store_->firstSeq();
    if (filtered_)
        return {std::lower_bound(index_.begin(), index_.end(), first), index_.end()};
    const std::uint64_t from = std::max(rowBase_, first);
    std::vector<std::uint64_t> out(std::size_t(announcedEnd_ > from ? announcedEnd_ - from : 0));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = from + i;
    return out;
}

QString ActivityModel::columnTitle(int column)
{
    switch (column) {
    case Time: return tr("Time");
    case Process: return tr("Process");
    case Pid: return tr("PID");
    case Tid: return tr("TID");
    case Event: return tr("Event");
    case Arguments: return tr("Arguments");
    case Result: return tr("Result");
    case Duration: return tr("Duration");
    default: return {};
    }
}

QString ActivityModel::cellText(const StoredEvent& e, int column, std::int64_t realtimeOffset)
{
    switch (column) {
    case Time: {
        if (!realtimeOffset)
            return QString::number(double(e.timestamp_ns) / 1e9, 'f', 6);
        const std::int64_t ns = std::int64_t(e.timestamp_ns) + realtimeOffset;
        return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toString(QStringLiteral("HH:mm:ss.zzz"))
            + QStringLiteral("%1").arg((ns / 1000) % 1000, 3, 10, QLatin1Char('0'));
    }
    case Process: {
        const std::string_view c = e.commView();
        return QString::fromUtf8(c.data(), qsizetype(c.size()));
    }
    case Pid: return QString::number(e.pid);
    case Tid: return QString::number(e.tid);
    case Event: return eventName(e);
    case Arguments:
        return QString::fromStdString(e.isSyscall() ? format_syscall_args(e.toSyscall())
                                                    : format_process_args(e.toProcess()));
    case Result: return resultText(e);
    case Duration:
        return e.isSyscall() ? QStringLiteral("%1 µs").arg(double(e.latency_ns) / 1000.0, 0, 'f', 3) : QString();
    default: return {};
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::uint64_t seq = sequenceAt(index.row());
    const StoredEvent& e = eventOf(seq);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, index.column(), realtimeOffset_);
    case Qt::ToolTipRole:
        return index.column() == Arguments ? cellText(e, Arguments, realtimeOffset_) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Result && failed(e))
            return QColor(QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(255, 110, 100)
                                                                                             : QColor(190, 20, 20));
        return {};
    case Qt::BackgroundRole:
        if (highlights_.empty())
            return {};
        if (seq != highlightSeq_) {
            highlightSeq_ = seq;
            highlightColor_ = QVariant();
            for (const HighlightRule& r : highlights_)
                if (r.match && r.match(e)) {
                    highlightColor_ = r.color;
                    break;
                }
        }
        return highlightColor_;
    case Qt::TextAlignmentRole:
        if (index.column() == Pid || index.column() == Tid || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SequenceRole: return QVariant::fromValue<quint64>(seq);
    case PidRole: return e.pid;
    case FailedRole: return failed(e);
    case RawRole:
        switch (index.column()) {
        case Time: return QVariant::fromValue<quint64>(e.timestamp_ns);
        case Pid: return e.pid;
        case Tid: return e.tid;
        case Result: return QVariant::fromValue<qint64>(e.result);
        case Duration: return QVariant::fromValue<quint64>(e.latency_ns);
        default: return cellText(e, index.column(), realtimeOffset_);
        }
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

void ActivityModel::flush()
{
    removeDropped();
    const std::uint64_t end = store_->endSeq();
    if (end <= announcedEnd_)
        return;
    if (!filtered_) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(end - announcedEnd_) - 1);
        announcedEnd_ = end;
        endInsertRows();
        Q_EMIT rowsChanged();
        return;
    }
    std::vector<std::uint64_t> matched;
    for (std::uint64_t s = std::max(announcedEnd_, store_->firstSeq()); s < end; ++s)
        if (predicate_(store_->at(s)))
            matched.push_back(s);
    announcedEnd_ = end;
    if (matched.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(matched.size()) - 1);
    index_.insert(index_.end(), matched.begin(), matched.end());
    endInsertRows();
    Q_EMIT rowsChanged();
}

void ActivityModel::onAboutToDrop(std::uint64_t oldFirst, std::uint64_t newFirst)
{
    Q_UNUSED(oldFirst);
    if (newFirst < store_->endSeq()) {
        // A chunk drop inside an append: keep its events readable and remove the rows at the flush.
        if (!dropPending_) {
            dropping_ = store_->snapshot();
            dropPending_ = true;
        }
        return;
    }
    // clear(): everything goes now (a user action, not a storm).
    std::size_t gone = 0;
    if (filtered_)
        gone = index_.size();
    else if (announcedEnd_ > rowBase_)
        gone = std::size_t(announcedEnd_ - rowBase_);
    highlightSeq_ = ~0ull;
    if (gone)
        beginRemoveRows({}, 0, int(gone) - 1);
    index_.clear();
    rowBase_ = announcedEnd_ = std::max(announcedEnd_, newFirst);
    dropping_ = EventSnapshot();
    dropPending_ = false;
    if (gone) {
        endRemoveRows();
        Q_EMIT rowsChanged();
    }
}

void ActivityModel::removeDropped()
{
    const std::uint64_t first = store_->firstSeq();
    std::size_t gone = 0;
    if (filtered_)
        gone = std::size_t(std::lower_bound(index_.begin(), index_.end(), first) - index_.begin());
    else if (announcedEnd_ > rowBase_ && first > rowBase_)
        gone = std::size_t(std::min(first, announcedEnd_) - rowBase_);
    if (gone) {
        highlightSeq_ = ~0ull;
        beginRemoveRows({}, 0, int(gone) - 1);
        if (filtered_)
            index_.erase(index_.begin(), index_.begin() + std::ptrdiff_t(gone));
        rowBase_ = std::max(rowBase_, first);
        announcedEnd_ = std::max(announcedEnd_, first);
        endRemoveRows();
        Q_EMIT rowsChanged();
    }
    rowBase_ = std::max(rowBase_, first);
    announcedEnd_ = std::max(announcedEnd_, first);
    dropping_ = EventSnapshot();
    dropPending_ = false;
}

void ActivityModel::setHighlightRules(std::vector<HighlightRule> rules)
{
    highlights_ = std::move(rules);
    highlightSeq_ = ~0ull;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void ActivityModel::setFilterNow(EventPredicateFactory factory)
{
    ++generation_;
    pendingGeneration_ = 0;
    latestGeneration_->store(generation_);
    beginResetModel();
    index_.clear();
    filtered_ = bool(factory);
    predicate_ = filtered_ ? factory() : EventPredicate();
    rowBase_ = store_->firstSeq();
    announcedEnd_ = std::max(announcedEnd_, rowBase_);
    dropping_ = EventSnapshot();
    dropPending_ = false;
    if (filtered_)
        for (std::uint64_t s = store_->firstSeq(); s < announcedEnd_; ++s)
            if (predicate_(store_->at(s)))
                index_.push_back(s);
    highlightSeq_ = ~0ull;
    endResetModel();
    Q_EMIT filterApplied(rowCount(), 0);
}

void ActivityModel::setFilter(EventPredicateFactory factory)
{
    if (!factory) {
        setFilterNow({});
        return;
    }
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const std::uint64_t generation = ++generation_;
    pendingGeneration_ = generation;
    latestGeneration_->store(generation);
    EventPredicate guiPredicate = factory();
    // The worker reads only the snapshot up to what the view announced.
    EventSnapshot snap = store_->snapshot();
    const std::uint64_t end = std::min(announcedEnd_, snap.end());
    auto latest = latestGeneration_;
    auto* watcher = new QFutureWatcher<FilterResult>(this);
    connect(watcher, &QFutureWatcher<FilterResult>::finished, this,
            [this, watcher, started, guiPredicate = std::move(guiPredicate)]() mutable {
                watcher->deleteLater();
                FilterResult r = watcher->result();
                if (r.cancelled || r.generation != generation_)
                    return;
                swapIn(r.generation, std::move(r.seqs), r.end, std::move(guiPredicate), started);
            });
    watcher->setFuture(QtConcurrent::run([snap = std::move(snap), end, generation, latest, factory]() {
        FilterResult r;
        r.generation = generation;
        r.end = end;
        // Tests [from, to) with its own predicate (a compiled program is not shared between threads).
        auto scan = [&snap, generation, &latest, &factory](std::uint64_t from, std::uint64_t to,
                                                           std::vector<std::uint64_t>& out) {
            EventPredicate match = factory();
            std::uint64_t n = 0;
            for (std::uint64_t s = from; s < to; ++s) {
                if ((++n & 4095) == 0 && latest->load(std::memory_order_relaxed) != generation)
                    return false;
                if (match(snap.at(s)))
                    out.push_back(s);
            }
            return true;
        };
        const std::uint64_t first = snap.first();
        // A large store is split in two at a chunk boundary, the second half on another thread.
        const std::uint64_t half = first + (end > first ? (end - first) / 2 : 0);
        const std::uint64_t mid = half - half % EventChunk::kChunkEvents;
        if (QThread::idealThreadCount() < 2 || mid <= first || end - first < 4 * EventChunk::kChunkEvents) {
            r.cancelled = !scan(first, end, r.seqs);
            return r;
        }
        std::vector<std::uint64_t> second;
        bool secondOk = false;
        std::thread other([&] { secondOk = scan(mid, end, second); });
        const bool firstOk = scan(first, mid, r.seqs);
        other.join();
        r.cancelled = !firstOk || !secondOk;
        r.seqs.insert(r.seqs.end(), second.begin(), second.end());
        return r;
    }));
}

void ActivityModel::swapIn(std::uint64_t generation, std::vector<std::uint64_t> seqs, std::uint64_t snapshotEnd,
                           EventPredicate predicate, qint64 startedMs)
{
    Q_UNUSED(generation);
    pendingGeneration_ = 0;
    beginResetModel();
    filtered_ = true;
    predicate_ = std::move(predicate);
    const std::uint64_t first = store_->firstSeq();
    index_.assign(std::lower_bound(seqs.begin(), seqs.end(), first), seqs.end());
    // What was announced while the worker ran is tested here; the rest at the next flush.
    for (std::uint64_t s = std::max(snapshotEnd, first); s < announcedEnd_; ++s)
        if (predicate_(store_->at(s)))
            index_.push_back(s);
    rowBase_ = first;
    announcedEnd_ = std::max(announcedEnd_, first);
    dropping_ = EventSnapshot();
    dropPending_ = false;
    highlightSeq_ = ~0ull;
    endResetModel();
    Q_EMIT filterApplied(rowCount(), QDateTime::currentMSecsSinceEpoch() - startedMs);
}

}  // namespace proclens::gui
