// SPDX-License-Identifier: MIT
// End-to-end tests of proclens-helper on a private system bus with a real polkitd.
// Run through harness/private-bus.sh (ctest does), which provides the bus, polkitd
// with harness/50-proclens-test.rules and D-Bus activation of the helper. Callers
// are real users switched to with setpriv: nobody (monitor only), bin (monitor and
// control), daemon (refused).

#include "helper_api.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace api = proclens::helper_api;

namespace {

QDBusMessage helperCall(const char* method, const QVariantList& args = {})
{
    QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(api::kService),
                                                    QString::fromLatin1(api::kPath),
                                                    QString::fromLatin1(api::kInterface),
                                                    QString::fromLatin1(method));
    m.setArguments(args);
    return QDBusConnection::systemBus().call(m, QDBus::Block, 30000);
}

/// Open fds of `pid`.
int countFds(uint pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

/// The helper's fd count once transients are gone: the lowest of samples over 1.2 s (longer
/// than a summary tick), after the capture restarted for a new session.
int settledFdCount(uint pid)
{
    int lowest = countFds(pid);
    for (int i = 0; i < 12; ++i) {
        QTest::qWait(100);
        lowest = std::min(lowest, countFds(pid));
    }
    return lowest;
}

/// VmRSS of `pid` in KiB (0 when unreadable).
qint64 rssKiB(uint pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Growth of the helper's RSS we accept after warm-up: allocator caches and
// fragmentation, far below what a leak per client or per cycle would add up to.
constexpr qint64 kRssToleranceKiB = 3 * 1024;

/// The helper's RSS came back to its baseline. Not under ASan: its quarantine holds
/// freed memory on purpose (LeakSanitizer checks for leaks in that build instead).
void verifyRssBaseline(qint64 before, qint64 after)
{
    QVERIFY(before > 0);
#if defined(__SANITIZE_ADDRESS__)
    qInfo("ASan build: the VmRSS bound is not checked (%lld KiB growth)", after - before);
#else
    QVERIFY2(after <= before + kRssToleranceKiB, qPrintable(QStringLiteral("VmRSS %1 -> %2 KiB").arg(before).arg(after)));
#endif
}

} // namespace

class TestHelperE2E : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QStringList lines;
    };

    QStringList probeCommand(const QString& user, const QStringList& args) const
    {
        QStringList cmd{QStringLiteral("setpriv")};
        if (user != QLatin1String("root")) {
            const QString group = user == QLatin1String("nobody") ? QStringLiteral("nogroup") : user;
            cmd << QStringLiteral("--reuid") << user << QStringLiteral("--regid") << group
                << QStringLiteral("--clear-groups");
        }
        cmd << QStringLiteral("--") << QStringLiteral(HELPER_PROBE_PATH) << args;
        return cmd;
    }

    Run probe(const QString& user, const QStringList& args, int timeoutMs = 60000) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList cmd = probeCommand(user, args);
        p.start(cmd.first(), cmd.mid(1));
        Run run;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return run;
    }

    /// Starts a long-running probe and waits for its first line.
    std::unique_ptr<QProcess> startProbe(const QString& user, const QStringList& args, QString* firstLine) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList cmd = probeCommand(user, args);
        p->start(cmd.first(), cmd.mid(1));
        QElapsedTimer t;
        t.start();
        while (!p->canReadLine() && t.elapsed() < 30000 && p->state() != QProcess::NotRunning)
            p->waitForReadyRead(200);
        *firstLine = QString::fromUtf8(p->readLine()).trimmed();
        return p;
    }

    /// The helper's pid, activating it if needed.
    uint helperPid() const
    {
        auto* iface = QDBusConnection::systemBus().interface();
        if (!iface->isServiceRegistered(QString::fromLatin1(api::kService)).value())
            iface->startService(QString::fromLatin1(api::kService));
        return iface->servicePid(QString::fromLatin1(api::kService)).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: a private bus, polkitd and the helper (which loads eBPF) run as root");
        if (qEnvironmentVariableIsEmpty("PROCLENS_TESTBUS_DIR"))
            QSKIP("not started through tests/helper/harness/private-bus.sh (no private bus with polkitd)");
        QVERIFY(QDBusConnection::systemBus().isConnected());
        QVERIFY2(QFile::exists(QStringLiteral("/sys/kernel/btf/vmlinux")), "the helper needs kernel BTF here");
        QVERIFY(helperPid() != 0);
    }

    void permittedUserReceivesExecEvents()
    {
        const QString marker = QStringLiteral("proclens-e2e-%1").arg(::getpid());
        const Run run = probe(QStringLiteral("nobody"), {QStringLiteral("exec"), marker});
        QVERIFY2(run.lines.contains(QStringLiteral("subscribe ok")), qPrintable(run.lines.join(u'|')));
        QVERIFY2(run.exitCode == 0, qPrintable(run.lines.join(u'|')));
        QVERIFY(run.lines.last().startsWith(QLatin1String("exec-seen ")));
    }

    void refusedUserGetsAccessDeniedForEveryMethod()
    {
        const Run run = probe(QStringLiteral("daemon"), {QStringLiteral("calls")});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected{
            QStringLiteral("Subscribe %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("SetCaptureFilter %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("SetLevel %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("Pause %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("Resume %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("Unsubscribe %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("Snapshot %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("SignalProcess %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("SetPriority %1").arg(QLatin1String(api::error::kAccessDenied)),
        };
        QCOMPARE(run.lines, expected);
    }

    void monitorUserNeedsControlForProcessActions()
    {
        // nobody may monitor: session calls on a session it does not own say so,
        // snapshot works, but signals and priorities need org.proclens.control.
        const Run run = probe(QStringLiteral("nobody"), {QStringLiteral("calls")});
        const QStringList expected{
            QStringLiteral("Subscribe ok"),
            QStringLiteral("SetCaptureFilter %1").arg(QLatin1String(api::error::kNoSuchSession)),
            QStringLiteral("SetLevel %1").arg(QLatin1String(api::error::kNoSuchSession)),
            QStringLiteral("Pause %1").arg(QLatin1String(api::error::kNoSuchSession)),
            QStringLiteral("Resume %1").arg(QLatin1String(api::error::kNoSuchSession)),
            QStringLiteral("Unsubscribe %1").arg(QLatin1String(api::error::kNoSuchSession)),
            QStringLiteral("Snapshot ok"),
            QStringLiteral("SignalProcess %1").arg(QLatin1String(api::error::kAccessDenied)),
            QStringLiteral("SetPriority %1").arg(QLatin1String(api::error::kAccessDenied)),
        };
        QCOMPARE(run.lines, expected);
    }

    void controlUserCanSignal()
    {
        QProcess sleeper;
        sleeper.start(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        QVERIFY(sleeper.waitForStarted());
        const Run run = probe(QStringLiteral("bin"),
                              {QStringLiteral("signal"), QString::number(sleeper.processId()),
                               QString::number(SIGTERM)});
        QCOMPARE(run.lines, QStringList{QStringLiteral("SignalProcess ok")});
        QVERIFY(sleeper.waitForFinished(5000));
        QCOMPARE(sleeper.exitStatus(), QProcess::CrashExit);  // killed by SIGTERM
    }

    void hostileArgumentsAreRefused_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("args");
        QTest::addColumn<QString>("error");
        const QString invalid = QString::fromLatin1(api::error::kInvalidArgs);
        const QString dbusInvalid = QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod");
        QVariantMap hugeFilter{{QStringLiteral("pids"), QVariant::fromValue(QList<uint>(5000, 42u))}};
        QTest::newRow("level as int") << "Subscribe" << QVariantList{QVariantMap{{"level", 7}}} << invalid;
        QTest::newRow("unknown level") << "Subscribe" << QVariantList{QVariantMap{{"level", "all"}}} << invalid;
        QTest::newRow("huge string") << "Subscribe"
                                     << QVariantList{QVariantMap{{"level", QString(1 << 20, u'x')}}} << invalid;
        QTest::newRow("unknown key") << "Subscribe" << QVariantList{QVariantMap{{"nope", true}}} << invalid;
        QTest::newRow("huge filter") << "Subscribe" << QVariantList{QVariantMap{{"filter", hugeFilter}}} << invalid;
        QTest::newRow("filter wrong type")
            << "Subscribe" << QVariantList{QVariantMap{{"filter", QStringLiteral("pid==1")}}} << invalid;
        QTest::newRow("pid 0 in filter")
            << "Subscribe"
            << QVariantList{QVariantMap{{"filter", QVariantMap{{"pids", QVariant::fromValue(QList<uint>{0u})}}}}}
            << invalid;
        QTest::newRow("comm too long")
            << "Subscribe"
            << QVariantList{QVariantMap{{"filter", QVariantMap{{"comms", QStringList{QString(64, u'c')}}}}}}
            << invalid;
        QTest::newRow("queue 0") << "Subscribe" << QVariantList{QVariantMap{{"queueBatches", 0u}}} << invalid;
        QTest::newRow("signal pid 0") << "SignalProcess" << QVariantList{0u, int(SIGTERM)} << invalid;
        QTest::newRow("signal pid 1") << "SignalProcess" << QVariantList{1u, int(SIGKILL)} << invalid;
        QTest::newRow("signal huge pid") << "SignalProcess" << QVariantList{0xffffffffu, int(SIGTERM)} << invalid;
        QTest::newRow("signal 99") << "SignalProcess" << QVariantList{uint(::getpid()), 99} << invalid;
        QTest::newRow("signal SEGV") << "SignalProcess" << QVariantList{uint(::getpid()), int(SIGSEGV)} << invalid;
        QTest::newRow("nice 50") << "SetPriority" << QVariantList{uint(::getpid()), 50} << invalid;
        QTest::newRow("nice -21") << "SetPriority" << QVariantList{uint(::getpid()), -21} << invalid;
        QTest::newRow("no such pid") << "SignalProcess" << QVariantList{4000000u, int(SIGCONT)}
                                     << QString::fromLatin1(api::error::kNoSuchProcess);
        QTest::newRow("wrong signature") << "SignalProcess" << QVariantList{QStringLiteral("1"), QStringLiteral("9")}
                                         << dbusInvalid;
        QTest::newRow("bad session path")
            << "Pause" << QVariantList{QVariant::fromValue(QDBusObjectPath(QStringLiteral("/x")))}
            << QString::fromLatin1(api::error::kNoSuchSession);
    }

    void hostileArgumentsAreRefused()
    {
        QFETCH(QString, method);
        QFETCH(QVariantList, args);
        QFETCH(QString, error);
        const QDBusMessage reply = helperCall(method.toLatin1().constData(), args);
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), error);
        QVERIFY(!reply.errorMessage().isEmpty());
        QVERIFY(helperPid() != 0);  // still alive
    }

    void vanishedClientIsCleanedUp()
    {
        const uint pid = helperPid();
        QVERIFY(pid != 0);
        // Keep one session of our own so the capture (and its fds) stays up throughout.
        QString line;
        auto anchor = startProbe(QStringLiteral("nobody"), {QStringLiteral("hold")}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        const int baseline = settledFdCount(pid);
        auto holder = startProbe(QStringLiteral("nobody"), {QStringLiteral("hold")}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        QTRY_VERIFY_WITH_TIMEOUT(countFds(pid) > baseline, 5000);
        ::kill(pid_t(holder->processId()), SIGKILL);
        holder->waitForFinished();
        // Fewer is no leak: an fd of an earlier test (a vanished client's session) may close late.
        QTRY_VERIFY2_WITH_TIMEOUT(countFds(pid) <= baseline,
                                  qPrintable(QStringLiteral("%1 fds, baseline %2").arg(countFds(pid)).arg(baseline)), 5000);
        QCOMPARE(helperPid(), pid);

        // Memory: clients that vanish mid-stream leave nothing behind.
        auto vanish = [&] {
            auto p = startProbe(QStringLiteral("nobody"), {QStringLiteral("hold")}, &line);
            QCOMPARE(line, QStringLiteral("subscribe ok"));
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished();
            QTRY_VERIFY2_WITH_TIMEOUT(countFds(pid) <= baseline,
                                      qPrintable(QStringLiteral("%1 fds, baseline %2").arg(countFds(pid)).arg(baseline)),
                                      5000);
        };
        // QCOMPARE in the lambda only leaves the lambda: stop at the first failure.
        for (int i = 0; i < 5 && !QTest::currentTestFailed(); ++i)
            vanish();
        const qint64 rssBefore = rssKiB(pid);
        for (int i = 0; i < 30 && !QTest::currentTestFailed(); ++i)
            vanish();
        if (QTest::currentTestFailed())
            return;
        const qint64 rssAfter = rssKiB(pid);
        qInfo("helper VmRSS around 30 vanished clients: %lld -> %lld KiB", rssBefore, rssAfter);
        verifyRssBaseline(rssBefore, rssAfter);
        if (QTest::currentTestFailed())
            return;
        ::kill(pid_t(anchor->processId()), SIGKILL);
        anchor->waitForFinished();
    }

    void slowClientLosesBatchesWhileAnotherKeepsUp()
    {
        QString line;
        auto slow = startProbe(QStringLiteral("nobody"), {QStringLiteral("noread"), QStringLiteral("2")}, &line);
        QVERIFY2(line.startsWith(QLatin1String("subscribe ok /")), qPrintable(line));
        const QString slowPath = line.section(u' ', 2);

        QSignalSpy stats(this, SIGNAL(statsArrived(QVariantMap)));
        QVERIFY(QDBusConnection::systemBus().connect(QString::fromLatin1(api::kService), QString::fromLatin1(api::kPath),
                                                     QString::fromLatin1(api::kInterface), QStringLiteral("Stats"),
                                                     this, SIGNAL(statsArrived(QVariantMap))));
        auto fast = startProbe(QStringLiteral("bin"), {QStringLiteral("count"), QStringLiteral("8")}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        // A burst of syscalls: far more batches than the slow client's queue of 2.
        QProcess::execute(QStringLiteral("/bin/dd"), {QStringLiteral("if=/dev/zero"), QStringLiteral("of=/dev/null"),
                                                      QStringLiteral("bs=1"), QStringLiteral("count=300000"),
                                                      QStringLiteral("status=none")});
        QVERIFY(fast->waitForFinished(30000));
        const QString fastLine = QString::fromUtf8(fast->readAll()).trimmed();
        QVERIFY2(fastLine.startsWith(QLatin1String("records ")), qPrintable(fastLine));
        QVERIFY2(fastLine.endsWith(QLatin1String(" dropped 0")), qPrintable(fastLine));
        QVERIFY2(fastLine.section(u' ', 1, 1).toULongLong() > 300000, qPrintable(fastLine));

        QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty(), 5000);
        const QVariantMap last = stats.last().first().toMap();
        const QVariantMap drops = qdbus_cast<QVariantMap>(last.value(QString::fromLatin1(api::stats::kClientDrops)));
        QVERIFY2(drops.value(slowPath).toULongLong() > 0, qPrintable(slowPath));
        ::kill(pid_t(slow->processId()), SIGKILL);
        slow->waitForFinished();
    }

    void summaryRowsCountExactGetppids()
    {
        // Another session at the events level with no filter: the kernel then counts every
        // process, and the helper must apply the summary session's own filter in user space.
        QString line;
        auto other = startProbe(QStringLiteral("bin"), {QStringLiteral("hold")}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        constexpr int kCalls = 1000;
        const Run run = probe(QStringLiteral("nobody"), {QStringLiteral("summary"), QString::number(kCalls)});
        ::kill(pid_t(other->processId()), SIGKILL);
        other->waitForFinished();
        QVERIFY2(run.exitCode == 0, qPrintable(run.lines.join(u'|')));
        QCOMPARE(run.lines.value(0), QStringLiteral("subscribe ok"));
        const QStringList f = run.lines.value(1).split(u' ');
        QCOMPARE(f.value(0), QStringLiteral("getppid"));
        QCOMPARE(f.value(1).toInt(), kCalls);     // exactly N, also two ticks later
        QCOMPARE(f.value(3).toInt(), 0);          // no rows of other processes
        QVERIFY2(f.value(5).toInt() >= 3, qPrintable(run.lines.value(1)));  // rows came in ticks
    }

    void setLevelOnlyForOwnerAndValidated()
    {
        const QDBusMessage sub = helperCall("Subscribe", {QVariantMap{{QStringLiteral("level"), QStringLiteral("events")}}});
        QCOMPARE(sub.type(), QDBusMessage::ReplyMessage);
        const QDBusObjectPath path = sub.arguments().value(1).value<QDBusObjectPath>();
        QVERIFY(path.path().startsWith(QLatin1String(api::kSessionPrefix)));
        // Another bus name (nobody may monitor) cannot change this session.
        const Run run = probe(QStringLiteral("nobody"), {QStringLiteral("setlevel"), path.path(), QStringLiteral("summary")});
        QCOMPARE(run.lines, QStringList{QStringLiteral("SetLevel %1").arg(QLatin1String(api::error::kNoSuchSession))});
        // A bad level string: InvalidArgs naming the allowed values.
        QDBusMessage r = helperCall("SetLevel", {QVariant::fromValue(path), QStringLiteral("everything")});
        QCOMPARE(r.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(r.errorName(), QString::fromLatin1(api::error::kInvalidArgs));
        QVERIFY2(r.errorMessage().contains(QLatin1String("summary, events or both")), qPrintable(r.errorMessage()));
        r = helperCall("SetLevel", {QVariant::fromValue(path), QString(1 << 16, u'x')});
        QCOMPARE(r.errorName(), QString::fromLatin1(api::error::kInvalidArgs));
        r = helperCall("SetLevel", {QVariant::fromValue(path), 3});
        QCOMPARE(r.type(), QDBusMessage::ErrorMessage);  // wrong type: no such method signature
        // The owner may.
        for (const char* level : {api::level::kSummary, api::level::kBoth, api::level::kEvents}) {
            r = helperCall("SetLevel", {QVariant::fromValue(path), QString::fromLatin1(level)});
            QVERIFY2(r.type() == QDBusMessage::ReplyMessage, qPrintable(r.errorMessage()));
        }
        r = helperCall("Unsubscribe", {QVariant::fromValue(path)});
        QCOMPARE(r.type(), QDBusMessage::ReplyMessage);
    }

    void thousandSubscribeCycles()
    {
        const uint pid = helperPid();
        QString line;
        auto anchor = startProbe(QStringLiteral("nobody"), {QStringLiteral("hold")}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        const int baseline = settledFdCount(pid);
        auto cycles = [](int n) {
            for (int i = 0; i < n && !QTest::currentTestFailed(); ++i) {
                const QDBusMessage r = helperCall("Subscribe", {QVariantMap{}});
                QCOMPARE(r.type(), QDBusMessage::ReplyMessage);
                const QDBusMessage u = helperCall("Unsubscribe", {r.arguments().value(1)});
                QCOMPARE(u.type(), QDBusMessage::ReplyMessage);
            }
        };
        cycles(100);  // warm-up: allocator pools and caches reach their working size
        const qint64 rssBefore = rssKiB(pid);
        cycles(1000);
        if (QTest::currentTestFailed())
            return;
        // Fewer is no leak: an fd of an earlier test (a vanished client's session) may close late.
        QTRY_VERIFY2_WITH_TIMEOUT(countFds(pid) <= baseline,
                                  qPrintable(QStringLiteral("%1 fds, baseline %2").arg(countFds(pid)).arg(baseline)), 5000);
        const qint64 rssAfter = rssKiB(pid);
        qInfo("helper VmRSS around 1000 subscribe/unsubscribe cycles: %lld -> %lld KiB", rssBefore, rssAfter);
        verifyRssBaseline(rssBefore, rssAfter);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(helperPid(), pid);
        ::kill(pid_t(anchor->processId()), SIGKILL);
        anchor->waitForFinished();
    }

    void killedHelperGivesHelperStoppedAndReconnects()
    {
        const QString marker = QStringLiteral("proclens-restart-%1").arg(::getpid());
        QString line;
        auto client = startProbe(QStringLiteral("nobody"), {QStringLiteral("restart"), marker}, &line);
        QCOMPARE(line, QStringLiteral("subscribe ok"));
        const uint pid = helperPid();
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QVERIFY(client->waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(client->readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.first() == QLatin1String("stopped The ProcLens helper stopped."),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.last().startsWith(QLatin1String("exec-seen ")), qPrintable(lines.join(u'|')));
        QVERIFY(helperPid() != pid);
    }

    // Last: it stops polkitd for good.
    void polkitdStoppedRefusesNonRoot()
    {
        const pid_t polkitd = pid_t(qEnvironmentVariableIntValue("PROCLENS_TESTBUS_POLKITD_PID"));
        QVERIFY(polkitd > 0);
        QVERIFY(::kill(polkitd, SIGTERM) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!QDBusConnection::systemBus().interface()->isServiceRegistered(
                                      QStringLiteral("org.freedesktop.PolicyKit1")).value(), 5000);
        const Run refused = probe(QStringLiteral("nobody"), {QStringLiteral("calls")});
        QVERIFY(!refused.lines.isEmpty());
        QCOMPARE(refused.lines.first(),
                 QStringLiteral("Subscribe %1").arg(QLatin1String(api::error::kAuthorityUnavailable)));
        for (const QString& l : refused.lines)
            QVERIFY2(l.endsWith(QLatin1String(api::error::kAuthorityUnavailable)), qPrintable(l));
        // uid 0 does not need polkit.
        const QDBusMessage r = helperCall("Snapshot");
        QCOMPARE(r.type(), QDBusMessage::ReplyMessage);
    }

Q_SIGNALS:
    void statsArrived(const QVariantMap& stats);
};

QTEST_GUILESS_MAIN(TestHelperE2E)
#include "tst_helper_e2e.moc"
