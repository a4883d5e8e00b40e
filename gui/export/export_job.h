// SPDX-License-Identifier: MIT
//
// ExportJob: one export running on its own worker thread, so the GUI never
// blocks. Owns the ExportSource snapshot; reports progress and the outcome
// as queued signals on the thread the job lives in (the GUI thread).
#pragma once

#include "export_file.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace proclens::gui {

class ExportJob : public QObject {
    Q_OBJECT
public:
    /// Takes the snapshot; nothing runs until start().
    ExportJob(std::unique_ptr<ExportSource> source, QString path, output::Format format,
              QObject* parent = nullptr);
    /// Cancels a running export and waits for its thread (the partial file is removed).
    ~ExportJob() override;

    /// Starts the worker thread. Once only.
    void start();
    /// Asks the worker to stop; `finished` follows with a Cancelled outcome
    /// (or Written if it had already finished). Safe from any thread.
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker has ended (tests, shutdown); true when it has.
    bool wait(int timeoutMs = -1);

    QString path() const { return path_; }
    QString title() const { return title_; }
    std::size_t rowCount() const { return rows_; }
    /// Valid after `finished`.
    const ExportOutcome& outcome() const { return outcome_; }

Q_SIGNALS:
    /// Rows written so far of total; at most every few thousand rows.
    void progress(qulonglong done, qulonglong total);
    /// The export ended (written, cancelled or failed); see outcome().
    void finished();

private:
    std::unique_ptr<ExportSource> source_;
    QString path_;
    QString title_;
    std::size_t rows_;
    output::Format format_;
    std::atomic<bool> cancel_{false};
    QThread* thread_ = nullptr;
    ExportOutcome outcome_;
};

}  // namespace proclens::gui
