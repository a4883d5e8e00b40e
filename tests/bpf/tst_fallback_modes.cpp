// SPDX-License-Identifier: MIT
// The mode chain on this kernel: each mode forced in turn yields the same correct
// fork/exec/exit/syscall events; a wrong kernel's BTF is caught by the self-check;
// with nothing usable the engine says what to install.
//
// Modes 2 and 3 run with /sys/kernel/btf hidden: modesWithBtfHidden() re-runs this
// binary (the hidden_* functions only) under `unshare -m`, with a tmpfs mounted over
// /sys/kernel/btf in that private mount namespace. Before hiding it, the driver copies
// the kernel's BTF into a BTFHub-archive layout (<data>/btf/<ID>/<VERSION_ID>/<arch>/
// <release>.btf.tar.xz) and builds a stand-in kernel header tree for mode 3 from the
// BTF with make-btf-headers.sh (this Firecracker kernel has no /lib/modules and Debian
// ships no headers for it); mode 3 gets that tree through EngineOptions::kernelHeadersDir.
#include "child_process.h"
#include "engine_harness.h"

#include <QtTest>

#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

using namespace proclens;
using namespace proclens::test;

namespace {

namespace fs = std::filesystem;

constexpr const char* kHiddenEnv = "PROCLENS_TEST_BTF_HIDDEN";
constexpr const char* kWorkEnv = "PROCLENS_TEST_MODES_DIR";
// Kernels that are not this one: the Debian guests' BTFs that tests/qemu caches (run-matrix.sh).
constexpr const char* kKernelCache = "/var/cache/proclens-test-kernels";

std::string release()
{
    struct utsname u{};
    uname(&u);
    return u.release;
}

std::string machine()
{
    struct utsname u{};
    uname(&u);
    return u.machine;
}

bool inHiddenNamespace() { return qEnvironmentVariableIsSet(kHiddenEnv); }

fs::path workDir() { return fs::path(qEnvironmentVariable(kWorkEnv).toStdString()); }

// Another kernel's BTF from the qemu matrix cache, or "" when the matrix never ran here.
std::string wrongKernelBtf()
{
    const QString cache = qEnvironmentVariable("PROCLENS_KERNEL_CACHE", kKernelCache);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(cache.toStdString(), ec))
        if (entry.is_directory() && entry.path().filename().string().find(release()) == std::string::npos &&
            fs::exists(entry.path() / "btf"))
            return (entry.path() / "btf").string();
    return {};
}

bool hasProcessEvent(const std::vector<wire::Event>& events, uint16_t type, uint32_t pid)
{
    for (const auto& e : events)
        if (const auto* p = std::get_if<wire::ProcessEvent>(&e); p && p->type == type && p->task.pid == pid)
            return true;
    return false;
}

