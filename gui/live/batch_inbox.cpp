// SPDX-License-Identifier: MIT
#include "batch_inbox.h"

#include <QElapsedTimer>

#include <iterator>

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
    std::vector<wire::Event> out(std::make_move_iterator(carry_.begin() + std::ptrdiff_t(carryPos_)),
                                 std::make_move_iterator(carry_.end()));
    carry_.clear();
    carryPos_ = 0;
    std::lock_guard lock(mutex_);
    if (out.empty())
        return std::exchange(pending_, {});
    out.insert(out.end(), std::make_move_iterator(pending_.begin()), std::make_move_iterator(pending_.end()));
    pending_.clear();
    return out;
}

std::uint64_t BatchInbox::pushedRecords() const
{
    std::lock_guard lock(mutex_);
    return pushed_;
}

std::size_t BatchInbox::backlog() const
{
    std::lock_guard lock(mutex_);
    return carry_.size() - carryPos_ + pending_.size();
}

void BatchInbox::drain()
{
    QElapsedTimer spent;
    spent.start();
    do {
        if (carryPos_ == carry_.size()) {
            carry_.clear();
            carryPos_ = 0;
            std::lock_guard lock(mutex_);
            carry_.swap(pending_);
        }
        if (carry_.empty())
            return;
        const std::size_t n = std::min(chunk_, carry_.size() - carryPos_);
        const auto first = carry_.begin() + std::ptrdiff_t(carryPos_);
        std::vector<wire::Event> events(std::make_move_iterator(first),
                                        std::make_move_iterator(first + std::ptrdiff_t(n)));
        carryPos_ += n;
        delivered_ += n;
        Q_EMIT eventsReady(events);
    } while (spent.elapsed() < budget_.count());
}

}  // namespace proclens::gui
