// SPDX-License-Identifier: MIT
// Event and process column sets: the text of every column for known records.
#include <QtTest>

#include "proclens/columns.h"
#include "test_events.h"

using namespace proclens;
using namespace proclens::output;

class TestColumns : public QObject {
    Q_OBJECT

    static QStringList row(const wire::Event& ev, const std::vector<EventColumn>& cols, const EventContext& ctx = {})
    {
        std::vector<std::string> fields;
        format_event_row(ev, cols, ctx, fields);
        QStringList out;
        for (const auto& f : fields)
            out << QString::fromStdString(f);
        return out;
    }

private slots:
    void eventRows_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QStringList>("expected");
        // Columns: pid tid ppid uid comm event result errno latency_us cpu flags
        QTest::newRow("fork") << 0 << QStringList{"300", "301", "1", "1000", "bash", "fork", "", "", "", "0", ""};
        QTest::newRow("exec") << 1 << QStringList{"300", "301", "1", "1000", "bash", "exec", "", "", "", "1", ""};
        QTest::newRow("exit by signal")
            << 2 << QStringList{"300", "301", "1", "1000", "bash", "exit", "", "", "", "0", "core_dumped"};
        QTest::newRow("openat failed")
            << 3 << QStringList{"300", "301", "", "", "comm-300", "openat", "-2", "ENOENT", "12.345", "0", ""};
        QTest::newRow("getpid") << 6 << QStringList{"300", "300", "", "", "comm-300", "getpid", "300", "", "0.080", "0", ""};
        QTest::newRow("lost") << 7 << QStringList{"", "", "", "", "", "lost", "", "", "", "", ""};
        QTest::newRow("process") << 8 << QStringList{"400", "400", "1", "1000", "bash", "process", "", "", "", "", ""};
        QTest::newRow("summary")
            << 9 << QStringList{"300", "", "", "", "comm-300", "getpid", "", "", "0.080", "", ""};
    }

    void eventRows()
    {
        QFETCH(int, index);
        QFETCH(QStringList, expected);
        EventContext ctx;
        ctx.comm_of = [](std::uint32_t pid) { return "comm-" + std::to_string(pid); };
        const std::vector<EventColumn> cols = {EventColumn::Pid,    EventColumn::Tid,   EventColumn::Ppid,
                                               EventColumn::Uid,    EventColumn::Comm,  EventColumn::Event,
                                               EventColumn::Result, EventColumn::Errno, EventColumn::LatencyUs,
                                               EventColumn::Cpu,    EventColumn::Flags};
        QCOMPARE(row(test::sample_events()[static_cast<std::size_t>(index)], cols, ctx), expected);
    }

    void argsColumn()
    {
        const std::vector<EventColumn> cols = {EventColumn::Args};
        QCOMPARE(row(test::sample_openat(), cols).at(0),
                 QString("dfd=AT_FDCWD path=\"/etc/passwd\" flags=O_RDONLY|O_CLOEXEC mode=00"));
        QCOMPARE(row(wire::LostEvent{1, 17, 3}, cols).at(0), QString("kernel_drops=17 user_drops=3"));
        QCOMPARE(row(test::sample_process(), cols).at(0), QString("/usr/sbin/sshd -D "));
    }

    void timeColumn()
    {
        const std::vector<EventColumn> cols = {EventColumn::Time, EventColumn::TimestampNs};
        wire::SyscallEvent e = test::sample_getpid();
        e.timestamp_ns = 12'345'678'901;
        QCOMPARE(row(e, cols), (QStringList{"12.345678", "12345678901"}));
        EventContext wall;
        wall.realtime_offset_ns = 1'700'000'000'000'000'000 - 12'345'678'901 + 123'456'000;
        QCOMPARE(row(e, cols, wall).at(0), QString("2023-11-14T22:13:20.123456Z"));
        QVERIFY(current_realtime_offset_ns() > 1'600'000'000'000'000'000);
    }

    void eventColumnKeys()
    {
        QCOMPARE(event_columns().size(), std::size_t(EventColumn::Count_));
        QCOMPARE(event_column_by_key("latency_us"), std::optional<EventColumn>(EventColumn::LatencyUs));
        QVERIFY(!event_column_by_key("bogus").has_value());
        auto parsed = parse_event_columns("pid, comm,args");
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, (std::vector<EventColumn>{EventColumn::Pid, EventColumn::Comm, EventColumn::Args}));
        auto bad = parse_event_columns("pid,nope");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().offset, 4u);
        QVERIFY(bad.error().message.find("\"nope\"") != std::string::npos);
        const auto meta = columns_of(default_event_columns());
        QCOMPARE(meta.front().key, std::string_view("time"));
        QCOMPARE(meta.back().key, std::string_view("args"));
    }

    void processRows()
    {
        const auto r = test::sample_process();
        std::vector<std::string> fields;
        std::vector<ProcessColumn> all;
        for (std::size_t i = 0; i < std::size_t(ProcessColumn::Count_); ++i)
            all.push_back(static_cast<ProcessColumn>(i));
        format_process_row(r, all, fields);
        QCOMPARE(fields.size(), all.size());
        auto at = [&](ProcessColumn c) { return fields[static_cast<std::size_t>(c)]; };
        QCOMPARE(at(ProcessColumn::Pid), std::string("400"));
        QCOMPARE(at(ProcessColumn::NsPid), std::string("7"));
        QCOMPARE(at(ProcessColumn::State), std::string("S"));
        QCOMPARE(at(ProcessColumn::RssKb), std::string("400"));
        QCOMPARE(at(ProcessColumn::Nice), std::string("-5"));
        QCOMPARE(at(ProcessColumn::UtimeMs), std::string("10"));
        QCOMPARE(at(ProcessColumn::StimeMs), std::string("20"));
        QCOMPARE(at(ProcessColumn::CgroupId), std::string("4242"));
        QCOMPARE(at(ProcessColumn::Runtime), std::string("docker"));
        QCOMPARE(at(ProcessColumn::Cmdline), std::string("/usr/sbin/sshd -D "));
        QCOMPARE(at(ProcessColumn::NsPidInum), std::string("4026531835"));
        QCOMPARE(at(ProcessColumn::NsTime), std::string("4026531842"));
        QCOMPARE(process_column_by_key("mntns"), std::optional<ProcessColumn>(ProcessColumn::NsMnt));
        auto parsed = parse_process_columns("pid,netns,container");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 3u);
        QCOMPARE(namespace_process_columns().size(), 15u);
        QCOMPARE(columns_of(default_process_columns()).back().key, std::string_view("cmdline"));
    }
};

QTEST_GUILESS_MAIN(TestColumns)
#include "tst_columns.moc"
