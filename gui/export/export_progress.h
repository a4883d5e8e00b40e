// SPDX-License-Identifier: MIT
//
// ExportProgress: the GUI side of one ExportJob. Starts the job, shows a
// progress dialog with Cancel only if the export is still running after
// ~300 ms (short exports never flash a dialog), and reports the outcome:
// a message box for failures, `done` for everyone else (e.g. a status bar).
// Deletes itself (and the job) when the job has finished.
#pragma once

#include "export_job.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QTimer;
class QWidget;

namespace proclens::gui {

class ExportProgress : public QObject {
    Q_OBJECT
public:
    /// Delay before the progress dialog appears.
    static constexpr int kDialogDelayMs = 300;

    /// Takes the job (not yet started) and starts it.
    ExportProgress(ExportJob* job, QWidget* parent);
    ~ExportProgress() override;

    ExportJob* job() const { return job_; }
    /// The dialog once shown, else nullptr.
    QProgressDialog* dialog() const { return dialog_; }
    /// Do not show message boxes (tests): outcomes only through `done`.
    void setQuiet(bool quiet) { quiet_ = quiet; }

Q_SIGNALS:
    /// The export ended; message is one line for a status bar.
    void done(bool ok, const QString& message);

private:
    void showDialog();
    void onProgress(qulonglong done, qulonglong total);
    void onFinished();

    ExportJob* job_;
    QPointer<QWidget> parent_;
    QTimer* delay_;
    QProgressDialog* dialog_ = nullptr;
    bool quiet_ = false;
};

}  // namespace proclens::gui
