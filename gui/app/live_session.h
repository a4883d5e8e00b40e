// SPDX-License-Identifier: MIT
//
// Owns the live data path of the window: the helper client, the batch inbox,
// the process table and the /proc sampler. Connects (the polkit prompt may
// appear), loads the snapshot, subscribes, and applies coalesced batches on
// the GUI thread. The models only see the table.
#pragma once

#include "batch_inbox.h"
#include "event_store.h"
#include "proc_sampler.h"
#include "process_table.h"
#include "summary_table.h"

#include "proclens/helper_client.h"

#include <QObject>
#include <QTimer>

namespace proclens::gui {

class LiveSession : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Connecting, Loading, Live, Refused, NoHelper, Lost };
    Q_ENUM(Phase)

    explicit LiveSession(QObject* parent = nullptr);
    ~LiveSession() override;

    void setClientOptions(const HelperClient::Options& options) { options_ = options; }
    /// Connects, loads the snapshot and subscribes. Blocks while polkit asks.
    void start();
    void stop();

    Phase phase() const { return phase_; }
    QString phaseText() const { return phaseText_; }
    ProcessTable* table() { return &table_; }
    HelperClient* client() { return &client_; }
    ProcSampler* sampler() { return &sampler_; }
    BatchInbox* inbox() { return &inbox_; }
    /// The activity log: syscall and process events as they arrive.
    EventStore* events() { return &events_; }
    /// Subscribe to every syscall event (level "both") for the activity log, or only
    /// the summary level; takes effect at the next start().
    void setActivityLog(bool on) { activityLog_ = on; }
    bool activityLog() const { return activityLog_; }
    /// The helper's summary level (per process, per syscall), fed by kEventSummary records.
    SummaryTable* summary() { return &summary_; }
    /// Process events applied per second over the last second.
    double eventsPerSecond() const { return eventsPerSecond_; }
    std::uint64_t drops() const;

Q_SIGNALS:
    void phaseChanged(proclens::gui::LiveSession::Phase phase, const QString& text);
    /// After each applied batch group (for status updates).
    void applied();
    /// After summary records were applied to summary() (about once a second).
    void summaryApplied();

private:
    void setPhase(Phase phase, const QString& text);
    void onEvents(const std::vector<wire::Event>& events);

    HelperClient client_;
    HelperClient::Options options_;
    BatchInbox inbox_;
    ProcessTable table_;
    EventStore events_;
    bool activityLog_ = true;
    SummaryTable summary_;
    ProcSampler sampler_;
    QTimer sweepTimer_;
    QTimer rateTimer_;
    Phase phase_ = Phase::Idle;
    QString phaseText_;
    std::uint64_t eventsThisSecond_ = 0;
    double eventsPerSecond_ = 0;
    std::uint64_t lostRecords_ = 0;
};

}  // namespace proclens::gui
