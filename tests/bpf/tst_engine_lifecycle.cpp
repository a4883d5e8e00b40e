// SPDX-License-Identifier: MIT
// CaptureEngine as an object: what it reports, two at once, stop and start
// again, level changes while running, clear errors for bad options.
#include "child_process.h"
#include "engine_harness.h"
#include "kernel_features.h"

#include <QtTest>

#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace proclens;
using namespace proclens::test;

Q_DECLARE_METATYPE(proclens::ThreadSlot)

namespace {

int getppidTimes(int n)
{
    for (int i = 0; i < n; ++i)
        syscall(SYS_getppid);
    return 0;
}

size_t getppidEvents(const EventCollector& collector, pid_t pid)
{
    const auto calls = collector.syscallEvents(uint32_t(pid));
    return size_t(std::count_if(calls.begin(), calls.end(), [](const auto& c) { return c.nr == SYS_getppid; }));
}

// Runs a child doing n getppid() and waits until collector has all n events.
bool childSeen(EventCollector& collector, int n)
{
    ChildProcess child([n] { return getppidTimes(n); });
    collector.watch(uint32_t(child.pid()));
    if (WEXITSTATUS(child.wait()) != 0)
        return false;
    const pid_t pid = child.pid();
    return QTest::qWaitFor([&] { return getppidEvents(collector, pid) == size_t(n); }, 15000);
}

// Runs a child doing n getppid() and checks the summary counted exactly n for it.
bool childSeenInSummary(const CaptureEngine& engine, int n)
{
    ChildProcess child([n] { return getppidTimes(n); });
    if (WEXITSTATUS(child.wait()) != 0)
        return false;
    for (const SummaryRow& row : engine.readSummary()) {
        if (row.pid == uint32_t(child.pid()) && row.nr == SYS_getppid)
            return row.count == uint64_t(n);
    }
    return false;
}

} // namespace

