// SPDX-License-Identifier: MIT
#include "helper_service.h"

#include "helper1adaptor.h"
#include "helper_api.h"
#include "process_control.h"
#include "proclens/version.h"
#include "request_validation.h"
#include "snapshot_stream.h"

#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusServiceWatcher>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

namespace proclens {

namespace api = helper_api;

/// One subscriber: its stream, what it asked for, and who owns it.
struct HelperService::Session {
    uint64_t id = 0;
    QString path;
    QString owner;      // unique bus name, or "peer:<connection name>"
    uint ownerPid = 0;  // excluded from the capture (the client's own activity)
    CaptureLevel level = CaptureLevel::Summary;
    CaptureFilter filter;
    bool paused = false;
    std::shared_ptr<ClientStream> stream;
    std::unique_ptr<QSocketNotifier> readable;  // EOF: the client closed its end
    std::unique_ptr<QSocketNotifier> writable;  // the socket takes bytes again
};

namespace {

QString errorText(const Error& e) { return QString::fromStdString(e.message); }

void replyError(const QDBusConnection& c, const QDBusMessage& call, const char* name, const QString& text)
{
    c.send(call.createErrorReply(QString::fromLatin1(name), text));
}

/// Union of what the sessions ask for: a criterion stays only when every
/// session restricts it, so the kernel passes a superset of each session's wish.
CaptureFilter mergeFilters(const std::vector<const CaptureFilter*>& filters)
{
    CaptureFilter out;
    if (filters.empty())
        return out;
    auto mergeList = [&](auto member) {
        using Vec = std::remove_reference_t<decltype(out.*member)>;
        std::set<typename Vec::value_type> all;
        for (const auto* f : filters) {
            if ((f->*member).empty())
                return Vec{};
            all.insert((f->*member).begin(), (f->*member).end());
        }
        return Vec(all.begin(), all.end());
    };
    out.pids = mergeList(&CaptureFilter::pids);
    out.uids = mergeList(&CaptureFilter::uids);
    out.comms = mergeList(&CaptureFilter::comms);
    out.syscalls = mergeList(&CaptureFilter::syscalls);
    out.cgroupIds = mergeList(&CaptureFilter::cgroupIds);
    // Excluding is only safe for what every session excludes.
    std::set<uint32_t> common(filters[0]->excludePids.begin(), filters[0]->excludePids.end());
    for (const auto* f : filters) {
        std::set<uint32_t> mine(f->excludePids.begin(), f->excludePids.end());
        std::set<uint32_t> keep;
        std::set_intersection(common.begin(), common.end(), mine.begin(), mine.end(),
                              std::inserter(keep, keep.begin()));
        common = std::move(keep);
    }
    out.excludePids.assign(common.begin(), common.end());
    out.followChildren = std::any_of(filters.begin(), filters.end(),
                                     [](const CaptureFilter* f) { return f->followChildren; });
    const bool sameNs = std::all_of(filters.begin(), filters.end(), [&](const CaptureFilter* f) {
        return f->ns && f->ns == filters[0]->ns;
    });
    if (sameNs)
        out.ns = filters[0]->ns;
    return out;
}

bool includesSummary(CaptureLevel level) { return level != CaptureLevel::Events; }

uint64_t monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);  // the clock of bpf_ktime_get_ns, as event timestamps
    return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

CaptureLevel mergeLevels(const std::vector<CaptureLevel>& levels)
{
    bool summary = false, events = false;
    for (auto l : levels) {
        summary |= l != CaptureLevel::Events;
        events |= l != CaptureLevel::Summary;
    }
    if (summary && events)
        return CaptureLevel::SummaryAndEvents;
    return events ? CaptureLevel::Events : CaptureLevel::Summary;
}

} // namespace

HelperService::HelperService(ServiceMode mode, QDBusConnection bus, int idleExitMs, QObject* parent)
    : QObject(parent),
      serviceMode_(mode),
      bus_(bus),
      authorizer_(bus),
      hub_([this] {
          // Engine thread: coalesce into one queued call on our thread.
          if (!wakePosted_.exchange(true))
              QMetaObject::invokeMethod(this, [this] { serviceStreams(); }, Qt::QueuedConnection);
      })
{
    new Helper1Adaptor(this);
    snapshotPool_.setMaxThreadCount(2);

    statsTimer_.setInterval(1000);
    connect(&statsTimer_, &QTimer::timeout, this, &HelperService::emitStats);

    summaryTimer_.setInterval(kSummaryIntervalMs);
    connect(&summaryTimer_, &QTimer::timeout, this, &HelperService::streamSummaries);

    idleTimer_.setSingleShot(true);
    idleTimer_.setInterval(idleExitMs);
    connect(&idleTimer_, &QTimer::timeout, this, [this] {
        if (sessions_.empty() && inFlight_ == 0) {
            spdlog::info("idle for {} ms, exiting", idleTimer_.interval());
            emit idleExpired();
        }
    });

    if (mode == ServiceMode::Bus) {
        watcher_ = new QDBusServiceWatcher(this);
        watcher_->setConnection(bus_);
        watcher_->setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
        connect(watcher_, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString& name) {
            watcher_->removeWatchedService(name);
            removeSessionsOf(name, "its bus name vanished");
        });
    }
    updateIdleTimer();
}

