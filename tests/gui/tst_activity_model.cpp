// SPDX-License-Identifier: MIT
// ActivityModel over an EventStore: rows announced per flush at the end,
// dropped chunks removed at the top, the view filter as an index (built now
// or on the worker), new events tested on arrival, highlight background,
// cell texts; every model under QAbstractItemModelTester. The view filter on
// syscall rows sees the process facts (ns.*, container, user, exe, ppid,
// cgroup) the store's process resolver attached to them.

#include "activity_filter.h"
#include "activity_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace proclens;
using namespace proclens::gui;

namespace {
constexpr std::size_t kChunk = EventChunk::kChunkEvents;

wire::SyscallEvent syscall(std::uint32_t pid, std::uint32_t nr, std::int64_t ret, std::string path = {})
{
    wire::SyscallEvent e;
    e.pid = e.tid = pid;
    e.nr = nr;
    e.ret = ret;
    e.latency_ns = 2500;
    e.timestamp_ns = 5'000'000'000ull;
    if (!path.empty()) {
        e.args[0] = std::uint64_t(-100);
        e.payload = PL_PAYLOAD_PATH;
        e.paths = {{std::move(path), 0}};
    }
    return e;
}

void fill(EventStore& store, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        store.append(syscall(std::uint32_t(i % 10), 39, std::int64_t(i)));
}

// Structural signals as strings.
QStringList* record(QAbstractItemModel* model)
{
    auto* log = new QStringList;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                     [log](const QModelIndex&, int a, int b) { *log << QStringLiteral("insert %1-%2").arg(a).arg(b); });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                     [log](const QModelIndex&, int a, int b) { *log << QStringLiteral("remove %1-%2").arg(a).arg(b); });
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [log] { *log << QStringLiteral("reset"); });
    return log;
}

EventPredicateFactory pidIs(std::uint32_t pid)
{
    return [pid] { return EventPredicate([pid](const StoredEvent& e) { return e.pid == pid; }); };
}
}  // namespace

class TestActivityModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insertsPerFlushAtTheEnd()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::unique_ptr<QStringList> log(record(&model));
        fill(store, 10);
        QCOMPARE(model.rowCount(), 0);  // not announced yet
        model.flush();
        fill(store, 5);
        model.flush();
        model.flush();  // nothing new: no signal
        QCOMPARE(*log, QStringList({"insert 0-9", "insert 10-14"}));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.index(14, ActivityModel::Result).data().toString(), QStringLiteral("4"));  // second fill restarts at 0
        QCOMPARE(model.sequenceAt(14), 14ull);
        QCOMPARE(model.rowOfSequence(14), 14);
        QCOMPARE(model.rowOfSequence(15), -1);
    }

    void autoFlushCoalesces()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(20);
        std::unique_ptr<QStringList> log(record(&model));
        for (int i = 0; i < 5; ++i)
            fill(store, 100);
        QTRY_COMPARE(model.rowCount(), 500);
        QCOMPARE(*log, QStringList({"insert 0-499"}));
    }

    void dropsRemoveAtTheTop()
    {
        EventStore store(2 * kChunk);
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::unique_ptr<QStringList> log(record(&model));
        fill(store, 2 * kChunk);
        model.flush();
        fill(store, 10);  // drops the first chunk while the model shows it
        // The append does not touch the view: the dropped rows stay readable until the flush.
        QCOMPARE(model.rowCount(), int(2 * kChunk));
        QCOMPARE(log->size(), 1);
        QCOMPARE(model.sequenceAt(0), 0ull);
        QCOMPARE(model.index(0, ActivityModel::Result).data().toString(), QStringLiteral("0"));
        QVERIFY(model.rowSequences().front() >= store.firstSeq());  // export sees only what the store holds
        model.flush();
        QCOMPARE(*log, QStringList({QStringLiteral("insert 0-%1").arg(2 * kChunk - 1),
                                    QStringLiteral("remove 0-%1").arg(kChunk - 1),
                                    QStringLiteral("insert %1-%2").arg(kChunk).arg(kChunk + 9)}));
        QCOMPARE(model.rowCount(), int(kChunk + 10));
        QCOMPARE(model.sequenceAt(0), std::uint64_t(kChunk));
        QCOMPARE(model.index(0, ActivityModel::Result).data().toString(), QString::number(kChunk));
    }

    void dropOfUnannouncedEvents()
    {
        // Events dropped before any flush never become rows.
        EventStore store(2 * kChunk);
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(store, 3 * kChunk);
        model.flush();
        QCOMPARE(model.rowCount(), int(store.size()));
        QCOMPARE(model.sequenceAt(0), store.firstSeq());
    }

    void filterNowAndOnArrival()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(store, 100);
        model.flush();
        std::unique_ptr<QStringList> log(record(&model));
        model.setFilterNow(pidIs(3));
        QVERIFY(model.isFiltered());
        QCOMPARE(model.rowCount(), 10);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, ActivityModel::Pid).data().toUInt(), 3u);
        QCOMPARE(model.sequenceAt(1), 13ull);
        QCOMPARE(model.rowOfSequence(13), 1);
        QCOMPARE(model.rowOfSequence(14), -1);
        fill(store, 20);  // pids 0..9 twice: two new matches
        model.flush();
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.sequenceAt(11), 113ull);
        model.setFilterNow({});
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(*log, QStringList({"reset", "insert 10-11", "reset"}));
    }

    void filterOnWorker()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(store, 3 * kChunk + 7);
        model.flush();
        QSignalSpy applied(&model, &ActivityModel::filterApplied);
        model.setFilter(pidIs(7));
        QVERIFY(model.filterPending());
        QVERIFY(!model.isFiltered());
        // Arrivals while the worker runs are tested at the swap or the next flush.
        fill(store, 10);
        model.flush();
        QVERIFY(applied.wait(10000));
        QVERIFY(!model.filterPending());
        const std::size_t total = 3 * kChunk + 17;
        std::size_t expected = 0;
        for (std::size_t i = 0; i < total; ++i)
            expected += (i < 3 * kChunk + 7 ? i : i - (3 * kChunk + 7)) % 10 == 7;
        QCOMPARE(model.rowCount(), int(expected));
        QCOMPARE(applied.at(0).at(0).toInt(), int(expected));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.sequenceAt(r - 1) < model.sequenceAt(r));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.eventAt(r)->pid, 7u);
    }

    void newerFilterWins()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        fill(store, 2 * kChunk);
        model.flush();
        QSignalSpy applied(&model, &ActivityModel::filterApplied);
        model.setFilter(pidIs(1));
        model.setFilter(pidIs(2));
        QTRY_VERIFY(!model.filterPending());
        QTest::qWait(50);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(model.eventAt(0)->pid, 2u);
    }

    void filteredDropRemovesOnlyItsRows()
    {
        EventStore store(2 * kChunk);
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(store, 2 * kChunk);
        model.flush();
        model.setFilterNow(pidIs(0));
        const int before = model.rowCount();
        std::unique_ptr<QStringList> log(record(&model));
        fill(store, 1);  // drops chunk 0 (kChunk / 10 rounded up rows of pid 0)
        QCOMPARE(model.rowCount(), before);  // removed at the flush, not inside the append
        model.flush();
        const int gone = int((kChunk + 9) / 10);
        // The new event (pid 0) matches: the same flush appends it after the removal.
        QCOMPARE(*log, QStringList({QStringLiteral("remove 0-%1").arg(gone - 1),
                                    QStringLiteral("insert %1-%1").arg(before - gone)}));
        QCOMPARE(model.rowCount(), before - gone + 1);
        QVERIFY(model.sequenceAt(0) >= store.firstSeq());
    }

    void clearRemovesEverything()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(store, 50);
        model.flush();
        store.clear();
        QCOMPARE(model.rowCount(), 0);
        fill(store, 5);
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.sequenceAt(0), 50ull);
    }

    void viewFilterSeesProcessFactsOfSyscalls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<uint>>("pids");
        QTest::newRow("ns.net") << QStringLiteral("ns.net = 4026531841") << QList<uint>{100};
        QTest::newRow("ns.mnt") << QStringLiteral("ns.mnt = 4026531832") << QList<uint>{200};
        QTest::newRow("container") << QStringLiteral("container = \"abc123\"") << QList<uint>{100};
        QTest::newRow("not container") << QStringLiteral("not container = \"abc123\"") << QList<uint>{200, 300};
        QTest::newRow("user by name") << QStringLiteral("user = root") << QList<uint>{100};
        QTest::newRow("user by uid") << QStringLiteral("user = 1000") << QList<uint>{200};
        QTest::newRow("exe") << QStringLiteral("exe = \"/bin/sh\"") << QList<uint>{200};
        QTest::newRow("ppid") << QStringLiteral("ppid = 1") << QList<uint>{100};
        QTest::newRow("cgroup") << QStringLiteral("cgroup = 77") << QList<uint>{100};
        QTest::newRow("unknown pid matches no fact") << QStringLiteral("ns.net != 1") << QList<uint>{100, 200};
    }

    void viewFilterSeesProcessFactsOfSyscalls()
    {
        QFETCH(QString, text);
        QFETCH(QList<uint>, pids);
        EventStore store;
        int asked = 0;
        store.setProcessResolver([&asked](std::uint32_t pid, ProcessFacts& out) {
            ++asked;
            if (pid == 100) {
                out.ppid = 1;
                out.uid = 0;
                out.cgroupId = 77;
                out.ns[PL_NS_NET] = 4026531841u;
                out.ns[PL_NS_MNT] = 4026532000u;
                out.exe = "/usr/bin/curl";
                out.container = "abc123";
                return true;
            }
            if (pid == 200) {
                out.ppid = 50;
                out.uid = 1000;
                out.cgroupId = 5;
                out.ns[PL_NS_NET] = 4026531840u;
                out.ns[PL_NS_MNT] = 4026531832u;
                out.exe = "/bin/sh";
                return true;
            }
            return false;  // pid 300: not in the table
        });
        for (int i = 0; i < 3; ++i)
            for (std::uint32_t pid : {100u, 200u, 300u})
                store.append(syscall(pid, 39, 0));
        QCOMPARE(asked, 3);  // once per pid per chunk
        ActivityModel model(&store);
        model.setFlushRate(0);
        model.flush();
        const ActivityFilter f = compileActivityFilter(text);
        QVERIFY2(f.ok(), qPrintable(f.error));
        model.setFilterNow(f.factory);
        QList<uint> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            if (!shown.contains(model.eventAt(r)->pid))
                shown << model.eventAt(r)->pid;
        QCOMPARE(shown, pids);
        QCOMPARE(model.rowCount(), 3 * int(pids.size()));
    }

    void processFactsAskedAgainAfterProcessEvent()
    {
        // An exec changes the exe: syscalls before it keep the old facts, later ones get the new.
        EventStore store;
        std::string exe = "/bin/sh";
        store.setProcessResolver([&exe](std::uint32_t, ProcessFacts& out) {
            out.exe = exe;
            return true;
        });
        store.append(syscall(42, 39, 0));
        exe = "/usr/bin/python3";
        store.append(syscall(42, 39, 0));  // same chunk, not asked again
        wire::ProcessEvent exec;
        exec.type = PL_EVENT_EXEC;
        exec.task.pid = exec.task.tid = 42;
        exec.task.comm = "python3";
        exec.filename = "/usr/bin/python3";
        store.append(exec);
        store.append(syscall(42, 39, 0));
        ProcessFacts f;
        QVERIFY(store.at(0).facts(f));
        QCOMPARE(f.exe, std::string_view("/bin/sh"));
        QVERIFY(store.at(1).facts(f));
        QCOMPARE(f.exe, std::string_view("/bin/sh"));
        QVERIFY(store.at(3).facts(f));
        QCOMPARE(f.exe, std::string_view("/usr/bin/python3"));
        const ActivityFilter filter = compileActivityFilter(QStringLiteral("exe = \"/bin/sh\""));
        QVERIFY(filter.ok());
        EventPredicate match = filter.factory();
        QVERIFY(match(store.at(0)));
        QVERIFY(!match(store.at(3)));
    }

    void highlightRole()
    {
        EventStore store;
        ActivityModel model(&store);
        model.setFlushRate(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.append(syscall(1, 257, 3, "/etc/hosts"));
        store.append(syscall(1, 257, -2, "/nope"));
        store.append(syscall(2, 39, 1));
        model.flush();
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHighlightRules({{[](const StoredEvent& e) { return e.result < 0; }, QColor(Qt::yellow)},
                                 {[](const StoredEvent& e) { return e.pid == 1; }, QColor(Qt::cyan)}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>({Qt::BackgroundRole}));
        // First matching rule wins, every column of the row.
        QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::cyan));
        QCOMPARE(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::yellow));
        QCOMPARE(model.index(1, ActivityModel::Result).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::yellow));
        QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
    }

    void cellTexts()
    {
        EventStore store;
        store.setCommResolver([](std::uint32_t) { return std::string("cat"); });
        ActivityModel model(&store);
        model.setFlushRate(0);
        store.append(syscall(10, 257, -2, "/missing"));
        wire::ProcessEvent exit;
        exit.type = PL_EVENT_EXIT;
        exit.task.pid = exit.task.tid = 10;
        exit.task.comm = "cat";
        exit.exit_signal = 9;
        store.append(exit);
        model.flush();
        auto text = [&](int row, int col) { return model.index(row, col).data().toString(); };
        QCOMPARE(text(0, ActivityModel::Process), QStringLiteral("cat"));
        QCOMPARE(text(0, ActivityModel::Pid), QStringLiteral("10"));
        QCOMPARE(text(0, ActivityModel::Event), QStringLiteral("openat"));
        QVERIFY2(text(0, ActivityModel::Arguments).contains(QLatin1String("\"/missing\"")), qPrintable(text(0, 5)));
        QVERIFY(text(0, ActivityModel::Arguments).contains(QLatin1String("AT_FDCWD")));
        QCOMPARE(text(0, ActivityModel::Result), QStringLiteral("-2 ENOENT"));
        QCOMPARE(text(0, ActivityModel::Duration), QStringLiteral("2.500 µs"));
        QCOMPARE(text(0, ActivityModel::Time), QStringLiteral("5.000000"));
        QVERIFY(model.index(0, ActivityModel::Result).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(model.index(0, 0).data(ActivityModel::FailedRole).toBool());
        QCOMPARE(text(1, ActivityModel::Event), QStringLiteral("exit"));
        QCOMPARE(text(1, ActivityModel::Result), QStringLiteral("SIGKILL"));
        QCOMPARE(text(1, ActivityModel::Duration), QString());
        model.setRealtimeOffset(1'700'000'000'000'000'000ll);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$")).match(text(0, 0)).hasMatch());
    }
};

QTEST_MAIN(TestActivityModel)
#include "tst_activity_model.moc"
