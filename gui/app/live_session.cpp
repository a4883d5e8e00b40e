// SPDX-License-Identifier: MIT
#include "live_session.h"

namespace proclens::gui {

LiveSession::LiveSession(QObject* parent) : QObject(parent)
{
    client_.setBatchHandler([this](wire::DecodedBatch&& batch) { inbox_.push(std::move(batch)); });
    connect(&inbox_, &BatchInbox::eventsReady, this, &LiveSession::onEvents);
    // Syscall records carry no comm: the process table knows it.
    events_.setCommResolver([this](std::uint32_t pid) {
        const ProcessNode* n = table_.find(pid);
        return n ? n->comm : std::string();
    });
    // ... and the rest the activity view filter asks of syscall rows (ns.*, container, user, exe).
    events_.setProcessResolver([this](std::uint32_t pid, ProcessFacts& out) {
        const ProcessNode* n = table_.find(pid);
        if (!n)
            return false;
        out.ppid = n->ppid;
        out.uid = n->uid;
        out.cgroupId = n->cgroupId;
        out.ns = n->ns;
        out.exe = n->exe;
        out.container = n->containerId;
        return true;
    });
    connect(&sampler_, &ProcSampler::sampled, this, [this](const std::vector<ProcSample>& s) {
        if (phase_ == Phase::Live)
            table_.applySamples(s);
    });
    sweepTimer_.setInterval(250);
    // A budgeted sweep keeps each tick short; what it left over runs again soon, after a paint.
    connect(&sweepTimer_, &QTimer::timeout, this, [this] {
        if (table_.sweep(ProcessTable::kTickSweepBudget))
            QTimer::singleShot(20, this, [this] { table_.sweep(ProcessTable::kTickSweepBudget); });
    });
    rateTimer_.setInterval(1000);
    connect(&rateTimer_, &QTimer::timeout, this, [this] {
        eventsPerSecond_ = double(eventsThisSecond_);
        eventsThisSecond_ = 0;
        Q_EMIT applied();
    });
    connect(&client_, &HelperClient::helperStopped, this, [this](const QString& reason) {
        sampler_.stop();
        setPhase(Phase::Lost, reason);
    });
    connect(&client_, &HelperClient::statusChanged, this, [this](HelperClient::Status s, const QString& text) {
        if (s == HelperClient::Status::Failed)
            setPhase(Phase::Lost, text);
    });
}

LiveSession::~LiveSession()
{
    client_.disconnectFromHelper();
}

std::uint64_t LiveSession::drops() const
{
    return client_.droppedBatches() + client_.kernelDrops();
}

void LiveSession::setPhase(Phase phase, const QString& text)
{
    phase_ = phase;
    phaseText_ = text;
    Q_EMIT phaseChanged(phase, text);
}

void LiveSession::start()
{
    client_.disconnectFromHelper();
    setPhase(Phase::Connecting, tr("Connecting to the ProcLens helper. You may be asked to authenticate."));
    QDBusError e = client_.connectToHelper(options_);
    if (e.isValid()) {
        const bool refused = e.type() == QDBusError::AccessDenied
            || e.name().contains(QLatin1String("NotAuthorized")) || e.name().contains(QLatin1String("AccessDenied"))
            || e.message().contains(QLatin1String("not authorized"), Qt::CaseInsensitive)
            || e.message().contains(QLatin1String("dismissed"), Qt::CaseInsensitive);
        setPhase(refused ? Phase::Refused : Phase::NoHelper, e.message());
        return;
    }
    setPhase(Phase::Loading, tr("Reading the process list…"));
    std::vector<wire::ProcessRecord> rows;
    e = client_.snapshot(&rows);
    if (e.isValid()) {
        setPhase(e.type() == QDBusError::AccessDenied ? Phase::Refused : Phase::NoHelper, e.message());
        return;
    }
    // Subscribe before loading so no fork between the two is lost; the queued events
    // apply after the snapshot (exec/exit of known pids update, forks insert).
    e = client_.subscribe({{QStringLiteral("level"), activityLog_ ? QStringLiteral("both") : QStringLiteral("summary")}});
    if (e.isValid()) {
        setPhase(e.type() == QDBusError::AccessDenied ? Phase::Refused : Phase::NoHelper, e.message());
        return;
    }
    table_.loadSnapshot(rows);
    sampler_.start();
    sweepTimer_.start();
    rateTimer_.start();
    setPhase(Phase::Live, tr("Live"));
}

void LiveSession::stop()
{
    sampler_.stop();
    sweepTimer_.stop();
    rateTimer_.stop();
    client_.disconnectFromHelper();
    setPhase(Phase::Idle, QString());
}

void LiveSession::onEvents(const std::vector<wire::Event>& events)
{
    if (phase_ != Phase::Live)
        return;
    for (const auto& e : events)
        if (const auto* lost = std::get_if<wire::LostEvent>(&e))
            lostRecords_ = lost->kernel_drops + lost->user_drops;
    eventsThisSecond_ += events.size();
    table_.apply(events);
    events_.append(events);
    std::vector<wire::SummaryRecord> summary;
    for (const auto& e : events)
        if (const auto* s = std::get_if<wire::SummaryRecord>(&e))
            summary.push_back(*s);
    if (!summary.empty()) {
        summary_.apply(summary);
        emit summaryApplied();
    }
}

}  // namespace proclens::gui
