// SPDX-License-Identifier: MIT
// Text of socket addresses, syscall arguments and results.
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>

#include <cstring>

#include "proclens/event_format.h"
#include "test_events.h"

using namespace proclens;
using namespace proclens::wire;

namespace {

template <class T>
SockAddr as_sockaddr(const T& sa, std::size_t len = sizeof(T))
{
    SockAddr out;
    std::memcpy(&out.family, &sa, sizeof out.family);
    out.bytes.resize(len);
    std::memcpy(out.bytes.data(), &sa, len);
    return out;
}

SockAddr inet4(const char* ip, std::uint16_t port)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    inet_pton(AF_INET, ip, &sa.sin_addr);
    return as_sockaddr(sa);
}

SockAddr inet6(const char* ip, std::uint16_t port, std::uint32_t scope = 0)
{
    sockaddr_in6 sa{};
    sa.sin6_family = AF_INET6;
    sa.sin6_port = htons(port);
    sa.sin6_scope_id = scope;
    inet_pton(AF_INET6, ip, &sa.sin6_addr);
    return as_sockaddr(sa);
}

SockAddr unix_addr(std::string_view path, bool abstract)
{
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    std::size_t off = abstract ? 1 : 0;
    std::memcpy(sa.sun_path + off, path.data(), path.size());
    return as_sockaddr(sa, offsetof(sockaddr_un, sun_path) + off + path.size() + (abstract ? 0 : 1));
}

}  // namespace

Q_DECLARE_METATYPE(proclens::wire::SockAddr)
Q_DECLARE_METATYPE(proclens::wire::SyscallEvent)

class TestEventFormat : public QObject {
    Q_OBJECT

private slots:
    void sockaddrs_data()
    {
        QTest::addColumn<SockAddr>("addr");
        QTest::addColumn<QString>("text");
        QTest::newRow("ipv4") << inet4("127.0.0.1", 8080) << "127.0.0.1:8080";
        QTest::newRow("ipv4 high port") << inet4("10.1.2.3", 65535) << "10.1.2.3:65535";
        QTest::newRow("ipv6 loopback") << inet6("::1", 8080) << "[::1]:8080";
        QTest::newRow("ipv6 scoped") << inet6("fe80::1", 22, 2) << "[fe80::1%2]:22";
        QTest::newRow("unix path") << unix_addr("/run/dbus/system_bus_socket", false) << "/run/dbus/system_bus_socket";
        QTest::newRow("unix abstract") << unix_addr("my-socket", true) << "@my-socket";
        QTest::newRow("unix unnamed") << SockAddr{AF_UNIX, {1, 0}} << "unnamed";
        QTest::newRow("ipv4 truncated") << SockAddr{AF_INET, {2, 0, 0, 80}} << "AF_INET(truncated)";
        QTest::newRow("ipv6 truncated") << SockAddr{AF_INET6, {10, 0, 0, 80, 0, 0}} << "AF_INET6(truncated)";
        QTest::newRow("netlink") << SockAddr{AF_NETLINK, {16, 0, 0, 0}} << "AF_NETLINK";
        QTest::newRow("unknown family") << SockAddr{999, {}} << "family=999";
    }

