// SPDX-License-Identifier: MIT
// The helper's per-client queue: never blocks, drops whole batches when full,
// counts them and tells the client with a PL_EVENT_LOST record.

#include "client_stream.h"
#include "proclens/wire_format.h"

#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace proclens;

namespace {

/// A batch of `n` exit records.
SharedBatch makeBatch(uint64_t sequence, int n)
{
    wire::BatchWriter w(sequence);
    for (int i = 0; i < n; ++i) {
        wire::ProcessEvent e;
        e.type = PL_EVENT_EXIT;
        e.task.pid = uint32_t(1000 + i);
        e.task.comm = "t";
        (void)w.append(e);
    }
    return std::make_shared<const std::vector<uint8_t>>(w.finish());
}

/// Reads everything currently in the socket and decodes it.
std::vector<wire::DecodedBatch> drain(int fd)
{
    wire::StreamReassembler r;
    std::vector<uint8_t> buf(1 << 16);
    for (;;) {
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), MSG_DONTWAIT);
        if (n <= 0)
            break;
        (void)r.feed({buf.data(), size_t(n)});
    }
    std::vector<wire::DecodedBatch> out;
    while (auto b = r.next_batch()) {
        auto d = wire::decode_batch(*b);
        if (d)
            out.push_back(std::move(*d));
    }
    return out;
}

} // namespace

class TestClientStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesWhenTheClientReads()
    {
        int fds[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
        ClientStream s(fds[0], 4);
        QCOMPARE(s.push(makeBatch(0, 3), 0, 0), ClientStream::Push::Written);
        QCOMPARE(s.push(makeBatch(1, 2), 1, 0), ClientStream::Push::Written);
        const auto got = drain(fds[1]);
        QCOMPARE(got.size(), size_t(2));
        QCOMPARE(got[0].events.size(), size_t(3));
        QCOMPARE(got[1].header.sequence, uint64_t(1));
        QCOMPARE(s.droppedBatches(), uint64_t(0));
        ::close(fds[1]);
    }

    void fullQueueDropsAndReportsLost()
    {
        int fds[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
        const int small = 4096;
        ::setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
        ::setsockopt(fds[1], SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        ClientStream s(fds[0], 3);
        int dropped = 0, queued = 0;
        uint64_t seq = 0;
        // Nobody reads: pushes must return at once, never block.
        for (; seq < 200; ++seq) {
            const auto r = s.push(makeBatch(seq, 20), seq, 5);
            dropped += r == ClientStream::Push::Dropped;
            queued += r == ClientStream::Push::Queued;
        }
        QVERIFY(dropped > 150);
        QVERIFY(queued > 0);
        QCOMPARE(s.droppedBatches(), uint64_t(dropped));

        // The client catches up; the next batch is preceded by a LOST record.
        std::vector<wire::DecodedBatch> got;
        for (int i = 0; i < 50 && s.pending(); ++i) {
            auto part = drain(fds[1]);
            got.insert(got.end(), part.begin(), part.end());
            s.flush();
        }
        auto part = drain(fds[1]);
        got.insert(got.end(), part.begin(), part.end());
        QCOMPARE(s.push(makeBatch(seq, 1), seq, 5), ClientStream::Push::Written);
        part = drain(fds[1]);
        got.insert(got.end(), part.begin(), part.end());
        QVERIFY(got.size() >= 3);
        const auto& lostBatch = got[got.size() - 2];
        QCOMPARE(lostBatch.events.size(), size_t(1));
        const auto* lost = std::get_if<wire::LostEvent>(&lostBatch.events[0]);
        QVERIFY(lost);
        QCOMPARE(lost->user_drops, uint64_t(dropped));
        QCOMPARE(lost->kernel_drops, uint64_t(5));
        QCOMPARE(got.back().header.sequence, seq);
        ::close(fds[1]);
    }

    void closedClientIsDetected()
    {
        int fds[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
        ClientStream s(fds[0], 4);
        ::close(fds[1]);
        QCOMPARE(s.push(makeBatch(0, 1), 0, 0), ClientStream::Push::Closed);
        QVERIFY(s.closed());
        QCOMPARE(s.push(makeBatch(1, 1), 1, 0), ClientStream::Push::Closed);
    }
};

QTEST_GUILESS_MAIN(TestClientStream)
#include "tst_client_stream.moc"
