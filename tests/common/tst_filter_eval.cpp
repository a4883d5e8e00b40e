// SPDX-License-Identifier: MIT
// Compiled filters against hand-built FilterRecords: every operator and field, unknown fields.
#include <QtTest>

#include <string>

#include "proclens/filter/program.h"

using namespace proclens::filter;

namespace {

// The records the table refers to by name.
FilterRecord record(const QString& name)
{
    FilterRecord r;
    if (name == "bare") {  // only pid and event known
        r.pid = 7;
        return r;
    }
    r.pid = 100;
    r.set_tid(101);
    r.set_ppid(1);
    r.set_uid(0);  // root
    r.set_comm("cat");
    r.set_exe("/usr/bin/cat");
    r.set_container("");
    r.set_cgroup(4242);
    for (unsigned k = 0; k < 8; ++k)
        r.set_ns(k, 4026531835u + k);
    if (name == "openat_fail") {
        r.event = EventKind::Syscall;
        r.set_syscall(257);
        r.set_result(-2);
        r.set_duration_ns(15'000'000);
        r.add_path("/etc/known/missing");
    } else if (name == "openat_ok") {
        r.event = EventKind::Syscall;
        r.set_syscall(257);
        r.set_result(3);
        r.set_duration_ns(2'000);
        r.add_path("/etc/known/file");
    } else if (name == "rename") {
        r.event = EventKind::Syscall;
        r.set_syscall(82);
        r.set_result(0);
        r.set_duration_ns(50'000);
        r.add_path("/tmp/old name");
        r.add_path("/var/new");
    } else if (name == "connect") {
        r.event = EventKind::Syscall;
        r.set_syscall(42);
        r.set_result(-111);  // ECONNREFUSED
        r.set_duration_ns(900);
        r.set_addr("127.0.0.1:8080");
        r.set_port(8080);
    } else if (name == "exec") {
        r.event = EventKind::Exec;
        r.set_comm("python3");
        r.set_exe("/usr/bin/python3.11");
        r.set_container("0123456789abcdef");
    } else if (name == "unicode") {
        r.event = EventKind::Syscall;
        r.set_syscall(2);
        r.set_result(-13);
        r.add_path("/home/zoë/файл.txt");
    }
    return r;
}

}  // namespace

class TestFilterEval : public QObject {
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("rec");
        QTest::addColumn<bool>("expected");
        auto row = [](const char* filter, const char* rec, bool expected) {
            QTest::addRow("%s | %s", filter, rec) << QString::fromUtf8(filter) << QString::fromLatin1(rec) << expected;
        };
        // integers and every ordering operator
        row("pid = 100", "openat_fail", true);
        row("pid = 101", "openat_fail", false);
        row("pid != 100", "openat_fail", false);
        row("pid != 5", "openat_fail", true);
        row("pid < 100", "openat_fail", false);
        row("pid <= 100", "openat_fail", true);
        row("pid > 99", "openat_fail", true);
        row("pid >= 101", "openat_fail", false);
        row("pid in (1, 100, 5000)", "openat_fail", true);
        row("pid in (1, 99, 5000)", "openat_fail", false);
        row("tid = 101", "openat_fail", true);
        row("ppid = 1", "openat_fail", true);
        row("ppid in (2, 3)", "openat_fail", false);
        // user: number or name
        row("user = 0", "openat_fail", true);
        row("user = root", "openat_fail", true);
        row("uid != root", "openat_fail", false);
        row("user in (1000, root)", "openat_fail", true);
        row("user >= 1000", "openat_fail", false);
        // syscall: name or number
        row("syscall = openat", "openat_fail", true);
        row("syscall = 257", "openat_fail", true);
        row("syscall = close", "openat_fail", false);
        row("syscall in (rename, renameat2)", "rename", true);
        // result / errno
        row("result != 0", "openat_fail", true);
        row("result != 0", "openat_ok", false);
        row("result = ENOENT", "openat_fail", true);
        row("result = -2", "openat_fail", true);
        row("result < 0", "connect", true);
        row("result = 0", "openat_ok", true);
        row("retval = 3", "openat_ok", true);
        row("ret >= 3", "openat_ok", true);
        row("retval = ECONNREFUSED", "connect", true);
        row("retval != 0", "rename", false);
        row("errno = ENOENT", "openat_fail", true);
        row("errno = 2", "openat_fail", true);
        row("errno = 0", "openat_ok", true);
        row("errno in (ECONNREFUSED, ETIMEDOUT)", "connect", true);
        row("errno != ENOENT", "connect", true);
        // text operators
        row("comm = cat", "openat_fail", true);
        row("comm = ca", "openat_fail", false);
        row("comm != cat", "openat_fail", false);
        row("comm ~ at", "openat_fail", true);
        row("comm ~ AT", "openat_fail", false);
        row("comm in (bash, cat)", "openat_fail", true);
        row("comm in (bash, dog)", "openat_fail", false);
        row("exe matches \"^/usr/bin/c.t$\"", "openat_fail", true);
        row("exe matches \"^/bin\"", "openat_fail", false);
        row("exe matches \"(?i)/USR/\"", "openat_fail", true);
        row("exe matches \"python3\\.\\d+\"", "exec", true);
        // path: either path of the event
        row("path ~ \"known\" and result != 0", "openat_fail", true);
        row("path ~ \"known\" and result != 0", "openat_ok", false);
        row("path = \"/tmp/old name\"", "rename", true);
        row("path = /var/new", "rename", true);
        row("path ~ /var/", "rename", true);
        row("path matches \"^/tmp\"", "rename", true);
        row("path in (/a, /var/new)", "rename", true);
        row("path != /var/new", "rename", false);
        row("path != /nowhere", "rename", true);
        row("path ~ \"файл\"", "unicode", true);
        row("path = \"/home/zoë/файл.txt\"", "unicode", true);
        // socket address
        row("addr = \"127.0.0.1:8080\"", "connect", true);
        row("addr ~ \"127.0.0.\"", "connect", true);
        row("port = 8080", "connect", true);
        row("port > 1024 and port < 9000", "connect", true);
        // namespaces, cgroup, container
        row("ns.pid = 4026531835", "openat_fail", true);
        row("ns.mnt = 4026531836", "openat_fail", true);
        row("ns.net = 4026531837", "openat_fail", true);
        row("ns.uts = 4026531838", "openat_fail", true);
        row("ns.ipc = 4026531839", "openat_fail", true);
        row("ns.user = 4026531840", "openat_fail", true);
        row("ns.cgroup = 4026531841", "openat_fail", true);
        row("ns.time = 4026531842", "openat_fail", true);
        row("ns.time = 4026531835", "openat_fail", false);
        row("cgroup = 4242", "openat_fail", true);
        row("container = \"\"", "openat_fail", true);
        row("container ~ 0123", "exec", true);
        // duration units
        row("duration > 10ms", "openat_fail", true);
        row("duration > 15ms", "openat_fail", false);
        row("duration >= 15ms", "openat_fail", true);
        row("duration < 1us", "connect", true);
        row("duration = 2us", "openat_ok", true);
        row("duration in (50us, 1s)", "rename", true);
        // event kinds
        row("event = syscall", "openat_fail", true);
        row("event = exec", "exec", true);
        row("event != exec", "exec", false);
        row("event in (fork, exit)", "exec", false);
        // logic
        row("pid = 1 or comm = cat", "openat_fail", true);
        row("pid = 1 or comm = dog", "openat_fail", false);
        row("not comm = cat", "openat_fail", false);
        row("pid = 100 and not (comm = dog or comm = cow)", "openat_fail", true);
        row("pid not in (100)", "openat_fail", false);
        row("comm = cat and (syscall = close or errno = ENOENT)", "openat_fail", true);
        // unknown fields: every comparison is false, `not` inverts it
        row("exe = /usr/bin/cat", "bare", false);
        row("exe != /usr/bin/cat", "bare", false);
        row("not exe = /usr/bin/cat", "bare", true);
        row("comm ~ a", "bare", false);
        row("ppid != 3", "bare", false);
        row("syscall = openat", "exec", false);
        row("syscall != openat", "exec", false);
        row("result != 0", "exec", false);
        row("errno = 0", "exec", false);
        row("duration >= 0ns", "exec", false);
        row("path != /x", "openat_fail", true);
        row("path != /x", "connect", false);
        row("addr ~ 1", "openat_fail", false);
        row("ns.pid = 4026531835", "bare", false);
        row("pid = 7 and event = syscall", "bare", true);
    }

    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(QString, rec);
        QFETCH(bool, expected);
        auto program = compile(filter.toStdString());
        QVERIFY2(program.ok(), program.ok() ? "" : program.error().message.c_str());
        QCOMPARE(program->matches(record(rec)), expected);
    }

