// SPDX-License-Identifier: MIT
// The main window offscreen against the real helper in peer mode (root, real
// BPF): a child started here appears under this process within 1 s, its
// details show its argv and namespace ids, and it goes after exit + linger.
// Without a helper the window shows the "no helper" page with a retry button.

#include "details_pane.h"
#include "main_window.h"
#include "process_view.h"
#include "start_page.h"

#include "proclens/procfs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

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
        LiveSession session;
        HelperClient::Options options;
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QStringLiteral("/nonexistent/proclens-helper");
        session.setClientOptions(options);
        MainWindow window(&session);
        window.show();
        window.startSession();
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
        LiveSession session;
        HelperClient::Options options;
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QStringLiteral(PROCLENS_HELPER_BUILD_PATH);
        session.setClientOptions(options);
        MainWindow window(&session);
        window.show();
        window.startSession();
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
        QVERIFY2(window.detailsPane()->toPlainText().contains(QLatin1String("exit code 0")),
                 qPrintable(window.detailsPane()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexOfPid(pid).isValid(), 3000);
        QVERIFY(window.statusSummary().contains(QLatin1String("Capturing")));
        session.stop();
    }
};

QTEST_MAIN(TestMainWindowE2e)
#include "tst_main_window_e2e.moc"
