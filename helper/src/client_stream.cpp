// SPDX-License-Identifier: MIT
#include "client_stream.h"

#include "proclens/wire_format.h"

#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace proclens {

namespace {

uint64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

} // namespace

ClientStream::ClientStream(int fd, std::size_t maxBatches) : fd_(fd), maxBatches_(maxBatches)
{
    const int flags = ::fcntl(fd_, F_GETFL);
    ::fcntl(fd_, F_SETFL, flags | O_NONBLOCK);
}

ClientStream::~ClientStream()
{
    if (fd_ >= 0)
        ::close(fd_);
}

ClientStream::Push ClientStream::push(const SharedBatch& batch, uint64_t sequence, uint64_t kernelDrops)
{
    std::lock_guard lock(mutex_);
    if (closed_)
        return Push::Closed;
    // A LOST batch needs a slot of its own, so full means one below the bound when owing one.
    const bool owesLost = dropped_ != droppedReported_;
    if (queue_.size() + (owesLost ? 1 : 0) >= maxBatches_) {
        ++dropped_;
        // Keep the socket moving even while dropping.
        flushLocked();
        return closed_ ? Push::Closed : Push::Dropped;
    }
    if (owesLost) {
        wire::BatchWriter lost(sequence);
        lost.append_lost(monotonicNs(), kernelDrops, dropped_);
        queue_.push_back(std::make_shared<const std::vector<uint8_t>>(lost.finish()));
        droppedReported_ = dropped_;
    }
    queue_.push_back(batch);
    return flushLocked();
}

ClientStream::Push ClientStream::flush()
{
    std::lock_guard lock(mutex_);
    return flushLocked();
}

ClientStream::Push ClientStream::flushLocked()
{
    while (!closed_ && !queue_.empty()) {
        const auto& front = *queue_.front();
        const ssize_t n = ::send(fd_, front.data() + frontOffset_, front.size() - frontOffset_,
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return Push::Queued;
            closed_ = true;  // EPIPE, ECONNRESET: the client is gone
            queue_.clear();
            break;
        }
        frontOffset_ += std::size_t(n);
        if (frontOffset_ == front.size()) {
            queue_.pop_front();
            frontOffset_ = 0;
            ++sent_;
        }
    }
    return closed_ ? Push::Closed : Push::Written;
}

bool ClientStream::pending() const
{
    std::lock_guard lock(mutex_);
    return !queue_.empty();
}

bool ClientStream::closed() const
{
    std::lock_guard lock(mutex_);
    return closed_;
}

uint64_t ClientStream::droppedBatches() const
{
    std::lock_guard lock(mutex_);
    return dropped_;
}

uint64_t ClientStream::sentBatches() const
{
    std::lock_guard lock(mutex_);
    return sent_;
}

} // namespace proclens