HelperService::~HelperService() { shutdown(); }

bool HelperService::registerOn(QDBusConnection connection, QString* error)
{
    if (!connection.registerObject(QString::fromLatin1(api::kPath), this,
                                   QDBusConnection::ExportAdaptors)) {
        *error = QStringLiteral("cannot register %1: %2")
                     .arg(QLatin1String(api::kPath), connection.lastError().message());
        return false;
    }
    if (serviceMode_ == ServiceMode::Bus && !connection.registerService(QString::fromLatin1(api::kService))) {
        *error = QStringLiteral("cannot own %1: %2")
                     .arg(QLatin1String(api::kService), connection.lastError().message());
        return false;
    }
    return true;
}

QString HelperService::kernelRelease() const
{
    utsname u{};
    ::uname(&u);
    return QString::fromLatin1(u.release);
}

QString HelperService::version() const { return QStringLiteral(PROCLENS_VERSION); }

void HelperService::shutdown()
{
    statsTimer_.stop();
    idleTimer_.stop();
    while (!sessions_.empty())
        removeSession(sessions_.begin()->first, "the helper is stopping");
    hub_.stop();
    snapshotPool_.waitForDone();
}

// ---- authorization -------------------------------------------------------------

void HelperService::authorizeThen(const char* actionId, Action action)
{
    const QDBusMessage call = message();
    const QDBusConnection conn = connection();
    setDelayedReply(true);
    ++inFlight_;
    idleTimer_.stop();
    auto finish = [this, conn, call, action = std::move(action)](const AuthDecision& d) {
        --inFlight_;
        if (d.allowed)
            action(conn, call);
        else
            conn.send(call.createErrorReply(d.errorName, d.message));
        updateIdleTimer();
    };
    if (serviceMode_ == ServiceMode::Peer) {
        // The one peer started this helper itself: as root, or through pkexec, which
        // already authenticated it as an administrator.
        finish(AuthDecision{true, {}, {}, 0});
        return;
    }
    authorizer_.check(call, QString::fromLatin1(actionId), finish);
}

QString HelperService::ownerOf(const QDBusConnection& connection, const QDBusMessage& call) const
{
    if (serviceMode_ == ServiceMode::Peer)
        return QStringLiteral("peer:") + connection.name();
    return call.service();
}

HelperService::Session* HelperService::findSession(const QDBusConnection& c, const QDBusMessage& call,
                                                   const QDBusObjectPath& path)
{
    const QString owner = ownerOf(c, call);
    for (auto& [id, s] : sessions_)
        if (s->path == path.path() && s->owner == owner)
            return s.get();
    replyError(c, call, api::error::kNoSuchSession,
               QStringLiteral("No session %1 belongs to this caller.").arg(path.path().left(128)));
    return nullptr;
}

// ---- D-Bus methods -------------------------------------------------------------

QDBusUnixFileDescriptor HelperService::Subscribe(const QVariantMap& options, QDBusObjectPath&)
{
    authorizeThen(api::kActionMonitor, [this, options](const QDBusConnection& c, const QDBusMessage& call) {
        doSubscribe(c, call, options);
    });
    return {};
}

