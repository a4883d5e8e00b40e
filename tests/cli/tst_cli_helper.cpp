// SPDX-License-Identifier: MIT
// `proclens-cli record` through proclens-helper in peer mode (root starts the
// build tree's helper directly) and with --direct (the in-process engine): both
// record the exec of a child with its argv. Needs root and BTF.
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "cli_runner.h"

class TestCliHelper : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        if (geteuid() != 0)
            QSKIP("peer mode starts the helper directly only as root (pkexec otherwise); run as root");
        if (!QFileInfo::exists("/sys/kernel/btf/vmlinux"))
            QSKIP("this kernel has no BTF (/sys/kernel/btf/vmlinux), which the capture engine needs");
    }

    void recordSeesChildExec_data()
    {
        QTest::addColumn<QStringList>("global");
        QTest::addColumn<QString>("says");
        QTest::newRow("helper, peer mode") << QStringList{} << QStringLiteral("through the helper (peer (started directly)");
        QTest::newRow("--direct") << QStringList{QStringLiteral("--direct")} << QStringLiteral("recording (");
    }

    void recordSeesChildExec()
    {
        QFETCH(QStringList, global);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath("trace.csv");
        const QString marker = QStringLiteral("proclens-cli-helper-%1-%2").arg(getpid()).arg(QTest::currentDataTag());
        QProcess recorder;
        recorder.start(clitest::cliPath(), global + QStringList{"record", "--events", "--syscall", "execve", "--format",
                                                                "csv", "--duration", "3", "-o", path});
        QByteArray err;
        QVERIFY2(clitest::waitUntilRecording(recorder, err), err.constData());
        QVERIFY2(err.contains(says.toUtf8()), err.constData());
        QProcess echo;
        echo.start(QStringLiteral("/bin/echo"), {marker});
        QVERIFY(echo.waitForStarted(5000));
        const QString pid = QString::number(echo.processId());
        QVERIFY(echo.waitForFinished(5000));
        QVERIFY(recorder.waitForFinished(20000));
        err += recorder.readAllStandardError();
        QVERIFY2(recorder.exitStatus() == QProcess::NormalExit && recorder.exitCode() == 0, err.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = clitest::parseCsvTable(file.readAll());
        QVERIFY2(table, "the recording is not valid RFC 4180");
        bool exec = false;
        for (const auto& row : table->rows)
            exec = exec || (table->cell(row, "pid") == pid && table->cell(row, "event") == "exec" &&
                            table->cell(row, "args").contains(marker));
        QVERIFY2(exec, qPrintable("no exec row for the child " + pid));
    }

    void statusNamesTheTransport()
    {
        const auto run = clitest::runCli({"status"});
        QVERIFY2(run.exitCode == 0 && !run.crashed, run.err.constData());
        QVERIFY2(run.out.contains("peer (started directly)"), run.out.constData());
        QVERIFY2(run.out.contains("kernel:"), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHelper)
#include "tst_cli_helper.moc"
