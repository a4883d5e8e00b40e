// SPDX-License-Identifier: MIT
#include "polkit_authorizer.h"

#include "helper_api.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusVariant>

#include <spdlog/spdlog.h>

namespace {

constexpr char kPolkitService[] = "org.freedesktop.PolicyKit1";
constexpr char kPolkitPath[] = "/org/freedesktop/PolicyKit1/Authority";
constexpr char kPolkitInterface[] = "org.freedesktop.PolicyKit1.Authority";
constexpr uint kAllowUserInteraction = 0x1;
// Long enough for a person to type a password into the agent's dialog.
constexpr int kInteractiveTimeoutMs = 5 * 60 * 1000;

/// polkit's Subject: (sa{sv}).
struct PolkitSubject {
    QString kind;
    QVariantMap details;
};

/// polkit's AuthorizationResult: (bba{ss}).
struct PolkitResult {
    bool isAuthorized = false;
    bool isChallenge = false;
    QMap<QString, QString> details;
};

QDBusArgument& operator<<(QDBusArgument& arg, const PolkitSubject& s)
{
    arg.beginStructure();
    arg << s.kind << s.details;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, PolkitSubject& s)
{
    arg.beginStructure();
    arg >> s.kind >> s.details;
    arg.endStructure();
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const PolkitResult& r)
{
    arg.beginStructure();
    arg << r.isAuthorized << r.isChallenge << r.details;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, PolkitResult& r)
{
    arg.beginStructure();
    arg >> r.isAuthorized >> r.isChallenge >> r.details;
    arg.endStructure();
    return arg;
}

} // namespace

Q_DECLARE_METATYPE(PolkitSubject)
Q_DECLARE_METATYPE(PolkitResult)

namespace proclens {

namespace api = helper_api;

PolkitAuthorizer::PolkitAuthorizer(QDBusConnection bus, QObject* parent)
    : QObject(parent), bus_(std::move(bus))
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<PolkitResult>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

uint PolkitAuthorizer::callerUid(const QString& busName) const
{
    if (!bus_.interface())
        return uint(-1);
    QDBusReply<uint> reply = bus_.interface()->serviceUid(busName);
    return reply.isValid() ? reply.value() : uint(-1);
}

void PolkitAuthorizer::check(const QDBusMessage& call, const QString& actionId,
                             std::function<void(const AuthDecision&)> done)
{
    const QString sender = call.service();
    AuthDecision decision;
    decision.uid = callerUid(sender);
    if (sender.isEmpty() || decision.uid == uint(-1)) {
        decision.errorName = QString::fromLatin1(api::error::kAccessDenied);
        decision.message = QStringLiteral("The caller's identity could not be established.");
        spdlog::warn("refused {} for bus name '{}': the bus did not tell its uid",
                     actionId.toStdString(), sender.toStdString());
        done(decision);
        return;
    }
    if (decision.uid == 0) {
        decision.allowed = true;
        done(decision);
        return;
    }

    PolkitSubject subject{QStringLiteral("system-bus-name"),
                          {{QStringLiteral("name"), sender}}};
    QDBusMessage ask = QDBusMessage::createMethodCall(
        QString::fromLatin1(kPolkitService), QString::fromLatin1(kPolkitPath),
        QString::fromLatin1(kPolkitInterface), QStringLiteral("CheckAuthorization"));
    ask << QVariant::fromValue(subject) << actionId
        << QVariant::fromValue(QMap<QString, QString>{}) << kAllowUserInteraction << QString();
    // Auto-start stays on: Debian 12's polkitd is bus-activated, so the first check of a
    // session where nothing asked polkit yet starts it. A bus that cannot activate it
    // answers ServiceUnknown at once, and the caller is refused.

    auto* watcher = new QDBusPendingCallWatcher(bus_.asyncCall(ask, kInteractiveTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, decision, sender, actionId, done = std::move(done)]() mutable {
                watcher->deleteLater();
                QDBusPendingReply<PolkitResult> reply = *watcher;
                if (reply.isError()) {
                    decision.errorName = QString::fromLatin1(api::error::kAuthorityUnavailable);
                    decision.message = QStringLiteral(
                        "The authorization service (polkit) could not be reached: %1")
                                           .arg(reply.error().message());
                    spdlog::warn("refused {} for uid {} (bus name {}): polkit unreachable: {}",
                                 actionId.toStdString(), decision.uid, sender.toStdString(),
                                 reply.error().message().toStdString());
                    done(decision);
                    return;
                }
                const PolkitResult result = reply.value();
                if (result.isAuthorized) {
                    decision.allowed = true;
                    spdlog::debug("authorized {} for uid {} (bus name {})", actionId.toStdString(),
                                  decision.uid, sender.toStdString());
                } else {
                    decision.errorName = QString::fromLatin1(api::error::kAccessDenied);
                    decision.message =
                        result.isChallenge
                            ? QStringLiteral("Not authorized for %1: authentication is required "
                                             "and was not given.")
                                  .arg(actionId)
                            : QStringLiteral("Not authorized for %1.").arg(actionId);
                    spdlog::warn("refused {} for uid {} (bus name {}){}", actionId.toStdString(),
                                 decision.uid, sender.toStdString(),
                                 result.isChallenge ? ": authentication required, none given" : "");
                }
                done(decision);
            });
}

} // namespace proclens