void HelperService::doSubscribe(const QDBusConnection& c, const QDBusMessage& call, const QVariantMap& options)
{
    auto request = parseSubscribeOptions(options);
    if (!request)
        return replyError(c, call, api::error::kInvalidArgs, errorText(request.error()));
    const QString owner = ownerOf(c, call);
    const auto mine = std::count_if(sessions_.begin(), sessions_.end(),
                                    [&](const auto& kv) { return kv.second->owner == owner; });
    if (mine >= long(api::kMaxSessionsPerCaller) || sessions_.size() >= api::kMaxSessions)
        return replyError(c, call, api::error::kLimitExceeded,
                          QStringLiteral("Too many sessions (at most %1 per caller, %2 in all).")
                              .arg(api::kMaxSessionsPerCaller).arg(api::kMaxSessions));

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return replyError(c, call, api::error::kFailed, QStringLiteral("socketpair failed"));
    const int sndbuf = 4 << 20;
    ::setsockopt(fds[0], SOL_SOCKET, SO_SNDBUFFORCE, &sndbuf, sizeof sndbuf);

    auto s = std::make_unique<Session>();
    s->id = nextSessionId_++;
    s->path = QString::fromLatin1(api::kSessionPrefix) + QString::number(s->id);
    s->owner = owner;
    s->level = request->level;
    s->filter = request->filter;
    s->paused = request->paused;
    s->stream = std::make_shared<ClientStream>(fds[0], request->queueBatches);
    if (serviceMode_ == ServiceMode::Bus && bus_.interface()) {
        QDBusReply<uint> pid = bus_.interface()->servicePid(owner);
        if (pid.isValid() && pid.value() != uint(::getpid()))
            s->ownerPid = pid.value();
    } else if (serviceMode_ == ServiceMode::Peer) {
        // The one peer is the process that started us (directly, or through pkexec, which execs us).
        const pid_t parent = ::getppid();
        if (parent > 1)
            s->ownerPid = uint(parent);
    }
    const uint64_t id = s->id;
    s->readable = std::make_unique<QSocketNotifier>(fds[0], QSocketNotifier::Read);
    connect(s->readable.get(), &QSocketNotifier::activated, this, [this, id, fd = fds[0]] {
        char buf[256];
        const ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            removeSession(id, "it closed its stream");
    });
    s->writable = std::make_unique<QSocketNotifier>(fds[0], QSocketNotifier::Write);
    s->writable->setEnabled(false);
    connect(s->writable.get(), &QSocketNotifier::activated, this, [this] { serviceStreams(); });

    const QString path = s->path;
    const bool paused = s->paused;
    auto stream = s->stream;
    sessions_[id] = std::move(s);
    if (watcher_ && !watcher_->watchedServices().contains(owner))
        watcher_->addWatchedService(owner);

    try {
        reconfigureCapture();
    } catch (const EngineError& e) {
        sessions_.erase(id);
        ::close(fds[1]);
        spdlog::error("capture failed: {}", e.what());
        updateIdleTimer();
        return replyError(c, call, api::error::kCaptureFailed, QString::fromUtf8(e.what()));
    }
    hub_.addStream(id, stream, paused);

    QDBusMessage reply = call.createReply();
    reply << QVariant::fromValue(QDBusUnixFileDescriptor(fds[1])) << QVariant::fromValue(QDBusObjectPath(path));
    ::close(fds[1]);  // QDBusUnixFileDescriptor holds its own duplicate
    c.send(reply);
    spdlog::info("session {} for {} (pid {}), {} sessions", path.toStdString(), owner.toStdString(),
                 sessions_[id]->ownerPid, sessions_.size());
    updateIdleTimer();
}

void HelperService::SetCaptureFilter(const QDBusObjectPath& session, const QVariantMap& filter)
{
    authorizeThen(api::kActionMonitor, [this, session, filter](const QDBusConnection& c, const QDBusMessage& call) {
        Session* s = findSession(c, call, session);
        if (!s)
            return;
        auto parsed = parseCaptureFilter(filter);
        if (!parsed)
            return replyError(c, call, api::error::kInvalidArgs, errorText(parsed.error()));
        const CaptureFilter previous = s->filter;
        s->filter = std::move(*parsed);
        try {
            reconfigureCapture();
        } catch (const EngineError& e) {
            s->filter = previous;
            return replyError(c, call, api::error::kInvalidArgs, QString::fromUtf8(e.what()));
        }
        c.send(call.createReply());
    });
}

void HelperService::SetLevel(const QDBusObjectPath& session, const QString& level)
{
    authorizeThen(api::kActionMonitor, [this, session, level](const QDBusConnection& c, const QDBusMessage& call) {
        Session* s = findSession(c, call, session);
        if (!s)
            return;
        auto parsed = parseCaptureLevel(level);
        if (!parsed)
            return replyError(c, call, api::error::kInvalidArgs, errorText(parsed.error()));
        const CaptureLevel previous = s->level;
        s->level = *parsed;
        try {
            reconfigureCapture();
        } catch (const EngineError& e) {
            s->level = previous;
            return replyError(c, call, api::error::kCaptureFailed, QString::fromUtf8(e.what()));
        }
        c.send(call.createReply());
    });
}

void HelperService::Pause(const QDBusObjectPath& session)
{
    authorizeThen(api::kActionMonitor, [this, session](const QDBusConnection& c, const QDBusMessage& call) {
        if (Session* s = findSession(c, call, session)) {
            s->paused = true;
            hub_.setPaused(s->id, true);
            c.send(call.createReply());
        }
    });
}

