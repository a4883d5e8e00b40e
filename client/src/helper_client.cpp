// SPDX-License-Identifier: MIT
#include "proclens/helper_client.h"

#include "helper1interface.h"
#include "helper_api.h"
#include "stream_reader.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

#ifndef PROCLENS_HELPER_INSTALLED_PATH
#error "PROCLENS_HELPER_INSTALLED_PATH must name the installed proclens-helper"
#endif

namespace proclens {

namespace api = helper_api;

namespace {

// polkit may show a password dialog before the helper answers.
constexpr int kCallTimeoutMs = 5 * 60 * 1000;
constexpr int kPeerStartTimeoutMs = 60 * 1000;
std::atomic<int> peerCounter{0};

QDBusError error(const char* name, const QString& text)
{
    return QDBusError(QDBusMessage::createError(QString::fromLatin1(name), text));
}

} // namespace

HelperClient::HelperClient(QObject* parent)
    : QObject(parent), bus_(QDBusConnection::systemBus())
{
}

HelperClient::~HelperClient() { disconnectFromHelper(); }

void HelperClient::setBus(const QDBusConnection& bus) { bus_ = bus; }

void HelperClient::setBatchHandler(std::function<void(wire::DecodedBatch&&)> handler)
{
    handler_ = std::move(handler);
}

QDBusError HelperClient::notConnected() const
{
    return error(api::error::kFailed, QStringLiteral("Not connected to the ProcLens helper."));
}

QDBusError HelperClient::connectToHelper(const Options& options)
{
    disconnectFromHelper();
    bool useBus = options.transport == Transport::SystemBus;
    if (options.transport == Transport::Auto && bus_.isConnected() && bus_.interface()) {
        const QString name = QString::fromLatin1(api::kService);
        const bool owned = bus_.interface()->isServiceRegistered(name).value();
        const bool activatable =
            bus_.interface()->activatableServiceNames().value().contains(name);
        useBus = owned || activatable;
    }
    if (useBus) {
        if (!bus_.isConnected())
            return error(api::error::kFailed, QStringLiteral("There is no system bus to reach the helper on."));
        proxy_ = std::make_unique<OrgProclensHelper1Interface>(
            QString::fromLatin1(api::kService), QString::fromLatin1(api::kPath), bus_);
        auto* watcher = new QDBusServiceWatcher(QString::fromLatin1(api::kService), bus_,
                                                QDBusServiceWatcher::WatchForUnregistration, this);
        connect(watcher, &QDBusServiceWatcher::serviceUnregistered, this,
                [this] { onHelperGone(QStringLiteral("The ProcLens helper stopped.")); });
        watcher_ = watcher;
    } else {
        // Peer mode: start our own helper and talk to it over a private socket.
        QString helper = options.helperPath;
        if (helper.isEmpty())
            helper = QStringLiteral(PROCLENS_HELPER_INSTALLED_PATH);
        if (!QFileInfo(helper).isExecutable())
            return error(api::error::kFailed,
                         QStringLiteral("The ProcLens helper is not installed at %1.").arg(helper));
        peerProcess_ = new QProcess(this);
        peerProcess_->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("--peer")};
        if (::geteuid() == 0 && !options.forcePkexec) {
            peerProcess_->start(helper, args);
        } else {
            const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
            if (pkexec.isEmpty())
                return error(api::error::kFailed,
                             QStringLiteral("Starting the helper needs root or pkexec, and pkexec is not installed."));
            peerProcess_->start(pkexec, QStringList{helper} + args);
        }
        QString address;
        if (peerProcess_->waitForStarted(kPeerStartTimeoutMs)) {
            while (address.isEmpty() && peerProcess_->state() == QProcess::Running) {
                if (peerProcess_->canReadLine() || peerProcess_->waitForReadyRead(kPeerStartTimeoutMs))
                    address = QString::fromUtf8(peerProcess_->readLine()).trimmed();
                else
                    break;
            }
        }
        if (!address.startsWith(QLatin1String("unix:"))) {
            peerProcess_->kill();
            peerProcess_->waitForFinished(3000);
            delete peerProcess_;
            peerProcess_ = nullptr;
            return error(api::error::kFailed,
                         QStringLiteral("The ProcLens helper did not start (not authorized, or no BPF)."));
        }
        connectionName_ = QStringLiteral("proclens-peer-%1").arg(peerCounter.fetch_add(1));
        QDBusConnection peer = QDBusConnection::connectToPeer(address, connectionName_);
        if (!peer.isConnected()) {
            const QString why = peer.lastError().message();
            disconnectFromHelper();
            return error(api::error::kFailed, QStringLiteral("Cannot connect to the helper: %1").arg(why));
        }
        proxy_ = std::make_unique<OrgProclensHelper1Interface>(QString(), QString::fromLatin1(api::kPath), peer);
        connect(peerProcess_, &QProcess::finished, this,
                [this] { onHelperGone(QStringLiteral("The ProcLens helper stopped.")); });
    }
    proxy_->setTimeout(kCallTimeoutMs);
    connect(proxy_.get(), &OrgProclensHelper1Interface::Stats, this, [this](const QVariantMap& s) {
        lastStats_ = s;
        emit statsReceived(s);
    });
    setStatus(Status::Connected, QStringLiteral("Connected to the ProcLens helper."));
    return {};
}

