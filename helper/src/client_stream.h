// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace proclens {

/// One finished wire batch, shared by every client it is sent to.
using SharedBatch = std::shared_ptr<const std::vector<uint8_t>>;

/// The helper's end of one client's event socket: a bounded queue of batches
/// written without ever blocking. When the queue is full a whole batch is
/// dropped and counted; once there is room again the client first gets a
/// batch with one PL_EVENT_LOST record carrying the totals (it reuses the
/// sequence number of the data batch that follows it, so a gap in sequence
/// numbers is exactly the dropped batches). Thread-safe: the engine thread
/// pushes, the main thread flushes when the socket becomes writable.
class ClientStream {
public:
    enum class Push {
        Written,  ///< everything queued is on the socket
        Queued,   ///< some bytes wait for the socket to become writable
        Dropped,  ///< the queue was full; the batch was dropped and counted
        Closed,   ///< the client closed its end
    };

    /// Takes ownership of `fd` (a connected stream socket) and makes it non-blocking.
    ClientStream(int fd, std::size_t maxBatches);
    ~ClientStream();
    ClientStream(const ClientStream&) = delete;
    ClientStream& operator=(const ClientStream&) = delete;

    /// Queues `batch` (sequence `sequence`) and writes what the socket takes.
    /// `kernelDrops` is the capture's running kernel drop count, reported in LOST records.
    Push push(const SharedBatch& batch, uint64_t sequence, uint64_t kernelDrops);
    /// Writes what the socket takes; returns Written, Queued or Closed.
    Push flush();

    bool pending() const;
    bool closed() const;
    uint64_t droppedBatches() const;
    uint64_t sentBatches() const;
    int fd() const { return fd_; }

private:
    Push flushLocked();

    mutable std::mutex mutex_;
    int fd_;
    std::size_t maxBatches_;
    std::deque<SharedBatch> queue_;
    std::size_t frontOffset_ = 0;   // bytes of queue_.front() already written
    uint64_t dropped_ = 0;
    uint64_t droppedReported_ = 0;  // dropped_ as of the last LOST record queued
    uint64_t sent_ = 0;
    bool closed_ = false;
};

} // namespace proclens
