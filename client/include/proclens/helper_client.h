// SPDX-License-Identifier: MIT
#pragma once

#include "proclens/wire_format.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class OrgProclensHelper1Interface;
class QProcess;

namespace proclens {

class StreamReader;

/// The one D-Bus client of proclens-helper, shared by the GUI and the CLI.
///
/// Connects over the system bus (the helper is activated on demand) or, when
/// there is no bus or no installed service, starts the helper itself and talks
/// to it peer-to-peer (directly when root, through pkexec otherwise). Events
/// never travel over D-Bus: subscribe() receives a socket on which a worker
/// thread reassembles and decodes batches and hands them to the batch handler.
/// Methods block for the reply (polkit may ask the user for a password first);
/// call them from the thread that owns the object.
class HelperClient : public QObject {
    Q_OBJECT
public:
    enum class Transport {
        Auto,       ///< the bus when it offers the service, else peer-to-peer
        SystemBus,  ///< only the (system) bus given to setBus()
        Peer,       ///< always start a private helper
    };
    enum class Status {
        Disconnected,   ///< not connected to a helper
        Connected,      ///< connected, no subscription
        Subscribed,     ///< batches are arriving
        HelperStopped,  ///< the helper went away; connectToHelper() + subscribe() again
        Failed,         ///< the stream broke (bad data); see statusText()
    };
    Q_ENUM(Status)

    struct Options {
        Transport transport = Transport::Auto;
        /// The helper executable for peer mode; empty = the installed one.
        QString helperPath;
        /// Run the peer helper through pkexec even as root (tests); normally automatic.
        bool forcePkexec = false;
    };

    explicit HelperClient(QObject* parent = nullptr);
    ~HelperClient() override;

    /// Uses this bus instead of QDBusConnection::systemBus() (tests use a private one).
    void setBus(const QDBusConnection& bus);

    /// Connects (see Transport). Returns an invalid QDBusError on success.
    QDBusError connectToHelper(const Options& options);
    QDBusError connectToHelper() { return connectToHelper(Options{}); }
    void disconnectFromHelper();
    bool isPeerMode() const { return peerProcess_ != nullptr; }

    /// Subscribes (options as in org.proclens.Helper1.xml) and starts the reader thread.
    QDBusError subscribe(const QVariantMap& options = {});
    QDBusError setCaptureFilter(const QVariantMap& filter);
    /// Changes this session's level: "summary" (per-process, per-syscall counters as
    /// kEventSummary records about once a second), "events" (every syscall as a record)
    /// or "both". Process events (fork/exec/exit) arrive at every level. Any other
    /// string is refused with org.proclens.Helper1.Error.InvalidArgs.
    QDBusError setLevel(const QString& level);
    QDBusError pause();
    QDBusError resume();
    /// Ends the subscription: stops the reader, tells the helper, closes the stream.
    QDBusError unsubscribe();

    /// The helper's /proc table (read to its end, blocking).
    QDBusError snapshot(std::vector<wire::ProcessRecord>* rows);
    QDBusError signalProcess(uint pid, int signal);
    QDBusError setPriority(uint pid, int nice);

    /// Helper properties (empty when not connected).
    QString helperMode() const;
    QString kernelRelease() const;
    QString helperVersion() const;

    /// Called on the reader thread with every decoded batch; set before subscribe().
    void setBatchHandler(std::function<void(wire::DecodedBatch&&)> handler);

    Status status() const { return status_; }
    QString statusText() const { return statusText_; }
    QString sessionPath() const { return session_; }
    QVariantMap lastStats() const { return lastStats_; }

    /// Totals of the current subscription (any thread).
    uint64_t batchesReceived() const;
    uint64_t recordsReceived() const;
    /// The latest PL_EVENT_LOST figures: batches the helper dropped for us, kernel drops.
    uint64_t droppedBatches() const;
    uint64_t kernelDrops() const;

Q_SIGNALS:
    void statusChanged(proclens::HelperClient::Status status, const QString& text);
    /// The helper's Stats signal (at most once a second).
    void statsReceived(const QVariantMap& stats);
    /// The helper went away (crashed, killed, idle exit while we were subscribed).
    void helperStopped(const QString& reason);

private:
    void setStatus(Status status, const QString& text);
    void onStreamEnded(const QString& error);
    void onHelperGone(const QString& reason);
    QDBusError notConnected() const;

    QDBusConnection bus_;
    QString connectionName_;  // peer connection we own
    std::unique_ptr<OrgProclensHelper1Interface> proxy_;
    QProcess* peerProcess_ = nullptr;
    std::unique_ptr<StreamReader> reader_;
    std::function<void(wire::DecodedBatch&&)> handler_;
    QString session_;
    Status status_ = Status::Disconnected;
    QString statusText_;
    QVariantMap lastStats_;
    QObject* watcher_ = nullptr;
};

} // namespace proclens