void HelperClient::disconnectFromHelper()
{
    reader_.reset();
    if (proxy_ && !session_.isEmpty() && status_ == Status::Subscribed)
        proxy_->Unsubscribe(QDBusObjectPath(session_)).waitForFinished();
    session_.clear();
    proxy_.reset();
    delete watcher_;
    watcher_ = nullptr;
    if (!connectionName_.isEmpty()) {
        QDBusConnection::disconnectFromPeer(connectionName_);
        connectionName_.clear();
    }
    if (peerProcess_) {
        peerProcess_->disconnect(this);
        // The peer helper exits once our connection is gone.
        if (!peerProcess_->waitForFinished(5000))
            peerProcess_->terminate();
        peerProcess_->waitForFinished(3000);
        delete peerProcess_;
        peerProcess_ = nullptr;
    }
    if (status_ != Status::HelperStopped)
        setStatus(Status::Disconnected, QStringLiteral("Not connected."));
}

QDBusError HelperClient::subscribe(const QVariantMap& options)
{
    if (!proxy_)
        return notConnected();
    if (!session_.isEmpty())
        return error(api::error::kLimitExceeded, QStringLiteral("Already subscribed."));
    auto reply = proxy_->Subscribe(options);
    reply.waitForFinished();
    if (reply.isError())
        return reply.error();
    const int fd = ::fcntl(reply.argumentAt<0>().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return error(api::error::kFailed, QStringLiteral("The helper sent no usable stream."));
    session_ = reply.argumentAt<1>().path();
    QPointer<HelperClient> self(this);
    reader_ = std::make_unique<StreamReader>(fd, handler_, [self](const std::string& e) {
        // Reader thread: hand the end of the stream to our thread.
        QMetaObject::invokeMethod(
            self.data(), [self, e] { if (self) self->onStreamEnded(QString::fromStdString(e)); },
            Qt::QueuedConnection);
    });
    setStatus(Status::Subscribed, QStringLiteral("Receiving events."));
    return {};
}

QDBusError HelperClient::setCaptureFilter(const QVariantMap& filter)
{
    if (!proxy_ || session_.isEmpty())
        return notConnected();
    auto reply = proxy_->SetCaptureFilter(QDBusObjectPath(session_), filter);
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::setLevel(const QString& level)
{
    if (!proxy_ || session_.isEmpty())
        return notConnected();
    auto reply = proxy_->SetLevel(QDBusObjectPath(session_), level);
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::pause()
{
    if (!proxy_ || session_.isEmpty())
        return notConnected();
    auto reply = proxy_->Pause(QDBusObjectPath(session_));
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::resume()
{
    if (!proxy_ || session_.isEmpty())
        return notConnected();
    auto reply = proxy_->Resume(QDBusObjectPath(session_));
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::unsubscribe()
{
    if (!proxy_ || session_.isEmpty())
        return notConnected();
    reader_.reset();
    auto reply = proxy_->Unsubscribe(QDBusObjectPath(session_));
    reply.waitForFinished();
    session_.clear();
    setStatus(Status::Connected, QStringLiteral("Connected to the ProcLens helper."));
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::snapshot(std::vector<wire::ProcessRecord>* rows)
{
    if (!proxy_)
        return notConnected();
    auto reply = proxy_->Snapshot();
    reply.waitForFinished();
    if (reply.isError())
        return reply.error();
    const int fd = ::fcntl(reply.value().fileDescriptor(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return error(api::error::kFailed, QStringLiteral("The helper sent no usable stream."));
    const std::string problem = readSnapshotStream(fd, rows);
    ::close(fd);
    if (!problem.empty())
        return error(api::error::kFailed, QString::fromStdString(problem));
    return {};
}

QDBusError HelperClient::signalProcess(uint pid, int signal)
{
    if (!proxy_)
        return notConnected();
    auto reply = proxy_->SignalProcess(pid, signal);
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QDBusError HelperClient::setPriority(uint pid, int nice)
{
    if (!proxy_)
        return notConnected();
    auto reply = proxy_->SetPriority(pid, nice);
    reply.waitForFinished();
    return reply.isError() ? reply.error() : QDBusError();
}

QString HelperClient::helperMode() const { return proxy_ ? proxy_->mode() : QString(); }
QString HelperClient::kernelRelease() const { return proxy_ ? proxy_->kernelRelease() : QString(); }
QString HelperClient::helperVersion() const { return proxy_ ? proxy_->version() : QString(); }

uint64_t HelperClient::batchesReceived() const { return reader_ ? reader_->batches() : 0; }
uint64_t HelperClient::recordsReceived() const { return reader_ ? reader_->records() : 0; }
uint64_t HelperClient::droppedBatches() const { return reader_ ? reader_->droppedBatches() : 0; }
uint64_t HelperClient::kernelDrops() const { return reader_ ? reader_->kernelDrops() : 0; }

void HelperClient::setStatus(Status status, const QString& text)
{
    if (status == status_ && text == statusText_)
        return;
    status_ = status;
    statusText_ = text;
    emit statusChanged(status, text);
}

void HelperClient::onStreamEnded(const QString& problem)
{
    if (status_ != Status::Subscribed)
        return;
    if (!problem.isEmpty()) {
        setStatus(Status::Failed, QStringLiteral("The event stream broke: %1").arg(problem));
        return;
    }
    // The helper closed our stream: it stopped, or dropped us.
    onHelperGone(QStringLiteral("The ProcLens helper stopped."));
}

void HelperClient::onHelperGone(const QString& reason)
{
    if (status_ == Status::HelperStopped || status_ == Status::Disconnected)
        return;
    session_.clear();
    setStatus(Status::HelperStopped, reason);
    emit helperStopped(reason);
}

} // namespace proclens
