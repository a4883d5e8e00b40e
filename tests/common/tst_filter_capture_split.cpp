// SPDX-License-Identifier: MIT
// Kernel/user-space split of filters: what goes to the BPF maps, the exact flag, superset safety.
#include <QtTest>

#include <algorithm>
#include <string>

#include "proclens/filter/capture_split.h"
#include "proclens/filter/parser.h"
#include "proclens/filter/program.h"

using namespace proclens::filter;

namespace {

template <class T>
QString join(const char* key, const std::vector<T>& v)
{
    if (v.empty())
        return {};
    QStringList parts;
    for (const T& x : v) {
        if constexpr (std::is_same_v<T, std::string>)
            parts << QString::fromStdString(x);
        else
            parts << QString::number(x);
    }
    return QString::fromLatin1(key) + "=" + parts.join(',') + " ";
}

// The kernel part as one line, e.g. "pids=1,2 excl=3 ns=1:77".
QString kernelText(const CaptureSplit& s)
{
    QString out = join("pids", s.pids) + join("excl", s.excludePids) + join("uids", s.uids) + join("comms", s.comms) +
                  join("sys", s.syscalls) + join("cg", s.cgroupIds);
    if (s.hasNamespace)
        out += QStringLiteral("ns=%1:%2 ").arg(s.nsKind).arg(s.nsInode);
    return out.trimmed();
}

// What bpf/filter.bpf.h lets through for a record (the engine's own pid aside).
bool kernelPasses(const CaptureSplit& s, const FilterRecord& r)
{
    auto has = [](const auto& v, auto x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    if (has(s.excludePids, r.pid))
        return false;
    if (!s.pids.empty() && !has(s.pids, r.pid))
        return false;
    if (!s.uids.empty() && !has(s.uids, r.uid))
        return false;
    if (!s.comms.empty() && !has(s.comms, std::string(r.comm)))
        return false;
    if (!s.syscalls.empty() && r.event == EventKind::Syscall && !has(s.syscalls, r.syscall))
        return false;
    if (s.hasNamespace && r.ns[s.nsKind] != s.nsInode)
        return false;
    if (!s.cgroupIds.empty() && !has(s.cgroupIds, r.cgroup_id))
        return false;
    return true;
}

// A grid of complete records (every field the kernel sees is known, as it is to the kernel).
std::vector<FilterRecord> grid()
{
    static const char* const comms[] = {"bash", "cat", "a-fifteen-chars"};
    std::vector<FilterRecord> out;
    for (std::uint32_t pid : {1u, 2u, 3u, 4u})
        for (std::uint32_t uid : {0u, 1000u})
            for (const char* comm : comms)
                for (int ev = 0; ev < 3; ++ev)
                    for (std::uint32_t nr : {0u, 2u, 257u})
                        for (std::uint64_t cg : {5ull, 6ull}) {
                            FilterRecord r;
                            r.pid = pid;
                            r.set_uid(uid);
                            r.set_comm(comm);
                            r.event = ev == 0 ? EventKind::Syscall : ev == 1 ? EventKind::Exec : EventKind::Fork;
                            if (r.event == EventKind::Syscall) {
                                r.set_syscall(nr);
                                r.set_result(nr == 2 ? -2 : 0);
                            }
                            r.set_cgroup(cg);
                            r.set_ns(1, pid % 2 ? 77u : 78u);
                            r.set_ppid(pid + 10);
                            out.push_back(r);
                        }
    return out;
}

}  // namespace

class TestFilterCaptureSplit : public QObject {
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<QString>("rest");  // canonical text of what user space evaluates
        QTest::newRow("pid") << "pid = 1" << "pids=1" << true << "";
        QTest::newRow("pid in") << "pid in (3, 1, 2, 1)" << "pids=1,2,3" << true << "";
        QTest::newRow("pid excludes") << "pid != 3 and not pid = 4 and pid not in (5, 6)" << "excl=3,4,5,6" << true << "";
        QTest::newRow("not of pid or") << "not (pid = 7 or pid in (8, 9))" << "excl=7,8,9" << true << "";
        QTest::newRow("user") << "user = root and uid in (1000)" << "uids=0" << false << "user in (1000)";
        QTest::newRow("user numbers") << "user in (0, 1000)" << "uids=0,1000" << true << "";
        QTest::newRow("unknown user stays") << "user = no_such_user_proclens" << "" << false
                                            << "user = no_such_user_proclens";
        QTest::newRow("comm") << "comm in (bash, cat)" << "comms=bash,cat" << true << "";
        QTest::newRow("comm 15 bytes") << "comm = a-fifteen-chars" << "comms=a-fifteen-chars" << true << "";
        QTest::newRow("comm too long") << "comm = \"a-sixteen-chars!\"" << "" << false << "comm = \"a-sixteen-chars!\"";
        QTest::newRow("comm substring stays") << "comm ~ ba" << "" << false << "comm ~ ba";
        QTest::newRow("syscall also in rest") << "syscall in (openat, 2)" << "sys=2,257" << false
                                              << "syscall in (openat, 2)";
        QTest::newRow("syscall too high") << "syscall = 600" << "" << false << "syscall = 600";
        QTest::newRow("namespace") << "ns.mnt = 77" << "ns=1:77" << true << "";
        QTest::newRow("one namespace only") << "ns.mnt = 77 and ns.net = 5" << "ns=1:77" << false << "ns.net = 5";
        QTest::newRow("namespace != stays") << "ns.mnt != 77" << "" << false << "ns.mnt != 77";
        QTest::newRow("cgroup") << "cgroup in (5, 6)" << "cg=5,6" << true << "";
        QTest::newRow("mixed") << "pid = 1 and user = 0 and comm = bash and ns.mnt = 77 and cgroup = 5 and pid != 2"
                               << "pids=1 excl=2 uids=0 comms=bash cg=5 ns=1:77" << true << "";
        QTest::newRow("rest keeps order")
            << "path ~ x and pid = 1 and result != 0" << "pids=1" << false << "path ~ x and result != 0";
        QTest::newRow("same-field or") << "pid = 1 or pid = 2 or pid in (3)" << "pids=1,2,3" << true << "";
        QTest::newRow("mixed-field or") << "pid = 1 or comm = bash" << "" << false << "pid = 1 or comm = bash";
        QTest::newRow("or under and") << "(pid = 1 or comm = bash) and user = 0" << "uids=0" << false
                                      << "pid = 1 or comm = bash";
        QTest::newRow("not of comm") << "not comm = bash" << "" << false << "not comm = bash";
        QTest::newRow("ordering stays") << "pid > 100" << "" << false << "pid > 100";
        QTest::newRow("second pid set stays") << "pid in (1, 2) and pid in (2, 3)" << "pids=1,2" << false
                                              << "pid in (2, 3)";
        QTest::newRow("include and exclude clash") << "pid = 1 and pid != 1" << "pids=1" << false
                                                   << "pid = 1 and pid != 1";
        QTest::newRow("negative pid stays") << "pid = -1" << "" << false << "pid = -1";
        QTest::newRow("pid 0 stays") << "pid != 0" << "" << false << "pid != 0";
        QTest::newRow("empty comm stays") << "comm = ''" << "" << false << "comm = \"\"";
    }