class TestEngineLifecycle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { PROCLENS_REQUIRE_BPF(); }

    void reportsWhatItAttached_data()
    {
        QTest::addColumn<ProgramFlavor>("flavor");
        QTest::addColumn<QString>("btf");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("processKind");
        QTest::newRow("tp_btf") << ProgramFlavor::TpBtf << QString() << "CO-RE (kernel BTF)" << "tp_btf";
        QTest::newRow("raw_tp") << ProgramFlavor::RawTracepoint << QString() << "CO-RE (kernel BTF)" << "raw_tp";
        QTest::newRow("raw_tp, external BTF") << ProgramFlavor::RawTracepoint << "/sys/kernel/btf/vmlinux"
                                              << "CO-RE (external BTF /sys/kernel/btf/vmlinux)" << "raw_tp";
    }

    void reportsWhatItAttached()
    {
        QFETCH(ProgramFlavor, flavor);
        QFETCH(QString, btf);
        QFETCH(QString, mode);
        QFETCH(QString, processKind);
        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.flavor = flavor;
        options.btfCustomPath = btf.toStdString();
        if (!btf.isEmpty())
            options.firstMode = EngineMode::CoreExternalBtf;
        options.ringBufferBytes = 3u << 20; // rounded up to a power of two
        CaptureEngine engine(std::move(options));
        QVERIFY(!engine.running());
        engine.start();
        QVERIFY(engine.running());
        const EngineInfo info = engine.info();
        struct utsname u{};
        uname(&u);
        QCOMPARE(QString::fromStdString(info.mode), mode);
        QCOMPARE(info.kernelRelease, std::string(u.release));
        QCOMPARE(info.ringBufferBytes, size_t(4u << 20));
        const QString k = processKind;
        QStringList programs;
        for (const auto& p : info.programs)
            programs << QString::fromStdString(p);
        // tp_btf plans keep in-flight syscalls per CPU, parked in task storage, where the kernel has it (5.11+).
        const bool taskStorage = k == QStringLiteral("tp_btf") && engine::taskStorageMissing().empty();
        QStringList expected = {QStringLiteral("%1_fork (%1)").arg(k), QStringLiteral("%1_exec (%1)").arg(k),
                                QStringLiteral("%1_exit (%1)").arg(k)};
        if (taskStorage)
            expected << QStringLiteral("tp_btf_switch (tp_btf, parks in-flight syscalls in task storage)")
                     << QStringLiteral("tp_btf_sys_enter (tp_btf, per-CPU slot)")
                     << QStringLiteral("tp_btf_sys_exit (tp_btf, per-CPU slot)");
        else
            expected << QStringLiteral("sys_enter (raw_tp)") << QStringLiteral("sys_exit (raw_tp)");
        QCOMPARE(programs, expected);
        const std::string slotLine = taskStorage ? "in-flight syscalls: per-CPU slot, parked in task-local storage"
                                                 : "in-flight syscalls: tid-keyed hash";
        QVERIFY(std::any_of(info.features.begin(), info.features.end(),
                            [&](const std::string& f) { return f.rfind(slotLine, 0) == 0; }));
        ChildProcess child([] { return getppidTimes(3); });
        const uint32_t pid = uint32_t(child.pid());
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        QVERIFY(collector.waitFor([pid](const auto& ev) {
            for (const auto& e : ev) {
                if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->type == PL_EVENT_EXIT && p->task.pid == pid)
                    return true;
            }
            return false;
        }));
        engine.stop();
        QVERIFY(!engine.running());
        const EngineStats stats = engine.stats();
        QVERIFY(stats.records >= 2);
        QVERIFY(stats.bytes >= stats.records * sizeof(pl_event_header));
        QCOMPARE(stats.kernelDrops, 0u);
        QCOMPARE(stats.userDrops, 0u);
    }

    void threadSlotChoice_data()
    {
        QTest::addColumn<ThreadSlot>("slot");
        QTest::addColumn<ProgramFlavor>("flavor");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("enterHook");
        QTest::newRow("hash requested") << ThreadSlot::Hash << ProgramFlavor::TpBtf << true << "sys_enter (raw_tp)";
        QTest::newRow("task storage required") << ThreadSlot::TaskStorage << ProgramFlavor::TpBtf << true
                                               << "tp_btf_sys_enter (tp_btf, per-CPU slot)";
        QTest::newRow("task storage with raw_tp") << ThreadSlot::TaskStorage << ProgramFlavor::RawTracepoint << false
                                                  << QString();
    }

    void threadSlotChoice()
    {
        QFETCH(ThreadSlot, slot);
        QFETCH(ProgramFlavor, flavor);
        QFETCH(bool, loads);
        QFETCH(QString, enterHook);
        if (slot == ThreadSlot::TaskStorage && loads && !engine::taskStorageMissing().empty())
            QSKIP(qPrintable(QString::fromStdString("no task storage here: " + engine::taskStorageMissing())));
        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.threadSlot = slot;
        options.flavor = flavor;
        options.onlyFirstMode = true;
        CaptureEngine engine(std::move(options));
        if (!loads) {
            // raw_tp hooks cannot use task storage, so the only mode tried is rejected with a reason.
            try {
                engine.start();
                QFAIL("start() loaded raw_tp hooks although task storage was required");
            } catch (const EngineError& e) {
                QVERIFY2(std::string(e.what()).find("Task-local storage") != std::string::npos, e.what());
            }
            return;
        }
        engine.start();
        const EngineInfo info = engine.info();
        QVERIFY(std::find(info.programs.begin(), info.programs.end(), enterHook.toStdString()) != info.programs.end());
        QVERIFY(childSeenInSummary(engine, 500));
    }

    void twoEnginesAtOnce()
    {
        EventCollector a;
        EventCollector b;
        a.watchOnly({});
        b.watchOnly({});
        CaptureEngine first(collectingOptions(a, CaptureLevel::Events));
        CaptureEngine second(collectingOptions(b, CaptureLevel::SummaryAndEvents));
        first.start();
        second.start();
        ChildProcess child([] { return getppidTimes(20); });
        a.watch(uint32_t(child.pid()));
        b.watch(uint32_t(child.pid()));
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        const pid_t pid = child.pid();
        QTRY_COMPARE_WITH_TIMEOUT(getppidEvents(a, pid), size_t(20), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(getppidEvents(b, pid), size_t(20), 15000);
        bool counted = false;
        for (const auto& row : second.readSummary())
            counted = counted || (row.pid == uint32_t(pid) && row.nr == SYS_getppid && row.count == 20);
        QVERIFY(counted);
        // Stopping one leaves the other working.
        first.stop();
        a.clear();
        QVERIFY(childSeen(b, 7));
        second.stop();
    }

    void stopAndStartAgain()
    {
        EventCollector collector;
        collector.watchOnly({});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Events));
        for (int round = 0; round < 3; ++round) {
            engine.start();
            engine.start(); // idempotent
            QVERIFY(childSeen(collector, 5));
            engine.stop();
            engine.stop(); // idempotent
            collector.clear();
        }
    }

    void levelChangesWhileRunning()
    {
        EventCollector collector;
        collector.watchOnly({});
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess quiet([] { return getppidTimes(4); });
        collector.watch(uint32_t(quiet.pid()));
        QCOMPARE(WEXITSTATUS(quiet.wait()), 0);
        engine.setLevel(CaptureLevel::Events);
        QVERIFY(childSeen(collector, 6));
        engine.stop();
        QCOMPARE(getppidEvents(collector, quiet.pid()), size_t(0)); // summary only: no events
    }

    void summaryClears()
    {
        EventCollector collector;
        CaptureEngine engine(collectingOptions(collector, CaptureLevel::Summary));
        engine.start();
        ChildProcess child([] { return getppidTimes(2); });
        QCOMPARE(WEXITSTATUS(child.wait()), 0);
        auto hasChild = [&] {
            for (const auto& row : engine.readSummary())
                if (row.pid == uint32_t(child.pid()))
                    return true;
            return false;
        };
        QVERIFY(hasChild());
        engine.clearSummary();
        QVERIFY(!hasChild());
        engine.stop();
    }

    void badOptions_data()
    {
        QTest::addColumn<size_t>("ringBytes");
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("btf");
        QTest::addColumn<QString>("needle");
        QTest::newRow("ring too small") << size_t(100) << int(ProgramFlavor::TpBtf) << QString() << "ring buffer size";
        QTest::newRow("ring too large") << (size_t(4) << 30) << int(ProgramFlavor::TpBtf) << QString() << "ring buffer size";
    }

    void badOptions()
    {
        QFETCH(size_t, ringBytes);
        QFETCH(int, flavor);
        QFETCH(QString, btf);
        QFETCH(QString, needle);
        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.ringBufferBytes = ringBytes;
        options.flavor = ProgramFlavor(flavor);
        options.btfCustomPath = btf.toStdString();
        CaptureEngine engine(std::move(options));
        try {
            engine.start();
            QFAIL("start() accepted bad options");
        } catch (const EngineError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(needle), e.what());
        }
        QVERIFY(!engine.running());
        QVERIFY(engine.readSummary().empty());
    }
};

QTEST_GUILESS_MAIN(TestEngineLifecycle)
#include "tst_engine_lifecycle.moc"
