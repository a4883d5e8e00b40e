// SPDX-License-Identifier: MIT
#include "export_job.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>

namespace proclens::gui {

ExportJob::ExportJob(std::unique_ptr<ExportSource> source, QString path, output::Format format, QObject* parent)
    : QObject(parent), source_(std::move(source)), path_(std::move(path)), format_(format)
{
    title_ = source_ ? source_->title() : QString();
    rows_ = source_ ? source_->rowCount() : 0;
}

ExportJob::~ExportJob()
{
    cancel();
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void ExportJob::start()
{
    if (thread_)
        return;
    thread_ = QThread::create([this] {
        ExportOutcome o;
        if (!source_) {
            o.message = tr("Nothing to export.");
        } else {
            ExportControl control;
            control.cancel = &cancel_;
            // About 200 progress steps, at most one signal per 4096 rows.
            control.progressEvery = std::clamp<std::size_t>(rows_ / 200, 1, 4096);
            control.progress = [this](std::size_t done, std::size_t total) {
                Q_EMIT progress(qulonglong(done), qulonglong(total));  // queued: the job lives on the GUI thread
            };
            o = exportToFile(*source_, path_, format_, control);
        }
        // Hand the outcome to the job's own thread, then announce it there.
        QMetaObject::invokeMethod(this, [this, o] {
            outcome_ = o;
            Q_EMIT finished();
        }, Qt::QueuedConnection);
    });
    thread_->setObjectName(QStringLiteral("proclens-export"));
    thread_->start(QThread::LowPriority);
}

void ExportJob::cancel()
{
    cancel_.store(true, std::memory_order_relaxed);
}

bool ExportJob::isRunning() const
{
    return thread_ && thread_->isRunning();
}

bool ExportJob::wait(int timeoutMs)
{
    if (!thread_)
        return true;
    return timeoutMs < 0 ? thread_->wait() : thread_->wait(QDeadlineTimer(timeoutMs));
}

}  // namespace proclens::gui
