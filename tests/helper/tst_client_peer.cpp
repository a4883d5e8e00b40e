// SPDX-License-Identifier: MIT
// proclens_client in peer-to-peer mode: as root it starts proclens-helper --peer
// itself, talks the same interface over a private socket, and the helper exits
// when the client disconnects. Needs root (the helper loads eBPF).

#include "proclens/helper_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <unistd.h>

using namespace proclens;

class TestClientPeer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: peer mode starts the helper directly only as root (pkexec otherwise)");
    }

    void missingHelperIsAClearError()
    {
        HelperClient client;
        HelperClient::Options options;
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QStringLiteral("/nonexistent/proclens-helper");
        const QDBusError e = client.connectToHelper(options);
        QVERIFY(e.isValid());
        QVERIFY2(e.message().contains(QLatin1String("not installed")), qPrintable(e.message()));
        QCOMPARE(client.status(), HelperClient::Status::Disconnected);
    }

    void peerSessionEndToEnd()
    {
        HelperClient client;
        HelperClient::Options options;
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QStringLiteral(PROCLENS_HELPER_BUILD_PATH);
        const QDBusError e = client.connectToHelper(options);
        QVERIFY2(!e.isValid(), qPrintable(e.message()));
        QVERIFY(client.isPeerMode());
        QCOMPARE(client.helperVersion(), QStringLiteral(PROCLENS_VERSION_STRING));

        std::vector<wire::ProcessRecord> rows;
        const QDBusError s = client.snapshot(&rows);
        QVERIFY2(!s.isValid(), qPrintable(s.message()));
        const bool selfListed = std::any_of(rows.begin(), rows.end(), [](const wire::ProcessRecord& r) {
            return r.task.pid == uint32_t(::getpid());
        });
        QVERIFY(selfListed);

        const std::string marker = "proclens-peer-" + std::to_string(::getpid());
        std::atomic<uint32_t> seen{0};
        client.setBatchHandler([&](wire::DecodedBatch&& batch) {
            for (const auto& ev : batch.events)
                if (const auto* p = std::get_if<wire::ProcessEvent>(&ev))
                    if (p->type == PL_EVENT_EXEC && p->argv.size() >= 2 && p->argv[1] == marker)
                        seen.store(p->task.pid);
        });
        const QDBusError sub = client.subscribe({});
        QVERIFY2(!sub.isValid(), qPrintable(sub.message()));
        QCOMPARE(client.status(), HelperClient::Status::Subscribed);
        QProcess::execute(QStringLiteral("/bin/echo"), {QString::fromStdString(marker)});
        QTRY_VERIFY_WITH_TIMEOUT(seen.load() != 0, 5000);
        QVERIFY(client.batchesReceived() > 0);

        client.disconnectFromHelper();
        QCOMPARE(client.status(), HelperClient::Status::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestClientPeer)
#include "tst_client_peer.moc"
