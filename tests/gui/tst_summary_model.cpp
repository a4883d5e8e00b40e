// SPDX-License-Identifier: MIT
// SummaryTable and SummaryModel: rows built from kEventSummary records, counters
// that restart, exact signals per update (no reset), QAbstractItemModelTester,
// sorting through a proxy, history rates, top-N, and the export snapshot.
#include "summary_export_source.h"
#include "summary_model.h"
#include "summary_table.h"
#include "summary_view.h"

#include "proclens/names.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

Q_DECLARE_METATYPE(proclens::wire::SummaryRecord)

using namespace proclens;
using namespace proclens::gui;

namespace {

constexpr std::uint64_t kSecond = 1000000000ull;

wire::SummaryRecord rec(std::uint64_t tick, std::uint32_t pid, std::uint32_t nr, std::uint64_t count,
                        std::uint64_t errors = 0, std::uint64_t totalNs = 0, std::uint64_t maxNs = 0)
{
    return wire::SummaryRecord{tick * kSecond, pid, nr, count, errors, totalNs, maxNs};
}

/// The table as "pid:nr=count/errors/total/max" strings, in table order.
QStringList dump(const SummaryTable& t)
{
    QStringList out;
    for (int i = 0; i < t.processCount(); ++i) {
        const auto& p = t.process(i);
        out << QStringLiteral("%1=%2/%3/%4/%5").arg(p.pid).arg(p.totals.count).arg(p.totals.errors)
                   .arg(p.totals.totalNs).arg(p.totals.maxNs);
        for (const auto& s : p.syscalls)
            out << QStringLiteral("%1:%2=%3/%4/%5/%6").arg(p.pid).arg(s.nr).arg(s.shown.count)
                       .arg(s.shown.errors).arg(s.shown.totalNs).arg(s.shown.maxNs);
    }
    return out;
}

/// Records every structural and data signal of a model as text.
class SignalLog : public QObject {
public:
    explicit SignalLog(QAbstractItemModel* m)
    {
        auto where = [](const QModelIndex& p) { return p.isValid() ? QString::number(p.row()) : QStringLiteral("root"); };
        connect(m, &QAbstractItemModel::rowsInserted, this, [=, this](const QModelIndex& p, int a, int b) {
            lines << QStringLiteral("insert %1 %2-%3").arg(where(p)).arg(a).arg(b);
        });
        connect(m, &QAbstractItemModel::dataChanged, this, [=, this](const QModelIndex& tl, const QModelIndex& br) {
            lines << QStringLiteral("changed %1 %2-%3 c%4-%5").arg(where(tl.parent())).arg(tl.row()).arg(br.row())
                         .arg(tl.column()).arg(br.column());
        });
        connect(m, &QAbstractItemModel::modelReset, this, [this] { lines << QStringLiteral("reset"); });
        connect(m, &QAbstractItemModel::rowsRemoved, this, [this] { lines << QStringLiteral("removed"); });
    }
    QStringList lines;
};

}  // namespace

class TestSummaryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsRows_data();
    void buildsRows();
    void restartedCounters();
    void splitTickKeepsOneHistoryPoint();
    void minimalSignals();
    void modelTester();
    void sorting();
    void topAndRates();
    void exportSnapshot();
};

