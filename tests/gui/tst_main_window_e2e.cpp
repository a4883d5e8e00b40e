// SPDX-License-Identifier: MIT
// The main window offscreen against the real helper in peer mode (root, real
// BPF): a child started here appears under this process within 1 s, its
// details show its argv and namespace ids, and it goes after exit + linger.
// Without a helper the window shows the "no helper" page with a retry button.
// Selecting a namespace row (a child in its own network namespace) filters the
// Processes view and the Activity view (filter text `ns.net = <inode>` in its
// bar) to it; clearing the selection clears both.

#include "activity_view.h"
#include "details_pane.h"
#include "main_window.h"
#include "namespace_model.h"
#include "process_view.h"
#include "start_page.h"

#include "proclens/procfs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTest>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

namespace {

// The session's helper is started directly (peer mode) from helperPath.
LiveSession* withPeerHelper(LiveSession& session, const QString& helperPath)
{
    HelperClient::Options options;
    options.transport = HelperClient::Transport::Peer;
    options.helperPath = helperPath;
    session.setClientOptions(options);
    return &session;
}

// A shown main window whose session has started against a peer-mode helper.
struct PeerWindow {
    LiveSession session;
    MainWindow window;
    explicit PeerWindow(const QString& helperPath)
        : window(withPeerHelper(session, helperPath))
    {
        window.show();
        window.startSession();
    }
};

} // namespace

