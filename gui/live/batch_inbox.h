// SPDX-License-Identifier: MIT
//
// Hands decoded batches from the client's reader thread to the GUI thread.
// push() (any thread) only appends under a mutex; the GUI drains everything
// pending at most `rate` times a second and applies it in one pass, so a storm
// of events costs one model update per tick instead of one per event.
#pragma once

#include "proclens/wire_format.h"

#include <QObject>
#include <QTimer>

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
    /// GUI thread: takes everything queued so far.
    std::vector<wire::Event> take();
    /// Drain ticks per second (default 20).
    void setRate(int perSecond);
    /// Records pushed since construction (any thread).
    std::uint64_t pushedRecords() const;

Q_SIGNALS:
    /// Emitted on the GUI thread at most `rate` times a second when events are pending.
    void eventsReady(const std::vector<proclens::wire::Event>& events);

private:
    void drain();

    mutable std::mutex mutex_;
    std::vector<wire::Event> pending_;
    std::uint64_t pushed_ = 0;
    QTimer timer_;
};

}  // namespace proclens::gui