    void compileErrors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad regex") << "comm = x or path matches \"a(b\"" << 25 << "invalid regular expression";
        QTest::newRow("bad regex class") << "exe matches '[z-a]'" << 12 << "invalid regular expression";
        QTest::newRow("unknown user") << "user = no_such_user_proclens" << 7 << "unknown user \"no_such_user_proclens\"";
        QTest::newRow("parse error passes through") << "pid = " << 6 << "expected a value";
    }

    void compileErrors()
    {
        QFETCH(QString, filter);
        QFETCH(int, position);
        QFETCH(QString, message);
        auto program = compile(filter.toStdString());
        QVERIFY(!program.ok());
        QVERIFY2(QString::fromStdString(program.error().message).contains(message), program.error().message.c_str());
        QCOMPARE(program.error().position, std::size_t(position));
    }

    // Trees built by hand (the dialog's path) are checked by compile, not trusted.
    void builtTrees()
    {
        auto wrongKind = compile(make_compare(Field::Pid, Op::Eq, {Value::string("x")}));
        QVERIFY(!wrongKind.ok());
        auto emptyIn = compile(make_compare(Field::Pid, Op::In, {}));
        QVERIFY(!emptyIn.ok());
        QVERIFY(emptyIn.error().message.find("at least one value") != std::string::npos);
        auto badOp = compile(make_compare(Field::Comm, Op::Lt, {Value::string("x")}));
        QVERIFY(!badOp.ok());
        auto ok = compile(make_and(make_compare(Field::Pid, Op::Eq, {Value::integer(100)}),
                                   make_not(make_compare(Field::Comm, Op::In, {Value::string("dog")}))));
        QVERIFY(ok.ok());
        QVERIFY(ok->matches(record("openat_fail")));
        QCOMPARE(to_string(ok->expr()), std::string("pid = 100 and not comm in (dog)"));
    }

    // A program is movable and keeps working (the regex scratch moves with it).
    void moveKeepsRegex()
    {
        auto p = compile(std::string("path matches \"known/m\""));
        QVERIFY(p.ok());
        Program moved = std::move(*p);
        QVERIFY(moved.matches(record("openat_fail")));
        QVERIFY(!moved.matches(record("openat_ok")));
    }
};

QTEST_GUILESS_MAIN(TestFilterEval)
#include "tst_filter_eval.moc"
