// SPDX-License-Identifier: MIT
// The activity view against the real helper in peer mode (root, real BPF),
// GUI offscreen: a child started here opens a known existing path and fails
// to open a known missing one; both rows show with the right result (the
// failure as ENOENT, coloured), and the view filter
// `path ~ "known" and result != 0` leaves exactly the failing one.

#include "activity_view.h"
#include "main_window.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

class TestActivityE2e : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("ProcLensTest"));
        QApplication::setApplicationName(QStringLiteral("tst_activity_e2e"));
    }

    void openAndFailedOpenShowInActivity()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the helper loads eBPF and peer mode starts it directly only as root");
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/proclens-e2e-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString existing = dir.filePath(QStringLiteral("known-existing.txt"));
        const QString missing = dir.filePath(QStringLiteral("known-missing.txt"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\n");
        }

        LiveSession session;
        HelperClient::Options options;
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QStringLiteral(PROCLENS_HELPER_BUILD_PATH);
        session.setClientOptions(options);
        session.setActivityLog(true);
        MainWindow window(&session);
        window.show();
        window.startSession();
        QTRY_COMPARE_WITH_TIMEOUT(session.phase(), LiveSession::Phase::Live, 60000);
        ActivityView* view = window.activityView();
        QVERIFY(view);
        ActivityModel* model = view->model();

        // cat opens the existing file (fd >= 0), then fails on the missing one (ENOENT).
        QProcess child;
        child.start(QStringLiteral("/bin/cat"), {existing, missing});
        QVERIFY(child.waitForStarted());
        const std::uint32_t pid = std::uint32_t(child.processId());
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitCode(), 1);

        auto rowOf = [&](const QString& path) {
            for (int r = model->rowCount() - 1; r >= 0; --r) {
                const StoredEvent* e = model->eventAt(r);
                if (e->pid == pid && e->isSyscall() && e->text1 && QString::fromStdString(*e->text1) == path)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(existing) >= 0 && rowOf(missing) >= 0, 5000);
        const int ok = rowOf(existing);
        const int bad = rowOf(missing);
        QVERIFY(ok < bad);
        auto cell = [&](int row, int col) { return model->index(row, col).data().toString(); };
        QCOMPARE(cell(ok, ActivityModel::Pid), QString::number(pid));
        QCOMPARE(cell(ok, ActivityModel::Process), QStringLiteral("cat"));
        QVERIFY2(cell(ok, ActivityModel::Event).startsWith(QLatin1String("open")), qPrintable(cell(ok, ActivityModel::Event)));
        QVERIFY2(cell(ok, ActivityModel::Result).toInt() >= 0 && !cell(ok, ActivityModel::Result).contains(QLatin1Char('E')),
                 qPrintable(cell(ok, ActivityModel::Result)));
        QVERIFY(!model->index(ok, ActivityModel::Result).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(bad, ActivityModel::Result), QStringLiteral("-2 ENOENT"));
        QVERIFY(model->index(bad, ActivityModel::Result).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY2(cell(bad, ActivityModel::Arguments).contains(missing), qPrintable(cell(bad, ActivityModel::Arguments)));

        // The details pane shows every field of the selected event.
        view->table()->setCurrentIndex(model->index(bad, 0));
        const QString details = view->detailsPane()->toPlainText();
        QVERIFY2(details.contains(missing) && details.contains(QLatin1String("ENOENT"))
                     && details.contains(QLatin1String("No such file or directory")),
                 qPrintable(details));

        // The view filter leaves exactly the failing open.
        QSignalSpy applied(model, &ActivityModel::filterApplied);
        view->filterEdit()->setText(QStringLiteral("path ~ \"known\" and result != 0"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QVERIFY(view->filterError().isEmpty());
        QVERIFY(applied.wait(10000));
        qInfo("view filter applied over %zu events in %lld ms", session.events()->size(),
              applied.at(0).at(1).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
        QCOMPARE(model->eventAt(0)->pid, pid);
        QCOMPARE(cell(0, ActivityModel::Result), QStringLiteral("-2 ENOENT"));
        QVERIFY(cell(0, ActivityModel::Arguments).contains(missing));
        // Still exactly one a moment later: new events are tested as they arrive.
        QTest::qWait(300);
        QCOMPARE(model->rowCount(), 1);

        // A bad filter shows an error with its position and keeps the current filter.
        QVERIFY(!view->applyFilterText(QStringLiteral("pdi = 3")));
        QVERIFY2(view->filterError().contains(QLatin1String("pdi")), qPrintable(view->filterError()));
        QCOMPARE(model->rowCount(), 1);

        // Jump to process uses the current row's pid.
        view->table()->setCurrentIndex(model->index(0, 0));
        QCOMPARE(view->currentPid(), pid);
        session.stop();
    }
};

QTEST_MAIN(TestActivityE2e)
#include "tst_activity_e2e.moc"
