// SPDX-License-Identifier: MIT
// `proclens-cli record` against the real kernel (root): the CSV of a recording
// holds a child's fork, exec (with its argv) and exit; SIGINT flushes the
// output; the summary counts a known workload.
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

#include "cli_runner.h"

namespace {

const QString kMarker = QStringLiteral("proclens-cli-test-%1").arg(getpid());
// Arguments a CSV writer must quote: a space, a comma and a double quote.
const QStringList kArgv = {kMarker, QStringLiteral("two words"), QStringLiteral("comma,and\"quote")};

/// Runs /bin/echo with kArgv; its pid.
qint64 runEchoChild()
{
    QProcess echo;
    echo.start(QStringLiteral("/bin/echo"), kArgv);
    if (!echo.waitForStarted(5000))
        return -1;
    const qint64 pid = echo.processId();
    echo.waitForFinished(5000);
    return echo.exitCode() == 0 ? pid : -1;
}

/// Checks the fork/exec/exit rows of the echo child in a parsed recording.
void verifyChildRows(const clitest::CsvTable& table, qint64 pid)
{
    const QString p = QString::number(pid);
    const QStringList* exec = nullptr;
    bool fork = false, exit = false;
    for (const auto& row : table.rows) {
        if (table.cell(row, "pid") != p)
            continue;
        const QString event = table.cell(row, "event");
        if (event == "exec" && table.cell(row, "args").contains(kMarker))
            exec = &row;
        fork = fork || event == "fork";
        if (event == "exit") {
            exit = true;
            QCOMPARE(table.cell(row, "result"), QStringLiteral("0"));
        }
    }
    QVERIFY2(exec, qPrintable("no exec row for pid " + p));
    const QString args = table.cell(*exec, "args");
    QVERIFY2(args.contains("/bin/echo"), qPrintable(args));
    QVERIFY2(args.contains("\"two words\""), qPrintable(args));
    QVERIFY2(args.contains("comma,and"), qPrintable(args));
    QCOMPARE(table.cell(*exec, "comm"), QStringLiteral("echo"));
    QVERIFY2(fork, qPrintable("no fork row for pid " + p));
    QVERIFY2(exit, qPrintable("no exit row for pid " + p));
}

}  // namespace

class TestCliRecord : public QObject {
    Q_OBJECT

private slots:
    void init();
    void csvRecordingHasExecWithArgv();
    void sigintFlushesOutput();
    void summaryCountsChildSyscalls();
    void filterKeepsOnlyTheFailingOpen_data();
    void filterKeepsOnlyTheFailingOpen();
};

void TestCliRecord::init()
{
    if (geteuid() != 0)
        QSKIP("recording needs root to load BPF programs; run the bpf tests as root");
    if (!QFileInfo::exists("/sys/kernel/btf/vmlinux"))
        QSKIP("this kernel has no BTF (/sys/kernel/btf/vmlinux), which the capture engine needs");
}

void TestCliRecord::csvRecordingHasExecWithArgv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.csv");
    QProcess recorder;
    recorder.start(clitest::cliPath(),
                   {"record", "--events", "--syscall", "execve", "--format", "csv", "--duration", "3", "-o", path});
    QByteArray err;
    QVERIFY2(clitest::waitUntilRecording(recorder, err), err.constData());
    const qint64 pid = runEchoChild();
    QVERIFY(pid > 0);
    QVERIFY(recorder.waitForFinished(20000));
    err += recorder.readAllStandardError();
    QCOMPARE(recorder.exitStatus(), QProcess::NormalExit);
    QVERIFY2(recorder.exitCode() == 0, err.constData());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const auto table = clitest::parseCsvTable(csv);
    QVERIFY2(table, "the recording is not valid RFC 4180 with equal-length rows");
    for (const char* key : {"time", "pid", "tid", "comm", "event", "args", "result", "errno", "latency_us"})
        QVERIFY2(table->column(key) >= 0, key);
    verifyChildRows(*table, pid);

    // The execve system call itself, decoded, from the same pid.
    bool execve = false;
    for (const auto& row : table->rows)
        execve = execve || (table->cell(row, "pid") == QString::number(pid) && table->cell(row, "event") == "execve" &&
                            table->cell(row, "result") == "0" && table->cell(row, "args").contains("/bin/echo"));
    QVERIFY2(execve, "no decoded execve row for the child");

    const int pythonRows = clitest::pythonCsvRowCount(path);
    QVERIFY2(pythonRows != -2, "python3's csv module (strict) rejected the recording");
    if (pythonRows >= 0)
        QCOMPARE(pythonRows, table->rows.size() + 1);
}