// Runs a child that calls getppid() 3 times and execs `sh -c "exit 5" marker`; checks what the engine saw.
void checkEvents(EngineOptions base, EngineMode expectedMode)
{
    EventCollector collector;
    EngineOptions options = std::move(base);
    options.level = CaptureLevel::SummaryAndEvents;
    options.ringBufferBytes = size_t{8} << 20;
    options.onRecords = collector.callback();
    const bool perf = options.output == OutputPath::PerfBuffer;
    CaptureEngine engine(std::move(options));
    engine.start();
    const EngineInfo info = engine.info();
    QCOMPARE(int(info.modeNumber), int(expectedMode));
    QVERIFY(std::any_of(info.features.begin(), info.features.end(), [perf](const std::string& f) {
        return f.rfind(perf ? "output: perf buffer" : "output: ring buffer", 0) == 0;
    }));
    QVERIFY(!info.attempts.empty());
    QVERIFY(info.attempts.back().accepted);

    ChildProcess child([] {
        for (int i = 0; i < 3; ++i)
            syscall(SYS_getppid);
        char a0[] = "sh", a1[] = "-c", a2[] = "exit 5", a3[] = "proclens-mode-marker";
        char* argv[] = {a0, a1, a2, a3, nullptr};
        execv("/bin/sh", argv);
        return 127;
    });
    const uint32_t pid = uint32_t(child.pid());
    collector.watch(pid);
    child.release();
    const int status = child.wait();
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 5);
    QVERIFY(collector.waitFor([pid](const auto& ev) { return hasProcessEvent(ev, PL_EVENT_EXIT, pid); }));
    engine.stop();

    const auto events = collector.processEvents(pid);
    const wire::ProcessEvent* fork = nullptr;
    const wire::ProcessEvent* exec = nullptr;
    const wire::ProcessEvent* exit = nullptr;
    for (const auto& e : events) {
        if (e.type == PL_EVENT_FORK)
            fork = &e;
        if (e.type == PL_EVENT_EXEC)
            exec = &e;
        if (e.type == PL_EVENT_EXIT)
            exit = &e;
    }
    QVERIFY(fork && exec && exit);
    QCOMPARE(fork->task.ppid, uint32_t(getpid()));
    QCOMPARE(exec->filename, std::string("/bin/sh"));
    QCOMPARE(exec->argv, (std::vector<std::string>{"sh", "-c", "exit 5", "proclens-mode-marker"}));
    QCOMPARE(exec->task.comm, std::string("sh"));
    QCOMPARE(exec->task.uid, uint32_t(getuid()));
    QCOMPARE(exec->task.ns[PL_NS_MNT], nsInode(getpid(), "mnt"));
    QCOMPARE(exec->task.ns[PL_NS_PID], nsInode(getpid(), "pid"));
    QCOMPARE(exec->task.ns[PL_NS_NET], nsInode(getpid(), "net"));
    QCOMPARE(exec->task.ns_pid, pid);
    QCOMPARE(exit->exit_code, 5);
    QCOMPARE(fork->task.start_time_ns, exit->task.start_time_ns);
    int getppids = 0; // the child's own three, before it became sh (which asks for its ppid too)
    for (const auto& call : collector.syscallEvents(pid))
        if (call.nr == SYS_getppid && call.ret == getpid() && call.timestamp_ns < exec->timestamp_ns)
            ++getppids;
    QCOMPARE(getppids, 3);
    const auto errors = collector.decodeErrors();
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
}

EngineOptions hiddenOptions(EngineMode first)
{
    EngineOptions options;
    options.firstMode = first;
    options.onlyFirstMode = true;
    options.dataDir = (workDir() / "data").string();
    options.cacheDir = (workDir() / "cache").string();
    options.kernelHeadersDir = (workDir() / "headers").string();
    return options;
}

QString attemptsText(const EngineInfo& info)
{
    QStringList lines;
    for (const ModeAttempt& a : info.attempts)
        lines << QStringLiteral("mode %1 [%2] %3 %4")
                     .arg(int(a.mode))
                     .arg(QString::fromStdString(a.detail), a.accepted ? "accepted" : "rejected",
                          QString::fromStdString(a.reason));
    return lines.join('\n');
}

