// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QDBusServer;

namespace proclens {

class HelperService;

/// Peer-to-peer mode: serves HelperService to exactly one client over a private
/// socket, for machines without a system bus or an installed service. The socket
/// lives in a fresh directory (mode 0700) owned by the user who started the
/// helper (PKEXEC_UID under pkexec, else root), so nobody else can connect; the
/// first connection is served and the helper exits when it goes away.
class PeerServer : public QObject {
    Q_OBJECT
public:
    explicit PeerServer(HelperService* service, QObject* parent = nullptr);
    ~PeerServer() override;

    /// Creates the directory and starts listening; false with `error` set on failure.
    bool listen(QString* error);
    /// The D-Bus address a client passes to QDBusConnection::connectToPeer.
    QString address() const;

Q_SIGNALS:
    /// The client disconnected (or never came within the timeout).
    void peerGone();

private:
    HelperService* service_;
    std::unique_ptr<QDBusServer> server_;
    QString dir_;
    QString connectionName_;
    QTimer liveness_;
};

} // namespace proclens