void TestSummaryModel::buildsRows_data()
{
    QTest::addColumn<QList<wire::SummaryRecord>>("records");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one row") << QList<wire::SummaryRecord>{rec(1, 100, 39, 5, 1, 500, 200)}
                             << QStringList{"100=5/1/500/200", "100:39=5/1/500/200"};
    QTest::newRow("two processes, totals and max")
        << QList<wire::SummaryRecord>{rec(1, 100, 39, 5, 0, 500, 200), rec(1, 100, 0, 3, 2, 900, 700),
                                      rec(1, 200, 1, 1, 0, 10, 10)}
        << QStringList{"100=8/2/1400/700", "100:39=5/0/500/200", "100:0=3/2/900/700", "200=1/0/10/10",
                       "200:1=1/0/10/10"};
    QTest::newRow("later tick replaces cumulative values")
        << QList<wire::SummaryRecord>{rec(1, 100, 39, 5, 0, 500, 200), rec(2, 100, 39, 9, 1, 800, 300)}
        << QStringList{"100=9/1/800/300", "100:39=9/1/800/300"};
    QTest::newRow("new syscall in a later tick appended")
        << QList<wire::SummaryRecord>{rec(1, 100, 39, 5), rec(2, 100, 39, 5), rec(2, 100, 2, 4, 4)}
        << QStringList{"100=9/4/0/0", "100:39=5/0/0/0", "100:2=4/4/0/0"};
    QTest::newRow("duplicate row in one tick: first wins")
        << QList<wire::SummaryRecord>{rec(1, 7, 1, 2), rec(1, 7, 1, 3)}
        << QStringList{"7=2/0/0/0", "7:1=2/0/0/0"};
}

void TestSummaryModel::buildsRows()
{
    QFETCH(QList<wire::SummaryRecord>, records);
    QFETCH(QStringList, expected);
    SummaryTable table;
    std::vector<wire::SummaryRecord> v(records.begin(), records.end());
    table.apply(v);
    QCOMPARE(dump(table), expected);
}

void TestSummaryModel::restartedCounters()
{
    SummaryTable table;
    std::vector<wire::SummaryRecord> t1{rec(1, 100, 39, 10, 1, 1000, 400)};
    std::vector<wire::SummaryRecord> t2{rec(2, 100, 39, 15, 2, 1500, 400)};
    // The helper's capture restarted: the counter starts again from zero.
    std::vector<wire::SummaryRecord> t3{rec(3, 100, 39, 4, 0, 200, 90)};
    std::vector<wire::SummaryRecord> t4{rec(4, 100, 39, 6, 3, 300, 900)};
    table.apply(t1);
    table.apply(t2);
    table.apply(t3);
    QCOMPARE(dump(table), (QStringList{"100=19/2/1700/400", "100:39=19/2/1700/400"}));
    QCOMPARE(table.restarts(), 1u);
    table.apply(t4);
    QCOMPARE(dump(table), (QStringList{"100=21/5/1800/900", "100:39=21/5/1800/900"}));
    QCOMPARE(table.restarts(), 1u);
    // Calls per second never go negative across a restart: 5, then 4, then 2.
    const auto r = table.rates(100);
    QCOMPARE(int(r.size()), 3);
    QCOMPARE(r[0].second, 5.0);
    QCOMPARE(r[1].second, 4.0);
    QCOMPARE(r[2].second, 2.0);
}

void TestSummaryModel::splitTickKeepsOneHistoryPoint()
{
    SummaryTable table;
    std::vector<wire::SummaryRecord> a{rec(1, 1, 1, 1)}, b{rec(1, 2, 1, 2)}, c{rec(2, 1, 1, 3), rec(2, 2, 1, 2)};
    table.apply(a);
    table.apply(b);  // same tick, second batch
    QCOMPARE(int(table.history().size()), 1);
    QCOMPARE(table.history().back().calls, 3u);
    table.apply(c);
    QCOMPARE(int(table.history().size()), 2);
    QCOMPARE(table.rates(0).back().second, 2.0);
}

