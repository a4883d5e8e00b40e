// SPDX-License-Identifier: MIT
// Process events from the real BPF programs: fork -> exec -> exit, exit signals,
// namespace ids against /proc, a child in its own pid+mnt namespace; both the
// tp_btf and the raw_tp flavour.
#include "child_process.h"
#include "engine_harness.h"

#include <QtTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace proclens;
using namespace proclens::test;

Q_DECLARE_METATYPE(proclens::ProgramFlavor)

namespace {

bool hasEvent(const std::vector<wire::Event>& events, uint16_t type, uint32_t pid)
{
    for (const auto& e : events) {
        if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->type == type && p->task.pid == pid)
            return true;
    }
    return false;
}

const wire::ProcessEvent* find(const std::vector<wire::ProcessEvent>& events, uint16_t type)
{
    for (const auto& e : events) {
        if (e.type == type)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestProcessEvents : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { PROCLENS_REQUIRE_BPF(); }

    void forkExecExit_data()
    {
        QTest::addColumn<ProgramFlavor>("flavor");
        QTest::newRow("tp_btf") << ProgramFlavor::TpBtf;
        QTest::newRow("raw_tp") << ProgramFlavor::RawTracepoint;
    }

    void forkExecExit()
    {
        QFETCH(ProgramFlavor, flavor);
        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.flavor = flavor;
        CaptureEngine engine(std::move(options));
        engine.start();

        ChildProcess child([] {
            char arg0[] = "sh";
            char arg1[] = "-c";
            char arg2[] = "exit 7";
            char arg3[] = "proclens-marker";
            char* argv[] = {arg0, arg1, arg2, arg3, nullptr};
            execv("/bin/sh", argv);
            return 127;
        });
        const uint32_t pid = uint32_t(child.pid());
        const int status = child.wait();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 7);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasEvent(ev, PL_EVENT_EXIT, pid); }));
        engine.stop();

        const auto events = collector.processEvents(pid);
        const auto* fork = find(events, PL_EVENT_FORK);
        const auto* exec = find(events, PL_EVENT_EXEC);
        const auto* exit = find(events, PL_EVENT_EXIT);
        QVERIFY(fork && exec && exit);
        QCOMPARE(fork->task.tid, pid);
        QCOMPARE(fork->task.ppid, uint32_t(getpid()));
        QCOMPARE(exec->task.ppid, uint32_t(getpid()));
        QCOMPARE(exec->task.tid, pid);
        QCOMPARE(exec->old_tid, pid);
        QCOMPARE(exec->filename, std::string("/bin/sh"));
        QCOMPARE(exec->argv, (std::vector<std::string>{"sh", "-c", "exit 7", "proclens-marker"}));
        QCOMPARE(exec->flags & (PL_FLAG_TRUNCATED_ARGV | PL_FLAG_TRUNCATED_FILENAME), 0);
        QCOMPARE(exec->task.comm, std::string("sh"));
        QCOMPARE(exit->exit_code, 7);
        QCOMPARE(exit->exit_signal, 0u);
        QCOMPARE(exit->task.ppid, uint32_t(getpid()));
        QVERIFY(fork->timestamp_ns <= exec->timestamp_ns);
        QVERIFY(exec->timestamp_ns <= exit->timestamp_ns);
        QCOMPARE(fork->task.start_time_ns, exit->task.start_time_ns);
        QCOMPARE(exec->task.uid, uint32_t(getuid()));
        QCOMPARE(exec->task.gid, uint32_t(getgid()));
        QVERIFY(exec->task.cgroup_id != 0);
        QCOMPARE(exec->task.ns_pid, pid); // the initial pid namespace
        const auto errors = collector.decodeErrors();
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
    }

    void exitSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGKILL") << SIGKILL;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    void exitSignal()
    {
        QFETCH(int, signal);
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        int ready[2];
        QVERIFY(pipe2(ready, O_CLOEXEC) == 0);
        ChildProcess child([ready] {
            const char byte = 1;
            if (write(ready[1], &byte, 1) != 1)
                return 3;
            pause();
            return 0;
        });
        const uint32_t pid = uint32_t(child.pid());
        child.release();
        char byte = 0;
        // The child's own signal dispositions are in place once it runs its body.
        QCOMPARE(read(ready[0], &byte, 1), ssize_t(1));
        close(ready[0]);
        close(ready[1]);
        kill(pid_t(pid), signal);
        const int status = child.wait();
        QVERIFY(WIFSIGNALED(status));
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasEvent(ev, PL_EVENT_EXIT, pid); }));
        engine.stop();
        const auto events = collector.processEvents(pid);
        const auto* exit = find(events, PL_EVENT_EXIT);
        QVERIFY(exit);
        QCOMPARE(exit->exit_signal, uint32_t(signal));
        QCOMPARE(exit->exit_code, 0);
    }

    void threadsAreNotProcesses()
    {
        // A multi-threaded child: one fork event, one exit event, whatever its threads do.
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess child([] {
            char arg0[] = "sh";
            char arg1[] = "-c";
            char arg2[] = "true & true & wait; exit 3";
            char* argv[] = {arg0, arg1, arg2, nullptr};
            execv("/bin/sh", argv);
            return 127;
        });
        const uint32_t pid = uint32_t(child.pid());
        QCOMPARE(WEXITSTATUS(child.wait()), 3);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasEvent(ev, PL_EVENT_EXIT, pid); }));
        engine.stop();
        const auto events = collector.processEvents(pid);
        QCOMPARE(std::count_if(events.begin(), events.end(), [](const auto& e) { return e.type == PL_EVENT_EXIT; }), 1);
        // The two background `true`s are children of the shell, each a process of its own.
        int grandchildren = 0;
        for (const auto& e : collector.events()) {
            if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->type == PL_EVENT_FORK && p->task.ppid == pid)
                ++grandchildren;
        }
        QCOMPARE(grandchildren, 2);
    }

    void namespacesMatchProc()
    {
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess child([] {
            char arg0[] = "sleep";
            char arg1[] = "30";
            char* argv[] = {arg0, arg1, nullptr};
            execv("/bin/sleep", argv);
            return 127;
        });
        const uint32_t pid = uint32_t(child.pid());
        child.release();
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasEvent(ev, PL_EVENT_EXEC, pid); }));
        const char* names[PL_NS_COUNT] = {"pid", "mnt", "net", "uts", "ipc", "user", "cgroup", "time"};
        uint32_t expected[PL_NS_COUNT];
        for (int i = 0; i < PL_NS_COUNT; ++i)
            expected[i] = nsInode(pid_t(pid), names[i]);
        kill(pid_t(pid), SIGKILL);
        child.wait();
        engine.stop();
        const auto events = collector.processEvents(pid);
        const auto* exec = find(events, PL_EVENT_EXEC);
        QVERIFY(exec);
        for (int i = 0; i < PL_NS_COUNT; ++i) {
            QVERIFY2(expected[i] != 0, names[i]);
            QVERIFY2(exec->task.ns[size_t(i)] == expected[i],
                     qPrintable(QStringLiteral("%1: bpf %2, /proc %3").arg(names[i]).arg(exec->task.ns[size_t(i)]).arg(expected[i])));
        }
    }

    void ownPidNamespace()
    {
        if (access("/usr/bin/unshare", X_OK) != 0)
            QSKIP("unshare (util-linux) is not installed");
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess child([] {
            char arg0[] = "unshare";
            char arg1[] = "-pfm";
            char arg2[] = "/bin/sh";
            char arg3[] = "-c";
            char arg4[] = "exit 5";
            char* argv[] = {arg0, arg1, arg2, arg3, arg4, nullptr};
            execv("/usr/bin/unshare", argv);
            return 127;
        });
        const uint32_t unsharePid = uint32_t(child.pid());
        const int status = child.wait();
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 5);
        auto innerExec = [unsharePid](const std::vector<wire::Event>& ev) -> const wire::ProcessEvent* {
            for (const auto& e : ev) {
                const auto* p = std::get_if<wire::ProcessEvent>(&e);
                if (p && p->type == PL_EVENT_EXEC && p->task.ppid == unsharePid && p->filename == "/bin/sh")
                    return p;
            }
            return nullptr;
        };
        QVERIFY(collector.waitFor([&](const auto& ev) { return innerExec(ev) != nullptr; }));
        engine.stop();
        const auto events = collector.events();
        const wire::ProcessEvent* inner = innerExec(events);
        QVERIFY(inner);
        QCOMPARE(inner->task.ns_pid, 1u);
        QVERIFY(inner->task.pid != 1u);
        QVERIFY(inner->task.ns[PL_NS_MNT] != nsInode(getpid(), "mnt"));
        QVERIFY(inner->task.ns[PL_NS_PID] != nsInode(getpid(), "pid"));
        QCOMPARE(inner->task.ns[PL_NS_NET], nsInode(getpid(), "net"));
    }

    void longArgvIsTruncated()
    {
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess child([] {
            static char arg0[] = "true";
            static char big[2000];
            for (size_t i = 0; i + 1 < sizeof(big); ++i)
                big[i] = 'x';
            char* argv[] = {arg0, big, nullptr};
            execv("/bin/true", argv);
            return 127;
        });
        const uint32_t pid = uint32_t(child.pid());
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        QVERIFY(collector.waitFor([pid](const auto& ev) { return hasEvent(ev, PL_EVENT_EXEC, pid); }));
        engine.stop();
        const auto events = collector.processEvents(pid);
        const auto* exec = find(events, PL_EVENT_EXEC);
        QVERIFY(exec);
        QVERIFY(exec->flags & PL_FLAG_TRUNCATED_ARGV);
        QCOMPARE(exec->argv.size(), size_t(2));
        QCOMPARE(exec->argv[0], std::string("true"));
        QCOMPARE(exec->argv[1].size(), size_t(PL_ARGV_MAX_BYTES - 5 - 1));
    }
};

QTEST_GUILESS_MAIN(TestProcessEvents)
#include "tst_process_events.moc"
