// SPDX-License-Identifier: MIT
#include "request_validation.h"

#include "bpf/events.h"
#include "helper_api.h"

#include <QDBusArgument>
#include <QDBusVariant>
#include <QStringList>

#include <csignal>
#include <string>

namespace proclens {

namespace api = helper_api;

namespace {

constexpr uint32_t kPidMax = 4194304; // PID_MAX_LIMIT on 64-bit

Error err(const QString& message) { return Error{message.toStdString(), 0}; }

/// Unwraps a value that arrived as a D-Bus variant.
QVariant plain(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<QDBusVariant>())
        return v.value<QDBusVariant>().variant();
    return v;
}

/// Reads an array of `T` whose D-Bus signature must be exactly `signature`.
template <class T>
Result<std::vector<T>> readArray(const QString& key, const QVariant& raw, const char* signature)
{
    const QVariant v = plain(raw);
    QList<T> list;
    if (v.metaType() == QMetaType::fromType<QDBusArgument>()) {
        const auto arg = v.value<QDBusArgument>();
        if (arg.currentSignature() != QLatin1String(signature))
            return err(QStringLiteral("'%1' must have D-Bus type %2, not %3")
                           .arg(key, QLatin1String(signature), arg.currentSignature()));
        arg >> list;
    } else if (v.metaType() == QMetaType::fromType<QList<T>>()) {
        list = v.value<QList<T>>();
    } else {
        return err(QStringLiteral("'%1' must have D-Bus type %2").arg(key, QLatin1String(signature)));
    }
    if (list.size() > qsizetype(api::kMaxFilterEntries))
        return err(QStringLiteral("'%1' has %2 entries, at most %3 are allowed")
                       .arg(key).arg(list.size()).arg(api::kMaxFilterEntries));
    return std::vector<T>(list.begin(), list.end());
}

Result<uint32_t> readUInt(const QString& key, const QVariant& raw)
{
    const QVariant v = plain(raw);
    if (v.metaType() != QMetaType::fromType<uint>())
        return err(QStringLiteral("'%1' must have D-Bus type u").arg(key));
    return uint32_t(v.toUInt());
}

Result<bool> readBool(const QString& key, const QVariant& raw)
{
    const QVariant v = plain(raw);
    if (v.metaType() != QMetaType::fromType<bool>())
        return err(QStringLiteral("'%1' must have D-Bus type b").arg(key));
    return v.toBool();
}

Result<QString> readString(const QString& key, const QVariant& raw, qsizetype maxBytes)
{
    const QVariant v = plain(raw);
    if (v.metaType() != QMetaType::fromType<QString>())
        return err(QStringLiteral("'%1' must have D-Bus type s").arg(key));
    const QString s = v.toString();
    if (s.toUtf8().size() > maxBytes)
        return err(QStringLiteral("'%1' is longer than %2 bytes").arg(key).arg(maxBytes));
    return s;
}

Result<bool> checkPids(const QString& key, const std::vector<uint32_t>& pids)
{
    for (uint32_t pid : pids)
        if (pid == 0 || pid > kPidMax)
            return err(QStringLiteral("'%1' holds pid %2, outside 1..%3").arg(key).arg(pid).arg(kPidMax));
    return true;
}

} // namespace

Result<CaptureFilter> parseCaptureFilter(const QVariantMap& map)
{
    namespace f = api::filter;
    if (map.size() > qsizetype(api::kMaxOptionKeys))
        return err(QStringLiteral("the filter has too many keys"));
    CaptureFilter filter;
    std::optional<uint32_t> nsKind, nsInode;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String(f::kPids) || key == QLatin1String(f::kExcludePids)) {
            auto pids = readArray<uint>(key, it.value(), "au");
            if (!pids)
                return pids.error();
            std::vector<uint32_t> out(pids->begin(), pids->end());
            if (auto ok = checkPids(key, out); !ok)
                return ok.error();
            (key == QLatin1String(f::kPids) ? filter.pids : filter.excludePids) = std::move(out);
        } else if (key == QLatin1String(f::kFollowChildren)) {
            auto b = readBool(key, it.value());
            if (!b)
                return b.error();
            filter.followChildren = *b;
        } else if (key == QLatin1String(f::kUids)) {
            auto uids = readArray<uint>(key, it.value(), "au");
            if (!uids)
                return uids.error();
            filter.uids.assign(uids->begin(), uids->end());
        } else if (key == QLatin1String(f::kComms)) {
            const QVariant v = plain(it.value());
            if (v.metaType() != QMetaType::fromType<QStringList>())
                return err(QStringLiteral("'%1' must have D-Bus type as").arg(key));
            const QStringList comms = v.toStringList();
            if (comms.size() > qsizetype(api::kMaxFilterEntries))
                return err(QStringLiteral("'%1' has %2 entries, at most %3 are allowed")
                               .arg(key).arg(comms.size()).arg(api::kMaxFilterEntries));
            for (const QString& c : comms) {
                const QByteArray bytes = c.toUtf8();
                if (bytes.isEmpty() || bytes.size() >= PL_TASK_COMM_LEN)
                    return err(QStringLiteral("'%1' entries must be 1..%2 bytes long")
                                   .arg(key).arg(PL_TASK_COMM_LEN - 1));
                if (bytes.contains('\0'))
                    return err(QStringLiteral("'%1' entries must not contain NUL").arg(key));
                filter.comms.push_back(bytes.toStdString());
            }
        } else if (key == QLatin1String(f::kSyscalls)) {
            auto nrs = readArray<uint>(key, it.value(), "au");
            if (!nrs)
                return nrs.error();
            for (uint nr : *nrs)
                if (nr >= PL_MAX_SYSCALL_NR)
                    return err(QStringLiteral("'%1' holds %2, syscall numbers must be below %3")
                                   .arg(key).arg(nr).arg(PL_MAX_SYSCALL_NR));
            filter.syscalls.assign(nrs->begin(), nrs->end());
        } else if (key == QLatin1String(f::kNsKind)) {
            auto v = readUInt(key, it.value());
            if (!v)
                return v.error();
            if (*v >= PL_NS_COUNT)
                return err(QStringLiteral("'%1' must be below %2").arg(key).arg(PL_NS_COUNT));
            nsKind = *v;
        } else if (key == QLatin1String(f::kNsInode)) {
            auto v = readUInt(key, it.value());
            if (!v)
                return v.error();
            nsInode = *v;
        } else if (key == QLatin1String(f::kCgroupIds)) {
            auto ids = readArray<qulonglong>(key, it.value(), "at");
            if (!ids)
                return ids.error();
            filter.cgroupIds.assign(ids->begin(), ids->end());
        } else {
            return err(QStringLiteral("unknown filter key '%1'").arg(key.left(64)));
        }
    }
    if (nsKind.has_value() != nsInode.has_value())
        return err(QStringLiteral("'%1' and '%2' go together").arg(QLatin1String(f::kNsKind),
                                                                 QLatin1String(f::kNsInode)));
    if (nsKind)
        filter.ns = std::make_pair(*nsKind, *nsInode);
    const std::size_t total = filter.pids.size() + filter.excludePids.size() + filter.uids.size() +
                              filter.comms.size() + filter.syscalls.size() + filter.cgroupIds.size();
    if (total > kMaxFilterTotalEntries)
        return err(QStringLiteral("the filter has %1 entries, at most %2 are allowed")
                       .arg(total).arg(kMaxFilterTotalEntries));
    return filter;
}

