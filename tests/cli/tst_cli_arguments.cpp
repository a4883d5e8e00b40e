// SPDX-License-Identifier: MIT
// proclens-cli's command line: bad arguments exit 2 with a message naming the
// problem and the usage; a capture without root is refused in one sentence.
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

#include "cli_runner.h"

class TestCliArguments : public QObject {
    Q_OBJECT

private slots:
    void badArguments_data();
    void badArguments();
    void help();
    void badFilter_data();
    void badFilter();
    void captureNeedsRoot_data();
    void captureNeedsRoot();
};

void TestCliArguments::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << "no command given";
    QTest::newRow("unknown command") << QStringList{"recrod"} << "unknown command 'recrod'";
    QTest::newRow("unknown option") << QStringList{"record", "--bogus"} << "unknown option '--bogus' for record";
    QTest::newRow("bad format") << QStringList{"record", "--format", "xml"} << "--format must be text, csv or jsonl";
    QTest::newRow("pid not a number") << QStringList{"record", "--pid", "abc"} << "--pid needs a process id";
    QTest::newRow("negative pid") << QStringList{"record", "--pid=-5"} << "--pid needs a process id";
    QTest::newRow("missing value") << QStringList{"record", "--pid"} << "--pid needs a value";
    QTest::newRow("uid not a number") << QStringList{"record", "--uid", "root"} << "--uid needs a user id";
    QTest::newRow("zero duration") << QStringList{"record", "--duration", "0"} << "--duration needs a positive number";
    QTest::newRow("duration junk") << QStringList{"record", "--duration", "5s"} << "--duration needs a positive number";
    QTest::newRow("unknown syscall") << QStringList{"record", "--syscall", "nosuchcall"}
                                     << "unknown x86_64 system call 'nosuchcall'";
    QTest::newRow("syscall nr too high") << QStringList{"record", "--syscall", "9999"} << "out of range";
    QTest::newRow("comm too long") << QStringList{"record", "--comm", "a-very-long-command-name"}
                                   << "--comm needs a command name of 1 to 15 bytes";
    QTest::newRow("ring size zero") << QStringList{"record", "--ring-size", "0"} << "--ring-size needs a size in MiB";
    QTest::newRow("follow without pid") << QStringList{"record", "--follow"} << "--follow needs at least one --pid";
    QTest::newRow("flag with value") << QStringList{"record", "--events=yes"} << "--events takes no value";
    QTest::newRow("ps unknown option") << QStringList{"ps", "--pid", "1"} << "unknown option '--pid' for ps";
    QTest::newRow("ps bad format") << QStringList{"ps", "--format", "yaml"} << "--format must be text, csv or jsonl";
    QTest::newRow("status with option") << QStringList{"status", "--tree"} << "status takes no option";
}

void TestCliArguments::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    const auto run = clitest::runCli(args);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(message), qPrintable("stderr: " + err));
    QVERIFY2(err.contains("usage: proclens-cli"), qPrintable("no usage in: " + err));
    QVERIFY(run.out.isEmpty());
}

// A bad --filter: the message, the expression and a caret under the position, exit 2, nothing started.
void TestCliArguments::badFilter_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::newRow("unknown field") << "comm = x and pdi = 3" << "unknown field \"pdi\" (did you mean \"pid\"?)" << 13;
    QTest::newRow("missing value") << "pid =" << "expected a value after \"=\"" << 5;
    QTest::newRow("unclosed paren") << "(pid = 1 or pid = 2" << "unclosed \"(\"" << 0;
    QTest::newRow("bad regex (compile)") << "path matches \"a(b\"" << "invalid regular expression" << 13;
    QTest::newRow("unknown user (compile)") << "user = no_such_user_proclens" << "unknown user" << 7;
    QTest::newRow("non-ASCII before the error") << "path ~ \"é\" and" << "expected an expression after \"and\"" << 14;
}

void TestCliArguments::badFilter()
{
    QFETCH(QString, expr);
    QFETCH(QString, message);
    QFETCH(int, column);

    // --direct: a good filter would go on to need root; a bad one must stop before.
    const auto run = clitest::runCli({"--direct", "record", "--filter", expr, "--duration", "1"});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = QString::fromUtf8(run.err).split('\n');
    const int at = lines.indexOf(QRegularExpression(QStringLiteral("^proclens-cli: --filter: .*")));
    QVERIFY2(at >= 0 && at + 2 < lines.size(), qPrintable(QString::fromUtf8(run.err)));
    QVERIFY2(lines[at].contains(message), qPrintable(lines[at]));
    QCOMPARE(lines[at + 1], "  " + expr);
    QCOMPARE(lines[at + 2], QString(2 + column, ' ') + "^");
    QVERIFY(!run.err.contains("recording"));
    QVERIFY(run.out.isEmpty());
}

void TestCliArguments::help()
{
    const auto run = clitest::runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("usage: proclens-cli"));
    QVERIFY(run.out.contains("--ring-size"));
}

void TestCliArguments::captureNeedsRoot_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString root = QStringLiteral("needs root to load its BPF programs");
    // Without --direct the CLI asks the helper; with no bus service and no polkit to let
    // pkexec start it, that fails with one sentence of ours (pkexec may add its own line).
    const QString helper = QStringLiteral("cannot reach the ProcLens helper");
    QTest::newRow("record --direct") << QStringList{"--direct", "record", "--duration", "1"} << root;
    QTest::newRow("status --direct") << QStringList{"status", "--direct"} << root;
    QTest::newRow("record via helper") << QStringList{"record", "--duration", "1"} << helper;
    QTest::newRow("status via helper") << QStringList{"status"} << helper;
}

void TestCliArguments::captureNeedsRoot()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);

    // As root, run a copy in a world-readable place as nobody; otherwise we are not root already.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString program = clitest::cliPath();
    QProcess p;
    if (geteuid() == 0) {
        program = dir.filePath("proclens-cli");
        QVERIFY(QFile::copy(clitest::cliPath(), program));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                      QFile::ExeGroup));
        p.setChildProcessModifier([] {
            constexpr uid_t nobody = 65534;
            if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(99);
        });
    }
    p.start(program, args);
    QVERIFY(p.waitForStarted(5000));
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QStringList ours = err.split('\n', Qt::SkipEmptyParts).filter(QStringLiteral("proclens-cli:"));
    QCOMPARE(ours.size(), 1);
    QVERIFY2(ours.first().contains(says), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