    void sockaddrs()
    {
        QFETCH(SockAddr, addr);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(format_sockaddr(addr)), text);
    }

    void syscallArgs_data()
    {
        QTest::addColumn<SyscallEvent>("event");
        QTest::addColumn<QString>("text");

        SyscallEvent openat = test::sample_openat();
        QTest::newRow("openat") << openat << "dfd=AT_FDCWD path=\"/etc/passwd\" flags=O_RDONLY|O_CLOEXEC mode=00";

        SyscallEvent creat = openat;
        creat.args = {3, 0, 01 | 0100 | 01000, 0644, 0, 0};
        QTest::newRow("openat dirfd create") << creat
                                             << "dfd=3 path=\"/etc/passwd\" flags=O_WRONLY|O_CREAT|O_TRUNC mode=0644";

        SyscallEvent nopayload = openat;
        nopayload.payload = PL_PAYLOAD_NONE;
        nopayload.paths.clear();
        QTest::newRow("openat without decoded path")
            << nopayload << "dfd=AT_FDCWD path=0x7ffd0000 flags=O_RDONLY|O_CLOEXEC mode=00";

        SyscallEvent unreadable = openat;
        unreadable.paths[0].flags = PL_FLAG_READ_FAILED;
        QTest::newRow("unreadable path") << unreadable
                                         << "dfd=AT_FDCWD path=<unreadable> flags=O_RDONLY|O_CLOEXEC mode=00";

        SyscallEvent weird = openat;
        weird.paths[0].path = "a\"b\nc";
        QTest::newRow("escaped path") << weird
                                      << "dfd=AT_FDCWD path=\"a\\\"b\\nc\" flags=O_RDONLY|O_CLOEXEC mode=00";

        QTest::newRow("rename") << test::sample_rename() << "old=\"/tmp/a\" new=\"/tmp/b\"...";

        SyscallEvent kill;
        kill.nr = 62;
        kill.args = {123, 15, 0, 0, 0, 0};
        QTest::newRow("kill") << kill << "pid=123 sig=SIGTERM";

        SyscallEvent killpg = kill;
        killpg.args = {static_cast<std::uint64_t>(-1), 9, 0, 0, 0, 0};
        QTest::newRow("kill -1") << killpg << "pid=-1 sig=SIGKILL";

        SyscallEvent tgkill;
        tgkill.nr = 234;
        tgkill.args = {10, 11, 99, 0, 0, 0};
        QTest::newRow("tgkill unknown signal") << tgkill << "tgid=10 tid=11 sig=99";

        QTest::newRow("connect") << test::sample_connect() << "fd=3 addr=127.0.0.1:8080 addrlen=16";

        SyscallEvent socket;
        socket.nr = 41;
        socket.args = {AF_INET6, 1, 0, 0, 0, 0};
        QTest::newRow("socket") << socket << "family=AF_INET6 type=0x1 protocol=0";

        QTest::newRow("getpid") << test::sample_getpid() << "";

        SyscallEvent unknown;
        unknown.nr = 99999;
        unknown.args = {1, 2, 0xff, 0, 0, 0};
        QTest::newRow("unknown syscall") << unknown << "a0=0x1 a1=0x2 a2=0xff a3=0x0 a4=0x0 a5=0x0";
    }

    void syscallArgs()
    {
        QFETCH(SyscallEvent, event);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(format_syscall_args(event)), text);
    }

    void results_data()
    {
        QTest::addColumn<qlonglong>("ret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errnoName");
        QTest::newRow("fd") << qlonglong(3) << "3" << "";
        QTest::newRow("zero") << qlonglong(0) << "0" << "";
        QTest::newRow("ENOENT") << qlonglong(-2) << "-2 ENOENT" << "ENOENT";
        QTest::newRow("EACCES") << qlonglong(-13) << "-13 EACCES" << "EACCES";
        QTest::newRow("unnamed errno") << qlonglong(-4000) << "-4000" << "";
        QTest::newRow("not an errno") << qlonglong(-5000) << "-5000" << "";
    }

    void results()
    {
        QFETCH(qlonglong, ret);
        QFETCH(QString, text);
        QFETCH(QString, errnoName);
        QCOMPARE(QString::fromStdString(format_syscall_result(ret)), text);
        QCOMPARE(QString::fromUtf8(result_errno_name(ret)), errnoName);
    }

    void processArgs()
    {
        QCOMPARE(format_process_args(test::sample_exec()),
                 std::string("filename=\"/usr/bin/ls\" argv=[\"ls\",\"-l\",\"\",\"dir with space\",\"\xc3\xa9t\xc3\xa9\"]"));
        QCOMPARE(format_process_args(test::sample_fork()), std::string("child=300 ppid=1"));
        QCOMPARE(format_process_args(test::sample_exit()), std::string("signal=SIGSEGV core"));
        ProcessEvent ok = test::sample_exit();
        ok.exit_signal = 0;
        ok.flags = 0;
        ok.exit_code = 3;
        QCOMPARE(format_process_args(ok), std::string("code=3"));
    }

    void quoting()
    {
        QCOMPARE(quote_string(std::string("a\0b\x7f\\", 5)), std::string("\"a\\x00b\\x7f\\\\\""));
    }
};

QTEST_GUILESS_MAIN(TestEventFormat)
#include "tst_event_format.moc"
