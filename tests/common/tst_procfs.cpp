// SPDX-License-Identifier: MIT
// /proc snapshot reader on a fixture tree made here, and on the real /proc.
#include <QtTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "proclens/procfs.h"

using namespace proclens;

namespace {

void write_file(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

std::uint32_t inode(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return static_cast<std::uint32_t>(st.st_ino);
}

const char* kDockerId = "4f1c3b2a9d8e7f6051423a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d";

// A /proc/PID/stat line with the fields the reader uses and filler elsewhere.
QByteArray stat_line(int pid, const char* comm, char state, int ppid, int utime, int stime, int nice, int threads,
                     int start, int rss)
{
    return QByteArray::number(pid) + " (" + comm + ") " + state + " " + QByteArray::number(ppid) +
           " 1 1 0 -1 4194560 100 0 0 0 " + QByteArray::number(utime) + " " + QByteArray::number(stime) +
           " 0 0 20 " + QByteArray::number(nice) + " " + QByteArray::number(threads) + " 0 " +
           QByteArray::number(start) + " 1000000 " + QByteArray::number(rss) +
           " 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
}

}  // namespace

class TestProcfs : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString proc_;
    QString cg_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        proc_ = tmp_.path() + "/proc";
        cg_ = tmp_.path() + "/cgroup";
        const QString cgpath = QString("/system.slice/docker-%1.scope").arg(kDockerId);
        QVERIFY(QDir().mkpath(cg_ + cgpath));

        // pid 1: a full process in a docker container, all namespaces but "time".
        const QString p1 = proc_ + "/1";
        write_file(p1 + "/stat", stat_line(1, "systemd", 'S', 0, 150, 250, -5, 3, 12345, 1000));
        write_file(p1 + "/status", "Name:\tsystemd\nUid:\t1000\t1000\t1000\t1000\nGid:\t100\t100\t100\t100\n"
                                   "NSpid:\t1\nThreads:\t3\n");
        write_file(p1 + "/cmdline", QByteArray("/sbin/init\0splash\0\0", 19));
        write_file(p1 + "/cgroup", ("0::" + cgpath + "\n").toUtf8());
        write_file(tmp_.path() + "/bin/init", "binary");
        QVERIFY(QFile::link(tmp_.path() + "/bin/init", p1 + "/exe"));
        QVERIFY(QFile::link(tmp_.path() + "/bin", p1 + "/cwd"));
        for (const char* ns : {"pid", "mnt", "net", "uts", "ipc", "user", "cgroup"})
            write_file(p1 + "/ns/" + ns, ns);

        // pid 42: a kernel-thread-like entry with a strange comm, nested pid ns, no exe/cwd/cmdline.
        const QString p42 = proc_ + "/42";
        write_file(p42 + "/stat", stat_line(42, "(sd) x y)", 'I', 2, 0, 0, 0, 1, 7, 0));
        write_file(p42 + "/status", "Name:\tx\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nNSpid:\t42\t9\t3\n");
        write_file(p42 + "/cmdline", "");
        write_file(p42 + "/cgroup", "12:pids:/a\n1:name=systemd:/init.scope\n");

