// SPDX-License-Identifier: MIT
#include "peer_server.h"

#include "helper_service.h"

#include <QDBusServer>
#include <QDir>

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace proclens {

namespace {

/// The uid allowed to connect: the pkexec caller, else whoever we run as.
uid_t peerUid()
{
    if (const char* s = std::getenv("PKEXEC_UID")) {
        char* end = nullptr;
        const unsigned long v = std::strtoul(s, &end, 10);
        if (end && *end == '\0' && end != s && v < 0xffffffffUL)
            return uid_t(v);
    }
    return ::getuid();
}

constexpr int kFirstConnectionTimeoutMs = 30000;

} // namespace

PeerServer::PeerServer(HelperService* service, QObject* parent) : QObject(parent), service_(service)
{
    liveness_.setInterval(500);
    connect(&liveness_, &QTimer::timeout, this, [this] {
        if (connectionName_.isEmpty())
            return;  // the first-connection timeout below decides
        if (!QDBusConnection(connectionName_).isConnected()) {
            spdlog::info("peer mode: the client disconnected");
            liveness_.stop();
            emit peerGone();
        }
    });
}

PeerServer::~PeerServer()
{
    server_.reset();
    if (!connectionName_.isEmpty())
        QDBusConnection::disconnectFromPeer(connectionName_);
    if (!dir_.isEmpty())
        QDir(dir_).removeRecursively();
}

bool PeerServer::listen(QString* error)
{
    QByteArray tmpl = QByteArrayLiteral("/tmp/proclens-peer-XXXXXX");
    if (!::mkdtemp(tmpl.data())) {
        *error = QStringLiteral("peer mode: cannot create a socket directory");
        return false;
    }
    dir_ = QString::fromLocal8Bit(tmpl);
    const uid_t uid = peerUid();
    if (::chown(tmpl.constData(), uid, gid_t(-1)) != 0 || ::chmod(tmpl.constData(), 0700) != 0) {
        *error = QStringLiteral("peer mode: cannot hand the socket directory to uid %1").arg(uid);
        return false;
    }
    server_ = std::make_unique<QDBusServer>(QStringLiteral("unix:path=%1/socket").arg(dir_));
    if (!server_->isConnected()) {
        *error = QStringLiteral("peer mode: cannot listen: %1").arg(server_->lastError().message());
        return false;
    }
    // The directory alone decides who may connect; a non-root peer authenticates anonymously.
    server_->setAnonymousAuthenticationAllowed(uid != 0);
    const QByteArray socketPath = QStringLiteral("%1/socket").arg(dir_).toLocal8Bit();
    if (::chown(socketPath.constData(), uid, gid_t(-1)) != 0) {
        *error = QStringLiteral("peer mode: cannot hand the socket to uid %1").arg(uid);
        return false;
    }
    connect(server_.get(), &QDBusServer::newConnection, this, [this](const QDBusConnection& c) {
        if (!connectionName_.isEmpty()) {
            spdlog::warn("peer mode: refusing a second connection");
            QDBusConnection::disconnectFromPeer(c.name());
            return;
        }
        connectionName_ = c.name();
        QString error;
        if (!service_->registerOn(c, &error)) {
            spdlog::error("{}", error.toStdString());
            emit peerGone();
            return;
        }
        // One client only: nobody else may connect any more.
        ::unlink(QStringLiteral("%1/socket").arg(dir_).toLocal8Bit().constData());
        spdlog::info("peer mode: client connected");
    });
    QTimer::singleShot(kFirstConnectionTimeoutMs, this, [this] {
        if (connectionName_.isEmpty()) {
            spdlog::warn("peer mode: no client connected within {} s", kFirstConnectionTimeoutMs / 1000);
            emit peerGone();
        }
    });
    liveness_.start();
    return true;
}

QString PeerServer::address() const { return server_ ? server_->address() : QString(); }

} // namespace proclens
