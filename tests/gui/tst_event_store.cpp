// SPDX-License-Identifier: MIT
// EventStore: bounded, drops the oldest whole chunk and counts it; a snapshot
// keeps its chunks after the store dropped them; strings are interned per
// chunk; syscall and process events come back as they went in.

#include "event_store.h"

#include <QTest>

using namespace proclens;
using namespace proclens::gui;

namespace {
constexpr std::size_t kChunk = EventChunk::kChunkEvents;

wire::SyscallEvent openat(std::uint32_t pid, std::string path, std::int64_t ret)
{
    wire::SyscallEvent e;
    e.pid = e.tid = pid;
    e.nr = 257;
    e.ret = ret;
    e.timestamp_ns = 1000 + pid;
    e.latency_ns = 1500;
    e.args = {std::uint64_t(-100), 0x7ffd0000, 0x80000, 0, 0, 0};
    e.payload = PL_PAYLOAD_PATH;
    e.paths = {{std::move(path), 0}};
    return e;
}

void fill(EventStore& store, std::size_t n, std::size_t from = 0)
{
    for (std::size_t i = from; i < from + n; ++i)
        store.append(openat(std::uint32_t(i % 1000 + 1), "/tmp/f" + std::to_string(i), std::int64_t(i)));
}
}  // namespace

class TestEventStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capacityRoundsToChunks_data()
    {
        QTest::addColumn<qulonglong>("asked");
        QTest::addColumn<qulonglong>("expected");
        QTest::newRow("zero -> two chunks") << 0ull << qulonglong(2 * kChunk);
        QTest::newRow("one") << 1ull << qulonglong(2 * kChunk);
        QTest::newRow("exact three") << qulonglong(3 * kChunk) << qulonglong(3 * kChunk);
        QTest::newRow("three plus one") << qulonglong(3 * kChunk + 1) << qulonglong(4 * kChunk);
        QTest::newRow("default") << 1'000'000ull << qulonglong(62 * kChunk);
    }
    void capacityRoundsToChunks()
    {
        QFETCH(qulonglong, asked);
        QFETCH(qulonglong, expected);
        EventStore store(asked);
        QCOMPARE(qulonglong(store.capacity()), expected);
    }

    void dropsOldestChunkAndCounts()
    {
        EventStore store(2 * kChunk);
        std::vector<std::pair<std::uint64_t, std::uint64_t>> drops;
        store.setAboutToDrop([&](std::uint64_t a, std::uint64_t b) {
            // Still readable while announced.
            QCOMPARE(store.at(a).result, std::int64_t(a));
            drops.emplace_back(a, b);
        });
        fill(store, 2 * kChunk);
        QCOMPARE(store.size(), 2 * kChunk);
        QCOMPARE(store.dropped(), 0ull);
        QVERIFY(drops.empty());
        fill(store, 1, 2 * kChunk);  // the first event of a third chunk drops the first chunk
        QCOMPARE(store.dropped(), std::uint64_t(kChunk));
        QCOMPARE(store.size(), kChunk + 1);
        QCOMPARE(store.firstSeq(), std::uint64_t(kChunk));
        QCOMPARE(store.endSeq(), std::uint64_t(2 * kChunk + 1));
        QCOMPARE(drops.size(), std::size_t(1));
        QCOMPARE(drops[0], std::make_pair(std::uint64_t(0), std::uint64_t(kChunk)));
        QCOMPARE(store.at(kChunk).result, std::int64_t(kChunk));
        QCOMPARE(*store.at(store.endSeq() - 1).text1, "/tmp/f" + std::to_string(2 * kChunk));
        fill(store, 3 * kChunk, 2 * kChunk + 1);
        QCOMPARE(store.dropped(), std::uint64_t(4 * kChunk));
        QCOMPARE(store.endSeq(), std::uint64_t(5 * kChunk + 1));
        QVERIFY(store.size() <= store.capacity());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, store.at(0));
    }

    void shrinkingCapacityDropsNow()
    {
        EventStore store(4 * kChunk);
        fill(store, 4 * kChunk);
        store.setCapacity(2 * kChunk);
        QCOMPARE(store.size(), 2 * kChunk);
        QCOMPARE(store.dropped(), std::uint64_t(2 * kChunk));
        QCOMPARE(store.at(store.firstSeq()).result, std::int64_t(2 * kChunk));
    }

    void snapshotSurvivesDrops()
    {
        EventStore store(2 * kChunk);
        fill(store, kChunk + 10);
        const EventSnapshot snap = store.snapshot();
        QCOMPARE(snap.size(), kChunk + 10);
        const std::string* firstPath = store.at(0).text1;
        fill(store, 4 * kChunk, kChunk + 10);  // the snapshot's chunks are all gone from the store
        QVERIFY(store.firstSeq() > snap.end());
        QCOMPARE(snap.at(0).result, 0);
        QCOMPARE(snap.at(0).text1, firstPath);
        QCOMPARE(*snap.at(0).text1, std::string("/tmp/f0"));
        QCOMPARE(*snap.at(kChunk + 9).text1, "/tmp/f" + std::to_string(kChunk + 9));
        std::uint64_t n = 0, sum = 0;
        snap.forEach([&](std::uint64_t seq, const StoredEvent& e) {
            QCOMPARE(std::uint64_t(e.result), seq);
            ++n;
            sum += seq;
        });
        QCOMPARE(n, std::uint64_t(kChunk + 10));
        QCOMPARE(sum, std::uint64_t(kChunk + 10) * (kChunk + 9) / 2);
    }

    void droppedChunksAreReusedClean()
    {
        // Chunks dropped with no snapshot holding them are reused: memory stays flat and
        // a reused chunk shows only its new events and strings.
        EventStore store(2 * kChunk);
        fill(store, 6 * kChunk);
        const std::size_t bytes = store.memoryBytes();
        fill(store, 20 * kChunk, 6 * kChunk);
        QVERIFY2(store.memoryBytes() < bytes + bytes / 10,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(bytes).arg(store.memoryBytes())));
        for (std::uint64_t s = store.firstSeq(); s < store.endSeq(); s += 997) {
            QCOMPARE(std::uint64_t(store.at(s).result), s);
            QCOMPARE(*store.at(s).text1, "/tmp/f" + std::to_string(s));
        }
    }

    void snapshotOfTailIgnoresLaterAppends()
    {
        EventStore store;
        fill(store, 5);
        const EventSnapshot snap = store.snapshot();
        fill(store, 5, 5);
        std::uint64_t n = 0;
        snap.forEach([&](std::uint64_t, const StoredEvent&) { ++n; });
        QCOMPARE(n, 5ull);
        QCOMPARE(store.size(), std::size_t(10));
    }

    void internsStringsPerChunk()
    {
        EventStore store;
        store.setCommResolver([](std::uint32_t pid) { return "proc" + std::to_string(pid); });
        store.append(openat(7, "/etc/passwd", 3));
        store.append(openat(7, "/etc/passwd", 4));
        store.append(openat(8, "/etc/passwd", -2));
        const StoredEvent& a = store.at(0);
        const StoredEvent& b = store.at(1);
        const StoredEvent& c = store.at(2);
        QCOMPARE(a.text1, b.text1);  // one copy of the path
        QCOMPARE(a.text1, c.text1);
        QCOMPARE(a.comm, b.comm);
        QVERIFY(a.comm != c.comm);
        QCOMPARE(a.commView(), std::string_view("proc7"));
        QCOMPARE(c.commView(), std::string_view("proc8"));
    }

    void commFollowsProcessEvents()
    {
        EventStore store;
        int asked = 0;
        store.setCommResolver([&](std::uint32_t) { ++asked; return std::string("table"); });
        store.append(openat(5, "/a", 0));
        wire::ProcessEvent exec;
        exec.type = PL_EVENT_EXEC;
        exec.task.pid = exec.task.tid = 5;
        exec.task.comm = "newname";
        exec.filename = "/bin/newname";
        exec.argv = {"newname", "-x"};
        store.append(exec);
        store.append(openat(5, "/b", 0));
        QCOMPARE(store.at(0).commView(), std::string_view("table"));
        QCOMPARE(store.at(2).commView(), std::string_view("newname"));
        QCOMPARE(asked, 1);
    }

    void roundTripsEvents()
    {
        EventStore store;
        wire::SyscallEvent sc = openat(42, "/known/path", -2);
        sc.flags = PL_FLAG_TRUNCATED_PATH;
        sc.cpu = 1;
        sc.paths[0].flags = PL_FLAG_TRUNCATED_PATH;
        wire::SyscallEvent rename = openat(42, "/old", 0);
        rename.nr = 82;
        rename.payload = PL_PAYLOAD_PATH2;
        rename.paths.push_back({"/new", PL_FLAG_READ_FAILED});
        wire::SyscallEvent conn;
        conn.pid = conn.tid = 42;
        conn.nr = 42;
        conn.payload = PL_PAYLOAD_SOCKADDR;
        conn.sockaddr = wire::SockAddr{2, {2, 0, 0x1f, 0x90, 127, 0, 0, 1}};
        wire::ProcessEvent exit;
        exit.type = PL_EVENT_EXIT;
        exit.timestamp_ns = 99;
        exit.task.pid = exit.task.tid = 42;
        exit.task.ppid = 1;
        exit.task.uid = 1000;
        exit.task.gid = 100;
        exit.task.ns_pid = 3;
        exit.task.start_time_ns = 123;
        exit.task.cgroup_id = 77;
        exit.task.comm = "victim";
        for (std::size_t k = 0; k < exit.task.ns.size(); ++k)
            exit.task.ns[k] = 4026531835u + std::uint32_t(k);
        exit.exit_code = 9;
        exit.exit_signal = 9;
        wire::ProcessEvent exec = exit;
        exec.type = PL_EVENT_EXEC;
        exec.exit_code = 0;
        exec.exit_signal = 0;
        exec.filename = "/bin/victim";
        exec.argv = {"victim", "", "last arg"};
        exec.old_tid = 41;

        QCOMPARE(store.append(std::vector<wire::Event>{sc, rename, conn, exit, exec, wire::LostEvent{}}), std::size_t(5));
        QCOMPARE(store.at(0).toSyscall(), sc);
        QCOMPARE(store.at(1).toSyscall(), rename);
        QCOMPARE(store.at(2).toSyscall(), conn);
        QCOMPARE(store.at(3).toProcess(), exit);
        QCOMPARE(store.at(4).toProcess(), exec);
        QCOMPARE(store.at(4).ns(PL_NS_NET), exec.task.ns[PL_NS_NET]);
        QCOMPARE(store.at(3).ns(-1), 0u);
    }

    void clearKeepsSequenceAndDoesNotCountDrops()
    {
        EventStore store;
        std::uint64_t announced = 0;
        store.setAboutToDrop([&](std::uint64_t a, std::uint64_t b) { announced += b - a; });
        fill(store, 100);
        store.clear();
        QVERIFY(store.empty());
        QCOMPARE(announced, 100ull);
        QCOMPARE(store.dropped(), 0ull);
        QCOMPARE(store.firstSeq(), 100ull);
        fill(store, kChunk + 1, 100);
        QCOMPARE(store.at(100).result, 100);
        QCOMPARE(store.at(100 + kChunk).result, std::int64_t(100 + kChunk));
        QVERIFY(store.memoryBytes() >= 2 * kChunk * sizeof(StoredEvent));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
