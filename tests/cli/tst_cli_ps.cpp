// SPDX-License-Identifier: MIT
// `proclens-cli ps`: the snapshot holds this test's own process with the right
// parent and namespaces, in CSV, JSON Lines and tree order.
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "cli_runner.h"

namespace {

QString nsInode(const char* kind)
{
    struct stat st {};
    if (stat((QByteArray("/proc/self/ns/") + kind).constData(), &st) != 0)
        return {};
    return QString::number(st.st_ino);
}

}  // namespace

class TestCliPs : public QObject {
    Q_OBJECT

private slots:
    void csvHasOwnProcess();
    void pythonReadsTheCsv();
    void jsonlHasOwnProcess();
    void treeOrdersParentsFirst();
};

void TestCliPs::csvHasOwnProcess()
{
    const auto run = clitest::runCli({"ps", "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    const auto table = clitest::parseCsvTable(run.out);
    QVERIFY2(table, "ps --format csv is not valid RFC 4180 with equal-length rows");
    for (const char* key : {"pid", "ppid", "nspid", "comm", "container", "pidns", "mntns", "netns", "cmdline"})
        QVERIFY2(table->column(key) >= 0, key);

    const QString self = QString::number(getpid());
    const QStringList* own = nullptr;
    for (const auto& row : table->rows)
        if (table->cell(row, "pid") == self)
            own = &row;
    QVERIFY2(own, "own pid missing from the snapshot");
    QCOMPARE(table->cell(*own, "ppid"), QString::number(getppid()));
    QCOMPARE(table->cell(*own, "mntns"), nsInode("mnt"));
    QCOMPARE(table->cell(*own, "netns"), nsInode("net"));
    QCOMPARE(table->cell(*own, "pidns"), nsInode("pid"));
    QVERIFY(table->cell(*own, "cmdline").contains("tst_cli_ps"));
    // The process running ps is there too, as our child.
    bool child = false;
    for (const auto& row : table->rows)
        child = child || (table->cell(row, "ppid") == self && table->cell(row, "comm") == "proclens-cli");
    QVERIFY(child);
}

void TestCliPs::pythonReadsTheCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ps.csv");
    const auto run = clitest::runCli({"ps", "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out);
    file.close();
    const int pythonRows = clitest::pythonCsvRowCount(path);
    if (pythonRows == -1)
        QSKIP("python3 is not installed; the C++ RFC 4180 parser checked the CSV in csvHasOwnProcess");
    QVERIFY2(pythonRows != -2, "python3's csv module (strict) rejected the output");
    const auto table = clitest::parseCsvTable(run.out);
    QVERIFY(table);
    QCOMPARE(pythonRows, table->rows.size() + 1);
}

void TestCliPs::jsonlHasOwnProcess()
{
    const auto run = clitest::runCli({"ps", "--format", "jsonl"});
    QCOMPARE(run.exitCode, 0);
    bool found = false;
    const auto lines = run.out.split('\n');
    QVERIFY(lines.size() > 2);
    for (const auto& line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        const auto obj = doc.object();
        if (obj.value("pid").toInteger() == getpid()) {
            found = true;
            QCOMPARE(obj.value("ppid").toInteger(), qint64(getppid()));
        }
    }
    QVERIFY(found);
}

void TestCliPs::treeOrdersParentsFirst()
{
    const auto run = clitest::runCli({"ps", "--tree", "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    const auto table = clitest::parseCsvTable(run.out);
    QVERIFY(table);
    QVERIFY(table->column("depth") >= 0);

    // Every row's parent, when listed, comes earlier at depth - 1.
    QHash<QString, int> depthOf;
    QHash<QString, qsizetype> rowOf;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const auto& row = table->rows[i];
        depthOf[table->cell(row, "pid")] = table->cell(row, "depth").toInt();
        rowOf[table->cell(row, "pid")] = i;
    }
    QCOMPARE(depthOf.size(), table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const auto& row = table->rows[i];
        const QString ppid = table->cell(row, "ppid");
        const int depth = table->cell(row, "depth").toInt();
        if (depth == 0) {
            QVERIFY2(!rowOf.contains(ppid) || ppid == table->cell(row, "pid"),
                     qPrintable("root row whose parent is listed: " + row.join(',')));
            continue;
        }
        QVERIFY2(rowOf.value(ppid, i) < i, qPrintable("child before parent: " + row.join(',')));
        QCOMPARE(depthOf.value(ppid), depth - 1);
    }
    const QString self = QString::number(getpid());
    QVERIFY(depthOf.contains(self));
    QCOMPARE(depthOf[self], depthOf[QString::number(getppid())] + 1);
}

QTEST_GUILESS_MAIN(TestCliPs)
#include "tst_cli_ps.moc"
