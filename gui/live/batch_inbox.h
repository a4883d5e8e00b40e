// SPDX-License-Identifier: MIT
//
// Hands decoded batches from the client's reader thread to the GUI thread.
// push() (any thread) only appends under a mutex; the GUI drains what is pending
// at most `rate` times a second, in chunks, until the tick's time budget is spent:
// a storm costs a bounded slice of each tick and the rest waits for the next one
// (order kept), so the event loop keeps painting and answering input.
#pragma once

#include "proclens/wire_format.h"

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <vector>

namespace proclens::gui {

class BatchInbox : public QObject {
    Q_OBJECT
public:
    explicit BatchInbox(QObject* parent = nullptr);

    /// Any thread: queues the batch's events (process events, snapshot rows, lost records and,
    /// for later views, syscall/summary records).
    void push(wire::DecodedBatch&& batch);
    /// GUI thread: takes everything queued so far (including what a budget left over).
    std::vector<wire::Event> take();
    /// Drain ticks per second (default 20).
    void setRate(int perSecond);
    /// GUI-thread time one tick may spend in eventsReady handlers (default 10 ms); the
    /// rest is carried to the next tick. At least one chunk is handed over per tick.
    void setTickBudget(std::chrono::milliseconds budget) { budget_ = budget; }
    /// Largest number of events per eventsReady (default 512).
    void setChunkSize(std::size_t events) { chunk_ = std::max<std::size_t>(1, events); }
    /// Records pushed since construction (any thread).
    std::uint64_t pushedRecords() const;
    /// Records handed to eventsReady since construction (GUI thread).
    std::uint64_t deliveredRecords() const { return delivered_; }
    /// Records queued but not handed over yet (GUI thread).
    std::size_t backlog() const;

Q_SIGNALS:
    /// Emitted on the GUI thread, at most `rate` ticks a second, once per chunk.
    void eventsReady(const std::vector<proclens::wire::Event>& events);

private:
    void drain();

    mutable std::mutex mutex_;
    std::vector<wire::Event> pending_;
    std::uint64_t pushed_ = 0;
    // GUI thread only: events taken from pending_, handed over from carryPos_ on.
    std::vector<wire::Event> carry_;
    std::size_t carryPos_ = 0;
    std::uint64_t delivered_ = 0;
    std::chrono::milliseconds budget_{10};
    std::size_t chunk_ = 512;
    QTimer timer_;
};

}  // namespace proclens::gui
