// SPDX-License-Identifier: MIT
#include "snapshot_stream.h"

#include "proclens/procfs.h"
#include "proclens/wire_format.h"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace proclens {

namespace {

bool writeAll(int fd, const std::vector<uint8_t>& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;  // EAGAIN here is the send timeout: the client stalled
        }
        done += std::size_t(n);
    }
    return true;
}

} // namespace

int writeSnapshot(int fd, std::chrono::seconds stallTimeout)
{
    timeval tv{};
    tv.tv_sec = stallTimeout.count();
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);

    int written = 0;
    auto rows = ProcfsReader().snapshot();
    wire::BatchWriter writer(0, wire::kBatchSnapshot);
    bool ok = true;
    if (!rows) {
        spdlog::error("snapshot: {}", rows.error().to_string());
    } else {
        for (const auto& row : *rows) {
            writer.append_process(row);
            ++written;
            if (writer.payload_bytes() >= 64 * 1024) {
                ok = writeAll(fd, writer.finish());
                if (!ok)
                    break;
            }
        }
    }
    if (ok) {
        writer.set_flags(wire::kBatchSnapshot | wire::kBatchSnapshotEnd);
        ok = writeAll(fd, writer.finish());
    }
    if (!ok)
        spdlog::warn("snapshot: the client stopped reading; stream closed after {} rows", written);
    ::close(fd);
    return written;
}

} // namespace proclens
