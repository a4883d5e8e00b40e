// SPDX-License-Identifier: MIT
//
// Samples CPU time, RSS, threads, state, nice and ppid of every process from
// /proc on a worker thread at a user-set interval (default 1 s) and delivers
// the pass to the GUI thread. The GUI runs as the desktop user, who can read
// these files for every process.
#pragma once

#include "process_table.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <optional>
#include <vector>

namespace proclens::gui {

/// Reads one /proc/PID/stat (+ statm) into a sample; nullopt when gone or malformed.
std::optional<ProcSample> readProcSample(const QString& procRoot, std::uint32_t pid);
/// Samples every numeric directory under procRoot.
std::vector<ProcSample> sampleAll(const QString& procRoot);

class ProcSampler : public QObject {
    Q_OBJECT
public:
    explicit ProcSampler(QString procRoot = QStringLiteral("/proc"), QObject* parent = nullptr);
    ~ProcSampler() override;

    void setInterval(int ms);
    int interval() const { return interval_; }
    void start();
    void stop();

Q_SIGNALS:
    /// On the GUI thread, once per pass.
    void sampled(const std::vector<proclens::gui::ProcSample>& samples);
    /// Internal: asks the worker for a pass.
    void requestPass();

private:
    QString procRoot_;
    int interval_ = 1000;
    QTimer timer_;
    QThread thread_;
    QObject* worker_ = nullptr;
    bool busy_ = false;
};

}  // namespace proclens::gui
