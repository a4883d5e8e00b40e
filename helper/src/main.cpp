// SPDX-License-Identifier: MIT
// proclens-helper: the privileged ProcLens service (see helper_service.h).

#include "helper_api.h"
#include "helper_service.h"
#include "peer_server.h"
#include "privileges.h"
#include "proclens/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <sys/signalfd.h>
#include <unistd.h>

using namespace proclens;

namespace {

/// SIGTERM/SIGINT arrive as readable bytes on a signalfd, handled in the event loop.
int blockTerminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    return ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

} // namespace

int main(int argc, char* argv[])
{
    const int sigfd = blockTerminationSignals();
    // Logs go to stderr (the journal or the bus's log); stdout belongs to --peer.
    spdlog::set_default_logger(spdlog::stderr_color_mt("proclens-helper"));
    spdlog::set_pattern("proclens-helper[%P] %l: %v");

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proclens-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCLENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ProcLens privileged helper (D-Bus service)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption idle(QStringLiteral("idle-timeout"),
                            QStringLiteral("Exit after SECONDS without clients (0 = never; default 30)."),
                            QStringLiteral("SECONDS"), QStringLiteral("30"));
    QCommandLineOption peer(QStringLiteral("peer"),
                            QStringLiteral("Serve one client peer-to-peer: print the address to connect "
                                           "to on stdout, exit when it disconnects."));
    QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log debug messages."));
    parser.addOptions({idle, peer, verbose});
    parser.process(app);
    if (parser.isSet(verbose))
        spdlog::set_level(spdlog::level::debug);

    bool ok = false;
    const int idleSeconds = parser.value(idle).toInt(&ok);
    if (!ok || idleSeconds < 0 || idleSeconds > 86400) {
        std::fprintf(stderr, "proclens-helper: --idle-timeout needs 0..86400 seconds\n");
        return 2;
    }
    if (::geteuid() != 0) {
        std::fprintf(stderr, "proclens-helper: must run as root (it loads eBPF programs)\n");
        return 1;
    }

    std::unique_ptr<HelperService> service;
    std::unique_ptr<PeerServer> peerServer;
    QString error;
    if (parser.isSet(peer)) {
        service = std::make_unique<HelperService>(ServiceMode::Peer, QDBusConnection::sessionBus(),
                                                  idleSeconds * 1000);
        peerServer = std::make_unique<PeerServer>(service.get());
        if (!peerServer->listen(&error)) {
            spdlog::error("{}", error.toStdString());
            return 1;
        }
        // The client reads this one line to learn where to connect.
        std::printf("%s\n", peerServer->address().toUtf8().constData());
        std::fflush(stdout);
        QObject::connect(peerServer.get(), &PeerServer::peerGone, &app, &QCoreApplication::quit);
    } else {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected()) {
            spdlog::error("cannot connect to the system bus: {}", bus.lastError().message().toStdString());
            return 1;
        }
        service = std::make_unique<HelperService>(ServiceMode::Bus, bus, idleSeconds * 1000);
        if (!service->registerOn(bus, &error)) {
            spdlog::error("{}", error.toStdString());
            return 1;
        }
        // QtDBus does not signal a lost bus; without one nobody can reach us, so leave.
        auto* busCheck = new QTimer(&app);
        QObject::connect(busCheck, &QTimer::timeout, &app, [&app] {
            if (!QDBusConnection::systemBus().isConnected()) {
                spdlog::warn("the bus went away, exiting");
                app.quit();
            }
        });
        busCheck->start(2000);
    }
    // After the peer socket exists: handing it to the pkexec caller needs CAP_CHOWN.
    if (const std::string problem = dropUnneededCapabilities(); !problem.empty())
        spdlog::warn("could not drop capabilities: {}", problem);
    QObject::connect(service.get(), &HelperService::idleExpired, &app, &QCoreApplication::quit);

    QSocketNotifier termination(sigfd, QSocketNotifier::Read);
    QObject::connect(&termination, &QSocketNotifier::activated, &app, [&] {
        signalfd_siginfo info{};
        if (::read(sigfd, &info, sizeof info) == ssize_t(sizeof info))
            spdlog::info("signal {}: detaching and exiting", info.ssi_signo);
        app.quit();
    });

    spdlog::info("ready ({} mode, version {})", parser.isSet(peer) ? "peer" : "bus", PROCLENS_VERSION);
    const int rc = app.exec();
    service->shutdown();
    if (!parser.isSet(peer))
        QDBusConnection::systemBus().unregisterService(QString::fromLatin1(helper_api::kService));
    peerServer.reset();
    service.reset();
    spdlog::info("stopped");
    return rc;
}
