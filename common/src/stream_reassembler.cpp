// SPDX-License-Identifier: MIT
// StreamReassembler: turns arbitrary socket reads into whole batches.
#include <algorithm>

#include "proclens/wire_format.h"

namespace proclens::wire {

StreamReassembler::StreamReassembler(std::uint32_t max_payload)
    : max_payload_(std::min(max_payload, kMaxBatchPayload))
{
}

bool StreamReassembler::feed(std::span<const std::uint8_t> chunk)
{
    if (error_)
        return false;
    // Drop consumed bytes before growing, so the buffer stays about one batch large.
    if (start_ > 0 && (start_ == buf_.size() || start_ >= buf_.size() / 2)) {
        buf_.erase(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(start_));
        start_ = 0;
    }
    buf_.insert(buf_.end(), chunk.begin(), chunk.end());
    check_header();
    return !error_;
}

void StreamReassembler::check_header()
{
    if (error_ || buffered_bytes() < kBatchHeaderSize)
        return;
    auto header = decode_batch_header(std::span(buf_).subspan(start_, kBatchHeaderSize));
    if (!header) {
        error_ = Error{header.error().message, stream_offset_ + header.error().offset};
        return;
    }
    if (header->payload_bytes > max_payload_)
        error_ = Error{"batch payload of " + std::to_string(header->payload_bytes) + " bytes exceeds this reader's " +
                           std::to_string(max_payload_) + "-byte limit",
                       stream_offset_ + 8};
}

std::optional<std::vector<std::uint8_t>> StreamReassembler::next_batch()
{
    check_header();
    if (error_ || buffered_bytes() < kBatchHeaderSize)
        return std::nullopt;
    const auto header = decode_batch_header(std::span(buf_).subspan(start_, kBatchHeaderSize));
    const std::size_t total = kBatchHeaderSize + header->payload_bytes;
    if (buffered_bytes() < total)
        return std::nullopt;
    const auto first = buf_.begin() + static_cast<std::ptrdiff_t>(start_);
    std::vector<std::uint8_t> out(first, first + static_cast<std::ptrdiff_t>(total));
    start_ += total;
    stream_offset_ += total;
    ++batches_;
    return out;
}

std::optional<Error> StreamReassembler::finish() const
{
    if (error_)
        return error_;
    if (buffered_bytes() > 0)
        return Error{"stream ended inside a batch (" + std::to_string(buffered_bytes()) + " bytes pending)",
                     stream_offset_};
    return std::nullopt;
}

}  // namespace proclens::wire
