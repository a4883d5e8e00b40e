// SPDX-License-Identifier: MIT
// Syscall events and the summary level from the real BPF programs: decoded
// paths (success and failure), sockaddrs for connect/accept, exec paths read
// at sys_enter, exact summary counts.
#include "child_process.h"
#include "engine_harness.h"
#include "kernel_features.h"

#include "bpf/tally.h"

#include <QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

using namespace proclens;
using namespace proclens::test;

Q_DECLARE_METATYPE(proclens::CaptureLevel)
Q_DECLARE_METATYPE(proclens::ThreadSlot)

namespace {

const wire::SyscallEvent* findCall(const std::vector<wire::SyscallEvent>& calls, uint32_t nr,
                                   const std::string& path = {})
{
    for (const auto& c : calls) {
        if (c.nr == nr && (path.empty() || (!c.paths.empty() && c.paths[0].path == path)))
            return &c;
    }
    return nullptr;
}

bool hasExit(const std::vector<wire::Event>& events, uint32_t pid)
{
    for (const auto& e : events) {
        if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->type == PL_EVENT_EXIT && p->task.pid == pid)
            return true;
    }
    return false;
}

uint16_t portOf(const wire::SockAddr& sa)
{
    sockaddr_in in{};
    std::memcpy(&in, sa.bytes.data(), std::min(sa.bytes.size(), sizeof(in)));
    return ntohs(in.sin_port);
}

uint32_t addrOf(const wire::SockAddr& sa)
{
    sockaddr_in in{};
    std::memcpy(&in, sa.bytes.data(), std::min(sa.bytes.size(), sizeof(in)));
    return ntohl(in.sin_addr.s_addr);
}

// Options of an engine that collects from every process, with the given in-flight slot.
EngineOptions everyProcess(EventCollector& collector, CaptureLevel level, ThreadSlot slot)
{
    collector.watchOnly({});
    EngineOptions options = collectingOptions(collector, level);
    options.threadSlot = slot;
    return options;
}

// Rows of one pid and syscall, summed.
struct Tally {
    uint64_t count = 0;
    uint64_t errors = 0;
};
Tally tallyOf(const std::vector<SummaryRow>& rows, uint32_t pid, uint32_t nr)
{
    Tally t;
    for (const auto& row : rows) {
        if (row.pid == pid && row.nr == nr) {
            t.count += row.count;
            t.errors += row.errors;
        }
    }
    return t;
}

// A syscall nr whose tally has getppid's place in a CPU's cache (bpf/tally.h): the two
// take it from each other on every call. 174 (create_module) fails with ENOSYS.
constexpr uint32_t kCollidingNr = SYS_getppid + PL_CPU_TALLIES;
static_assert(kCollidingNr == 174);

// Threads of the child in summaryOfLiveThreads: they work, say so, then block until released.
struct LiveWork {
    int calls = 0;
    bool colliding = false; // also kCollidingNr after each getppid
    int readyFd = -1;
    int holdFd = -1;
};

void liveWork(const LiveWork& w)
{
    for (int i = 0; i < w.calls; ++i) {
        syscall(SYS_getppid);
        if (w.colliding)
            syscall(kCollidingNr);
    }
    char c = 'r';
    (void)!write(w.readyFd, &c, 1);
    (void)!read(w.holdFd, &c, 1);
}

int liveThread(void* arg)
{
    liveWork(*static_cast<const LiveWork*>(arg));
    syscall(SYS_exit, 0); // this thread only; raw clone threads must not return into libc
    return 0;
}

// A listening loopback TCP socket owned by the test; its port.
struct Listener {
    int fd = -1;
    uint16_t port = 0;
    Listener()
    {
        fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof(addr);
        if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 && listen(fd, 8) == 0 &&
            getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ~Listener() { close(fd); }
};

} // namespace

