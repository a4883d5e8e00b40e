// SPDX-License-Identifier: MIT
// What the helper accepts from a D-Bus client: every key, type and bound.

#include "request_validation.h"

#include <QDBusArgument>
#include <QDBusVariant>
#include <QTest>

#include <csignal>

using namespace proclens;

class TestRequestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filter_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorPart");
        auto uints = [](std::initializer_list<uint> v) { return QVariant::fromValue(QList<uint>(v)); };
        QTest::newRow("empty") << QVariantMap{} << true << QString();
        QTest::newRow("pids") << QVariantMap{{"pids", uints({1, 2, 3})}} << true << QString();
        QTest::newRow("pid 0") << QVariantMap{{"pids", uints({0})}} << false << "pids";
        QTest::newRow("pid too big") << QVariantMap{{"excludePids", uints({5000000})}} << false << "excludePids";
        QTest::newRow("pids as string") << QVariantMap{{"pids", "1,2"}} << false << "au";
        QTest::newRow("too many pids") << QVariantMap{{"pids", QVariant::fromValue(QList<uint>(1025, 7u))}}
                                       << false << "at most 1024";
        QTest::newRow("comms") << QVariantMap{{"comms", QStringList{"bash", "sshd"}}} << true << QString();
        QTest::newRow("comm 16 bytes") << QVariantMap{{"comms", QStringList{QString(16, u'a')}}} << false << "comms";
        QTest::newRow("comm empty") << QVariantMap{{"comms", QStringList{QString()}}} << false << "comms";
        QTest::newRow("syscalls") << QVariantMap{{"syscalls", uints({0, 59, 511})}} << true << QString();
        QTest::newRow("syscall 512") << QVariantMap{{"syscalls", uints({512})}} << false << "syscall";
        QTest::newRow("ns pair") << QVariantMap{{"nsKind", 1u}, {"nsInode", 4026531840u}} << true << QString();
        QTest::newRow("ns kind alone") << QVariantMap{{"nsKind", 1u}} << false << "go together";
        QTest::newRow("ns kind 8") << QVariantMap{{"nsKind", 8u}, {"nsInode", 1u}} << false << "nsKind";
        QTest::newRow("follow as int") << QVariantMap{{"followChildren", 1}} << false << "type b";
        QTest::newRow("cgroups") << QVariantMap{{"cgroupIds", QVariant::fromValue(QList<qulonglong>{1, 2})}}
                                 << true << QString();
        QTest::newRow("cgroups as au") << QVariantMap{{"cgroupIds", uints({1})}} << false << "at";
        QTest::newRow("unknown key") << QVariantMap{{"pid", uints({1})}} << false << "unknown filter key";
        QVariantMap many;
        for (int i = 0; i < 40; ++i)
            many.insert(QStringLiteral("k%1").arg(i), i);
        QTest::newRow("too many keys") << many << false << "too many keys";
        QVariantMap total;
        for (const char* k : {"pids", "excludePids", "uids", "syscalls"})
            total.insert(QLatin1String(k), QVariant::fromValue(QList<uint>(1024, 100u)));
        total.insert(QStringLiteral("cgroupIds"), QVariant::fromValue(QList<qulonglong>(1024, 1)));
        QTest::newRow("too many entries in all") << total << false << "entries";
    }

    void filter()
    {
        QFETCH(QVariantMap, map);
        QFETCH(bool, valid);
        QFETCH(QString, errorPart);
        const auto r = parseCaptureFilter(map);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QVERIFY2(QString::fromStdString(r.error().message).contains(errorPart),
                     r.error().message.c_str());
    }

    void filterValues()
    {
        const auto r = parseCaptureFilter({{"pids", QVariant::fromValue(QList<uint>{7, 9})},
                                           {"followChildren", true},
                                           {"comms", QStringList{"bash"}},
                                           {"nsKind", 2u},
                                           {"nsInode", 99u}});
        QVERIFY(r.ok());
        QCOMPARE(r->pids, (std::vector<uint32_t>{7, 9}));
        QVERIFY(r->followChildren);
        QCOMPARE(r->comms, std::vector<std::string>{"bash"});
        QVERIFY(r->ns.has_value());
        QCOMPARE(r->ns->first, 2u);
        QCOMPARE(r->ns->second, 99u);
    }

    void subscribeOptions_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("level");
        QTest::newRow("defaults") << QVariantMap{} << true << int(CaptureLevel::Summary);
        QTest::newRow("events") << QVariantMap{{"level", "events"}} << true << int(CaptureLevel::Events);
        QTest::newRow("both") << QVariantMap{{"level", "both"}} << true << int(CaptureLevel::SummaryAndEvents);
        QTest::newRow("level bad") << QVariantMap{{"level", "all"}} << false << 0;
        QTest::newRow("level int") << QVariantMap{{"level", 1}} << false << 0;
        QTest::newRow("level huge") << QVariantMap{{"level", QString(100000, u'e')}} << false << 0;
        QTest::newRow("queue ok") << QVariantMap{{"queueBatches", 8u}} << true << int(CaptureLevel::Summary);
        QTest::newRow("queue 0") << QVariantMap{{"queueBatches", 0u}} << false << 0;
        QTest::newRow("queue huge") << QVariantMap{{"queueBatches", 100000u}} << false << 0;
        QTest::newRow("paused") << QVariantMap{{"paused", true}} << true << int(CaptureLevel::Summary);
        QTest::newRow("filter ok") << QVariantMap{{"filter", QVariantMap{{"uids", QVariant::fromValue(QList<uint>{0})}}}}
                                   << true << int(CaptureLevel::Summary);
        QTest::newRow("filter bad") << QVariantMap{{"filter", QVariantMap{{"x", 1}}}} << false << 0;
        QTest::newRow("filter string") << QVariantMap{{"filter", "pid=1"}} << false << 0;
        QTest::newRow("unknown") << QVariantMap{{"colour", "red"}} << false << 0;
    }

    void subscribeOptions()
    {
        QFETCH(QVariantMap, map);
        QFETCH(bool, valid);
        QFETCH(int, level);
        const auto r = parseSubscribeOptions(map);
        QCOMPARE(r.ok(), valid);
        if (valid)
            QCOMPARE(int(r->level), level);
    }

    void wrappedInDBusVariant()
    {
        // Values that arrive as nested variants are unwrapped once, not trusted blindly.
        const auto ok = parseSubscribeOptions({{"level", QVariant::fromValue(QDBusVariant(QStringLiteral("events")))}});
        QVERIFY(ok.ok());
        QCOMPARE(ok->level, CaptureLevel::Events);
        const auto bad = parseSubscribeOptions({{"level", QVariant::fromValue(QDBusVariant(42))}});
        QVERIFY(!bad.ok());
    }

    void pidsSignalsNice_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<qlonglong>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pid 0") << "pid" << 0ll << false;
        QTest::newRow("pid 1") << "pid" << 1ll << false;
        QTest::newRow("pid 2") << "pid" << 2ll << true;
        QTest::newRow("pid max") << "pid" << 4194304ll << true;
        QTest::newRow("pid max+1") << "pid" << 4194305ll << false;
        QTest::newRow("pid -1 as u32") << "pid" << 0xffffffffll << false;
        QTest::newRow("TERM") << "signal" << qlonglong(SIGTERM) << true;
        QTest::newRow("KILL") << "signal" << qlonglong(SIGKILL) << true;
        QTest::newRow("STOP") << "signal" << qlonglong(SIGSTOP) << true;
        QTest::newRow("CONT") << "signal" << qlonglong(SIGCONT) << true;
        QTest::newRow("0") << "signal" << 0ll << false;
        QTest::newRow("SEGV") << "signal" << qlonglong(SIGSEGV) << false;
        QTest::newRow("SYS") << "signal" << qlonglong(SIGSYS) << false;
        QTest::newRow("RTMIN") << "signal" << qlonglong(SIGRTMIN) << false;
        QTest::newRow("-9") << "signal" << -9ll << false;
        QTest::newRow("nice -20") << "nice" << -20ll << true;
        QTest::newRow("nice 19") << "nice" << 19ll << true;
        QTest::newRow("nice 20") << "nice" << 20ll << false;
        QTest::newRow("nice -21") << "nice" << -21ll << false;
    }

    void pidsSignalsNice()
    {
        QFETCH(QString, what);
        QFETCH(qlonglong, value);
        QFETCH(bool, valid);
        bool ok = false;
        if (what == QLatin1String("pid"))
            ok = checkTargetPid(uint32_t(value)).ok();
        else if (what == QLatin1String("signal"))
            ok = checkSignal(int32_t(value)).ok();
        else
            ok = checkNice(int32_t(value)).ok();
        QCOMPARE(ok, valid);
    }
};

QTEST_GUILESS_MAIN(TestRequestValidation)
#include "tst_request_validation.moc"
