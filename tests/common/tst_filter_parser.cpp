// SPDX-License-Identifier: MIT
// Filter language parser: valid expressions and their trees, errors with positions, round trips.
#include <QtTest>

#include <string>

#include "proclens/filter/parser.h"

using namespace proclens::filter;

namespace {

std::string str(const QByteArray& b) { return std::string(b.constData(), static_cast<std::size_t>(b.size())); }

Expr cmp(Field f, Op op, Value v) { return make_compare(f, op, {std::move(v)}); }
Value num(std::int64_t n) { return Value::integer(n); }
Value txt(const char* s) { return Value::string(s); }

// Every valid expression of the table, for the round-trip test.
const QList<QPair<QByteArray, QByteArray>>& validRows()
{
    static const QList<QPair<QByteArray, QByteArray>> rows = {
        {"pid = 42", "pid = 42"},
        {"PID=42", "pid = 42"},
        {"pid == 42", "pid = 42"},
        {"pid != 1", "pid != 1"},
        {"ppid < 100", "ppid < 100"},
        {"parent > 1", "ppid > 1"},
        {"tid <= 0x10", "tid <= 16"},
        {"pid > 5 and pid >= 6", "pid > 5 and pid >= 6"},
        {"comm = bash", "comm = bash"},
        {"comm = \"my prog\"", "comm = \"my prog\""},
        {"comm = 'single quoted'", "comm = \"single quoted\""},
        {"comm = 123", "comm = \"123\""},
        {"comm = \"and\"", "comm = \"and\""},
        {"comm = ''", "comm = \"\""},
        {"exe ~ /usr/bin/", "exe ~ /usr/bin/"},
        {"exe = /usr/bin/python3.11", "exe = /usr/bin/python3.11"},
        {"path matches '^/etc/.*\\.conf$'", "path matches \"^/etc/.*\\\\.conf$\""},
        {"path matches \"(?i)passwd\"", "path matches \"(?i)passwd\""},
        {"path = \"a\\\"b\\\\c\\n\"", "path = \"a\\\"b\\\\c\\n\""},
        {"path = \"\\x41\\x01\\t\"", "path = \"A\\x01\\t\""},
        {"path = \"/tmp/naïve файл\"", "path = \"/tmp/naïve файл\""},
        {"comm = 日本語", "comm = \"日本語\""},
        {"user = root", "user = root"},
        {"uid = 1000", "user = 1000"},
        {"user = \"1000\"", "user = \"1000\""},
        {"user >= 1000", "user >= 1000"},
        {"syscall = openat", "syscall = openat"},
        {"SYSCALL = OPENAT", "syscall = openat"},
        {"syscall in (openat, 2, close)", "syscall in (openat, 2, close)"},
        {"result != 0", "result != 0"},
        {"result = ENOENT", "result = ENOENT"},
        {"ret = -2", "retval = -2"},
        {"retval > 0", "retval > 0"},
        {"errno = enoent", "errno = ENOENT"},
        {"errno in (EACCES, EPERM, 13)", "errno in (EACCES, EPERM, 13)"},
        {"duration > 10ms", "duration > 10ms"},
        {"duration >= 1.5s", "duration >= 1500ms"},
        {"duration < 250us", "duration < 250us"},
        {"latency > 1000", "duration > 1us"},
        {"duration > 2000000ns", "duration > 2ms"},
        {"duration > 7ns", "duration > 7ns"},
        {"event = exec", "event = exec"},
        {"type = EXIT", "event = exit"},
        {"event in (fork, exec, exit)", "event in (fork, exec, exit)"},
        {"addr ~ \"127.0.0.1\"", "addr ~ 127.0.0.1"},
        {"port = 443", "port = 443"},
        {"container = abc123def", "container = abc123def"},
        {"ns.pid = 4026531836", "ns.pid = 4026531836"},
        {"NS.MNT != 4026531841", "ns.mnt != 4026531841"},
        {"ns.time = 1 and ns.cgroup = 2 and ns.user = 3", "ns.time = 1 and ns.cgroup = 2 and ns.user = 3"},
        {"cgroup = 12345", "cgroup = 12345"},
        {"pid = 1 or pid = 2 and comm = x", "pid = 1 or pid = 2 and comm = x"},
        {"(pid = 1 or pid = 2) and comm = x", "(pid = 1 or pid = 2) and comm = x"},
        {"not pid = 1 and comm = x", "not pid = 1 and comm = x"},
        {"not (pid = 1 and comm = x)", "not (pid = 1 and comm = x)"},
        {"pid = 1 && comm = x || !tid = 3", "pid = 1 and comm = x or not tid = 3"},
        {"pid not in (1, 2)", "not pid in (1, 2)"},
        {"pid = 1 and (pid = 2 and pid = 3)", "pid = 1 and (pid = 2 and pid = 3)"},
        {"pid = 1 or (pid = 2 or pid = 3)", "pid = 1 or (pid = 2 or pid = 3)"},
        {"((pid = 1))", "pid = 1"},
        {"not not pid = 1", "not not pid = 1"},
        {"pid IN (3,1,2)", "pid in (3, 1, 2)"},
        {"result < -1 AND errno != 0", "result < -1 and errno != 0"},
        {"comm ~ \"x\" or (pid = 1 or pid = 2)", "comm ~ x or (pid = 1 or pid = 2)"},
        {"  pid=1\t\n", "pid = 1"},
        {"path ~ \"known\" and result != 0", "path ~ known and result != 0"},
        {"comm MATCHES '^k' Or Not exe ~ sbin", "comm matches ^k or not exe ~ sbin"},
        {"path matches \"\\d+\"", "path matches \"\\\\d+\""},
    };
    return rows;
}

}  // namespace