void TestSummaryModel::minimalSignals()
{
    SummaryTable table;
    SummaryModel model(&table);
    SignalLog log(&model);
    std::vector<wire::SummaryRecord> t1{rec(1, 100, 39, 5), rec(1, 100, 0, 1), rec(1, 200, 1, 1)};
    std::vector<wire::SummaryRecord> t2{rec(2, 100, 39, 5), rec(2, 100, 0, 2), rec(2, 200, 1, 1)};
    std::vector<wire::SummaryRecord> t3{rec(3, 100, 39, 6), rec(3, 100, 0, 2), rec(3, 200, 1, 1),
                                        rec(3, 200, 3, 1), rec(3, 300, 1, 1)};
    std::vector<wire::SummaryRecord> t4{rec(4, 100, 39, 6), rec(4, 100, 0, 2), rec(4, 200, 1, 1),
                                        rec(4, 200, 3, 1), rec(4, 300, 1, 1)};
    table.apply(t1);
    table.apply(t2);
    table.apply(t3);
    table.apply(t4);
    QCOMPARE(log.lines, (QStringList{
        "insert root 0-1",            // t1: both processes at once, with their syscalls
        "changed 0 1-1 c2-6",         // t2: only pid 100's close row
        "changed root 0-0 c2-6",      //     and pid 100's totals
        "insert root 2-2",            // t3: pid 300 appended
        "changed 0 0-0 c2-6",         //     pid 100's first syscall row
        "insert 1 1-1",               //     pid 200 gains syscall 3
        "changed root 0-1 c2-6",      //     totals of 100 and 200
                                      // t4: nothing changed, nothing emitted
    }));
    table.clear();
    QCOMPARE(log.lines.back(), QStringLiteral("reset"));
    QCOMPARE(model.rowCount(), 0);
}

void TestSummaryModel::modelTester()
{
    SummaryTable table;
    SummaryModel model(&table);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::kSortRole);
    proxy.setDynamicSortFilter(true);
    proxy.sort(SummaryModel::Calls, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (std::uint64_t tick = 1; tick <= 20; ++tick) {
        std::vector<wire::SummaryRecord> records;
        for (std::uint32_t pid = 1; pid <= tick % 7 + 2; ++pid)
            for (std::uint32_t nr = 0; nr < pid; ++nr)
                records.push_back(rec(tick, pid, nr, tick % 5 == 0 ? tick : tick * pid + nr, nr, tick * 100, tick));
        table.apply(records);
    }
    QVERIFY(model.rowCount() > 0);
    table.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestSummaryModel::sorting()
{
    SummaryTable table;
    SummaryModel model(&table);
    model.setProcessNames([](std::uint32_t pid) { return pid == 20 ? QStringLiteral("alpha") : QString(); });
    std::vector<wire::SummaryRecord> t{rec(1, 10, 39, 50, 0, 100, 10), rec(1, 20, 39, 7, 0, 9000, 5000),
                                       rec(1, 30, 39, 300, 0, 300, 2), rec(1, 30, 0, 2, 0, 10, 5)};
    table.apply(t);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::kSortRole);
    auto pids = [&] {
        QList<uint> out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(SummaryModel::kPidRole).toUInt();
        return out;
    };
    proxy.sort(SummaryModel::Calls, Qt::DescendingOrder);
    QCOMPARE(pids(), (QList<uint>{30, 10, 20}));
    proxy.sort(SummaryModel::AvgLatency, Qt::DescendingOrder);  // 1285, 2, 1 ns
    QCOMPARE(pids(), (QList<uint>{20, 10, 30}));
    proxy.sort(SummaryModel::MaxLatency, Qt::AscendingOrder);
    QCOMPARE(pids(), (QList<uint>{30, 10, 20}));
    // Children sort too: pid 30's syscalls by calls ascending.
    proxy.sort(SummaryModel::Calls, Qt::AscendingOrder);
    const QModelIndex p30 = proxy.index(2, 0);
    QCOMPARE(p30.data(SummaryModel::kPidRole).toUInt(), 30u);
    QCOMPARE(proxy.index(0, 0, p30).data(SummaryModel::kSyscallRole).toUInt(), 0u);
    QCOMPARE(proxy.index(1, 0, p30).data(SummaryModel::kSyscallRole).toUInt(), 39u);
    // Display text: names, syscall names and formatted latencies.
    QCOMPARE(model.index(1, SummaryModel::Name).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(0, SummaryModel::Name).data().toString(), QStringLiteral("pid 10"));
    QCOMPARE(model.index(0, SummaryModel::Name, model.index(0, 0)).data().toString(),
             QString::fromLatin1(names::syscall_name(39)));
    QCOMPARE(model.index(1, SummaryModel::MaxLatency).data().toString(), QStringLiteral("5.0 µs"));
    QCOMPARE(SummaryModel::formatNs(850), QStringLiteral("850 ns"));
    QCOMPARE(SummaryModel::formatNs(4560000), QStringLiteral("4.56 ms"));
    QCOMPARE(SummaryModel::formatNs(1200000000), QStringLiteral("1.20 s"));
}

