// SPDX-License-Identifier: MIT
// NamespaceModel: grouping per namespace kind, host namespaces (pid 1's) marked,
// containers named, incremental updates checked by QAbstractItemModelTester.
// With root, a real child in `unshare -n` and `unshare -pfm --mount-proc`
// namespaces is read through procfs and must land in its own namespaces.

#include "fixtures.h"
#include "namespace_model.h"

#include "proclens/procfs.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

class TestNamespaceModel : public QObject {
    Q_OBJECT

    static QModelIndex findNamespace(const NamespaceModel& m, int kind, std::uint32_t inode)
    {
        const QModelIndex k = m.index(kind, 0);
        for (int r = 0; r < m.rowCount(k); ++r)
            if (m.index(r, 0, k).data(NamespaceModel::InodeRole).toUInt() == inode)
                return m.index(r, 0, k);
        return {};
    }

    static QList<std::uint32_t> pidsIn(const NamespaceModel& m, const QModelIndex& ns)
    {
        QList<std::uint32_t> out;
        for (int r = 0; r < m.rowCount(ns); ++r)
            out << m.index(r, 0, ns).data(NamespaceModel::ProcessPidRole).toUInt();
        return out;
    }

private Q_SLOTS:
    void groupsFixtureRows()
    {
        ProcessTable table;
        NamespaceModel model(&table);
        model.setRefreshDelay(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = fixtures::rows("1:0 2:1 3:2 4:2");
        // 3 and 4 share a new net ns; 4 also has its own pid ns and is in a container.
        rows[2].task.ns[PL_NS_NET] = 4026532999u;
        rows[3].task.ns[PL_NS_NET] = 4026532999u;
        rows[3].task.ns[PL_NS_PID] = 4026533100u;
        rows[3].container_id = "0123456789abcdef0123";
        rows[3].runtime = "docker";
        table.loadSnapshot(rows);
        model.refresh();
        const QModelIndex hostNet = findNamespace(model, PL_NS_NET, rows[0].task.ns[PL_NS_NET]);
        const QModelIndex newNet = findNamespace(model, PL_NS_NET, 4026532999u);
        QVERIFY(hostNet.isValid() && newNet.isValid());
        QVERIFY(hostNet.data(NamespaceModel::HostRole).toBool());
        QVERIFY(!newNet.data(NamespaceModel::HostRole).toBool());
        QCOMPARE(pidsIn(model, hostNet), (QList<std::uint32_t>{1, 2}));
        QCOMPARE(pidsIn(model, newNet), (QList<std::uint32_t>{3, 4}));
        const QModelIndex containerPid = findNamespace(model, PL_NS_PID, 4026533100u);
        QCOMPARE(containerPid.siblingAtColumn(NamespaceModel::ContainerColumn).data().toString(),
                 QStringLiteral("0123456789ab (docker)"));
        QCOMPARE(model.rowCount(model.index(PL_NS_MNT, 0)), 1);

        // Live updates: a fork into the new net ns, then the last process of the pid ns exits.
        wire::ProcessEvent fork = fixtures::event(PL_EVENT_FORK, 5, 3);
        fork.task.ns[PL_NS_NET] = 4026532999u;
        table.apply(wire::Event(fork));
        model.refresh();
        QCOMPARE(pidsIn(model, findNamespace(model, PL_NS_NET, 4026532999u)), (QList<std::uint32_t>{3, 4, 5}));
        table.apply(fixtures::events("exit 4 2"));
        model.refresh();
        QVERIFY(!findNamespace(model, PL_NS_PID, 4026533100u).isValid());
        QCOMPARE(pidsIn(model, findNamespace(model, PL_NS_NET, 4026532999u)), (QList<std::uint32_t>{3, 5}));
    }

    void realUnsharedChildren_data()
    {
        QTest::addColumn<QStringList>("unshareArgs");
        QTest::addColumn<QList<int>>("newKinds");
        QTest::newRow("net") << QStringList{"-n"} << QList<int>{PL_NS_NET};
        QTest::newRow("pid+mnt") << QStringList{"-pfm", "--mount-proc"} << QList<int>{PL_NS_PID, PL_NS_MNT};
    }
    void realUnsharedChildren()
    {
        QFETCH(QStringList, unshareArgs);
        QFETCH(QList<int>, newKinds);
        if (::geteuid() != 0)
            QSKIP("needs root to create namespaces with unshare; the fixture test covers the grouping");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        QProcess child;
        child.start(unshare, unshareArgs + QStringList{"sleep", "30"});
        QVERIFY(child.waitForStarted());
        ProcfsReader reader;
        // The namespaced sleep is unshare's child with -f, else unshare itself after exec.
        std::optional<wire::ProcessRecord> target;
        QTRY_VERIFY_WITH_TIMEOUT((target = [&]() -> std::optional<wire::ProcessRecord> {
            auto all = reader.snapshot();
            if (!all)
                return std::nullopt;
            for (const auto& r : *all)
                if (r.task.comm == "sleep" && (r.task.pid == std::uint32_t(child.processId())
                                               || r.task.ppid == std::uint32_t(child.processId())))
                    return r;
            return std::nullopt;
        }()).has_value(), 5000);
        auto self = reader.read_process(std::uint32_t(::getpid()));
        auto init = reader.read_process(1);
        QVERIFY(self && init);
        ProcessTable table;
        NamespaceModel model(&table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.loadSnapshot({*init, *self, *target});
        model.refresh();
        for (int kind : newKinds) {
            const std::uint32_t inode = target->task.ns[std::size_t(kind)];
            QVERIFY(inode != self->task.ns[std::size_t(kind)]);
            const QModelIndex ns = findNamespace(model, kind, inode);
            QVERIFY2(ns.isValid(), ns_kind_name(kind));
            QVERIFY(!ns.data(NamespaceModel::HostRole).toBool());
            QCOMPARE(pidsIn(model, ns), QList<std::uint32_t>{target->task.pid});
        }
        // A kind it did not unshare stays shared with us.
        const QModelIndex uts = findNamespace(model, PL_NS_UTS, self->task.ns[PL_NS_UTS]);
        QVERIFY(pidsIn(model, uts).contains(target->task.pid));
        child.kill();
        child.waitForFinished();
    }
};

QTEST_MAIN(TestNamespaceModel)
#include "tst_namespace_model.moc"
