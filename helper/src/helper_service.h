// SPDX-License-Identifier: MIT
#pragma once

// ============================================================================
// These functions run as root on behalf of D-Bus callers. Trust no input:
// every call is authorized with polkit for its sender's bus name first, then
// every argument is validated. Never open a path, load an object or run a
// program a caller names.
// ============================================================================

#include "capture_hub.h"
#include "polkit_authorizer.h"
#include "summary_selector.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>

class QDBusServiceWatcher;

namespace proclens {

/// How the helper is reached.
enum class ServiceMode {
    Bus,   ///< system (or test) bus: polkit decides per call
    Peer,  ///< private peer-to-peer connection to the one client that started it
};

/// The org.proclens.Helper1 object: sessions, authorization and process control.
/// The generated Helper1Adaptor forwards the D-Bus methods to the slots below.
class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_PROPERTY(QString Mode READ mode)
    Q_PROPERTY(QString KernelRelease READ kernelRelease)
    Q_PROPERTY(QString Version READ version)
public:
    /// `bus` carries polkit (Bus mode); `idleExitMs` 0 = never exit when idle.
    HelperService(ServiceMode mode, QDBusConnection bus, int idleExitMs, QObject* parent = nullptr);
    ~HelperService() override;

    /// Registers the object (and in Bus mode the well-known name) on `connection`.
    bool registerOn(QDBusConnection connection, QString* error);

    QString mode() const { return engineMode_; }
    QString kernelRelease() const;
    QString version() const;

    /// Ends every session, stops the capture and waits for snapshot writers.
    void shutdown();

    std::size_t sessionCount() const { return sessions_.size(); }

    /// How often summary-level sessions get their kEventSummary rows.
    static constexpr int kSummaryIntervalMs = 1000;

public Q_SLOTS:
    QDBusUnixFileDescriptor Subscribe(const QVariantMap& options, QDBusObjectPath& session);
    void SetCaptureFilter(const QDBusObjectPath& session, const QVariantMap& filter);
    void SetLevel(const QDBusObjectPath& session, const QString& level);
    void Pause(const QDBusObjectPath& session);
    void Resume(const QDBusObjectPath& session);
    void Unsubscribe(const QDBusObjectPath& session);
    QDBusUnixFileDescriptor Snapshot();
    void SignalProcess(uint pid, int signal);
    void SetPriority(uint pid, int nice);

Q_SIGNALS:
    /// At most once a second while capturing (see org.proclens.Helper1.xml).
    void Stats(const QVariantMap& stats);
    /// The service has nothing left to do (idle timeout) and may exit.
    void idleExpired();

private:
    struct Session;
    using Action = std::function<void(const QDBusConnection&, const QDBusMessage&)>;

    /// Authorizes the current call for `actionId`, then runs `action` (delayed reply).
    void authorizeThen(const char* actionId, Action action);
    QString ownerOf(const QDBusConnection& connection, const QDBusMessage& call) const;
    Session* findSession(const QDBusConnection& connection, const QDBusMessage& call,
                         const QDBusObjectPath& path);

    void doSubscribe(const QDBusConnection& c, const QDBusMessage& call, const QVariantMap& options);
    void doSnapshot(const QDBusConnection& c, const QDBusMessage& call);
    void removeSession(uint64_t id, const char* why);
    void removeSessionsOf(const QString& owner, const char* why);
    void reconfigureCapture();
    void serviceStreams();
    void emitStats();
    /// Sends each summary-level session its rows of the engine's summary maps.
    void streamSummaries();
    void updateIdleTimer();

    ServiceMode serviceMode_;
    QDBusConnection bus_;
    PolkitAuthorizer authorizer_;
    CaptureHub hub_;
    std::map<uint64_t, std::unique_ptr<Session>> sessions_;
    uint64_t nextSessionId_ = 1;
    QDBusServiceWatcher* watcher_ = nullptr;
    QTimer statsTimer_;
    QTimer idleTimer_;
    QTimer summaryTimer_;  // runs while any session's level includes the summary
    SummarySelector summarySelector_;
    QElapsedTimer statsClock_;
    uint64_t lastRecords_ = 0;
    int inFlight_ = 0;
    QString engineMode_;
    QThreadPool snapshotPool_;
    std::atomic<bool> wakePosted_{false};
};

} // namespace proclens