void HelperService::Resume(const QDBusObjectPath& session)
{
    authorizeThen(api::kActionMonitor, [this, session](const QDBusConnection& c, const QDBusMessage& call) {
        if (Session* s = findSession(c, call, session)) {
            s->paused = false;
            hub_.setPaused(s->id, false);
            c.send(call.createReply());
        }
    });
}

void HelperService::Unsubscribe(const QDBusObjectPath& session)
{
    authorizeThen(api::kActionMonitor, [this, session](const QDBusConnection& c, const QDBusMessage& call) {
        if (Session* s = findSession(c, call, session)) {
            removeSession(s->id, "it unsubscribed");
            c.send(call.createReply());
        }
    });
}

QDBusUnixFileDescriptor HelperService::Snapshot()
{
    authorizeThen(api::kActionMonitor, [this](const QDBusConnection& c, const QDBusMessage& call) {
        doSnapshot(c, call);
    });
    return {};
}

void HelperService::doSnapshot(const QDBusConnection& c, const QDBusMessage& call)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return replyError(c, call, api::error::kFailed, QStringLiteral("socketpair failed"));
    QDBusMessage reply = call.createReply();
    reply << QVariant::fromValue(QDBusUnixFileDescriptor(fds[1]));
    ::close(fds[1]);
    c.send(reply);
    snapshotPool_.start([fd = fds[0]] { writeSnapshot(fd); });
}

void HelperService::SignalProcess(uint pid, int signal)
{
    authorizeThen(api::kActionControl, [pid, signal](const QDBusConnection& c, const QDBusMessage& call) {
        if (auto ok = checkTargetPid(pid); !ok)
            return replyError(c, call, api::error::kInvalidArgs, errorText(ok.error()));
        if (auto ok = checkSignal(signal); !ok)
            return replyError(c, call, api::error::kInvalidArgs, errorText(ok.error()));
        if (pid == uint(::getpid()))
            return replyError(c, call, api::error::kInvalidArgs,
                              QStringLiteral("The helper does not signal itself."));
        const ControlResult r = signalProcess(pid, signal);
        spdlog::info("signal {} to pid {} for {}: {}", signal, pid, call.service().toStdString(),
                     r.ok ? "sent" : r.message.toStdString());
        if (!r.ok)
            return replyError(c, call, r.errorName.toLatin1().constData(), r.message);
        c.send(call.createReply());
    });
}

void HelperService::SetPriority(uint pid, int nice)
{
    authorizeThen(api::kActionControl, [pid, nice](const QDBusConnection& c, const QDBusMessage& call) {
        if (auto ok = checkTargetPid(pid); !ok)
            return replyError(c, call, api::error::kInvalidArgs, errorText(ok.error()));
        if (auto ok = checkNice(nice); !ok)
            return replyError(c, call, api::error::kInvalidArgs, errorText(ok.error()));
        const ControlResult r = setProcessNice(pid, nice);
        spdlog::info("nice {} for pid {} for {}: {}", nice, pid, call.service().toStdString(),
                     r.ok ? "set" : r.message.toStdString());
        if (!r.ok)
            return replyError(c, call, r.errorName.toLatin1().constData(), r.message);
        c.send(call.createReply());
    });
}

// ---- sessions and capture --------------------------------------------------------

void HelperService::removeSession(uint64_t id, const char* why)
{
    auto it = sessions_.find(id);
    if (it == sessions_.end())
        return;
    hub_.removeStream(id);  // the engine thread no longer touches the stream after this
    const QString owner = it->second->owner;
    spdlog::info("session {} of {} ended: {} (dropped {} batches)", it->second->path.toStdString(),
                 owner.toStdString(), why, it->second->stream->droppedBatches());
    // Notifiers may be the sender of the current signal: never delete them inline.
    it->second->readable->setEnabled(false);
    it->second->writable->setEnabled(false);
    it->second->readable.release()->deleteLater();
    it->second->writable.release()->deleteLater();
    sessions_.erase(it);
    if (watcher_ && std::none_of(sessions_.begin(), sessions_.end(),
                                 [&](const auto& kv) { return kv.second->owner == owner; }))
        watcher_->removeWatchedService(owner);
    try {
        reconfigureCapture();
    } catch (const EngineError& e) {
        spdlog::error("reconfiguring the capture failed: {}", e.what());
    }
    updateIdleTimer();
}

void HelperService::removeSessionsOf(const QString& owner, const char* why)
{
    std::vector<uint64_t> ids;
    for (const auto& [id, s] : sessions_)
        if (s->owner == owner)
            ids.push_back(id);
    for (uint64_t id : ids)
        removeSession(id, why);
}

