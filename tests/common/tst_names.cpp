// SPDX-License-Identifier: MIT
// Generated syscall/errno tables and the signal, flag and family tables.
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "proclens/names.h"

using namespace proclens::names;

class TestNames : public QObject {
    Q_OBJECT

private slots:
    void syscallNames_data()
    {
        QTest::addColumn<int>("nr");
        QTest::addColumn<QString>("name");
        QTest::newRow("read") << 0 << "read";
        QTest::newRow("getpid") << 39 << "getpid";
        QTest::newRow("connect") << 42 << "connect";
        QTest::newRow("execve") << 59 << "execve";
        QTest::newRow("kill") << 62 << "kill";
        QTest::newRow("getppid") << 110 << "getppid";
        QTest::newRow("openat") << 257 << "openat";
        QTest::newRow("execveat") << 322 << "execveat";
        QTest::newRow("openat2") << 437 << "openat2";
        // The libc header agrees with the generated table.
        QTest::newRow("SYS_clone3") << int(SYS_clone3) << "clone3";
        QTest::newRow("SYS_io_uring_setup") << int(SYS_io_uring_setup) << "io_uring_setup";
    }

    void syscallNames()
    {
        QFETCH(int, nr);
        QFETCH(QString, name);
        QCOMPARE(QString::fromUtf8(syscall_name(static_cast<std::uint32_t>(nr))), name);
        QCOMPARE(syscall_number(name.toStdString()), std::optional<std::uint32_t>(nr));
    }

    void syscallTable()
    {
        QVERIFY(proclens::names::syscalls().size() > 300);
        for (std::size_t i = 1; i < proclens::names::syscalls().size(); ++i)
            QVERIFY(proclens::names::syscalls()[i - 1].number < proclens::names::syscalls()[i].number);
        QVERIFY(syscall_name(100000).empty());
        QVERIFY(!syscall_number("no_such_call").has_value());
    }

    void errnoNames_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("name");
        QTest::newRow("EPERM") << 1 << "EPERM";
        QTest::newRow("ENOENT") << 2 << "ENOENT";
        QTest::newRow("EACCES") << 13 << "EACCES";
        QTest::newRow("EAGAIN") << EAGAIN << "EAGAIN";
        QTest::newRow("ENOSYS") << ENOSYS << "ENOSYS";
        QTest::newRow("ECONNREFUSED") << ECONNREFUSED << "ECONNREFUSED";
        QTest::newRow("EHWPOISON") << EHWPOISON << "EHWPOISON";
    }

    void errnoNames()
    {
        QFETCH(int, number);
        QFETCH(QString, name);
        QCOMPARE(QString::fromUtf8(errno_name(number)), name);
        QCOMPARE(errno_number(name.toStdString()), std::optional<int>(number));
        QVERIFY(!errno_text(number).empty());
    }

    void errnoAliasesAndText()
    {
        QCOMPARE(errno_number("EWOULDBLOCK"), std::optional<int>(EAGAIN));
        QCOMPARE(errno_number("EDEADLOCK"), std::optional<int>(EDEADLK));
        QCOMPARE(std::string(errno_name(EAGAIN)), std::string("EAGAIN"));
        QCOMPARE(std::string(errno_text(ENOENT)), std::string("No such file or directory"));
        QCOMPARE(std::string(errno_text(EACCES)), std::string("Permission denied"));
        QVERIFY(errno_name(0).empty());
        QVERIFY(errno_name(-1).empty());
        QVERIFY(errno_name(100000).empty());
        QVERIFY(proclens::names::errnos().size() >= 130);
    }

    void signalNames_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGHUP") << 1 << "SIGHUP";
        QTest::newRow("SIGKILL") << 9 << "SIGKILL";
        QTest::newRow("SIGSEGV") << 11 << "SIGSEGV";
        QTest::newRow("SIGTERM") << 15 << "SIGTERM";
        QTest::newRow("SIGCHLD") << 17 << "SIGCHLD";
        QTest::newRow("SIGSYS") << 31 << "SIGSYS";
        QTest::newRow("SIGRTMIN") << 32 << "SIGRTMIN";
        QTest::newRow("SIGRTMIN+3") << 35 << "SIGRTMIN+3";
        QTest::newRow("SIGRTMAX") << 64 << "SIGRTMAX";
    }

    void signalNames()
    {
        QFETCH(int, number);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(signal_name(number)), name);
        QCOMPARE(signal_number(name.toStdString()), std::optional<int>(number));
    }

    void signalEdges()
    {
        QCOMPARE(signal_number("TERM"), std::optional<int>(15));
        QVERIFY(signal_name(0).empty());
        QVERIFY(signal_name(65).empty());
        QVERIFY(!signal_number("SIGFOO").has_value());
        QVERIFY(!signal_number("SIGRTMIN+x").has_value());
        QVERIFY(!signal_number("SIGRTMIN+40").has_value());
    }

    void openFlags_data()
    {
        QTest::addColumn<qulonglong>("flags");
        QTest::addColumn<QString>("text");
        QTest::newRow("rdonly") << qulonglong(0) << "O_RDONLY";
        QTest::newRow("rdonly cloexec") << qulonglong(02000000) << "O_RDONLY|O_CLOEXEC";
        QTest::newRow("wronly creat trunc") << qulonglong(01 | 0100 | 01000) << "O_WRONLY|O_CREAT|O_TRUNC";
        QTest::newRow("rdwr excl nonblock") << qulonglong(02 | 0200 | 04000) << "O_RDWR|O_EXCL|O_NONBLOCK";
        QTest::newRow("sync not dsync") << qulonglong(04010000) << "O_RDONLY|O_SYNC";
        QTest::newRow("dsync") << qulonglong(010000) << "O_RDONLY|O_DSYNC";
        QTest::newRow("tmpfile") << qulonglong(02 | 020200000) << "O_RDWR|O_TMPFILE";
        QTest::newRow("directory") << qulonglong(0200000) << "O_RDONLY|O_DIRECTORY";
        QTest::newRow("path nofollow") << qulonglong(010000000 | 0400000) << "O_RDONLY|O_NOFOLLOW|O_PATH";
        QTest::newRow("unknown bit") << qulonglong(0x40000000) << "O_RDONLY|0x40000000";
    }

    void openFlags()
    {
        QFETCH(qulonglong, flags);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(open_flags_to_string(flags)), text);
    }

    void families()
    {
        QCOMPARE(std::string(address_family_name(AF_INET)), std::string("AF_INET"));
        QCOMPARE(std::string(address_family_name(AF_INET6)), std::string("AF_INET6"));
        QCOMPARE(std::string(address_family_name(AF_UNIX)), std::string("AF_UNIX"));
        QCOMPARE(std::string(address_family_name(AF_NETLINK)), std::string("AF_NETLINK"));
        QVERIFY(address_family_name(999).empty());
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