bool run(const QStringList& argv, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    const bool ok = p.waitForFinished(170000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

} // namespace

class TestFallbackModes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!inHiddenNamespace())
            PROCLENS_REQUIRE_BPF();
        else if (geteuid() != 0)
            QSKIP("needs root");
    }

    void modeOneKernelBtf()
    {
        if (inHiddenNamespace())
            QSKIP("runs outside the hidden-BTF namespace");
        EngineOptions options;
        options.onlyFirstMode = true;
        checkEvents(options, EngineMode::CoreKernelBtf);
    }

    // The perf-buffer output (kernels before 5.8) forced on this kernel: the same events.
    void perfBufferOutput_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("mode 1") << int(EngineMode::CoreKernelBtf);
    }

    void perfBufferOutput()
    {
        if (inHiddenNamespace())
            QSKIP("runs outside the hidden-BTF namespace");
        QFETCH(int, mode);
        EngineOptions options;
        options.firstMode = EngineMode(mode);
        options.onlyFirstMode = true;
        options.output = OutputPath::PerfBuffer;
        checkEvents(options, EngineMode(mode));
    }

    void modeListParses()
    {
        QCOMPARE(parseMode("2").value_or(EngineMode::CoreKernelBtf), EngineMode::CoreExternalBtf);
        QCOMPARE(parseMode("compiled").value_or(EngineMode::CoreKernelBtf), EngineMode::Compiled);
        QVERIFY(!parseMode("4"));
        QVERIFY(!parseMode(""));
    }

    // The driver: prepares the BTF archive and the header tree, then runs hidden_* in a mount namespace.
    void modesWithBtfHidden()
    {
        if (inHiddenNamespace())
            QSKIP("this is the driver; it runs outside the namespace");
        if (QStandardPaths::findExecutable("unshare").isEmpty() || QStandardPaths::findExecutable("tar").isEmpty() ||
            QStandardPaths::findExecutable("bpftool").isEmpty())
            QSKIP("needs unshare (util-linux), tar with xz (xz-utils) and bpftool");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const fs::path work = dir.path().toStdString();
        QString out;
        // The kernel's own BTF as a BTFHub archive for the distribution this machine says it is.
        QFile osRelease("/etc/os-release");
        QVERIFY(osRelease.open(QIODevice::ReadOnly));
        QString osId, osVersion;
        for (const QByteArray& line : osRelease.readAll().split('\n')) {
            if (line.startsWith("ID="))
                osId = QString::fromUtf8(line.mid(3)).remove('"');
            if (line.startsWith("VERSION_ID="))
                osVersion = QString::fromUtf8(line.mid(11)).remove('"');
        }
        QVERIFY(!osId.isEmpty() && !osVersion.isEmpty());
        const fs::path archiveDir = work / "data" / "btf" / osId.toStdString() / osVersion.toStdString() / machine();
        fs::create_directories(archiveDir);
        fs::create_directories(work / "stage");
        fs::copy_file("/sys/kernel/btf/vmlinux", work / "stage" / (release() + ".btf"));
        QVERIFY2(run({"tar", "-cJf", QString::fromStdString((archiveDir / (release() + ".btf.tar.xz")).string()), "-C",
                      QString::fromStdString((work / "stage").string()), QString::fromStdString(release() + ".btf")},
                     &out),
                 qPrintable(out));
        fs::remove_all(work / "stage");
        QVERIFY2(run({QStringLiteral(PROCLENS_SOURCE_DIR "/tests/bpf/make-btf-headers.sh"),
                      QString::fromStdString((work / "headers").string())},
                     &out),
                 qPrintable(out));

        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kHiddenEnv, "1");
        env.insert(kWorkEnv, dir.path());
        p.setProcessEnvironment(env);
        const QString self = QCoreApplication::applicationFilePath();
        p.start("unshare", {"-m", "--propagation", "private", "sh", "-c",
                            "mount -t tmpfs none /sys/kernel/btf && exec \"$0\" \"$@\"", self, "hidden_modeTwoFromArchive", "hidden_wrongBtfRejected", "hidden_modeThreeCompiled",
                            "hidden_modeThreePerfBuffer", "hidden_modeThreeCached", "hidden_nothingFits"});
        QVERIFY(p.waitForFinished(170000));
        const QString log = QString::fromLocal8Bit(p.readAll());
        qInfo().noquote() << log;
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, "the hidden-BTF run failed (log above)");
        QVERIFY2(log.contains("PASS   : TestFallbackModes::hidden_modeThreeCompiled()"), "mode 3 did not run");
        QVERIFY2(log.contains("PASS   : TestFallbackModes::hidden_modeTwoFromArchive()"), "mode 2 did not run");
    }

    void hidden_modeTwoFromArchive()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        QVERIFY(!fs::exists("/sys/kernel/btf/vmlinux"));
        checkEvents(hiddenOptions(EngineMode::CoreExternalBtf), EngineMode::CoreExternalBtf);
        // The archive was unpacked into the cache dir, keyed like the archive.
        bool unpacked = false;
        for (const auto& e : fs::recursive_directory_iterator(workDir() / "cache" / "btf"))
            unpacked |= e.path().filename() == release() + ".btf";
        QVERIFY(unpacked);
    }

    void hidden_wrongBtfRejected()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        const std::string wrong = wrongKernelBtf();
        if (wrong.empty())
            QSKIP("no other kernel's BTF cached; run the qemu matrix (ctest -L qemu) once to fetch one");
        EngineOptions options = hiddenOptions(EngineMode::CoreExternalBtf);
        options.btfCustomPath = wrong; // configured: tried first, must be rejected
        CaptureEngine engine(options);
        engine.start();
        const EngineInfo info = engine.info();
        engine.stop();
        const QString attempts = attemptsText(info);
        QVERIFY2(info.attempts.size() >= 2, qPrintable(attempts));
        QCOMPARE(int(info.attempts.front().mode), int(EngineMode::CoreKernelBtf)); // skipped on request
        const ModeAttempt& first = info.attempts.at(1);
        QVERIFY2(!first.accepted && first.detail.find(wrong) == 0, qPrintable(attempts));
        QVERIFY2(QString::fromStdString(first.reason).contains("self-check") ||
                     QString::fromStdString(first.reason).contains("BTF"),
                 qPrintable(attempts));
        QCOMPARE(int(info.modeNumber), int(EngineMode::CoreExternalBtf));
        QVERIFY2(info.mode.find(wrong) == std::string::npos, qPrintable(attempts));
        qInfo().noquote() << "wrong BTF:" << QString::fromStdString(first.reason);
    }

    void hidden_modeThreeCompiled()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        if (QStandardPaths::findExecutable("clang").isEmpty())
            QSKIP("mode 3 needs clang (apt-get install clang)");
        checkEvents(hiddenOptions(EngineMode::Compiled), EngineMode::Compiled);
    }

    void hidden_modeThreePerfBuffer()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        if (QStandardPaths::findExecutable("clang").isEmpty())
            QSKIP("mode 3 needs clang (apt-get install clang)");
        EngineOptions options = hiddenOptions(EngineMode::Compiled);
        options.output = OutputPath::PerfBuffer;
        checkEvents(options, EngineMode::Compiled);
    }

    void hidden_modeThreeCached()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        if (QStandardPaths::findExecutable("clang").isEmpty())
            QSKIP("mode 3 needs clang (apt-get install clang)");
        CaptureEngine engine(hiddenOptions(EngineMode::Compiled));
        engine.start();
        const EngineInfo info = engine.info();
        engine.stop();
        QCOMPARE(int(info.modeNumber), int(EngineMode::Compiled));
        QVERIFY2(info.attempts.back().detail.find("(cached)") != std::string::npos, qPrintable(attemptsText(info)));
    }

    void hidden_nothingFits()
    {
        if (!inHiddenNamespace())
            QSKIP("run by modesWithBtfHidden inside a mount namespace");
        EngineOptions options;
        options.dataDir = (workDir() / "empty-data").string();
        options.cacheDir = (workDir() / "empty-cache").string();
        options.kernelHeadersDir = (workDir() / "no-headers").string();
        CaptureEngine engine(options);
        try {
            engine.start();
            QFAIL("start() found a mode with no BTF and no headers");
        } catch (const EngineError& e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains("mode 1") && what.contains("/sys/kernel/btf/vmlinux"), e.what());
            QVERIFY2(what.contains("mode 2") && what.contains("BTFHub"), e.what());
            QVERIFY2(what.contains("mode 3") && what.contains("apt-get install linux-headers-" + QString::fromStdString(release())),
                     e.what());
        }
        QVERIFY(!engine.running());
    }
};

QTEST_GUILESS_MAIN(TestFallbackModes)
#include "tst_fallback_modes.moc"
