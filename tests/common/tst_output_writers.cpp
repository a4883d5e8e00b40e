// SPDX-License-Identifier: MIT
// CSV (RFC 4180), JSON Lines and text writers; a written CSV read back by
// Python's csv module; the speed of writing a million event rows.
#include <QtTest>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "proclens/columns.h"
#include "proclens/output_writers.h"
#include "test_events.h"

using namespace proclens;
using namespace proclens::output;

namespace {

constexpr Column kCols[] = {{"a", "A", false, 4}, {"n", "N", true, 5}, {"b", "B", false, 0}};

}  // namespace

class TestOutputWriters : public QObject {
    Q_OBJECT

private slots:
    void csvField_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("crlf") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("leading space") << QByteArray(" a") << QByteArray("\" a\"");
        QTest::newRow("trailing space") << QByteArray("a ") << QByteArray("\"a \"");
        QTest::newRow("inner space") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("utf8") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac") << QByteArray("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac");
        QTest::newRow("utf8 with comma") << QByteArray("\xc3\xa9,x") << QByteArray("\"\xc3\xa9,x\"");
    }

    void csvField()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, csv);
        std::string out;
        append_csv_field(out, std::string_view(field.constData(), static_cast<std::size_t>(field.size())));
        QCOMPARE(QByteArray::fromStdString(out), csv);
    }

    void csvTable()
    {
        CsvWriter w;
        w.begin(kCols);
        const std::string_view r1[] = {"x,y", "12", "z"};
        w.row(r1);
        const std::vector<std::string> r2 = {"", "-3", "line\nbreak"};
        w.row(r2);
        QCOMPARE(QByteArray::fromStdString(w.take()), QByteArray("a,n,b\r\n\"x,y\",12,z\r\n,-3,\"line\nbreak\"\r\n"));
        QVERIFY(w.buffer().empty());
        CsvWriter noHeader(false);
        noHeader.begin(kCols);
        QVERIFY(noHeader.buffer().empty());
    }

    void jsonString_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
        QTest::newRow("quote backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("controls") << QByteArray("\n\r\t\b\f", 5) << QByteArray("\"\\n\\r\\t\\b\\f\"");
        QTest::newRow("nul and 0x1f") << QByteArray("a\0\x1f", 3) << QByteArray("\"a\\u0000\\u001f\"");
        QTest::newRow("del") << QByteArray("\x7f") << QByteArray("\"\\u007f\"");
        QTest::newRow("utf8 2,3,4 bytes") << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80")
                                          << QByteArray("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
        QTest::newRow("lone continuation") << QByteArray("a\x80z") << QByteArray("\"a\xef\xbf\xbdz\"");
        QTest::newRow("cut sequence") << QByteArray("a\xe2\x82") << QByteArray("\"a\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80")
                                        << QByteArray("\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
    }

    void jsonString()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, json);
        std::string out;
        append_json_string(out, std::string_view(in.constData(), static_cast<std::size_t>(in.size())));
        QCOMPARE(QByteArray::fromStdString(out), json);
        // A real JSON parser accepts it.
        QJsonParseError err{};
        QJsonDocument::fromJson("[" + QByteArray::fromStdString(out) + "]", &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
    }

    void jsonLines()
    {
        JsonLinesWriter w;
        w.begin(kCols);
        const std::string_view r1[] = {"x\"y", "12", "z"};
        const std::string_view r2[] = {"", "1e", "\xff"};
        w.row(r1);
        w.row(r2);
        const QList<QByteArray> lines = QByteArray::fromStdString(w.take()).split('\n');
        QCOMPARE(lines.size(), 3);  // two rows and the empty tail
        QCOMPARE(lines[0], QByteArray("{\"a\":\"x\\\"y\",\"n\":12,\"b\":\"z\"}"));
        const QJsonObject o = QJsonDocument::fromJson(lines[1]).object();
        QVERIFY(o.value("a").isNull());
        QCOMPARE(o.value("n").toString(), QString("1e"));  // not a valid number: a string
        QCOMPARE(o.value("b").toString(), QString(QChar(0xfffd)));
    }

    void text()
    {
        TextWriter w;
        w.begin(kCols);
        const std::string_view r1[] = {"\xc3\xa9", "7", "tail\x01"};
        w.row(r1);
        QCOMPARE(QByteArray::fromStdString(w.take()),
                 QByteArray("A         N  B\n\xc3\xa9         7  tail?\n"));
    }

    void formats()
    {
        QCOMPARE(parse_format("csv"), std::optional<Format>(Format::Csv));
        QCOMPARE(parse_format("jsonl"), std::optional<Format>(Format::Jsonl));
        QCOMPARE(parse_format("text"), std::optional<Format>(Format::Text));
        QVERIFY(!parse_format("xml").has_value());
        QVERIFY(dynamic_cast<CsvWriter*>(make_writer(Format::Csv).get()));
        QVERIFY(dynamic_cast<JsonLinesWriter*>(make_writer(Format::Jsonl).get()));
        QVERIFY(dynamic_cast<TextWriter*>(make_writer(Format::Text).get()));
    }

    // The exported file of a known set reads back with a real CSV reader to the same values.
    void csvReadBackWithPython()
    {
        const QString python = QStandardPaths::findExecutable("python3");
        if (python.isEmpty())
            QSKIP("python3 is not installed: the CSV read-back check needs its csv module");
        const std::vector<std::vector<std::string>> rows = {
            {"plain", "1", "x"},
            {"comma, here", "-2", "quote \" inside"},
            {"multi\nline\r\nfield", "3", " leading and trailing "},
            {"\xc3\xa9t\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac", "4", ""},
            {"\"", "5", ",,,"},
        };
        CsvWriter w;
        w.begin(kCols);
        for (const auto& r : rows)
            w.row(r);
        QTemporaryDir dir;
        const QString path = dir.path() + "/out.csv";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(w.take()));
        }
        QProcess py;
        py.start(python, {"-c",
                          "import csv, json, sys\n"
                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                          "    print(json.dumps(list(csv.reader(f, strict=True))))\n",
                          path});
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QJsonDocument doc = QJsonDocument::fromJson(py.readAllStandardOutput());
        QVERIFY(doc.isArray());
        const auto arr = doc.array();
        QCOMPARE(arr.size(), qsizetype(rows.size() + 1));
        QCOMPARE(arr[0].toArray().at(0).toString(), QString("a"));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto got = arr[static_cast<qsizetype>(i + 1)].toArray();
            QCOMPARE(got.size(), qsizetype(3));
            for (std::size_t k = 0; k < 3; ++k)
                QCOMPARE(got[static_cast<qsizetype>(k)].toString(), QString::fromStdString(rows[i][k]));
        }
    }

    // 1,000,000 event rows to CSV, including formatting; the GUI export target is < 3 s.
    void millionEventsToCsv()
    {
        const auto events = test::sample_events();
        const auto cols = default_event_columns();
        const auto colMeta = columns_of(cols);
        EventContext ctx;
        ctx.realtime_offset_ns = 1'700'000'000'000'000'000;
        ctx.comm_of = [](std::uint32_t) { return std::string("worker"); };
        CsvWriter w;
        w.begin(colMeta);
        std::vector<std::string> fields;
        std::size_t bytes = 0;
        QElapsedTimer t;
        t.start();
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        const int rows = 1'000'000;
#else
        const int rows = 100'000;  // sanitizer/debug builds check correctness, not speed
#endif
        for (int i = 0; i < rows; ++i) {
            format_event_row(events[static_cast<std::size_t>(i) % events.size()], cols, ctx, fields);
            w.row(fields);
            if (w.buffer().size() > (1 << 16)) {
                bytes += w.buffer().size();
                w.buffer().clear();
            }
        }
        bytes += w.buffer().size();
        const qint64 ms = t.elapsed();
        qInfo("%d event rows -> %zu bytes of CSV in %lld ms", rows, bytes, ms);
        QVERIFY(bytes > std::size_t(rows) * 50);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(ms < 3000, qPrintable(QString("took %1 ms").arg(ms)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestOutputWriters)
#include "tst_output_writers.moc"
