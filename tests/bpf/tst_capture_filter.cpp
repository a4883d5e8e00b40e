// SPDX-License-Identifier: MIT
// The in-kernel capture filter: each criterion lets through only what it should.
#include "child_process.h"
#include "engine_harness.h"

#include <QtTest>

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>

using namespace proclens;
using namespace proclens::test;

namespace {

constexpr int kCalls = 5;

int doGetppid()
{
    for (int i = 0; i < kCalls; ++i)
        syscall(SYS_getppid);
    return 0;
}

size_t countNr(const std::vector<wire::SyscallEvent>& calls, uint32_t nr)
{
    return size_t(std::count_if(calls.begin(), calls.end(), [nr](const auto& c) { return c.nr == nr; }));
}

std::set<uint32_t> syscallPids(const std::vector<wire::Event>& events)
{
    std::set<uint32_t> pids;
    for (const auto& e : events) {
        if (const auto* s = std::get_if<wire::SyscallEvent>(&e))
            pids.insert(s->pid);
    }
    return pids;
}

// Runs included and other to completion under filter, then stops the engine so
// everything they caused has been drained.
void runPair(EventCollector& collector, const CaptureFilter& filter, ChildProcess& included, ChildProcess& other)
{
    EngineOptions options = collectingOptions(collector, CaptureLevel::Events);
    options.filter = filter;
    CaptureEngine engine(std::move(options));
    engine.start();
    QCOMPARE(WEXITSTATUS(included.wait()), 0);
    QCOMPARE(WEXITSTATUS(other.wait()), 0);
    engine.stop();
}

// Where the cgroup v2 hierarchy is mounted (/sys/fs/cgroup, or .../unified on hybrid systems).
std::string cgroup2Mount()
{
    std::ifstream mounts("/proc/self/mounts");
    std::string device, path, type, rest;
    while (mounts >> device >> path >> type && std::getline(mounts, rest)) {
        if (type == "cgroup2")
            return path;
    }
    return {};
}

} // namespace

class TestCaptureFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { PROCLENS_REQUIRE_BPF(); }

    void pidFollow_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("follow children") << true;
        QTest::newRow("pid only") << false;
    }

    void pidFollow()
    {
        QFETCH(bool, follow);
        int grandchildPipe[2];
        QVERIFY(pipe2(grandchildPipe, O_CLOEXEC) == 0);
        ChildProcess parent([grandchildPipe] {
            pid_t g = fork();
            if (g == 0)
                _exit(doGetppid());
            if (write(grandchildPipe[1], &g, sizeof(g)) != sizeof(g))
                return 3;
            int status = 0;
            waitpid(g, &status, 0);
            return doGetppid();
        });
        ChildProcess other(doGetppid);
        EventCollector collector;
        CaptureFilter filter;
        filter.pids = {uint32_t(parent.pid())};
        filter.followChildren = follow;
        runPair(collector, filter, parent, other);
        pid_t grandchild = 0;
        QCOMPARE(read(grandchildPipe[0], &grandchild, sizeof(grandchild)), ssize_t(sizeof(grandchild)));
        close(grandchildPipe[0]);
        close(grandchildPipe[1]);

        QCOMPARE(countNr(collector.syscallEvents(uint32_t(parent.pid())), SYS_getppid), size_t(kCalls));
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(grandchild)), SYS_getppid), size_t(follow ? kCalls : 0));
        QVERIFY(collector.syscallEvents(uint32_t(other.pid())).empty());
        const auto pids = syscallPids(collector.events());
        QCOMPARE(pids.size(), size_t(follow ? 2 : 1));
        // The fork of an included parent is reported only when the child is followed.
        const auto forks = collector.processEvents(uint32_t(grandchild));
        QCOMPARE(forks.empty(), !follow);
    }

    void excludePid()
    {
        ChildProcess included(doGetppid);
        ChildProcess excluded(doGetppid);
        EventCollector collector;
        collector.watchOnly({uint32_t(included.pid()), uint32_t(excluded.pid())});
        CaptureFilter filter;
        filter.excludePids = {uint32_t(excluded.pid())};
        runPair(collector, filter, included, excluded);
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(included.pid())), SYS_getppid), size_t(kCalls));
        QVERIFY(collector.syscallEvents(uint32_t(excluded.pid())).empty());
        QVERIFY(collector.processEvents(uint32_t(excluded.pid())).empty());
        QVERIFY(!collector.processEvents(uint32_t(included.pid())).empty());
    }

    void uid()
    {
        ChildProcess nobody([] {
            if (setresgid(65534, 65534, 65534) != 0 || setresuid(65534, 65534, 65534) != 0)
                return 4;
            return doGetppid();
        });
        ChildProcess root(doGetppid);
        EventCollector collector;
        collector.watchOnly({uint32_t(nobody.pid()), uint32_t(root.pid())});
        CaptureFilter filter;
        filter.uids = {65534};
        runPair(collector, filter, nobody, root);
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(nobody.pid())), SYS_getppid), size_t(kCalls));
        QVERIFY(collector.syscallEvents(uint32_t(root.pid())).empty());
        for (const auto& e : collector.events()) {
            if (const auto* p = std::get_if<wire::ProcessEvent>(&e))
                QCOMPARE(p->task.uid, 65534u);
        }
    }

    void comm()
    {
        ChildProcess named([] {
            prctl(PR_SET_NAME, "pl-filter-comm", 0, 0, 0);
            return doGetppid();
        });
        ChildProcess unnamed(doGetppid);
        EventCollector collector;
        CaptureFilter filter;
        filter.comms = {"pl-filter-comm"};
        runPair(collector, filter, named, unnamed);
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(named.pid())), SYS_getppid), size_t(kCalls));
        QVERIFY(collector.syscallEvents(uint32_t(unnamed.pid())).empty());
        QCOMPARE(syscallPids(collector.events()), (std::set<uint32_t>{uint32_t(named.pid())}));
        bool sawExit = false;
        for (const auto& e : collector.events()) {
            if (const auto* p = std::get_if<wire::ProcessEvent>(&e)) {
                QCOMPARE(p->task.comm, std::string("pl-filter-comm"));
                sawExit = sawExit || (p->type == PL_EVENT_EXIT && p->task.pid == uint32_t(named.pid()));
            }
        }
        QVERIFY(sawExit);
    }

    void syscallSet()
    {
        ChildProcess a([] {
            syscall(SYS_getpid);
            return doGetppid();
        });
        ChildProcess b([] { return int(syscall(SYS_getpid) > 0 ? 0 : 1); });
        EventCollector collector;
        CaptureFilter filter;
        filter.syscalls = {SYS_getppid};
        runPair(collector, filter, a, b);
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(a.pid())), SYS_getppid), size_t(kCalls));
        for (const auto& e : collector.events()) {
            if (const auto* s = std::get_if<wire::SyscallEvent>(&e))
                QCOMPARE(s->nr, uint32_t(SYS_getppid));
        }
        // The syscall set does not filter process events.
        QVERIFY(!collector.processEvents(uint32_t(b.pid())).empty());
    }

    void namespaceId()
    {
        ChildProcess inside([] { unshare(CLONE_NEWUTS); }, doGetppid);
        ChildProcess outside(doGetppid);
        // prepare() may not have run yet: wait until the child is in its own namespace.
        QTRY_VERIFY(nsInode(inside.pid(), "uts") != nsInode(getpid(), "uts"));
        EventCollector collector;
        CaptureFilter filter;
        filter.ns = std::make_pair(uint32_t(PL_NS_UTS), nsInode(inside.pid(), "uts"));
        runPair(collector, filter, inside, outside);
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(inside.pid())), SYS_getppid), size_t(kCalls));
        QCOMPARE(syscallPids(collector.events()), (std::set<uint32_t>{uint32_t(inside.pid())}));
    }

    void cgroup()
    {
        const std::string root = cgroup2Mount();
        if (root.empty())
            QSKIP("no cgroup v2 hierarchy is mounted");
        const std::string dir = root + "/proclens-test-" + std::to_string(getpid());
        if (mkdir(dir.c_str(), 0755) != 0)
            QSKIP("cannot create a cgroup under /sys/fs/cgroup");
        struct stat st{};
        QVERIFY(stat(dir.c_str(), &st) == 0);
        ChildProcess inside(doGetppid);
        ChildProcess outside(doGetppid);
        {
            std::ofstream procs(dir + "/cgroup.procs");
            procs << inside.pid() << std::endl;
            QVERIFY(procs.good());
        }
        EventCollector collector;
        CaptureFilter filter;
        filter.cgroupIds = {uint64_t(st.st_ino)};
        runPair(collector, filter, inside, outside);
        rmdir(dir.c_str());
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(inside.pid())), SYS_getppid), size_t(kCalls));
        QCOMPARE(syscallPids(collector.events()), (std::set<uint32_t>{uint32_t(inside.pid())}));
    }

    void changeWhileRunning()
    {
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Events));
        engine.start();
        ChildProcess first(doGetppid);
        CaptureFilter none;
        none.pids = {1}; // only init: nothing of ours
        engine.setFilter(none);
        QCOMPARE(WEXITSTATUS(first.wait()), 0);
        ChildProcess second(doGetppid);
        CaptureFilter onlySecond;
        onlySecond.pids = {uint32_t(second.pid())};
        engine.setFilter(onlySecond);
        QCOMPARE(WEXITSTATUS(second.wait()), 0);
        engine.stop();
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(first.pid())), SYS_getppid), size_t(0));
        QCOMPARE(countNr(collector.syscallEvents(uint32_t(second.pid())), SYS_getppid), size_t(kCalls));
    }

    void invalidFilter_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("syscall out of range") << 0;
        QTest::newRow("comm too long") << 1;
        QTest::newRow("empty comm") << 2;
        QTest::newRow("namespace kind") << 3;
        QTest::newRow("follow without pids") << 4;
    }

    void invalidFilter()
    {
        QFETCH(int, which);
        CaptureFilter filter;
        switch (which) {
        case 0: filter.syscalls = {PL_MAX_SYSCALL_NR}; break;
        case 1: filter.comms = {"a-name-longer-than-15"}; break;
        case 2: filter.comms = {""}; break;
        case 3: filter.ns = std::make_pair(uint32_t(PL_NS_COUNT), 1u); break;
        case 4: filter.followChildren = true; break;
        }
        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.filter = filter;
        QVERIFY_THROWS_EXCEPTION(EngineError, CaptureEngine{std::move(options)});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        QVERIFY_THROWS_EXCEPTION(EngineError, engine.setFilter(filter));
    }
};

QTEST_GUILESS_MAIN(TestCaptureFilter)
#include "tst_capture_filter.moc"
