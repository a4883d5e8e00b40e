// SPDX-License-Identifier: MIT
// ProcessTable + ProcessTreeModel: tree from a snapshot, fork/exec/exit updates
// with the exact structural signals, lingering exited rows, flat mode and
// filters, /proc samples, and a selection that survives updates. Every model
// is wrapped in QAbstractItemModelTester.

#include "fixtures.h"
#include "process_tree_model.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace proclens;
using namespace proclens::gui;

class TestProcessTreeModel : public QObject {
    Q_OBJECT
    std::int64_t clockMs_ = 100000;

    void useFakeClock(ProcessTable& t)
    {
        t.setClock([this] { return clockMs_; });
    }

    /// The model's own view of the tree, walked through the QAbstractItemModel API.
    static QString modelTree(const QAbstractItemModel& m, const QModelIndex& parent = {})
    {
        QString out = QStringLiteral("[");
        for (int r = 0; r < m.rowCount(parent); ++r) {
            if (r)
                out += QLatin1Char(' ');
            const QModelIndex i = m.index(r, 0, parent);
            out += QString::number(m.index(r, int(ProcessColumn::Pid), parent).data(RawRole).toUInt());
            if (m.rowCount(i) > 0)
                out += modelTree(m, i);
        }
        return out + QLatin1Char(']');
    }

private Q_SLOTS:
    void snapshotTree_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("tree");
        QTest::newRow("chain") << "1:0 2:1 3:2" << "[1[2[3]]]";
        QTest::newRow("siblings") << "1:0 2:0 3:1 4:1 5:2" << "[1[3 4] 2[5]]";
        QTest::newRow("child pid below parent (wrap)") << "1:0 9:1 5:9" << "[1[9[5]]]";
        QTest::newRow("missing parent is top level") << "1:0 7:42" << "[1 7]";
        QTest::newRow("empty") << "" << "[]";
    }
    void snapshotTree()
    {
        QFETCH(QString, rows);
        QFETCH(QString, tree);
        ProcessTable table;
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows(rows));
        QCOMPARE(QString::fromStdString(table.treeString()), tree);
        QCOMPARE(modelTree(model), tree);
    }

    void events_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QStringList>("expectedSignals");
        QTest::newRow("fork appends under parent") << "1:0 2:1 3:1" << "fork 4 2"
            << "[1[2[4] 3]]" << QStringList{"insert 2 0-0"};
        QTest::newRow("fork + exec is one insert") << "1:0 2:1" << "fork 5 2; exec 5 2"
            << "[1[2[5]]]" << QStringList{"insert 2 0-0"};
        QTest::newRow("exit keeps the row (lingers)") << "1:0 2:1 3:1" << "exit 3 1"
            << "[1[2 3]]" << QStringList{};
        QTest::newRow("exec of unknown pid inserts") << "1:0" << "exec 8 1"
            << "[1[8]]" << QStringList{"insert 1 0-0"};
        QTest::newRow("orphan adopted when parent appears") << "1:0" << "fork 10 11; fork 11 1"
            << "[1[11[10]]]" << QStringList{"insert root 1-1", "insert 1 0-0", "move root 1 -> 11 0"};
        QTest::newRow("exec with a new ppid moves") << "1:0 2:1 3:1 4:2" << "exec 4 3"
            << "[1[2 3[4]]]" << QStringList{"move 2 0 -> 3 0"};
        QTest::newRow("pid reuse replaces tombstone") << "1:0 2:1 3:1" << "exit 3 1; fork 3 2"
            << "[1[2[3]]]" << QStringList{"remove 1 1-1", "insert 2 0-0"};
        QTest::newRow("forks under one parent are one insert") << "1:0 2:1"
            << "fork 4 2; exec 4 2; fork 5 2; fork 6 2; exit 5 2"
            << "[1[2[4 5 6]]]" << QStringList{"insert 2 0-2"};
        QTest::newRow("fork of a fork in one batch") << "1:0" << "fork 2 1; fork 3 2; fork 4 1"
            << "[1[2[3] 4]]" << QStringList{"insert 1 0-1", "insert 2 0-0"};
    }
    void events()
    {
        QFETCH(QString, rows);
        QFETCH(QString, events);
        QFETCH(QString, tree);
        QFETCH(QStringList, expectedSignals);
        ProcessTable table;
        useFakeClock(table);
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows(rows));
        fixtures::SignalLog log(&model);
        table.apply(fixtures::events(events));
        QCOMPARE(QString::fromStdString(table.treeString()), tree);
        QCOMPARE(modelTree(model), tree);
        QCOMPARE(log.log, expectedSignals);
    }

    void execUpdatesFieldsWithOneDataChanged()
    {
        ProcessTable table;
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:1 4:1"));
        QStringList changes;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& a, const QModelIndex& b) {
            changes << QStringLiteral("%1-%2").arg(a.row()).arg(b.row());
            QVERIFY(a.column() > int(ProcessColumn::Pid) || b.column() < int(ProcessColumn::Pid));
        });
        table.apply(fixtures::events("exec 2 1; exec 3 1; exec 4 1"));
        // Three neighbours changed in one pass: one coalesced row range, announced for the
        // name column and for the columns after the pid (a row's pid never changes, so a
        // proxy sorted by pid has nothing to re-sort).
        QCOMPARE(changes, (QStringList{"0-2", "0-2"}));
        const QModelIndex i = model.indexOfPid(3);
        QCOMPARE(i.siblingAtColumn(int(ProcessColumn::Command)).data().toString(), QStringLiteral("/bin/p3 --arg"));
        QCOMPARE(i.siblingAtColumn(int(ProcessColumn::Name)).data().toString(), QStringLiteral("p3"));
    }

    void exitedRowsLingerThenGo()
    {
        ProcessTable table;
        useFakeClock(table);
        table.setLinger(std::chrono::milliseconds(3000));
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:2 4:3"));
        wire::ProcessEvent exit = fixtures::event(PL_EVENT_EXIT, 3, 2);
        exit.exit_code = 7;
        table.apply(wire::Event(exit));
        QCOMPARE(model.indexOfPid(3).data(LifeRole).toInt(), int(RowLife::Exited));
        QVERIFY(model.indexOfPid(3).data(Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(model.indexOfPid(3).siblingAtColumn(int(ProcessColumn::State)).data().toString(),
                 QStringLiteral("exited (7)"));
        clockMs_ += 2999;
        table.sweep();
        QCOMPARE(QString::fromStdString(table.treeString()), QStringLiteral("[1[2[3[4]]]]"));
        clockMs_ += 1;
        fixtures::SignalLog log(&model);
        table.sweep();
        // The lingering parent's child moves up before the parent goes.
        QCOMPARE(QString::fromStdString(table.treeString()), QStringLiteral("[1[2[4]]]"));
        QCOMPARE(log.log, (QStringList{"move 3 0 -> 2 1", "remove 2 0-0"}));
        QVERIFY(!model.indexOfPid(3).isValid());
    }

    void sweepWithBudgetWorksInSlicesOldestFirst()
    {
        ProcessTable table;
        useFakeClock(table);
        table.setLinger(std::chrono::milliseconds(1000));
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 300 children of pid 1; the higher pids exit first, so "oldest first" is not pid order.
        const std::size_t n = 300;
        std::vector<wire::ProcessRecord> snapshot{fixtures::row(1, 0)};
        for (std::uint32_t pid = 2; pid < 2 + n; ++pid)
            snapshot.push_back(fixtures::row(pid, 1));
        table.loadSnapshot(snapshot);
        for (std::uint32_t pid = 1 + n; pid >= 2; --pid) {
            table.apply(wire::Event(fixtures::event(PL_EVENT_EXIT, pid, 1)));
            clockMs_ += 1;
        }
        clockMs_ += 1000;
        // A zero budget still makes progress: exactly one slice per call.
        QVERIFY(table.sweep(std::chrono::milliseconds(0)));
        QCOMPARE(table.size(), 1 + n - ProcessTable::kSweepSlice);
        // The slice took the earliest exits: the highest pids.
        QVERIFY(!table.find(std::uint32_t(1 + n)));
        QVERIFY(table.find(2));
        QVERIFY(table.sweep(std::chrono::milliseconds(0)));
        QCOMPARE(table.size(), 1 + n - 2 * ProcessTable::kSweepSlice);
        QVERIFY(!table.sweep(std::chrono::milliseconds(0)));
        QCOMPARE(table.size(), std::size_t(1));
        QVERIFY(!table.find(2));
        // Unbounded (the default) clears everything in one call.
        table.apply(fixtures::events("fork 9 1; exit 9 1"));
        clockMs_ += 1000;
        QVERIFY(!table.sweep());
        QCOMPARE(table.size(), std::size_t(1));
    }

    void sweepRemovesContiguousRanges_data()
    {
        QTest::addColumn<bool>("flat");
        QTest::newRow("tree") << false;
        QTest::newRow("flat") << true;
    }
    void sweepRemovesContiguousRanges()
    {
        QFETCH(bool, flat);
        ProcessTable table;
        useFakeClock(table);
        table.setLinger(std::chrono::milliseconds(1000));
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlat(flat);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:2 4:2 5:2 6:2 7:1 8:7 9:7"));
        table.apply(fixtures::events("exit 3 2; exit 4 2; exit 6 2; exit 7 1; exit 8 7"));
        clockMs_ += 1000;
        fixtures::SignalLog log(&model);
        table.sweep();
        QCOMPARE(QString::fromStdString(table.treeString()), QStringLiteral("[1[2[5] 9]]"));
        QVERIFY(!table.find(8));
        QCOMPARE(table.size(), std::size_t(4));
        if (flat) {
            // Flat rows are in pid order: 7 with its subtree (8), then 6, then 3-4.
            QCOMPARE(modelTree(model), QStringLiteral("[1 2 5 9]"));
            QCOMPARE(log.log, (QStringList{"remove root 6-7", "remove root 5-5", "remove root 2-3"}));
        } else {
            // 9 stays and moves up; 7 goes with its exited child 8; 3-4 are one range.
            QCOMPARE(modelTree(model), QStringLiteral("[1[2[5] 9]]"));
            QCOMPARE(log.log, (QStringList{"move 7 1 -> 1 2", "remove 1 1-1", "remove 2 3-3", "remove 2 0-1"}));
        }
    }

    void pidSortedProxyDoesNotResortOnChanges()
    {
        ProcessTable table;
        ProcessTreeModel model(&table);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(RawRole);
        proxy.setDynamicSortFilter(true);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(ProcessColumn::Pid), Qt::DescendingOrder);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:1 4:1"));
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutAboutToBeChanged);
        // Exec (identity), exit (life + usage): the pid, the sort key, did not change.
        table.apply(fixtures::events("exec 3 1; exit 2 1"));
        QCOMPARE(layouts.count(), 0);
        // A new row still lands in sorted position.
        table.apply(fixtures::events("fork 9 1"));
        QCOMPARE(layouts.count(), 0);
        const QModelIndex root = proxy.index(0, 0);
        QCOMPARE(proxy.index(0, int(ProcessColumn::Pid), root).data(RawRole).toUInt(), 9u);
        QCOMPARE(proxy.index(3, int(ProcessColumn::Pid), root).data(RawRole).toUInt(), 2u);
        // Sorted by a column the exit does change, the proxy does re-sort.
        proxy.sort(int(ProcessColumn::State), Qt::AscendingOrder);
        layouts.clear();
        table.apply(fixtures::events("exit 4 1"));
        QVERIFY(layouts.count() > 0);
    }

    void newRowsFlashThenSettle()
    {
        ProcessTable table;
        useFakeClock(table);
        table.setNewHighlight(std::chrono::milliseconds(2000));
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0"));
        QCOMPARE(model.indexOfPid(1).data(LifeRole).toInt(), int(RowLife::Live));
        table.apply(fixtures::events("fork 2 1"));
        QCOMPARE(model.indexOfPid(2).data(LifeRole).toInt(), int(RowLife::New));
        QVERIFY(model.indexOfPid(2).data(Qt::BackgroundRole).value<QColor>().isValid());
        clockMs_ += 2000;
        table.sweep();
        QCOMPARE(model.indexOfPid(2).data(LifeRole).toInt(), int(RowLife::Live));
        QVERIFY(!model.indexOfPid(2).data(Qt::BackgroundRole).isValid());
    }

    void flatModeAndFilter()
    {
        ProcessTable table;
        useFakeClock(table);
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:2"));
        model.setFlat(true);
        QCOMPARE(modelTree(model), QStringLiteral("[1 2 3]"));
        table.apply(fixtures::events("fork 4 3; fork 5 1"));
        QCOMPARE(modelTree(model), QStringLiteral("[1 2 3 4 5]"));
        model.setFilter([](const ProcessNode& n) { return n.pid % 2 == 1; }, QStringLiteral("odd"));
        QCOMPARE(modelTree(model), QStringLiteral("[1 3 5]"));
        table.apply(fixtures::events("fork 7 5; fork 8 5"));
        QCOMPARE(modelTree(model), QStringLiteral("[1 3 5 7]"));
        table.apply(fixtures::events("exit 3 2"));
        clockMs_ += 10000;
        table.sweep();
        QCOMPARE(modelTree(model), QStringLiteral("[1 5 7]"));
        model.setFilter({});
        model.setFlat(false);
        QCOMPARE(modelTree(model), QStringLiteral("[1[2[4] 5[7 8]]]"));
    }

    void samplesUpdateUsageAndReparent()
    {
        ProcessTable table;
        useFakeClock(table);
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:2"));
        std::vector<ProcSample> s(3);
        s[0] = {1, 0, 'S', 1, 4096, 0, 0, 0};
        s[1] = {2, 1, 'S', 1, 4096, 0, 0, 0};
        s[2] = {3, 2, 'R', 4, 1 << 20, 0, 0, 0};
        table.applySamples(s);
        clockMs_ += 1000;
        s[2].cpuTimeNs = 500000000;  // half a CPU over one second
        s[2].ppid = 1;               // the kernel reparented it
        table.applySamples(s);
        const ProcessNode* n = table.find(3);
        QCOMPARE(n->cpuPercent, 50.0);
        QCOMPARE(n->threads, 4u);
        QCOMPARE(QString::fromStdString(table.treeString()), QStringLiteral("[1[2 3]]"));
        QCOMPARE(model.indexOfPid(3).siblingAtColumn(int(ProcessColumn::Cpu)).data().toString(), QStringLiteral("50.0"));
        // A row that vanished from /proc without an exit event is marked exited.
        clockMs_ += 5000;
        s.pop_back();
        table.applySamples(s);
        QCOMPARE(table.find(3)->life, RowLife::Exited);
    }

    void selectionSurvivesUpdates()
    {
        ProcessTable table;
        useFakeClock(table);
        ProcessTreeModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot(fixtures::rows("1:0 2:1 3:1 4:3 5:3"));
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.indexOfPid(5), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        table.apply(fixtures::events("fork 6 3; exit 4 3; fork 7 1; exec 5 2"));
        clockMs_ += 10000;
        table.sweep();
        QCOMPARE(selection.currentIndex().data(PidRole).toUInt(), 5u);
        QVERIFY(selection.isSelected(model.indexOfPid(5)));
        QCOMPARE(selection.selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestProcessTreeModel)
#include "tst_process_tree_model.moc"