void HelperService::reconfigureCapture()
{
    if (sessions_.empty()) {
        if (hub_.running()) {
            hub_.stop();
            statsTimer_.stop();
            spdlog::info("last client left, capture stopped");
        }
        summaryTimer_.stop();
        return;
    }
    std::vector<const CaptureFilter*> filters;
    std::vector<CaptureLevel> levels;
    std::set<uint32_t> clientPids;
    for (const auto& [id, s] : sessions_) {
        filters.push_back(&s->filter);
        levels.push_back(s->level);
        if (s->ownerPid)
            clientPids.insert(s->ownerPid);
    }
    CaptureFilter merged = mergeFilters(filters);
    // The clients' own activity (reading the stream) would otherwise feed itself.
    merged.excludePids.insert(merged.excludePids.end(), clientPids.begin(), clientPids.end());
    const bool starting = !hub_.running();
    hub_.configure(mergeLevels(levels), merged);
    if (starting) {
        const EngineInfo info = hub_.info();
        engineMode_ = QString::fromStdString(info.mode);
        spdlog::info("capture started: {} on {}, ring buffer {} bytes", info.mode, info.kernelRelease,
                     info.ringBufferBytes);
        lastRecords_ = 0;
        statsClock_.start();
        statsTimer_.start();
    }
    const bool wantSummary = std::any_of(sessions_.begin(), sessions_.end(),
                                         [](const auto& kv) { return includesSummary(kv.second->level); });
    if (wantSummary && !summaryTimer_.isActive())
        summaryTimer_.start();
    else if (!wantSummary)
        summaryTimer_.stop();
}

void HelperService::streamSummaries()
{
    if (!hub_.running())
        return;
    const std::vector<SummaryRow> rows = hub_.readSummary();
    summarySelector_.beginTick(rows);
    const bool kernelApplied = sessions_.size() == 1;
    const uint64_t now = monotonicNs();
    for (auto& [id, s] : sessions_) {
        if (!includesSummary(s->level) || s->paused)
            continue;
        const uint64_t sequence = hub_.batchesFramed();
        wire::BatchWriter writer(sequence);
        auto send = [&] {
            hub_.sendTo(id, writer.finish());
            writer = wire::BatchWriter(sequence);
        };
        for (const SummaryRow& row : rows) {
            if (!summarySelector_.matches(s->filter, row, kernelApplied))
                continue;
            writer.append_summary(wire::SummaryRecord{now, row.pid, row.nr, row.count, row.errors,
                                                      row.totalNs, row.maxNs});
            if (writer.payload_bytes() >= CaptureHub::kBatchPayload)
                send();
        }
        // An empty batch still tells the client a tick happened (nothing counted yet).
        send();
    }
}

void HelperService::serviceStreams()
{
    wakePosted_.store(false);
    std::vector<uint64_t> gone;
    for (auto& [id, s] : sessions_) {
        const auto r = s->stream->flush();
        if (r == ClientStream::Push::Closed)
            gone.push_back(id);
        else
            s->writable->setEnabled(r == ClientStream::Push::Queued);
    }
    for (uint64_t id : gone)
        removeSession(id, "its stream broke");
}

void HelperService::emitStats()
{
    if (!hub_.running())
        return;
    const EngineStats st = hub_.stats();
    hub_.setKernelDrops(st.kernelDrops);
    const double seconds = std::max(0.001, statsClock_.restart() / 1000.0);
    const double eps = double(st.records - std::min(st.records, lastRecords_)) / seconds;
    lastRecords_ = st.records;
    QVariantMap drops;
    for (const auto& [id, s] : sessions_)
        drops.insert(s->path, QVariant::fromValue(qulonglong(s->stream->droppedBatches())));
    QVariantMap stats{
        {QString::fromLatin1(api::stats::kEventsPerSecond), eps},
        {QString::fromLatin1(api::stats::kRecords), QVariant::fromValue(qulonglong(st.records))},
        {QString::fromLatin1(api::stats::kKernelDrops), QVariant::fromValue(qulonglong(st.kernelDrops))},
        {QString::fromLatin1(api::stats::kSessions), QVariant::fromValue(uint(sessions_.size()))},
        {QString::fromLatin1(api::stats::kClientDrops), drops},
    };
    emit Stats(stats);
}

void HelperService::updateIdleTimer()
{
    if (sessions_.empty() && inFlight_ == 0 && idleTimer_.interval() > 0)
        idleTimer_.start();
    else
        idleTimer_.stop();
}

} // namespace proclens