void TestSummaryModel::topAndRates()
{
    SummaryTable table;
    std::vector<wire::SummaryRecord> t1{rec(1, 1, 39, 10), rec(1, 1, 0, 30), rec(1, 2, 39, 25), rec(1, 2, 1, 1)};
    std::vector<wire::SummaryRecord> t3{rec(3, 1, 39, 30), rec(3, 1, 0, 30), rec(3, 2, 39, 25), rec(3, 2, 1, 1)};
    table.apply(t1);
    const auto all = table.topSyscalls(0, 2);
    QCOMPARE(int(all.size()), 2);
    QCOMPARE(all[0], (std::pair<std::uint32_t, std::uint64_t>{39, 35}));
    QCOMPARE(all[1], (std::pair<std::uint32_t, std::uint64_t>{0, 30}));
    const auto one = table.topSyscalls(2, 10);
    QCOMPARE(int(one.size()), 2);
    QCOMPARE(one[0].first, 39u);
    table.apply(t3);
    // 20 more calls over 2 seconds.
    QCOMPARE(table.rates(0).back().second, 10.0);
    QCOMPARE(table.rates(1).back().second, 10.0);
    QCOMPARE(table.rates(2).back().second, 0.0);
    QVERIFY(table.rates(999).empty());
    // History is bounded.
    for (std::uint64_t tick = 4; tick < 4 + SummaryTable::kHistoryPoints + 20; ++tick) {
        std::vector<wire::SummaryRecord> t{rec(tick, 1, 39, tick * 10)};
        table.apply(t);
    }
    QCOMPARE(table.history().size(), SummaryTable::kHistoryPoints);
    QCOMPARE(table.process(0).history.size(), SummaryTable::kHistoryPoints);
}

void TestSummaryModel::exportSnapshot()
{
    SummaryTable table;
    SummaryModel model(&table);
    std::vector<wire::SummaryRecord> t{rec(1, 10, 39, 50, 1, 100, 10), rec(1, 20, 0, 7, 0, 9000, 5000)};
    table.apply(t);
    SummaryView view(&table, &model);
    view.tree()->header()->hideSection(SummaryModel::Errors);
    view.tree()->header()->moveSection(view.tree()->header()->visualIndex(SummaryModel::Pid), 0);
    view.tree()->sortByColumn(SummaryModel::Calls, Qt::AscendingOrder);
    view.refreshCharts();
    auto src = view.exportSource();
    QVERIFY(src);
    QCOMPARE(src->header(), (std::vector<std::string>{"PID", "Process / syscall", "Calls", "Total latency (ns)",
                                                       "Avg latency (ns)", "Max latency (ns)"}));
    QCOMPARE(src->rowCount(), std::size_t(4));
    std::vector<std::string> cells;
    src->row(0, cells);
    QCOMPARE(cells, (std::vector<std::string>{"20", "pid 20", "7", "9000", "1285", "5000"}));
    src->row(1, cells);
    QCOMPARE(cells, (std::vector<std::string>{"20", std::string(names::syscall_name(0)), "7", "9000", "1285", "5000"}));
    src->row(2, cells);
    QCOMPARE(cells[0], std::string("10"));
    QVERIFY(src->isNumeric(0));
    QVERIFY(!src->isNumeric(1));
    // The charts follow the selected process.
    view.showProcess(20);
    QCOMPARE(view.chartPid(), 20u);
    view.showProcess(0);
    QCOMPARE(view.chartPid(), 0u);
}

QTEST_MAIN(TestSummaryModel)
#include "tst_summary_model.moc"
