// SPDX-License-Identifier: MIT
// `proclens-cli btf minimize`: the minimal BTF is a small fraction of the kernel's, and
// the engine runs from it in mode 2 with correct events (the self-check passes).
#include "engine_harness.h"

#include <QtTest>

#include <unistd.h>

#include <filesystem>

using namespace proclens;
using namespace proclens::test;

class TestBtfMinimize : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { PROCLENS_REQUIRE_BPF(); }

    void minimizedBtfRunsModeTwo()
    {
        if (QStandardPaths::findExecutable("bpftool", {"/usr/sbin", "/sbin", "/usr/bin"}).isEmpty())
            QSKIP("needs bpftool (apt-get install bpftool)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath("min.btf");
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(PROCLENS_CLI, {"btf", "minimize", "--kernel-btf", "/sys/kernel/btf/vmlinux", "-o", out});
        QVERIFY(cli.waitForFinished(60000));
        const QString log = QString::fromLocal8Bit(cli.readAll());
        QVERIFY2(cli.exitCode() == 0, qPrintable(log));
        const auto full = std::filesystem::file_size("/sys/kernel/btf/vmlinux");
        const auto small = std::filesystem::file_size(out.toStdString());
        qInfo("minimized BTF: %llu of %llu bytes", static_cast<unsigned long long>(small), static_cast<unsigned long long>(full));
        QVERIFY(small > 0);
        QVERIFY2(small * 100 < full, "the minimized BTF is not under 1% of the kernel's");

        EventCollector collector;
        EngineOptions options = collectingOptions(collector, CaptureLevel::Summary);
        options.firstMode = EngineMode::CoreExternalBtf;
        options.onlyFirstMode = true;
        options.btfCustomPath = out.toStdString();
        CaptureEngine engine(std::move(options));
        engine.start(); // includes the self-check: pid, ppid, uid, namespaces, exec path
        const EngineInfo info = engine.info();
        engine.stop();
        QCOMPARE(int(info.modeNumber), int(EngineMode::CoreExternalBtf));
        QCOMPARE(info.mode, "CO-RE (external BTF " + out.toStdString() + ")");
        QVERIFY(info.attempts.back().accepted);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no file") << QStringList{"btf", "minimize"} << 2 << "needs --kernel-btf";
        QTest::newRow("not BTF") << QStringList{"btf", "minimize", "--kernel-btf", "/etc/hostname", "-o", "/dev/null"}
                                 << 1 << "Cannot read BTF";
        QTest::newRow("unknown") << QStringList{"btf", "shrink"} << 2 << "unknown subcommand";
        QTest::newRow("bad mode") << QStringList{"btf", "modes", "--mode", "9"} << 2 << "unknown mode";
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, needle);
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(PROCLENS_CLI, args);
        QVERIFY(cli.waitForFinished(60000));
        const QString log = QString::fromLocal8Bit(cli.readAll());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), exitCode);
        QVERIFY2(log.contains(needle), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestBtfMinimize)
#include "tst_btf_minimize.moc"