class TestMainWindowE2e : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("ProcLensTest"));
        QApplication::setApplicationName(QStringLiteral("tst_main_window_e2e"));
    }

    void missingHelperShowsProblemPage()
    {
        PeerWindow peer(QStringLiteral("/nonexistent/proclens-helper"));
        LiveSession& session = peer.session;
        MainWindow& window = peer.window;
        QVERIFY(window.showsStartPage());
        QCOMPARE(window.startPage()->title(), QStringLiteral("Connecting"));
        QTRY_VERIFY_WITH_TIMEOUT(session.phase() == LiveSession::Phase::NoHelper
                                     || session.phase() == LiveSession::Phase::Refused, 20000);
        QVERIFY(window.showsStartPage());
        QVERIFY2(window.startPage()->text().contains(QLatin1String("retry")), qPrintable(window.startPage()->text()));
        auto* retry = window.startPage()->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
    }

    void childAppearsWithDetailsAndGoes()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the helper loads eBPF and peer mode starts it directly only as root");
        PeerWindow peer(QStringLiteral(PROCLENS_HELPER_BUILD_PATH));
        LiveSession& session = peer.session;
        MainWindow& window = peer.window;
        QTRY_VERIFY_WITH_TIMEOUT(session.phase() != LiveSession::Phase::Connecting
                                     && session.phase() != LiveSession::Phase::Idle, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(session.phase(), LiveSession::Phase::Live, 30000);
        QVERIFY(!window.showsStartPage());
        session.table()->setLinger(std::chrono::milliseconds(1500));

        QProcess child;
        QElapsedTimer clock;
        // sh -c with $0 set gives a known argv; the test process is the parent.
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 1.7"), QStringLiteral("proclens-e2e")});
        QVERIFY(child.waitForStarted());
        clock.start();
        const std::uint32_t pid = std::uint32_t(child.processId());
        ProcessTreeModel* model = window.processModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOfPid(pid).isValid(), 1000);
        qInfo("child row appeared after %lld ms", clock.elapsed());
        const QModelIndex row = model->indexOfPid(pid);
        QCOMPARE(row.parent().data(PidRole).toUInt(), std::uint32_t(::getpid()));
        // The exec has arrived when the command line is the child's own.
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOfPid(pid).siblingAtColumn(int(ProcessColumn::Command)).data().toString(),
                                  QStringLiteral("/bin/sh -c sleep 1.7 proclens-e2e"), 1000);

        QVERIFY(window.processView()->selectPid(pid));
        QCOMPARE(window.detailsPane()->pid(), pid);
        const QString details = window.detailsPane()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("sleep 1.7")) && details.contains(QLatin1String("proclens-e2e")),
                 qPrintable(details));
        const auto ns = read_namespaces("/proc/" + std::to_string(pid));
        for (int k = 0; k < PL_NS_COUNT; ++k)
            if (ns[std::size_t(k)])
                QVERIFY2(details.contains(QString::number(ns[std::size_t(k)])), ns_kind_name(k));

        QVERIFY(child.waitForFinished(5000));
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOfPid(pid).data(LifeRole).toInt(), int(RowLife::Exited), 1000);
        // The pane follows its row on a 500 ms timer, so the exit code shows within one period.
        QTRY_VERIFY2_WITH_TIMEOUT(window.detailsPane()->toPlainText().contains(QLatin1String("exit code 0")),
                                  qPrintable(window.detailsPane()->toPlainText()), 1500);
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexOfPid(pid).isValid(), 3000);
        QVERIFY(window.statusSummary().contains(QLatin1String("Capturing")));
        session.stop();
    }

    void selectingNamespaceFiltersProcessesAndActivity()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the helper loads eBPF and the child unshares its network namespace");
        PeerWindow peer(QStringLiteral(PROCLENS_HELPER_BUILD_PATH));
        LiveSession& session = peer.session;
        MainWindow& window = peer.window;
        QTRY_COMPARE_WITH_TIMEOUT(session.phase(), LiveSession::Phase::Live, 30000);
        QVERIFY(session.activityLog());

        // A child in its own network namespace that keeps making system calls.
        QProcess child;
        child.start(QStringLiteral("/usr/bin/unshare"),
                    {QStringLiteral("-n"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                     QStringLiteral("while :; do cat /proc/self/stat >/dev/null; sleep 0.05; done")});
        QVERIFY(child.waitForStarted());
        const std::uint32_t pid = std::uint32_t(child.processId());
        std::uint32_t inode = 0;
        QTRY_VERIFY_WITH_TIMEOUT((inode = read_namespaces("/proc/" + std::to_string(pid))[PL_NS_NET])
                                     != read_namespaces("/proc/self")[PL_NS_NET], 5000);

        auto* tree = window.findChild<QTreeView*>(QStringLiteral("namespaceTree"));
        QVERIFY(tree);
        NamespaceModel* ns = window.namespaceModel();
        auto findRow = [&]() -> QModelIndex {
            for (int k = 0; k < ns->rowCount(); ++k) {
                const QModelIndex kind = ns->index(k, 0);
                for (int r = 0; r < ns->rowCount(kind); ++r) {
                    const QModelIndex row = ns->index(r, 0, kind);
                    if (row.data(NamespaceModel::KindRole).toInt() == PL_NS_NET
                        && row.data(NamespaceModel::InodeRole).toUInt() == inode)
                        return row;
                }
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(findRow().isValid(), 5000);
        // Selecting (no Enter, no double-click) is enough.
        tree->selectionModel()->setCurrentIndex(findRow(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        const QString text = QStringLiteral("ns.net = %1").arg(inode);
        ActivityView* activity = window.activityView();
        QCOMPARE(activity->filterText(), text);
        auto* bar = activity->findChild<QLineEdit*>(QStringLiteral("activityViewFilter"));
        QVERIFY(bar);
        QCOMPARE(bar->text(), text);  // visible to the user, who can clear it there

        // Processes: only the child's processes are left.
        QSortFilterProxyModel* proxy = window.processView()->proxy();
        auto shownPids = [&] {
            QList<std::uint32_t> pids;
            QList<QModelIndex> todo{QModelIndex()};
            while (!todo.isEmpty()) {
                const QModelIndex parent = todo.takeLast();
                for (int r = 0; r < proxy->rowCount(parent); ++r) {
                    const QModelIndex i = proxy->index(r, 0, parent);
                    pids << i.data(PidRole).toUInt();
                    todo << i;
                }
            }
            return pids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shownPids().contains(pid), 3000);
        for (std::uint32_t p : shownPids()) {
            const std::string dir = "/proc/" + std::to_string(p);
            if (::access(dir.c_str(), F_OK) == 0)  // exited rows linger; their /proc is gone
                QCOMPARE(read_namespaces(dir)[PL_NS_NET], inode);
        }
        QVERIFY(!shownPids().contains(std::uint32_t(::getpid())));

        // Activity: the child's system calls come in (syscall rows carry the table's ns facts), nothing else.
        ActivityModel* rows = activity->model();
        QTRY_VERIFY_WITH_TIMEOUT(!rows->filterPending() && rows->rowCount() > 20, 10000);
        int syscalls = 0;
        for (int r = 0; r < rows->rowCount(); ++r) {
            const StoredEvent* e = rows->eventAt(r);
            QVERIFY(e);
            const std::string dir = "/proc/" + std::to_string(e->pid);
            if (::access(dir.c_str(), F_OK) == 0)  // short-lived children may be gone already
                QCOMPARE(read_namespaces(dir)[PL_NS_NET], inode);
            QVERIFY(e->pid != std::uint32_t(::getpid()));
            syscalls += e->isSyscall();
        }
        QVERIFY2(syscalls > 0, "no system call row passed the namespace filter");

        // Clearing the selection clears both filters.
        tree->selectionModel()->clear();
        QVERIFY(activity->filterText().isEmpty());
        QVERIFY(bar->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shownPids().contains(std::uint32_t(::getpid())), 3000);

        child.kill();
        child.waitForFinished(3000);
        session.stop();
    }
};

QTEST_MAIN(TestMainWindowE2e)
#include "tst_main_window_e2e.moc"
