// SPDX-License-Identifier: MIT
#include "capture_hub.h"

#include "proclens/wire_format.h"

#include <cstring>

namespace proclens {

CaptureHub::CaptureHub(std::function<void()> wake) : wake_(std::move(wake)) {}

CaptureHub::~CaptureHub() { stop(); }

void CaptureHub::addStream(uint64_t id, std::shared_ptr<ClientStream> stream, bool paused)
{
    std::lock_guard lock(mutex_);
    streams_[id] = Entry{std::move(stream), paused};
}

void CaptureHub::removeStream(uint64_t id)
{
    std::lock_guard lock(mutex_);
    streams_.erase(id);
}

void CaptureHub::setPaused(uint64_t id, bool paused)
{
    std::lock_guard lock(mutex_);
    if (auto it = streams_.find(id); it != streams_.end())
        it->second.paused = paused;
}

void CaptureHub::configure(CaptureLevel level, const CaptureFilter& filter)
{
    if (engine_) {
        engine_->setFilter(filter);
        engine_->setLevel(level);
        return;
    }
    EngineOptions options;
    options.level = level;
    options.filter = filter;
    options.onRecords = [this](std::span<const std::byte> records) { publish(records); };
    auto engine = std::make_unique<CaptureEngine>(std::move(options));
    engine->start();
    engine_ = std::move(engine);
}

void CaptureHub::stop()
{
    if (!engine_)
        return;
    engine_->stop();
    engine_.reset();
}

EngineInfo CaptureHub::info() const { return engine_ ? engine_->info() : EngineInfo{}; }

EngineStats CaptureHub::stats() const { return engine_ ? engine_->stats() : EngineStats{}; }

std::vector<SummaryRow> CaptureHub::readSummary() const
{
    return engine_ ? engine_->readSummary() : std::vector<SummaryRow>{};
}

bool CaptureHub::sendTo(uint64_t id, std::vector<uint8_t> batch)
{
    auto shared = std::make_shared<const std::vector<uint8_t>>(std::move(batch));
    ClientStream::Push result;
    {
        std::lock_guard lock(mutex_);
        auto it = streams_.find(id);
        if (it == streams_.end() || it->second.paused)
            return false;
        result = it->second.stream->push(shared, sequence_.load(std::memory_order_relaxed),
                                         kernelDrops_.load(std::memory_order_relaxed));
    }
    if (result != ClientStream::Push::Written && wake_)
        wake_();
    return true;
}

void CaptureHub::publish(std::span<const std::byte> records)
{
    const auto* p = reinterpret_cast<const uint8_t*>(records.data());
    std::size_t left = records.size();
    while (left >= sizeof(pl_event_header)) {
        pl_event_header hdr;
        std::memcpy(&hdr, p, sizeof hdr);
        if (hdr.size < sizeof hdr || hdr.size > left)
            break;  // the engine hands whole records; anything else ends the span
        if (writer_.payload_bytes() + hdr.size > kBatchPayload && !writer_.empty())
            finishBatch();
        (void)writer_.append_raw({p, hdr.size});
        p += hdr.size;
        left -= hdr.size;
    }
    if (!writer_.empty())
        finishBatch();
}

void CaptureHub::finishBatch()
{
    const uint64_t sequence = writer_.next_sequence();
    sendBatch(writer_.finish(), sequence);
    sequence_.store(writer_.next_sequence(), std::memory_order_relaxed);
}

void CaptureHub::sendBatch(std::vector<uint8_t> bytes, uint64_t sequence)
{
    auto batch = std::make_shared<const std::vector<uint8_t>>(std::move(bytes));
    const uint64_t kernelDrops = kernelDrops_.load(std::memory_order_relaxed);
    bool needWake = false;
    {
        std::lock_guard lock(mutex_);
        for (auto& [id, entry] : streams_) {
            if (entry.paused)
                continue;
            const auto result = entry.stream->push(batch, sequence, kernelDrops);
            needWake |= result == ClientStream::Push::Queued || result == ClientStream::Push::Closed ||
                        result == ClientStream::Push::Dropped;
        }
    }
    if (needWake && wake_)
        wake_();
}

} // namespace proclens
