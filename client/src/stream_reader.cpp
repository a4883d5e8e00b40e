// SPDX-License-Identifier: MIT
#include "stream_reader.h"

#include <cerrno>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <variant>
#include <vector>

namespace proclens {

StreamReader::StreamReader(int fd, std::function<void(wire::DecodedBatch&&)> onBatch,
                           std::function<void(const std::string&)> onEnd)
    : fd_(fd), stopFd_(::eventfd(0, EFD_CLOEXEC)), onBatch_(std::move(onBatch)), onEnd_(std::move(onEnd))
{
    thread_ = std::thread([this] { run(); });
}

StreamReader::~StreamReader()
{
    const uint64_t one = 1;
    (void)!::write(stopFd_, &one, sizeof one);
    if (thread_.joinable())
        thread_.join();
    ::close(stopFd_);
    ::close(fd_);
}

void StreamReader::run()
{
    wire::StreamReassembler reassembler;
    std::vector<uint8_t> buf(256 * 1024);
    std::string error;
    for (;;) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stopFd_, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            error = "poll failed";
            break;
        }
        if (fds[1].revents)
            return;  // stopped by the owner: no onEnd
        const ssize_t n = ::read(fd_, buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            error = "reading the helper stream failed";
            break;
        }
        if (n == 0) {
            if (auto e = reassembler.finish())
                error = e->to_string();
            break;
        }
        if (!reassembler.feed({buf.data(), std::size_t(n)})) {
            error = reassembler.error()->to_string();
            break;
        }
        while (auto batch = reassembler.next_batch()) {
            auto decoded = wire::decode_batch(*batch);
            if (!decoded) {
                error = decoded.error().to_string();
                break;
            }
            for (const auto& ev : decoded->events)
                if (const auto* lost = std::get_if<wire::LostEvent>(&ev)) {
                    dropped_.store(lost->user_drops, std::memory_order_relaxed);
                    kernelDrops_.store(lost->kernel_drops, std::memory_order_relaxed);
                }
            batches_.fetch_add(1, std::memory_order_relaxed);
            records_.fetch_add(decoded->events.size(), std::memory_order_relaxed);
            if (onBatch_)
                onBatch_(std::move(*decoded));
        }
        if (!error.empty())
            break;
    }
    if (onEnd_)
        onEnd_(error);
}

std::string readSnapshotStream(int fd, std::vector<wire::ProcessRecord>* rows)
{
    wire::StreamReassembler reassembler;
    std::vector<uint8_t> buf(256 * 1024);
    bool sawEnd = false;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return "reading the snapshot failed";
        if (n == 0)
            break;
        if (!reassembler.feed({buf.data(), std::size_t(n)}))
            return reassembler.error()->to_string();
        while (auto batch = reassembler.next_batch()) {
            auto decoded = wire::decode_batch(*batch);
            if (!decoded)
                return decoded.error().to_string();
            for (auto& ev : decoded->events)
                if (auto* row = std::get_if<wire::ProcessRecord>(&ev))
                    rows->push_back(std::move(*row));
            sawEnd |= (decoded->header.flags & wire::kBatchSnapshotEnd) != 0;
        }
    }
    if (auto e = reassembler.finish())
        return e->to_string();
    return sawEnd ? std::string() : std::string("the snapshot ended early");
}

} // namespace proclens
