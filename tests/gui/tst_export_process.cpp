// SPDX-License-Identifier: MIT
// The Processes view's export snapshot: visible columns in their on-screen
// order, rows in the view's tree/flat presentation and sort, the row filter
// respected, memory in bytes and start time in full.
#include "fixtures.h"
#include "process_export_source.h"
#include "process_view.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace proclens;
using namespace proclens::gui;

namespace {

// "1:0 2:1 3:1 4:2" as a table; rss of pid N is N MiB.
struct Fixture {
    ProcessTable table;
    ProcessTreeModel model{&table};
    ProcessView view{&model};

    Fixture()
    {
        auto rows = fixtures::rows(QStringLiteral("1:0 2:1 3:1 4:2 5:3 6:0"));
        for (auto& r : rows)
            r.rss_bytes = std::uint64_t(r.task.pid) << 20;
        table.loadSnapshot(rows);
    }
};

QStringList header(const ExportSource& s)
{
    QStringList out;
    for (const std::string& h : s.header())
        out << QString::fromStdString(h);
    return out;
}

// One column of every row, joined with spaces.
QString column(const ExportSource& s, int c)
{
    QStringList out;
    std::vector<std::string> cells(s.header().size());
    for (std::size_t i = 0; i < s.rowCount(); ++i) {
        s.row(i, cells);
        out << QString::fromStdString(cells[std::size_t(c)]);
    }
    return out.join(QLatin1Char(' '));
}

void showOnly(QTreeView* view, const std::vector<ProcessColumn>& visible)
{
    for (int c = 0; c < kProcessColumnCount; ++c)
        view->setColumnHidden(c, true);
    // Visual order = the order given.
    for (std::size_t i = 0; i < visible.size(); ++i) {
        const int logical = int(visible[i]);
        view->setColumnHidden(logical, false);
        view->header()->moveSection(view->header()->visualIndex(logical), int(i));
    }
}

}  // namespace

class TestExportProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void visibleColumnsInOrder()
    {
        Fixture f;
        showOnly(f.view.view(), {ProcessColumn::Pid, ProcessColumn::Name, ProcessColumn::Ppid});
        auto s = makeProcessExportSource(f.view.view());
        QCOMPARE(header(*s), (QStringList{QStringLiteral("PID"), QStringLiteral("Name"), QStringLiteral("PPID")}));
        QCOMPARE(column(*s, 0), QStringLiteral("1 2 4 3 5 6"));
        QCOMPARE(column(*s, 1), QStringLiteral("p1 p2 p4 p3 p5 p6"));
        QCOMPARE(column(*s, 2), QStringLiteral("0 1 2 1 3 0"));
        QVERIFY(s->isNumeric(0));
        QVERIFY(!s->isNumeric(1));
        QVERIFY(s->isNumeric(2));

        // Move Name first and hide PPID: the snapshot follows.
        f.view.view()->header()->moveSection(f.view.view()->header()->visualIndex(int(ProcessColumn::Name)), 0);
        f.view.view()->setColumnHidden(int(ProcessColumn::Ppid), true);
        s = makeProcessExportSource(f.view.view());
        QCOMPARE(header(*s), (QStringList{QStringLiteral("Name"), QStringLiteral("PID")}));
        QCOMPARE(column(*s, 0), QStringLiteral("p1 p2 p4 p3 p5 p6"));
    }

    void treeOrderFollowsSortAndIncludesCollapsed()
    {
        Fixture f;
        showOnly(f.view.view(), {ProcessColumn::Pid});
        f.view.view()->collapseAll();
        f.view.view()->sortByColumn(int(ProcessColumn::Pid), Qt::DescendingOrder);
        auto s = makeProcessExportSource(f.view.view());
        QCOMPARE(column(*s, 0), QStringLiteral("6 1 3 5 2 4"));
        QCOMPARE(s->title(), QStringLiteral("Processes (tree)"));
    }

    void flatListFollowsSort()
    {
        Fixture f;
        showOnly(f.view.view(), {ProcessColumn::Pid, ProcessColumn::Rss});
        f.view.setFlat(true);
        f.view.view()->sortByColumn(int(ProcessColumn::Rss), Qt::DescendingOrder);
        auto s = makeProcessExportSource(f.view.view());
        QCOMPARE(column(*s, 0), QStringLiteral("6 5 4 3 2 1"));
        QCOMPARE(header(*s).at(1), QStringLiteral("Memory (RSS, bytes)"));
        QCOMPARE(column(*s, 1), QStringLiteral("6291456 5242880 4194304 3145728 2097152 1048576"));
        QVERIFY(s->isNumeric(1));
        QCOMPARE(s->title(), QStringLiteral("Processes (list)"));
    }

    void filterRespected()
    {
        Fixture f;
        showOnly(f.view.view(), {ProcessColumn::Pid, ProcessColumn::Command});
        f.view.setFilter([](const ProcessNode& n) { return n.pid % 2 == 0; }, QStringLiteral("even"));
        auto s = makeProcessExportSource(f.view.view());
        QCOMPARE(column(*s, 0), QStringLiteral("2 4 6"));
        QCOMPARE(column(*s, 1), QStringLiteral("p2 p4 p6"));
    }

    void startTimeInFull()
    {
        Fixture f;
        auto rows = fixtures::rows(QStringLiteral("1:0"));
        rows[0].task.start_time_ns = 5'000'000'000ull;
        f.table.loadSnapshot(rows);
        showOnly(f.view.view(), {ProcessColumn::Start});
        auto s = makeProcessExportSource(f.view.view());
        const QString text = column(*s, 0);
        QCOMPARE(text, bootNsToDateTime(5'000'000'000ull).toString(Qt::ISODateWithMs));
        QVERIFY2(text.contains(QLatin1Char('T')) && text.size() >= 23, qPrintable(text));
    }

    void snapshotIsIndependentOfLaterChanges()
    {
        Fixture f;
        showOnly(f.view.view(), {ProcessColumn::Pid});
        auto s = makeProcessExportSource(f.view.view());
        f.table.loadSnapshot(fixtures::rows(QStringLiteral("9:0")));
        QCOMPARE(s->rowCount(), std::size_t(6));
        QCOMPARE(column(*s, 0), QStringLiteral("1 2 4 3 5 6"));
    }
};

QTEST_MAIN(TestExportProcess)
#include "tst_export_process.moc"
