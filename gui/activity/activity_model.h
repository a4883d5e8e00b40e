// SPDX-License-Identifier: MIT
//
// ActivityModel: the activity log as a flat table over an EventStore.
// Rows are announced in batches (flush(), at most `rate` times a second) with
// one beginInsertRows at the end; the rows of dropped chunks go at the same
// flush, as one beginRemoveRows at the top (the model keeps a snapshot of the
// dropped chunks readable until then, so an append never waits on the view). The view filter is an index vector of sequence numbers, built on
// a worker thread over a store snapshot and swapped in; events that arrive
// later are tested as they are announced. Never a reset per event.
#pragma once

#include "event_store.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace proclens::gui {

/// A test on one stored event. Not required to be thread-safe: each thread makes its own.
using EventPredicate = std::function<bool(const StoredEvent&)>;
/// Makes an EventPredicate (called once on the GUI thread and once on the filter worker).
using EventPredicateFactory = std::function<EventPredicate()>;

/// One highlight rule: rows whose event passes `match` get `color` as background.
struct HighlightRule {
    EventPredicate match;
    QColor color;
};

class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Process, Pid, Tid, Event, Arguments, Result, Duration, ColumnCount };
    enum Role {
        SequenceRole = Qt::UserRole + 1,  ///< quint64 store sequence number of the row's event
        PidRole,                          ///< uint
        FailedRole,                       ///< bool: a syscall that returned an error
        RawRole,                          ///< sortable raw value of the column (ns, numbers)
    };

    explicit ActivityModel(EventStore* store, QObject* parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Announces the events appended to the store since the last flush (tested
    /// against the view filter). Called by the timer; tests call it directly.
    void flush();
    /// Automatic flushes per second (default 20; 0 = only explicit flush()).
    void setFlushRate(int perSecond);

    /// Applies a view filter: builds the index on a worker thread, then swaps it
    /// in (filterApplied). An empty factory shows every event at once.
    void setFilter(EventPredicateFactory factory);
    /// Same, built on the calling thread (tests, small stores).
    void setFilterNow(EventPredicateFactory factory);
    bool isFiltered() const { return filtered_; }
    /// A filter is being built on the worker.
    bool filterPending() const { return pendingGeneration_ != 0; }

    void setHighlightRules(std::vector<HighlightRule> rules);

    /// Realtime - monotonic offset for the time column (0 = seconds since boot).
    void setRealtimeOffset(std::int64_t ns) { realtimeOffset_ = ns; }
    std::int64_t realtimeOffset() const { return realtimeOffset_; }

    EventStore* store() const { return store_; }
    /// The row's event; nullptr for an invalid row.
    const StoredEvent* eventAt(int row) const;
    std::uint64_t sequenceAt(int row) const;
    /// Row showing sequence number seq, or -1.
    int rowOfSequence(std::uint64_t seq) const;
    /// Sequence numbers of the rows in order (for an export snapshot).
    std::vector<std::uint64_t> rowSequences() const;

    /// Text of a cell as the view shows it (also used by export).
    static QString cellText(const StoredEvent& e, int column, std::int64_t realtimeOffset);
    static QString columnTitle(int column);

Q_SIGNALS:
    /// A view filter was swapped in: rows now shown, ms from setFilter to swap.
    void filterApplied(int rows, qint64 ms);
    /// After each flush that announced rows or a drop that removed some.
    void rowsChanged();

private:
    void onAboutToDrop(std::uint64_t oldFirst, std::uint64_t newFirst);
    // Announces the removal of rows whose events the store no longer holds.
    void removeDropped();
    // The event of sequence number seq, also while its chunk's drop is not announced yet.
    const StoredEvent& eventOf(std::uint64_t seq) const;
    void swapIn(std::uint64_t generation, std::vector<std::uint64_t> seqs, std::uint64_t snapshotEnd,
                EventPredicate predicate, qint64 startedMs);

    EventStore* store_;
    QTimer flushTimer_;
    // Unfiltered: rows are [rowBase_, announcedEnd_). Filtered: rows are index_.
    bool filtered_ = false;
    std::uint64_t rowBase_ = 0;
    std::uint64_t announcedEnd_ = 0;
    std::deque<std::uint64_t> index_;
    EventPredicate predicate_;
    // Holds dropped chunks whose rows are still shown until the next flush removes them.
    EventSnapshot dropping_;
    bool dropPending_ = false;
    std::vector<HighlightRule> highlights_;
    std::int64_t realtimeOffset_ = 0;
    // The worker's result is taken only if no newer setFilter came since.
    std::uint64_t generation_ = 0;
    std::uint64_t pendingGeneration_ = 0;
    std::shared_ptr<std::atomic<std::uint64_t>> latestGeneration_;
    // Highlight of the last row asked (data() is called per cell of a row in turn).
    mutable std::uint64_t highlightSeq_ = ~0ull;
    mutable QVariant highlightColor_;
};

}  // namespace proclens::gui