        // pid 77: vanished before its stat could be read; pid 88: between stat and status.
        QVERIFY(QDir().mkpath(proc_ + "/77"));
        write_file(proc_ + "/88/stat", stat_line(88, "gone", 'R', 1, 0, 0, 0, 1, 1, 1));
        // Non-process entries.
        QVERIFY(QDir().mkpath(proc_ + "/sys"));
        write_file(proc_ + "/uptime", "1.0 1.0\n");
    }

    void fixtureSnapshot()
    {
        ProcfsReader reader({proc_.toStdString(), cg_.toStdString(), 100, 4096});
        auto snap = reader.snapshot();
        QVERIFY(snap.ok());
        QCOMPARE(snap->size(), 2u);
        const auto& a = (*snap)[0];
        const auto& b = (*snap)[1];
        QCOMPARE(a.task.pid, 1u);
        QCOMPARE(a.task.tid, 1u);
        QCOMPARE(a.task.ppid, 0u);
        QCOMPARE(a.task.ns_pid, 1u);
        QCOMPARE(a.task.uid, 1000u);
        QCOMPARE(a.task.gid, 100u);
        QCOMPARE(a.task.comm, std::string("systemd"));
        QCOMPARE(a.state, 'S');
        QCOMPARE(a.threads, 3u);
        QCOMPARE(a.nice, -5);
        QCOMPARE(a.utime_ns, 1'500'000'000ull);
        QCOMPARE(a.stime_ns, 2'500'000'000ull);
        QCOMPARE(a.task.start_time_ns, 123'450'000'000ull);
        QCOMPARE(a.rss_bytes, 1000ull * 4096);
        QCOMPARE(a.argv, (std::vector<std::string>{"/sbin/init", "splash", ""}));
        QCOMPARE(QString::fromStdString(a.exe), tmp_.path() + "/bin/init");
        QCOMPARE(QString::fromStdString(a.cwd), tmp_.path() + "/bin");
        QCOMPARE(QString::fromStdString(a.cgroup_path), QString("/system.slice/docker-%1.scope").arg(kDockerId));
        QCOMPARE(a.container_id, std::string(kDockerId));
        QCOMPARE(a.runtime, std::string("docker"));
        QCOMPARE(a.task.cgroup_id, std::uint64_t(inode(cg_ + QString::fromStdString(a.cgroup_path))));
        QVERIFY(a.task.cgroup_id != 0);
        const char* kinds[] = {"pid", "mnt", "net", "uts", "ipc", "user", "cgroup"};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(a.task.ns[static_cast<std::size_t>(i)], inode(proc_ + "/1/ns/" + kinds[i]));
            QVERIFY(a.task.ns[static_cast<std::size_t>(i)] != 0);
        }
        QCOMPARE(a.task.ns[PL_NS_TIME], 0u);

        QCOMPARE(b.task.pid, 42u);
        QCOMPARE(b.task.comm, std::string("(sd) x y)"));
        QCOMPARE(b.state, 'I');
        QCOMPARE(b.task.ppid, 2u);
        QCOMPARE(b.task.ns_pid, 3u);  // NSpid's last field: the pid in its own namespace
        QVERIFY(b.argv.empty());
        QVERIFY(b.exe.empty());
        QCOMPARE(b.cgroup_path, std::string("/init.scope"));  // v1 only: the systemd hierarchy
        QCOMPARE(b.task.cgroup_id, 0u);
        QVERIFY(b.container_id.empty());
        for (auto ns : b.task.ns)
            QCOMPARE(ns, 0u);
    }

    void missingProcessIsNullopt()
    {
        ProcfsReader reader({proc_.toStdString(), cg_.toStdString(), 100, 4096});
        QVERIFY(!reader.read_process(77).has_value());
        QVERIFY(!reader.read_process(88).has_value());
        QVERIFY(!reader.read_process(12345).has_value());
    }

    void missingRootIsAnError()
    {
        ProcfsReader reader({(tmp_.path() + "/nope").toStdString(), cg_.toStdString(), 100, 4096});
        auto snap = reader.snapshot();
        QVERIFY(!snap.ok());
        QVERIFY(snap.error().message.find("cannot list") != std::string::npos);
    }

    void realProcSelf()
    {
        ProcfsReader reader;
        auto snap = reader.snapshot();
        QVERIFY(snap.ok());
        QVERIFY(snap->size() > 2);
        const auto self = static_cast<std::uint32_t>(getpid());
        auto it = std::find_if(snap->begin(), snap->end(), [&](const auto& r) { return r.task.pid == self; });
        QVERIFY(it != snap->end());
        QCOMPARE(it->task.ppid, static_cast<std::uint32_t>(getppid()));
        QCOMPARE(it->task.uid, static_cast<std::uint32_t>(getuid()));
        QCOMPARE(it->task.gid, static_cast<std::uint32_t>(getgid()));
        QCOMPARE(it->state, 'R');
        QVERIFY(it->threads >= 1);
        QVERIFY(it->rss_bytes > 0);
        QVERIFY(it->task.ns_pid > 0);
        QVERIFY(it->task.start_time_ns > 0);
        QCOMPARE(QString::fromStdString(it->task.comm), QString("tst_procfs"));
        QCOMPARE(QString::fromStdString(it->exe), QFileInfo("/proc/self/exe").symLinkTarget());
        QCOMPARE(QString::fromStdString(it->cwd), QDir::currentPath());
        QVERIFY(!it->argv.empty());
        QCOMPARE(QFileInfo(QString::fromStdString(it->argv[0])).fileName(), QString("tst_procfs"));
        const char* kinds[] = {"pid", "mnt", "net", "uts", "ipc", "user", "cgroup", "time"};
        for (int i = 0; i < PL_NS_COUNT; ++i)
            QCOMPARE(it->task.ns[static_cast<std::size_t>(i)], inode(QString("/proc/self/ns/") + kinds[i]));
        QVERIFY(it->task.ns[PL_NS_PID] != 0);
        if (QFile::exists("/sys/fs/cgroup/cgroup.controllers")) {
            QVERIFY(!it->cgroup_path.empty());
            QCOMPARE(it->task.cgroup_id,
                     std::uint64_t(inode("/sys/fs/cgroup" + QString::fromStdString(it->cgroup_path))));
        }
        // The same row again through read_process.
        auto one = reader.read_process(self);
        QVERIFY(one.has_value());
        QCOMPARE(one->task.ns, it->task.ns);
        QCOMPARE(one->task.start_time_ns, it->task.start_time_ns);
    }

    void realProcChildVanishes()
    {
        const pid_t child = fork();
        if (child == 0)
            _exit(0);
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        ProcfsReader reader;
        QVERIFY(!reader.read_process(static_cast<std::uint32_t>(child)).has_value());
    }

    void nsKindNames()
    {
        QCOMPARE(std::string(ns_kind_name(PL_NS_MNT)), std::string("mnt"));
        QCOMPARE(std::string(ns_kind_name(PL_NS_TIME)), std::string("time"));
        QCOMPARE(std::string(ns_kind_name(99)), std::string("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestProcfs)
#include "tst_procfs.moc"
