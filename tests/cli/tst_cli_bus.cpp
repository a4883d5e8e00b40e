// SPDX-License-Identifier: MIT
// `proclens-cli record` as the unprivileged user nobody against a private system
// bus with a real polkitd (tests/helper/harness/private-bus.sh; its rules allow
// nobody org.proclens.monitor and pkexec of proclens-helper, refuse daemon):
// the recording holds the exec of a child; daemon gets a clear refusal and no
// recording; sys (no rule: the policy's auth_admin) is asked for a password on
// its terminal (pkttyagent over the bus, pkexec's own agent for pkexec). Run twice by ctest, $PROCLENS_CLI_EXPECT saying which path:
//   "bus"     the harness activates the helper: the CLI uses the system bus;
//   "pkexec"  no service on the bus: the CLI starts its helper through pkexec
//             (the harness puts the bus at /run/dbus/system_bus_socket for it).
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

#include "cli_runner.h"

namespace {

bool viaPkexec() { return qgetenv("PROCLENS_CLI_EXPECT") == "pkexec"; }

QStringList asUser(const QString& user, const QString& group, const QStringList& args)
{
    return QStringList{"--reuid", user, "--regid", group, "--clear-groups", "--", clitest::cliPath()} + args;
}

}  // namespace

class TestCliBus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the private bus, polkitd and the helper run as root");
        if (qEnvironmentVariableIsEmpty("PROCLENS_TESTBUS_DIR"))
            QSKIP("not started through tests/helper/harness/private-bus.sh (no private bus with polkitd)");
        if (viaPkexec() && QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty())
            QSKIP("pkexec is not installed (Debian package pkexec; scripts/install-deps.sh installs it)");
    }

    void nobodyRecordsChildExec()
    {
        const QString marker = QStringLiteral("proclens-cli-bus-%1").arg(getpid());
        QProcess recorder;
        recorder.start(QStringLiteral("setpriv"),
                       asUser("nobody", "nogroup",
                              {"record", "--events", "--syscall", "execve", "--format", "csv", "--duration", "4"}));
        QByteArray err;
        QVERIFY2(clitest::waitUntilRecording(recorder, err, 30000), err.constData());
        const QByteArray transport = viaPkexec() ? "through the helper (peer (through pkexec)" : "through the helper (system bus";
        QVERIFY2(err.contains(transport), err.constData());
        QProcess echo;
        echo.start(QStringLiteral("/bin/echo"), {marker});
        QVERIFY(echo.waitForStarted(5000));
        const QString pid = QString::number(echo.processId());
        QVERIFY(echo.waitForFinished(5000));
        QVERIFY(recorder.waitForFinished(30000));
        err += recorder.readAllStandardError();
        QVERIFY2(recorder.exitStatus() == QProcess::NormalExit && recorder.exitCode() == 0, err.constData());
        const auto table = clitest::parseCsvTable(recorder.readAllStandardOutput());
        QVERIFY2(table, "the recording is not valid RFC 4180");
        bool exec = false;
        for (const auto& row : table->rows)
            exec = exec || (table->cell(row, "pid") == pid && table->cell(row, "event") == "exec" &&
                            table->cell(row, "args").contains(marker));
        QVERIFY2(exec, qPrintable("no exec row for the child " + pid));
    }

    void terminalUserIsAskedForAPassword()
    {
        // script(1) gives the CLI a terminal; nobody answers, so the prompt is all we check.
        const QString command = QStringLiteral("setpriv --reuid sys --regid sys --clear-groups -- %1 ps")
                                    .arg(clitest::cliPath());
        QProcess p;
        p.start(QStringLiteral("script"), {"-qfc", command, "/dev/null"});
        QVERIFY(p.waitForStarted(5000));
        const QByteArray action = viaPkexec() ? "AUTHENTICATING FOR org.freedesktop.policykit.exec"
                                              : "AUTHENTICATING FOR org.proclens.monitor";
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!out.contains(action) && !out.contains("Password:") && !deadline.hasExpired() &&
               p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAll()).contains("Password:") || p.state() != QProcess::Running, 5000);
        p.kill();
        p.waitForFinished(5000);
        QVERIFY2(out.contains(action), out.constData());
        QVERIFY2(out.contains("Password:"), out.constData());
    }

    void refusedUserGetsAClearError()
    {
        QProcess p;
        p.start(QStringLiteral("setpriv"), asUser("daemon", "daemon", {"record", "--events", "--duration", "2"}));
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        // pkexec refuses to start the helper; over the bus the helper refuses Subscribe.
        QVERIFY2(err.contains(viaPkexec() ? "did not start" : "the helper refused to record"), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBus)
#include "tst_cli_bus.moc"
