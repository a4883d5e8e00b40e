// SPDX-License-Identifier: MIT
#include "export_action.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace proclens::gui {

namespace {

constexpr char kLastDirKey[] = "export/lastDirectory";

QString tr(const char* text)
{
    return QCoreApplication::translate("proclens::gui::ExportAction", text);
}

}  // namespace

ExportProgress* startExport(QWidget* parent, std::unique_ptr<ExportSource> source, const QString& path)
{
    const output::Format format = exportFormatForPath(path).value_or(output::Format::Csv);
    auto* job = new ExportJob(std::move(source), path, format);
    return new ExportProgress(job, parent);
}

ExportProgress* exportWithFileDialog(QWidget* parent, std::unique_ptr<ExportSource> source)
{
    if (!source || source->header().empty()) {
        QMessageBox::information(parent, tr("Export"), tr("This view has nothing to export."));
        return nullptr;
    }
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonlFilter = tr("JSON Lines (*.jsonl *.ndjson)");
    QSettings settings;
    const QString dir = settings.value(QLatin1String(kLastDirKey), QDir::homePath()).toString();
    QString base = source->title().section(QLatin1Char(' '), 0, 0).toLower();
    if (base.isEmpty())
        base = QStringLiteral("export");
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export %1").arg(source->title()),
                                                dir + QLatin1Char('/') + base + QStringLiteral(".csv"),
                                                csvFilter + QStringLiteral(";;") + jsonlFilter, &selected);
    if (path.isEmpty())
        return nullptr;
    // The name's suffix wins; without one of ours, the chosen filter decides and adds it.
    if (!exportFormatForPath(path))
        path += selected == jsonlFilter ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    settings.setValue(QLatin1String(kLastDirKey), QFileInfo(path).absolutePath());
    return startExport(parent, std::move(source), path);
}

}  // namespace proclens::gui
