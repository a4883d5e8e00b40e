// SPDX-License-Identifier: MIT
#include "batch_inbox.h"

namespace proclens::gui {

BatchInbox::BatchInbox(QObject* parent) : QObject(parent)
{
    timer_.setInterval(50);
    connect(&timer_, &QTimer::timeout, this, &BatchInbox::drain);
    timer_.start();
}

void BatchInbox::setRate(int perSecond)
{
    timer_.setInterval(1000 / std::max(1, perSecond));
}

void BatchInbox::push(wire::DecodedBatch&& batch)
{
    std::lock_guard lock(mutex_);
    pushed_ += batch.events.size();
    if (pending_.empty()) {
        pending_ = std::move(batch.events);
        return;
    }
    pending_.insert(pending_.end(), std::make_move_iterator(batch.events.begin()),
                    std::make_move_iterator(batch.events.end()));
}

std::vector<wire::Event> BatchInbox::take()
{
    std::lock_guard lock(mutex_);
    return std::exchange(pending_, {});
}

std::uint64_t BatchInbox::pushedRecords() const
{
    std::lock_guard lock(mutex_);
    return pushed_;
}

void BatchInbox::drain()
{
    std::vector<wire::Event> events = take();
    if (!events.empty())
        Q_EMIT eventsReady(events);
}

}  // namespace proclens::gui
