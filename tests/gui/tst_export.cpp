// SPDX-License-Identifier: MIT
// ExportJob / exportToFile: CSV and JSON Lines read back by Python's csv and
// json modules to the same values, column order as given, cancel and failure
// leave no file behind, the progress dialog only for long exports.
#include "export_job.h"
#include "export_progress.h"
#include "table_snapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

using Rows = std::vector<std::vector<std::string>>;
Q_DECLARE_METATYPE(Rows)

namespace {

std::unique_ptr<TableSnapshot> snapshot(const std::vector<std::string>& header, const Rows& rows,
                                        std::vector<bool> numeric = {})
{
    auto s = std::make_unique<TableSnapshot>(QStringLiteral("test rows"), header, std::move(numeric));
    for (const auto& r : rows)
        s->addRow(r);
    return s;
}

// A source of n generated rows, optionally slow (sleeps per row), for cancel and progress.
class CountingSource final : public ExportSource {
public:
    CountingSource(std::size_t n, int sleepUsPerRow = 0) : n_(n), sleepUs_(sleepUsPerRow) {}
    QString title() const override { return QStringLiteral("counting"); }
    std::vector<std::string> header() const override { return {"n", "text"}; }
    std::size_t rowCount() const override { return n_; }
    void row(std::size_t i, std::vector<std::string>& cells) const override
    {
        if (sleepUs_)
            QThread::usleep(sleepUs_);
        cells[0] = std::to_string(i);
        cells[1] = "row number " + std::to_string(i) + ", with a comma";
    }

private:
    std::size_t n_;
    int sleepUs_;
};

// A source that breaks its contract (wrong cell count) on row 2.
class BrokenSource final : public ExportSource {
public:
    QString title() const override { return QStringLiteral("broken"); }
    std::vector<std::string> header() const override { return {"a", "b"}; }
    std::size_t rowCount() const override { return 5; }
    void row(std::size_t i, std::vector<std::string>& cells) const override { cells.assign(i == 2 ? 3 : 2, "x"); }
};

// Runs python3 with a script on a file; returns its stdout parsed as JSON.
QJsonDocument python(const QString& script, const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "python3 failed:" << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

const QString kReadCsv = QStringLiteral(
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    print(json.dumps(list(csv.reader(f, strict=True))))\n");

const QString kReadJsonl = QStringLiteral(
    "import json, sys\n"
    "rows = []\n"
    "with open(sys.argv[1], encoding='utf-8') as f:\n"
    "    for line in f:\n"
    "        obj = json.loads(line)\n"
    "        rows.append([[k, v] for k, v in obj.items()])\n"
    "print(json.dumps(rows))\n");

ExportOutcome runJob(std::unique_ptr<ExportSource> source, const QString& path, output::Format format)
{
    ExportJob job(std::move(source), path, format);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    if (!finished.wait(60000))
        return {};
    return job.outcome();
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QFAIL("python3 is needed to read the exported files back");
    }

    void csvReadsBack_data()
    {
        QTest::addColumn<std::vector<std::string>>("header");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("plain") << std::vector<std::string>{"pid", "comm"} << Rows{{"1", "init"}, {"42", "bash"}};
        QTest::newRow("commas") << std::vector<std::string>{"a", "b"} << Rows{{"x,y", ",,"}, {",", "end,"}};
        QTest::newRow("quotes") << std::vector<std::string>{"q"} << Rows{{"say \"hi\""}, {"\""}, {"\"\""}};
        QTest::newRow("newlines") << std::vector<std::string>{"a", "b"}
                                  << Rows{{"line1\nline2", "cr\r\nlf"}, {"\n", "\r"}};
        QTest::newRow("non-ascii") << std::vector<std::string>{"name", "päth"}
                                   << Rows{{"Grüße", "/tmp/日本語/файл"}, {"emoji 😀", "tab\there"}};
        QTest::newRow("empty cells") << std::vector<std::string>{"a", "b", "c"}
                                     << Rows{{"", "", ""}, {"", "x", ""}, {"y", "", ""}};
        QTest::newRow("spaces kept") << std::vector<std::string>{"a"} << Rows{{" lead"}, {"trail "}, {" "}};
        QTest::newRow("header needs quoting") << std::vector<std::string>{"CPU %", "a,b", "say \"x\""}
                                              << Rows{{"1", "2", "3"}};
        QTest::newRow("no rows") << std::vector<std::string>{"only", "header"} << Rows{};
    }
    void csvReadsBack()
    {
        QFETCH(std::vector<std::string>, header);
        QFETCH(Rows, rows);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const ExportOutcome o = runJob(snapshot(header, rows), path, output::Format::Csv);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(o.rows, rows.size());
        QCOMPARE(o.bytes, std::uint64_t(QFileInfo(path).size()));

        const QJsonArray got = python(kReadCsv, path).array();
        QCOMPARE(got.size(), qsizetype(rows.size() + 1));
        auto compareRow = [](const QJsonArray& line, const std::vector<std::string>& want) {
            QStringList a, b;
            for (const auto& v : line)
                a << v.toString();
            for (const auto& s : want)
                b << QString::fromStdString(s);
            return a == b ? QString() : QStringLiteral("got %1, want %2").arg(a.join('|'), b.join('|'));
        };
        QString diff = compareRow(got.at(0).toArray(), header);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            diff = compareRow(got.at(qsizetype(i + 1)).toArray(), rows[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("row %1: %2").arg(i).arg(diff)));
        }
        QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("out.csv")});
    }

    void columnOrderAsGiven()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.csv"));
        const ExportOutcome o = runJob(snapshot({"time", "pid", "comm", "event"}, {{"t1", "7", "cat", "openat"}}),
                                       path, output::Format::Csv);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("time,pid,comm,event\r\nt1,7,cat,openat\r\n"));
    }

    void jsonlReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        const std::vector<std::string> header{"pid", "comm", "latency_us", "args"};
        const Rows rows{{"42", "bash", "1.250", "\"/etc/passwd\", O_RDONLY"},
                        {"7", "Grüße\n😀", "", "tab\there\\back"},
                        {"not a number", "", "x", ""}};
        const ExportOutcome o = runJob(snapshot(header, rows, {true, false, true, false}), path,
                                       output::Format::Jsonl);
        QVERIFY2(o.ok(), qPrintable(o.message));
        const QJsonArray got = python(kReadJsonl, path).array();
        QCOMPARE(got.size(), 3);
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonArray pairs = got.at(i).toArray();
            QCOMPARE(pairs.size(), 4);
            for (qsizetype c = 0; c < 4; ++c) {
                const QJsonArray kv = pairs.at(c).toArray();
                QCOMPARE(kv.at(0).toString().toStdString(), header[std::size_t(c)]);  // keys in column order
                const std::string& want = rows[std::size_t(i)][std::size_t(c)];
                const QJsonValue v = kv.at(1);
                if (want.empty())
                    QVERIFY2(v.isNull(), "an empty cell is null");
                else if (v.isDouble())
                    QCOMPARE(v.toDouble(), QString::fromStdString(want).toDouble());
                else
                    QCOMPARE(v.toString().toStdString(), want);
            }
        }
        // Numeric columns are numbers, text that is not a number stays a string.
        QVERIFY(got.at(0).toArray().at(0).toArray().at(1).isDouble());
        QVERIFY(got.at(2).toArray().at(0).toArray().at(1).isString());
        QVERIFY(got.at(0).toArray().at(1).toArray().at(1).isString());
    }

    void cancelRemovesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        // An existing file stays as it was.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content\n");
        }
        ExportJob job(std::make_unique<CountingSource>(50'000'000), path, output::Format::Csv);
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(progress.wait(10000));
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.outcome().status, ExportOutcome::Status::Cancelled);
        QVERIFY(job.outcome().rows < 50'000'000u);
        QVERIFY2(job.outcome().message.contains(QStringLiteral("cancelled")), qPrintable(job.outcome().message));
        QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("big.csv")});  // no temp file left
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old content\n"));
    }

    void destroyingRunningJobCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.csv"));
        {
            ExportJob job(std::make_unique<CountingSource>(50'000'000), path, output::Format::Csv);
            QSignalSpy progress(&job, &ExportJob::progress);
            job.start();
            QVERIFY(progress.wait(10000));
        }
        QVERIFY(dirEntries(dir.path()).isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing directory") << QStringLiteral("/nonexistent-proclens-dir/x.csv")
                                           << QStringLiteral("No such file or directory");
        QTest::newRow("parent is a file") << QStringLiteral("/etc/hostname/x.csv") << QString();
        QTest::newRow("target is a directory") << QStringLiteral("/tmp") << QString();
        QTest::newRow("proc") << QStringLiteral("/proc/proclens-export.csv") << QString();
    }
    void failures()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const ExportOutcome o = runJob(snapshot({"a"}, {{"1"}}), path, output::Format::Csv);
        QCOMPARE(o.status, ExportOutcome::Status::Failed);
        QVERIFY2(o.message.contains(path), qPrintable(o.message));
        if (!reason.isEmpty())
            QVERIFY2(o.message.contains(reason), qPrintable(o.message));
        if (path != QLatin1String("/tmp"))
            QVERIFY(!QFileInfo::exists(path));
    }

    void unwritableDirectory()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only directories; covered by the other failure rows");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        const ExportOutcome o = runJob(snapshot({"a"}, {{"1"}}), path, output::Format::Csv);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(o.status, ExportOutcome::Status::Failed);
        QVERIFY2(o.message.contains(QStringLiteral("Permission denied")), qPrintable(o.message));
    }

    void diskFull()
    {
        if (geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        QTemporaryDir dir;
        const int mounted = QProcess::execute(QStringLiteral("mount"),
                                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=64k"), QStringLiteral("proclens-test"), dir.path()});
        if (mounted != 0)
            QSKIP("cannot mount a tmpfs here");
        const QString path = dir.filePath(QStringLiteral("full.csv"));
        const ExportOutcome o = runJob(std::make_unique<CountingSource>(100'000), path, output::Format::Csv);
        const QStringList left = dirEntries(dir.path());
        QProcess::execute(QStringLiteral("umount"), {dir.path()});
        QCOMPARE(o.status, ExportOutcome::Status::Failed);
        QVERIFY2(o.message.contains(QStringLiteral("No space left on device")), qPrintable(o.message));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
    }

    void brokenSourceIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        const ExportOutcome o = runJob(std::make_unique<BrokenSource>(), path, output::Format::Csv);
        QCOMPARE(o.status, ExportOutcome::Status::Failed);
        QVERIFY2(o.message.contains(QStringLiteral("row 2 has 3 cells for 2 columns")), qPrintable(o.message));
        QVERIFY(dirEntries(dir.path()).isEmpty());
    }

    void noColumnsIsAnError()
    {
        QTemporaryDir dir;
        const ExportOutcome o =
            runJob(snapshot({}, {}), dir.filePath(QStringLiteral("x.csv")), output::Format::Csv);
        QCOMPARE(o.status, ExportOutcome::Status::Failed);
        QVERIFY(dirEntries(dir.path()).isEmpty());
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");  // -1 = none
        QTest::newRow("csv") << "/tmp/a.csv" << int(output::Format::Csv);
        QTest::newRow("CSV") << "/tmp/a.CSV" << int(output::Format::Csv);
        QTest::newRow("jsonl") << "/tmp/a.jsonl" << int(output::Format::Jsonl);
        QTest::newRow("ndjson") << "a.ndjson" << int(output::Format::Jsonl);
        QTest::newRow("txt") << "/tmp/a.txt" << -1;
        QTest::newRow("none") << "/tmp/a" << -1;
    }
    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto f = exportFormatForPath(path);
        QCOMPARE(f ? int(*f) : -1, format);
    }

    void shortExportShowsNoDialog()
    {
        QTemporaryDir dir;
        QWidget parent;
        auto* job = new ExportJob(snapshot({"a"}, {{"1"}, {"2"}}), dir.filePath(QStringLiteral("s.csv")),
                                  output::Format::Csv);
        auto* ui = new ExportProgress(job, &parent);
        ui->setQuiet(true);
        QPointer<ExportProgress> guard(ui);
        QSignalSpy done(ui, &ExportProgress::done);
        QVERIFY(done.wait(10000));
        QVERIFY(done.at(0).at(0).toBool());
        QVERIFY2(!ui->dialog(), "a short export must not flash a progress dialog");
        QTRY_VERIFY(guard.isNull());  // deletes itself
    }

    void longExportShowsDialogAndCancels()
    {
        QTemporaryDir dir;
        QWidget parent;
        const QString path = dir.filePath(QStringLiteral("slow.csv"));
        // ~5 s of rows: long enough for the dialog, cancelled from it.
        auto* job = new ExportJob(std::make_unique<CountingSource>(5000, 1000), path, output::Format::Csv);
        auto* ui = new ExportProgress(job, &parent);
        ui->setQuiet(true);
        QSignalSpy done(ui, &ExportProgress::done);
        QTRY_VERIFY_WITH_TIMEOUT(ui->dialog() && ui->dialog()->isVisible(), 3000);
        QTRY_VERIFY(ui->dialog()->value() > 0);
        auto* cancel = ui->dialog()->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(done.wait(10000));
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(done.at(0).at(1).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(done.at(0).at(1).toString()));
        QVERIFY(dirEntries(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
