// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>

#include <functional>

namespace proclens {

/// Outcome of one authorization check.
struct AuthDecision {
    bool allowed = false;
    QString errorName;  ///< helper_api::error::* when refused
    QString message;    ///< one sentence for the D-Bus error reply
    uint uid = uint(-1);
};

/// Asks polkit whether the sender of a D-Bus call may perform an action.
///
/// The subject is always the caller's unique bus name (kind "system-bus-name"),
/// taken from the message itself, never a pid and never an argument. uid 0
/// passes without asking; when polkit cannot be reached everyone else is
/// refused. Refusals are logged with the caller's uid and bus name.
class PolkitAuthorizer : public QObject {
    Q_OBJECT
public:
    /// `bus` is the bus the calls arrive on and polkitd lives on (the system bus,
    /// or a private one in tests).
    explicit PolkitAuthorizer(QDBusConnection bus, QObject* parent = nullptr);

    /// Checks `actionId` for the sender of `call`, asynchronously (interactive
    /// authentication may take minutes); `done` runs on this object's thread.
    void check(const QDBusMessage& call, const QString& actionId,
               std::function<void(const AuthDecision&)> done);

    /// The uid owning a unique bus name, or uint(-1) when the bus cannot say.
    uint callerUid(const QString& busName) const;

private:
    QDBusConnection bus_;
};

} // namespace proclens