class TestSyscallEvents : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { PROCLENS_REQUIRE_BPF(); }

    void openatDecoded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<long>("expectedRet"); // -1: any fd
        QTest::addColumn<ThreadSlot>("slot");
        QTest::newRow("exists") << QStringLiteral("/proc/self/status") << -1L << ThreadSlot::Auto;
        QTest::newRow("missing") << QStringLiteral("/nonexistent/proclens-test-path") << long(-ENOENT)
                                 << ThreadSlot::Auto;
        QTest::newRow("missing, hash") << QStringLiteral("/nonexistent/proclens-test-path") << long(-ENOENT)
                                       << ThreadSlot::Hash;
    }

    void openatDecoded()
    {
        QFETCH(QString, path);
        QFETCH(long, expectedRet);
        QFETCH(ThreadSlot, slot);
        const std::string p = path.toStdString();
        EventCollector collector;
        CaptureEngine engine(everyProcess(collector, CaptureLevel::Events, slot));
        engine.start();
        ChildProcess child([p] {
            long fd = syscall(SYS_openat, AT_FDCWD, p.c_str(), O_RDONLY);
            return fd >= 0 ? 0 : int(errno);
        });
        const uint32_t pid = uint32_t(child.pid());
        collector.watch(pid);
        const int status = child.wait();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), expectedRet == -1 ? 0 : ENOENT);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasExit(ev, pid); }));
        engine.stop();
        const auto calls = collector.syscallEvents(pid);
        const auto* call = findCall(calls, SYS_openat, p);
        QVERIFY2(call, "no openat event with the path");
        QCOMPARE(call->payload, uint16_t(PL_PAYLOAD_PATH));
        QCOMPARE(call->paths.size(), size_t(1));
        QCOMPARE(call->paths[0].flags, uint16_t(0));
        QCOMPARE(int(uint32_t(call->args[0])), AT_FDCWD); // an int argument: the upper half is not defined
        QCOMPARE(call->args[2], uint64_t(O_RDONLY));
        if (expectedRet == -1)
            QVERIFY(call->ret >= 0);
        else
            QCOMPARE(call->ret, int64_t(expectedRet));
        QVERIFY(call->latency_ns > 0);
        QCOMPARE(call->tid, pid);
        QVERIFY(collector.decodeErrors().empty());
    }

    void connectAndAccept()
    {
        Listener refused; // bound and closed below: a port nobody listens on
        const uint16_t closedPort = refused.port;
        close(refused.fd);
        refused.fd = -1;
        QVERIFY(closedPort != 0);

        EventCollector collector;
        collector.watchOnly({});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Events));
        engine.start();
        int portPipe[2];
        QVERIFY(pipe2(portPipe, O_CLOEXEC) == 0);
        ChildProcess child([closedPort, portPipe] {
            // The child listens, connects to itself (the kernel completes the handshake
            // before accept), accepts, and reports its client port; then a refused connect.
            int lfd = socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in addr{};
            addr.sin_family = AF_INET;
            addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t len = sizeof(addr);
            if (bind(lfd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 || listen(lfd, 4) != 0 ||
                getsockname(lfd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
                return 10;
            int cfd = socket(AF_INET, SOCK_STREAM, 0);
            if (::connect(cfd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0)
                return 11;
            sockaddr_in local{};
            len = sizeof(local);
            getsockname(cfd, reinterpret_cast<sockaddr*>(&local), &len);
            sockaddr_in peer{};
            len = sizeof(peer);
            if (accept(lfd, reinterpret_cast<sockaddr*>(&peer), &len) < 0)
                return 12;
            uint16_t ports[2] = {ntohs(addr.sin_port), ntohs(local.sin_port)};
            if (write(portPipe[1], ports, sizeof(ports)) != sizeof(ports))
                return 13;
            int rfd = socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in closed{};
            closed.sin_family = AF_INET;
            closed.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            closed.sin_port = htons(closedPort);
            if (::connect(rfd, reinterpret_cast<sockaddr*>(&closed), sizeof(closed)) == 0 || errno != ECONNREFUSED)
                return 14;
            return 0;
        });
        const uint32_t pid = uint32_t(child.pid());
        collector.watch(pid);
        const int status = child.wait();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        uint16_t ports[2] = {};
        QCOMPARE(read(portPipe[0], ports, sizeof(ports)), ssize_t(sizeof(ports)));
        close(portPipe[0]);
        close(portPipe[1]);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasExit(ev, pid); }));
        engine.stop();

        const auto calls = collector.syscallEvents(pid);
        std::vector<const wire::SyscallEvent*> connects;
        const wire::SyscallEvent* acceptCall = nullptr;
        const wire::SyscallEvent* bindCall = nullptr;
        for (const auto& c : calls) {
            if (c.nr == SYS_connect)
                connects.push_back(&c);
            if (c.nr == SYS_accept || c.nr == SYS_accept4)
                acceptCall = &c;
            if (c.nr == SYS_bind)
                bindCall = &c;
        }
        QCOMPARE(connects.size(), size_t(2));
        for (const auto* c : connects) {
            QCOMPARE(c->payload, uint16_t(PL_PAYLOAD_SOCKADDR));
            QVERIFY(c->sockaddr);
            QCOMPARE(c->sockaddr->family, uint16_t(AF_INET));
            QCOMPARE(c->sockaddr->bytes.size(), sizeof(sockaddr_in));
            QCOMPARE(addrOf(*c->sockaddr), uint32_t(INADDR_LOOPBACK));
        }
        QCOMPARE(connects[0]->ret, int64_t(0));
        QCOMPARE(portOf(*connects[0]->sockaddr), ports[0]);
        QCOMPARE(connects[1]->ret, int64_t(-ECONNREFUSED));
        QCOMPARE(portOf(*connects[1]->sockaddr), closedPort);
        QVERIFY(bindCall && bindCall->sockaddr);
        QCOMPARE(bindCall->ret, int64_t(0));
        QCOMPARE(portOf(*bindCall->sockaddr), uint16_t(0));
        QVERIFY(acceptCall && acceptCall->sockaddr);
        QVERIFY(acceptCall->ret >= 0);
        QCOMPARE(acceptCall->sockaddr->family, uint16_t(AF_INET));
        QCOMPARE(portOf(*acceptCall->sockaddr), ports[1]); // the peer, as the kernel wrote it
    }

    void execPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<long>("expectedRet");
        QTest::newRow("success, read before the image is replaced") << QStringLiteral("/bin/true") << 0L;
        QTest::newRow("failure") << QStringLiteral("/nonexistent/proclens-exec") << long(-ENOENT);
    }

    void execPath()
    {
        QFETCH(QString, path);
        QFETCH(long, expectedRet);
        const std::string p = path.toStdString();
        EventCollector collector;
        collector.watchOnly({});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Events));
        engine.start();
        ChildProcess child([p] {
            char arg0[] = "true";
            char* argv[] = {arg0, nullptr};
            execv(p.c_str(), argv);
            return 127;
        });
        const uint32_t pid = uint32_t(child.pid());
        collector.watch(pid);
        QCOMPARE(WEXITSTATUS(child.wait()), expectedRet == 0 ? 0 : 127);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasExit(ev, pid); }));
        engine.stop();
        const auto calls = collector.syscallEvents(pid);
        const auto* call = findCall(calls, SYS_execve);
        QVERIFY(call);
        QCOMPARE(call->ret, int64_t(expectedRet));
        QCOMPARE(call->payload, uint16_t(PL_PAYLOAD_PATH));
        QCOMPARE(call->paths[0].flags, uint16_t(0));
        QCOMPARE(call->paths[0].path, p);
    }

    void renameHasTwoPaths()
    {
        EventCollector collector;
        collector.watchOnly({});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Events));
        engine.start();
        ChildProcess child([] {
            return syscall(SYS_renameat2, AT_FDCWD, "/nonexistent/from", AT_FDCWD, "/nonexistent/to", 0) == -1 ? 0 : 1;
        });
        const uint32_t pid = uint32_t(child.pid());
        collector.watch(pid);
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasExit(ev, pid); }));
        engine.stop();
        const auto calls = collector.syscallEvents(pid);
        const auto* call = findCall(calls, SYS_renameat2);
        QVERIFY(call);
        QCOMPARE(call->payload, uint16_t(PL_PAYLOAD_PATH2));
        QCOMPARE(call->paths.size(), size_t(2));
        QCOMPARE(call->paths[0].path, std::string("/nonexistent/from"));
        QCOMPARE(call->paths[1].path, std::string("/nonexistent/to"));
        QCOMPARE(call->ret, int64_t(-ENOENT));
    }

    void summaryCounts_data()
    {
        QTest::addColumn<CaptureLevel>("level");
        QTest::addColumn<int>("calls");
        QTest::addColumn<ThreadSlot>("slot");
        QTest::newRow("summary 1000, task storage") << CaptureLevel::Summary << 1000 << ThreadSlot::TaskStorage;
        QTest::newRow("summary 1000, hash") << CaptureLevel::Summary << 1000 << ThreadSlot::Hash;
        QTest::newRow("summary+events 250, task storage")
            << CaptureLevel::SummaryAndEvents << 250 << ThreadSlot::TaskStorage;
        QTest::newRow("summary+events 250, hash") << CaptureLevel::SummaryAndEvents << 250 << ThreadSlot::Hash;
    }

    void summaryCounts()
    {
        QFETCH(CaptureLevel, level);
        QFETCH(int, calls);
        QFETCH(ThreadSlot, slot);
        if (slot == ThreadSlot::TaskStorage && !engine::taskStorageMissing().empty())
            QSKIP(qPrintable(QString::fromStdString("no task storage here: " + engine::taskStorageMissing())));
        EventCollector collector;
        CaptureEngine engine(everyProcess(collector, level, slot));
        engine.start();
        ChildProcess child([calls] {
            for (int i = 0; i < calls; ++i)
                syscall(SYS_getppid);
            syscall(SYS_close, -1); // one failing call: EBADF
            return 0;
        });
        const uint32_t pid = uint32_t(child.pid());
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        const auto rows = engine.readSummary();
        uint64_t getppid = 0, closeCalls = 0, closeErrors = 0;
        for (const auto& row : rows) {
            if (row.pid != pid)
                continue;
            if (row.nr == SYS_getppid) {
                getppid = row.count;
                QCOMPARE(row.errors, 0u);
                QVERIFY(row.totalNs >= row.maxNs);
            }
            if (row.nr == SYS_close) {
                closeCalls += row.count;
                closeErrors += row.errors;
            }
        }
        engine.stop();
        QCOMPARE(getppid, uint64_t(calls));
        QVERIFY(closeCalls >= 1);
        QVERIFY(closeErrors >= 1);
        QVERIFY(engine.readSummary().empty()); // stopped: the maps are gone
    }

    // The summary of threads that are still alive (blocked after their calls) is exact too:
    // with the per-CPU pair the last counts are still in the CPUs' tally caches.
    void summaryOfLiveThreads_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("calls");
        QTest::addColumn<bool>("colliding");
        QTest::addColumn<ThreadSlot>("slot");
        for (ThreadSlot slot : {ThreadSlot::TaskStorage, ThreadSlot::Hash}) {
            const char* name = slot == ThreadSlot::TaskStorage ? "task storage" : "hash";
            QTest::addRow("1 thread, 1000 getppid, %s", name) << 1 << 1000 << false << slot;
            QTest::addRow("1 thread, 500 getppid+colliding, %s", name) << 1 << 500 << true << slot;
            QTest::addRow("4 threads, 300 getppid+colliding, %s", name) << 4 << 300 << true << slot;
        }
    }

    void summaryOfLiveThreads()
    {
        QFETCH(int, threads);
        QFETCH(int, calls);
        QFETCH(bool, colliding);
        QFETCH(ThreadSlot, slot);
        if (slot == ThreadSlot::TaskStorage && !engine::taskStorageMissing().empty())
            QSKIP(qPrintable(QString::fromStdString("no task storage here: " + engine::taskStorageMissing())));
        int ready[2], hold[2];
        QCOMPARE(pipe2(ready, O_CLOEXEC), 0);
        QCOMPARE(pipe2(hold, O_CLOEXEC), 0);
        const LiveWork work{calls, colliding, ready[1], hold[0]};
        constexpr size_t kStack = 64 * 1024;
        std::vector<std::array<char, kStack>> stacks(size_t(std::max(threads - 1, 0)));

        EventCollector collector;
        CaptureEngine engine(everyProcess(collector, CaptureLevel::Summary, slot));
        engine.start();
        ChildProcess child([&] {
            for (auto& stack : stacks) {
                const int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM;
                if (clone(liveThread, stack.data() + stack.size(), flags, const_cast<LiveWork*>(&work)) < 0)
                    return 1;
            }
            liveWork(work);
            return 0;
        });
        child.release();
        close(ready[1]);
        close(hold[0]);
        for (int seen = 0; seen < threads;) {
            pollfd pfd{ready[0], POLLIN, 0};
            QVERIFY2(poll(&pfd, 1, 20000) == 1, "the child's threads did not finish their calls");
            char buf[16];
            const ssize_t n = read(ready[0], buf, sizeof(buf));
            QVERIFY(n > 0);
            seen += int(n);
        }
        const uint32_t pid = uint32_t(child.pid());
        const uint64_t expected = uint64_t(threads) * uint64_t(calls);
        // Alive and blocked in read(): the last counts come from the CPUs' tally caches.
        auto rows = engine.readSummary();
        QCOMPARE(tallyOf(rows, pid, SYS_getppid).count, expected);
        QCOMPARE(tallyOf(rows, pid, kCollidingNr).count, colliding ? expected : 0u);
        QCOMPARE(tallyOf(rows, pid, kCollidingNr).errors, colliding ? expected : 0u);
        QCOMPARE(tallyOf(rows, pid, SYS_getppid).errors, 0u);
        // A second read while nothing moved gives the same figures.
        rows = engine.readSummary();
        QCOMPARE(tallyOf(rows, pid, SYS_getppid).count, expected);

        const std::string release(size_t(threads), 'g');
        QCOMPARE(write(hold[1], release.data(), release.size()), ssize_t(release.size()));
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        // Exited: the counts stay, in the map or still in a cache.
        rows = engine.readSummary();
        engine.stop();
        QCOMPARE(tallyOf(rows, pid, SYS_getppid).count, expected);
        QCOMPARE(tallyOf(rows, pid, kCollidingNr).count, colliding ? expected : 0u);
        close(ready[0]);
        close(hold[1]);
    }

    // Two processes on one CPU take turns through two pipes, so each read() blocks and the
    // other process makes syscalls while it waits: with the per-CPU pair the blocked call's
    // record must be parked at the switch and found again at its sys_exit (a lost record is
    // a lost count here, and a lost event at the event level).
    void switchedOutSyscalls_data()
    {
        QTest::addColumn<CaptureLevel>("level");
        QTest::addColumn<ThreadSlot>("slot");
        QTest::newRow("summary, task storage") << CaptureLevel::Summary << ThreadSlot::TaskStorage;
        QTest::newRow("summary+events, task storage") << CaptureLevel::SummaryAndEvents << ThreadSlot::TaskStorage;
        QTest::newRow("summary+events, hash") << CaptureLevel::SummaryAndEvents << ThreadSlot::Hash;
    }

    void switchedOutSyscalls()
    {
        QFETCH(CaptureLevel, level);
        QFETCH(ThreadSlot, slot);
        if (slot == ThreadSlot::TaskStorage && !engine::taskStorageMissing().empty())
            QSKIP(qPrintable(QString::fromStdString("no task storage here: " + engine::taskStorageMissing())));
        constexpr int kRounds = 300;
        int ping[2], pong[2];
        QCOMPARE(pipe2(ping, O_CLOEXEC), 0);
        QCOMPARE(pipe2(pong, O_CLOEXEC), 0);
        EventCollector collector;
        CaptureEngine engine(everyProcess(collector, level, slot));
        engine.start();
        auto onCpu0 = [] {
            cpu_set_t cpus;
            CPU_ZERO(&cpus);
            CPU_SET(0, &cpus);
            return sched_setaffinity(0, sizeof(cpus), &cpus) == 0;
        };
        ChildProcess player([&] {
            if (!onCpu0())
                return 2;
            char c = 'p';
            iovec io{&c, 1};
            for (int i = 0; i < kRounds; ++i)
                if (writev(ping[1], &io, 1) != 1 || readv(pong[0], &io, 1) != 1)
                    return 1;
            return 0;
        });
        ChildProcess answerer([&] {
            if (!onCpu0())
                return 2;
            char c = 0;
            iovec io{&c, 1};
            for (int i = 0; i < kRounds; ++i)
                if (readv(ping[0], &io, 1) != 1 || writev(pong[1], &io, 1) != 1)
                    return 1;
            return 0;
        });
        const uint32_t playerPid = uint32_t(player.pid()), answererPid = uint32_t(answerer.pid());
        if (level != CaptureLevel::Summary) {
            collector.watch(playerPid);
            collector.watch(answererPid);
        }
        player.release();
        answerer.release();
        QCOMPARE(WEXITSTATUS(player.wait()), 0);
        QCOMPARE(WEXITSTATUS(answerer.wait()), 0);
        for (int fd : {ping[0], ping[1], pong[0], pong[1]})
            close(fd);
        const auto rows = engine.readSummary();
        for (uint32_t pid : {playerPid, answererPid}) {
            // readv/writev: the harness's own read (ChildProcess's release) is not counted here.
            QCOMPARE(tallyOf(rows, pid, SYS_readv).count, uint64_t(kRounds));
            QCOMPARE(tallyOf(rows, pid, SYS_writev).count, uint64_t(kRounds));
        }
        if (level != CaptureLevel::Summary) {
            // The predicate runs under the collector's lock: it counts in what it is given.
            auto reads = [](const std::vector<wire::Event>& events, uint32_t pid) {
                int n = 0;
                for (const auto& e : events)
                    if (const auto* c = std::get_if<wire::SyscallEvent>(&e))
                        n += c->pid == pid && c->nr == SYS_readv && c->ret == 1;
                return n;
            };
            QVERIFY(collector.waitFor([&](const std::vector<wire::Event>& events) {
                return reads(events, playerPid) == kRounds && reads(events, answererPid) == kRounds;
            }));
            const auto events = collector.events();
            QCOMPARE(reads(events, playerPid), kRounds);
            QCOMPARE(reads(events, answererPid), kRounds);
        }
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyscallEvents)
#include "tst_syscall_events.moc"