Result<CaptureLevel> parseCaptureLevel(const QString& level)
{
    if (level == QLatin1String(api::level::kSummary))
        return CaptureLevel::Summary;
    if (level == QLatin1String(api::level::kEvents))
        return CaptureLevel::Events;
    if (level == QLatin1String(api::level::kBoth))
        return CaptureLevel::SummaryAndEvents;
    return err(QStringLiteral("'level' must be summary, events or both, not '%1'").arg(level.left(32)));
}

Result<SubscribeRequest> parseSubscribeOptions(const QVariantMap& map)
{
    namespace o = api::option;
    if (map.size() > qsizetype(api::kMaxOptionKeys))
        return err(QStringLiteral("the options have too many keys"));
    SubscribeRequest req;
    req.queueBatches = api::kDefaultQueueBatches;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String(o::kLevel)) {
            auto s = readString(key, it.value(), 16);
            if (!s)
                return s.error();
            auto level = parseCaptureLevel(*s);
            if (!level)
                return level.error();
            req.level = *level;
        } else if (key == QLatin1String(o::kFilter)) {
            QVariant v = plain(it.value());
            QVariantMap fmap;
            if (v.metaType() == QMetaType::fromType<QDBusArgument>()) {
                const auto arg = v.value<QDBusArgument>();
                if (arg.currentSignature() != QLatin1String("a{sv}"))
                    return err(QStringLiteral("'filter' must have D-Bus type a{sv}"));
                arg >> fmap;
            } else if (v.metaType() == QMetaType::fromType<QVariantMap>()) {
                fmap = v.toMap();
            } else {
                return err(QStringLiteral("'filter' must have D-Bus type a{sv}"));
            }
            auto filter = parseCaptureFilter(fmap);
            if (!filter)
                return filter.error();
            req.filter = std::move(*filter);
        } else if (key == QLatin1String(o::kQueueBatches)) {
            auto n = readUInt(key, it.value());
            if (!n)
                return n.error();
            if (*n < 1 || *n > api::kMaxQueueBatches)
                return err(QStringLiteral("'queueBatches' must be 1..%1").arg(api::kMaxQueueBatches));
            req.queueBatches = *n;
        } else if (key == QLatin1String(o::kPaused)) {
            auto b = readBool(key, it.value());
            if (!b)
                return b.error();
            req.paused = *b;
        } else {
            return err(QStringLiteral("unknown option '%1'").arg(key.left(64)));
        }
    }
    return req;
}

Result<bool> checkTargetPid(uint32_t pid)
{
    if (pid < 2 || pid > kPidMax)
        return err(QStringLiteral("pid %1 is outside 2..%2").arg(pid).arg(kPidMax));
    return true;
}

Result<bool> checkSignal(int32_t signal)
{
    switch (signal) {
    case SIGHUP: case SIGINT: case SIGQUIT: case SIGKILL: case SIGUSR1:
    case SIGUSR2: case SIGTERM: case SIGCONT: case SIGSTOP: case SIGTSTP:
        return true;
    default:
        return err(QStringLiteral("signal %1 is not one of HUP INT QUIT KILL USR1 USR2 TERM CONT "
                                  "STOP TSTP").arg(signal));
    }
}

Result<bool> checkNice(int32_t nice)
{
    if (nice < -20 || nice > 19)
        return err(QStringLiteral("nice %1 is outside -20..19").arg(nice));
    return true;
}

} // namespace proclens
