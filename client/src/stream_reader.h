// SPDX-License-Identifier: MIT
#pragma once

#include "proclens/wire_format.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

namespace proclens {

/// Reads one helper stream on its own thread: reassembles and decodes batches,
/// tracks PL_EVENT_LOST figures, and calls `onBatch` for every batch. When the
/// stream ends (EOF or an error) it calls `onEnd` once with an empty string or
/// the error, both on the reader thread.
class StreamReader {
public:
    StreamReader(int fd, std::function<void(wire::DecodedBatch&&)> onBatch,
                 std::function<void(const std::string& error)> onEnd);
    /// Stops the thread (without calling onEnd) and closes the fd.
    ~StreamReader();
    StreamReader(const StreamReader&) = delete;
    StreamReader& operator=(const StreamReader&) = delete;

    uint64_t batches() const { return batches_.load(std::memory_order_relaxed); }
    uint64_t records() const { return records_.load(std::memory_order_relaxed); }
    uint64_t droppedBatches() const { return dropped_.load(std::memory_order_relaxed); }
    uint64_t kernelDrops() const { return kernelDrops_.load(std::memory_order_relaxed); }

private:
    void run();

    int fd_;
    int stopFd_;
    std::function<void(wire::DecodedBatch&&)> onBatch_;
    std::function<void(const std::string&)> onEnd_;
    std::atomic<uint64_t> batches_{0}, records_{0}, dropped_{0}, kernelDrops_{0};
    std::thread thread_;
};

/// Reads a whole snapshot stream (blocking) into rows; returns an error text or "".
std::string readSnapshotStream(int fd, std::vector<wire::ProcessRecord>* rows);

} // namespace proclens
