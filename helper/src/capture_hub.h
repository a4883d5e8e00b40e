// SPDX-License-Identifier: MIT
#pragma once

#include "capture_engine.h"
#include "client_stream.h"
#include "proclens/wire_format.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>

namespace proclens {

/// Owns the capture engine while anyone subscribes and fans its records out:
/// records are framed into batches (at most kBatchPayload bytes of records
/// each) once, and the same batch is queued on every client stream that is
/// not paused. Runs the framing on the engine thread; never blocks on a client.
class CaptureHub {
public:
    static constexpr std::size_t kBatchPayload = 64 * 1024;

    /// `wake` is called on the engine thread when a stream has bytes waiting
    /// for the socket or was closed by its client; it must only post work to
    /// the owner's thread.
    explicit CaptureHub(std::function<void()> wake);
    ~CaptureHub();

    void addStream(uint64_t id, std::shared_ptr<ClientStream> stream, bool paused);
    void removeStream(uint64_t id);
    void setPaused(uint64_t id, bool paused);

    /// Starts the engine, or reconfigures the running one. Throws EngineError.
    void configure(CaptureLevel level, const CaptureFilter& filter);
    /// Stops and destroys the engine (the BPF programs detach).
    void stop();
    bool running() const { return engine_ != nullptr; }

    EngineInfo info() const;
    EngineStats stats() const;
    /// Updates the kernel drop count that LOST records report (call about once a second).
    void setKernelDrops(uint64_t drops) { kernelDrops_.store(drops, std::memory_order_relaxed); }
    uint64_t batchesFramed() const { return sequence_.load(std::memory_order_relaxed); }

    /// The engine's summary maps (cumulative since the engine started); empty when stopped.
    std::vector<SummaryRow> readSummary() const;
    /// Queues a batch made for one stream only (summary rows filtered for its session).
    /// It carries the sequence number of the next shared batch, which it does not advance,
    /// so gaps in sequence numbers still count exactly the dropped batches.
    /// Returns false when the stream is unknown or paused.
    bool sendTo(uint64_t id, std::vector<uint8_t> batch);

    /// Frames `records` (back-to-back event records) and publishes them. Public for tests.
    void publish(std::span<const std::byte> records);

private:
    void finishBatch();
    void sendBatch(std::vector<uint8_t> bytes, uint64_t sequence);

    struct Entry {
        std::shared_ptr<ClientStream> stream;
        bool paused = false;
    };

    std::function<void()> wake_;
    std::unique_ptr<CaptureEngine> engine_;
    std::mutex mutex_;  // guards streams_
    std::map<uint64_t, Entry> streams_;
    wire::BatchWriter writer_;  // engine thread only
    std::atomic<uint64_t> sequence_{0};
    std::atomic<uint64_t> kernelDrops_{0};
};

} // namespace proclens