class TestFilterParser : public QObject {
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        for (const auto& [input, canonical] : validRows())
            QTest::newRow(input.constData()) << input << canonical;
    }

    void valid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        auto r = parse(str(input));
        if (!r)
            QFAIL(qPrintable(QString::fromStdString(format_error(str(input), r.error()))));
        QCOMPARE(QByteArray::fromStdString(to_string(*r)), canonical);
    }

    // The tree itself, for rows where the text alone could hide a structural mistake.
    void trees_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("row");
        QTest::newRow("precedence and over or") << QByteArray("pid = 1 or pid = 2 and comm = x") << 0;
        QTest::newRow("parentheses") << QByteArray("(pid = 1 or pid = 2) and comm = x") << 1;
        QTest::newRow("not binds tightest") << QByteArray("not pid = 1 and comm = x") << 2;
        QTest::newRow("left-nested and") << QByteArray("pid = 1 and pid = 2 and pid = 3") << 3;
        QTest::newRow("not in") << QByteArray("pid not in (1, 2)") << 4;
        QTest::newRow("duration units") << QByteArray("duration > 1.5ms") << 5;
        QTest::newRow("errno name kept") << QByteArray("result = enoent") << 6;
        QTest::newRow("user number") << QByteArray("uid = 0") << 7;
        QTest::newRow("escapes") << QByteArray("path = 'it\\'s \\x7e'") << 8;
    }

    void trees()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, row);
        const Expr p1 = cmp(Field::Pid, Op::Eq, num(1));
        const Expr p2 = cmp(Field::Pid, Op::Eq, num(2));
        const Expr p3 = cmp(Field::Pid, Op::Eq, num(3));
        const Expr cx = cmp(Field::Comm, Op::Eq, txt("x"));
        const Expr expected[] = {
            make_or(p1, make_and(p2, cx)),
            make_and(make_or(p1, p2), cx),
            make_and(make_not(p1), cx),
            make_and(make_and(p1, p2), p3),
            make_not(make_compare(Field::Pid, Op::In, {num(1), num(2)})),
            cmp(Field::Duration, Op::Gt, Value::duration_ns(1500000)),
            cmp(Field::Result, Op::Eq, txt("ENOENT")),
            cmp(Field::User, Op::Eq, num(0)),
            cmp(Field::Path, Op::Eq, txt("it's ~")),
        };
        auto r = parse(str(input));
        QVERIFY(r.ok());
        QVERIFY2(*r == expected[row], to_string(*r).c_str());
        // Built trees print and parse back to themselves too.
        auto back = parse(to_string(expected[row]));
        QVERIFY(back.ok());
        QVERIFY(*back == expected[row]);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("") << 0 << "empty filter";
        QTest::newRow("blank") << QByteArray("   ") << 0 << "empty filter";
        QTest::newRow("unknown field") << QByteArray("pdi = 3") << 0 << "unknown field \"pdi\" (did you mean \"pid\"?)";
        QTest::newRow("unknown field far") << QByteArray("pid = 1 and frobnicate = 2") << 12 << "unknown field \"frobnicate\"";
        QTest::newRow("no value at end") << QByteArray("pid =") << 5 << "expected a value after \"=\"";
        QTest::newRow("paren as value") << QByteArray("pid = )") << 6 << "expected a value after \"=\"";
        QTest::newRow("unclosed paren") << QByteArray("(pid = 1") << 0 << "unclosed \"(\"";
        QTest::newRow("innermost unclosed") << QByteArray("((((pid = 1") << 3 << "unclosed \"(\"";
        QTest::newRow("unmatched paren") << QByteArray("pid = 1)") << 7 << "unmatched \")\"";
        QTest::newRow("no operator") << QByteArray("pid 1") << 4 << "expected an operator after \"pid\"";
        QTest::newRow("not a number") << QByteArray("pid = abc") << 6 << "expected a number for pid";
        QTest::newRow("number out of range") << QByteArray("pid = 99999999999999999999") << 6 << "number out of range";
        QTest::newRow("substring on number") << QByteArray("pid ~ 1") << 4 << "operator \"~\" is not allowed for pid";
        QTest::newRow("ordering on text") << QByteArray("comm < x") << 5 << "operator \"<\" is not allowed for comm";
        QTest::newRow("unclosed quote") << QByteArray("comm = \"abc") << 7 << "unclosed quote \"";
        QTest::newRow("unclosed single quote") << QByteArray("comm = 'abc\\'") << 7 << "unclosed quote '";
        QTest::newRow("bad hex escape") << QByteArray("comm = \"\\x4\"") << 8 << "\\x needs two hex digits";
        QTest::newRow("dangling and") << QByteArray("pid = 1 and") << 11 << "expected an expression after \"and\"";
        QTest::newRow("dangling not") << QByteArray("not") << 3 << "expected an expression after \"not\"";
        QTest::newRow("double or") << QByteArray("pid = 1 or or pid = 2") << 11 << "expected a field name, got \"or\"";
        QTest::newRow("missing connective") << QByteArray("pid = 1 pid = 2") << 8 << "expected \"and\" or \"or\" before \"pid\"";
        QTest::newRow("operator first") << QByteArray("= 3") << 0 << "expected a field name";
        QTest::newRow("unknown syscall") << QByteArray("syscall = opnat") << 10 << "unknown syscall \"opnat\" (did you mean \"openat\"?)";
        QTest::newRow("unknown errno") << QByteArray("result = ENOPE") << 9 << "unknown errno name";
        QTest::newRow("duration with space") << QByteArray("duration > 10 ms") << 14 << "expected \"and\" or \"or\" before \"ms\"";
        QTest::newRow("bad duration unit") << QByteArray("duration > 10parsecs") << 11 << "expected a duration";
        QTest::newRow("decimal without unit") << QByteArray("duration > 1.5") << 11 << "expected a duration";
        QTest::newRow("sub-nanosecond") << QByteArray("duration > 0.5ns") << 11 << "duration finer than 1ns";
        QTest::newRow("unknown event") << QByteArray("event = clone") << 8 << "unknown event kind \"clone\"";
        QTest::newRow("in without list") << QByteArray("pid in 1, 2") << 7 << "expected \"(\" after \"in\"";
        QTest::newRow("in unclosed") << QByteArray("pid in (1, 2") << 7 << "unclosed \"(\"";
        QTest::newRow("in empty") << QByteArray("pid in ()") << 8 << "expected a value after \"(\"";
        QTest::newRow("in no comma") << QByteArray("pid in (1 2)") << 10 << "expected \",\" or \")\"";
        QTest::newRow("user name ordering") << QByteArray("user < root") << 7 << "operator \"<\" needs a number for user";
        QTest::newRow("single ampersand") << QByteArray("pid = 1 & comm = x") << 8 << "\"&\" is not an operator";
        QTest::newRow("single bar") << QByteArray("pid = 1 |") << 8 << "\"|\" is not an operator";
        QTest::newRow("matches without value") << QByteArray("path matches") << 12 << "expected a value after \"matches\"";
        QTest::newRow("event ordering") << QByteArray("event > exec") << 6 << "operator \">\" is not allowed for event";
        QTest::newRow("too deep") << QByteArray(300, '(') + "pid = 1" << 201 << "nested too deeply";
        QTest::newRow("too long") << QByteArray("pid=1").append(QByteArray("&&pid=1").repeated(5000)) << 28672
                                  << "filter too long";
    }

    void invalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, position);
        QFETCH(QString, message);
        auto r = parse(str(input));
        QVERIFY2(!r.ok(), r.ok() ? to_string(*r).c_str() : "");
        QVERIFY2(QString::fromStdString(r.error().message).contains(message), r.error().message.c_str());
        QCOMPARE(r.error().position, std::size_t(position));
    }

    // parse(to_string(e)) == e, and the canonical text is a fixed point.
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        for (const auto& row : validRows())
            QTest::newRow(row.first.constData()) << row.first;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, input);
        auto e = parse(str(input));
        QVERIFY(e.ok());
        const std::string text = to_string(*e);
        auto back = parse(text);
        QVERIFY2(back.ok(), text.c_str());
        QVERIFY2(*back == *e, text.c_str());
        QCOMPARE(to_string(*back), text);
    }

    void formatError()
    {
        const std::string text = "comm = x and pdi = 3";
        auto r = parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(format_error(text, r.error()), std::string("unknown field \"pdi\" (did you mean \"pid\"?)\n"
                                                            "  comm = x and pdi = 3\n"
                                                            "               ^"));
        // The caret counts characters, not bytes, before the position.
        const std::string utf8 = "comm = \"é\" and";
        auto u = parse(utf8);
        QVERIFY(!u.ok());
        QVERIFY(format_error(utf8, u.error()).ends_with("\n" + std::string(2 + 14, ' ') + "^"));
    }

    void parseValue_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");  // empty: an error is expected
        QTest::newRow("duration") << int(Field::Duration) << "10ms" << "10ms";
        QTest::newRow("user name") << int(Field::User) << "root" << "root";
        QTest::newRow("user number") << int(Field::User) << "1000" << "1000";
        QTest::newRow("comm with space") << int(Field::Comm) << "a b" << "\"a b\"";
        QTest::newRow("comm digits") << int(Field::Comm) << "42" << "\"42\"";
        QTest::newRow("errno lower") << int(Field::Errno) << "eperm" << "EPERM";
        QTest::newRow("pid word") << int(Field::Pid) << "x" << "";
        QTest::newRow("bad syscall") << int(Field::Syscall) << "nosuchcall" << "";
    }

    void parseValue()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, printed);
        auto v = parse_value(static_cast<Field>(field), text.toStdString());
        if (printed.isEmpty()) {
            QVERIFY(!v.ok());
            return;
        }
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        QCOMPARE(QString::fromStdString(to_string(*v)), printed);
    }

    void catalogue()
    {
        QCOMPARE(fields().size(), kFieldCount);
        for (std::size_t i = 0; i < fields().size(); ++i) {
            const FieldInfo& f = fields()[i];
            QCOMPARE(static_cast<std::size_t>(f.field), i);
            QVERIFY(!f.description.empty());
            QVERIFY(!f.ops.empty());
            QCOMPARE(field_from_name(f.name), std::optional<Field>(f.field));
            for (std::string_view a : f.aliases)
                QCOMPARE(field_from_name(a), std::optional<Field>(f.field));
        }
        QCOMPARE(field_from_name("UID"), std::optional<Field>(Field::User));
        QCOMPARE(field_from_name("nope"), std::optional<Field>());
        QVERIFY(field_allows(Field::Path, Op::Matches));
        QVERIFY(!field_allows(Field::Pid, Op::Matches));
    }
};

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filter_parser.moc"