void TestCliRecord::sigintFlushesOutput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("trace.csv");
    QProcess recorder;
    // No duration: only the signal ends it; rows sit in the 64 KiB buffer until then.
    recorder.start(clitest::cliPath(), {"record", "--events", "--syscall", "getppid", "--format", "csv", "-o", path});
    QByteArray err;
    QVERIFY2(clitest::waitUntilRecording(recorder, err), err.constData());
    const qint64 pid = runEchoChild();
    QVERIFY(pid > 0);
    // Give the engine's 10 ms poll time to hand the records over.
    QTest::qWait(300);
    QVERIFY(::kill(static_cast<pid_t>(recorder.processId()), SIGINT) == 0);
    QVERIFY(recorder.waitForFinished(20000));
    err += recorder.readAllStandardError();
    QCOMPARE(recorder.exitStatus(), QProcess::NormalExit);
    QVERIFY2(recorder.exitCode() == 0, err.constData());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto table = clitest::parseCsvTable(file.readAll());
    QVERIFY(table);
    verifyChildRows(*table, pid);
}

void TestCliRecord::summaryCountsChildSyscalls()
{
    // The child waits on stdin so the recorder can filter on its pid before it works.
    constexpr int kBlocks = 1000;
    QProcess child;
    child.start(QStringLiteral("/bin/sh"),
                {"-c", QStringLiteral("read go; exec dd if=/dev/zero of=/dev/null bs=1 count=%1 status=none").arg(kBlocks)});
    QVERIFY(child.waitForStarted(5000));
    const QString childPid = QString::number(child.processId());

    QProcess recorder;
    recorder.start(clitest::cliPath(), {"record", "--summary", "--pid", childPid, "--follow", "--format", "csv"});
    QByteArray err;
    QVERIFY2(clitest::waitUntilRecording(recorder, err), err.constData());
    child.write("go\n");
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitCode(), 0);
    QTest::qWait(200);
    QVERIFY(::kill(static_cast<pid_t>(recorder.processId()), SIGTERM) == 0);
    QVERIFY(recorder.waitForFinished(20000));
    err += recorder.readAllStandardError();
    QVERIFY2(recorder.exitCode() == 0, err.constData());

    const auto table = clitest::parseCsvTable(recorder.readAllStandardOutput());
    QVERIFY(table);
    QCOMPARE(table->header, (QStringList{"pid", "comm", "syscall", "count", "errors", "total_us", "avg_us", "max_us"}));
    qulonglong reads = 0, writes = 0;
    for (const auto& row : table->rows) {
        QCOMPARE(table->cell(row, "pid"), childPid);  // --pid: nothing else
        if (table->cell(row, "syscall") == "read")
            reads = table->cell(row, "count").toULongLong();
        if (table->cell(row, "syscall") == "write")
            writes = table->cell(row, "count").toULongLong();
    }
    // dd bs=1 count=N: N one-byte reads and writes, plus a few of its own start-up.
    QVERIFY2(reads >= kBlocks && reads < kBlocks + 50, qPrintable(QString::number(reads)));
    QVERIFY2(writes >= kBlocks && writes < kBlocks + 50, qPrintable(QString::number(writes)));
}

// --filter: a child opens a known file and fails on a missing one; the filter
// (comm = cat goes to the kernel, the rest is checked in user space) leaves
// exactly the failing openat.
void TestCliRecord::filterKeepsOnlyTheFailingOpen_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("through the helper") << false;
    QTest::newRow("--direct") << true;
}

void TestCliRecord::filterKeepsOnlyTheFailingOpen()
{
    QFETCH(bool, direct);
    QTemporaryDir dir;
    const QString known = dir.filePath(kMarker + "-known");
    const QString missing = dir.filePath(kMarker + "-missing");
    QFile file(known);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x\n");
    file.close();

    const QString out = dir.filePath("trace.csv");
    const QString filter = QStringLiteral("comm = cat and path ~ \"%1\" and result != 0").arg(kMarker);
    QStringList args = {"record", "--events", "--filter", filter, "--format", "csv", "--duration", "3", "-o", out};
    if (direct)
        args.prepend("--direct");
    QProcess recorder;
    recorder.start(clitest::cliPath(), args);
    QByteArray err;
    QVERIFY2(clitest::waitUntilRecording(recorder, err), err.constData());
    QProcess cat;
    cat.start(QStringLiteral("/bin/cat"), {known, missing});
    QVERIFY(cat.waitForStarted(5000));
    const qint64 catPid = cat.processId();
    QVERIFY(cat.waitForFinished(5000));
    QCOMPARE(cat.exitCode(), 1);  // the missing file
    QVERIFY(recorder.waitForFinished(20000));
    err += recorder.readAllStandardError();
    QVERIFY2(recorder.exitCode() == 0, err.constData());

    QFile csvFile(out);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const auto table = clitest::parseCsvTable(csvFile.readAll());
    QVERIFY(table);
    QList<QStringList> marked;
    for (const auto& row : table->rows)
        if (table->cell(row, "args").contains(kMarker))
            marked << row;
    QVERIFY2(marked.size() == 1, qPrintable(QStringLiteral("%1 rows name the marker").arg(marked.size())));
    QCOMPARE(table->cell(marked[0], "pid"), QString::number(catPid));
    QVERIFY2(table->cell(marked[0], "args").contains(missing), qPrintable(table->cell(marked[0], "args")));
    QCOMPARE(table->cell(marked[0], "errno"), QStringLiteral("ENOENT"));
    // Nothing else passes: every row is a failing call of cat naming the marker.
    QCOMPARE(table->rows.size(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_cli_record.moc"