    void split()
    {
        QFETCH(QString, filter);
        QFETCH(QString, kernel);
        QFETCH(bool, exact);
        QFETCH(QString, rest);
        auto e = parse(filter.toStdString());
        QVERIFY(e.ok());
        const CaptureSplit s = split_for_capture(*e);
        QCOMPARE(kernelText(s), kernel);
        QCOMPARE(s.exact, exact);
        QCOMPARE(s.rest.has_value(), !exact);
        QCOMPARE(s.rest ? QString::fromStdString(to_string(*s.rest)) : QString(), rest);
        QCOMPARE(s.kernel_empty(), kernel.isEmpty());
    }

    // Over a grid of records: the kernel never drops a record the whole filter accepts,
    // the kernel part plus `rest` accepts exactly what the filter does, and `exact` means
    // the kernel alone decides.
    void supersetSafe_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char* f : {
                 "pid = 1", "pid != 1", "pid in (1, 2) and comm = bash", "not (pid = 1 or pid = 3)",
                 "pid = 1 or comm = cat", "not pid = 2 and user = 0", "syscall = openat and pid in (2, 3)",
                 "syscall = openat or pid = 1", "not syscall = openat", "comm in (bash, a-fifteen-chars) and user = 1000",
                 "ns.mnt = 77 and cgroup = 6", "not ns.mnt = 77", "(pid = 1 or pid = 2) and not (pid = 2 or pid = 4)",
                 "result != 0 and pid != 4", "user != 0", "not (user = 0 and comm = bash)",
                 "event = exec and comm = cat", "pid in (1, 2) and pid in (2, 3)", "syscall in (0, 2) and errno = ENOENT",
             })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void supersetSafe()
    {
        QFETCH(QString, filter);
        auto e = parse(filter.toStdString());
        QVERIFY(e.ok());
        auto whole = compile(*e);
        QVERIFY(whole.ok());
        const CaptureSplit s = split_for_capture(*e);
        std::optional<Program> rest;
        if (s.rest) {
            auto r = compile(*s.rest);
            QVERIFY(r.ok());
            rest.emplace(std::move(*r));
        }
        int accepted = 0;
        for (const FilterRecord& r : grid()) {
            const bool want = whole->matches(r);
            const bool kernel = kernelPasses(s, r);
            if (want)
                QVERIFY2(kernel, qPrintable(QStringLiteral("kernel drops pid %1 comm %2").arg(r.pid).arg(r.comm.data())));
            const bool got = kernel && (!rest || rest->matches(r));
            QCOMPARE(got, want);
            accepted += want;
        }
        // Each filter of the table accepts something of the grid (so the check is not vacuous).
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestFilterCaptureSplit)
#include "tst_filter_capture_split.moc"
