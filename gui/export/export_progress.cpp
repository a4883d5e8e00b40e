// SPDX-License-Identifier: MIT
#include "export_progress.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace proclens::gui {

ExportProgress::ExportProgress(ExportJob* job, QWidget* parent)
    : QObject(parent), job_(job), parent_(parent), delay_(new QTimer(this))
{
    job_->setParent(this);
    delay_->setSingleShot(true);
    connect(delay_, &QTimer::timeout, this, &ExportProgress::showDialog);
    connect(job_, &ExportJob::progress, this, &ExportProgress::onProgress);
    connect(job_, &ExportJob::finished, this, &ExportProgress::onFinished);
    delay_->start(kDialogDelayMs);
    job_->start();
}

ExportProgress::~ExportProgress()
{
    delete dialog_;
}

void ExportProgress::showDialog()
{
    if (dialog_)
        return;
    dialog_ = new QProgressDialog(tr("Exporting %1 to %2…").arg(job_->title(), job_->path()), tr("Cancel"), 0,
                                  1000, parent_);
    dialog_->setWindowTitle(tr("Export"));
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setMinimumDuration(0);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    connect(dialog_, &QProgressDialog::canceled, job_, [this] {
        dialog_->setLabelText(tr("Cancelling…"));
        job_->cancel();
    });
    dialog_->show();
}

void ExportProgress::onProgress(qulonglong done, qulonglong total)
{
    if (dialog_ && total)
        dialog_->setValue(int(done * 1000 / total));
}

void ExportProgress::onFinished()
{
    delay_->stop();
    if (dialog_)
        dialog_->hide();
    const ExportOutcome& o = job_->outcome();
    QString line;
    switch (o.status) {
    case ExportOutcome::Status::Written:
        line = tr("Exported %1 rows of %2 to %3 (%4)")
                   .arg(QLocale().toString(qulonglong(o.rows)), job_->title(), job_->path(),
                        QLocale().formattedDataSize(qint64(o.bytes)));
        break;
    case ExportOutcome::Status::Cancelled:
        line = o.message;
        break;
    case ExportOutcome::Status::Failed:
        line = o.message;
        if (!quiet_)
            QMessageBox::warning(parent_, tr("Export failed"),
                                 tr("%1\n\nNo file was written.").arg(o.message));
        break;
    }
    Q_EMIT done(o.ok(), line);
    deleteLater();
}

}  // namespace proclens::gui
