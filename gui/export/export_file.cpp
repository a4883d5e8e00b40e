// SPDX-License-Identifier: MIT
#include "export_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <string>
#include <vector>

namespace proclens::gui {

namespace {

// Drain the writer's buffer in chunks this large: few syscalls, bounded memory.
constexpr std::size_t kFlushBytes = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("proclens::gui::ExportFile", text);
}

ExportOutcome failed(const QString& message, std::size_t rows = 0)
{
    ExportOutcome o;
    o.status = ExportOutcome::Status::Failed;
    o.rows = rows;
    o.message = message;
    return o;
}

}  // namespace

std::optional<output::Format> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return output::Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
        return output::Format::Jsonl;
    return std::nullopt;
}

ExportOutcome exportToFile(const ExportSource& source, const QString& path, output::Format format,
                           const ExportControl& control)
{
    if (format == output::Format::Text)
        return failed(tr("Export writes CSV or JSON Lines, not plain text."));
    if (path.isEmpty())
        return failed(tr("No file name given."));

    const std::vector<std::string> header = source.header();
    if (header.empty())
        return failed(tr("Nothing to export: the view shows no columns."));
    std::vector<output::Column> columns(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        columns[i].key = header[i];  // views into `header`, which outlives the writer
        columns[i].title = header[i];
        columns[i].numeric = source.isNumeric(i);
    }

    // QSaveFile: a temporary file next to the target, renamed over it by commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("Could not create %1: %2").arg(path, file.errorString()));

    std::unique_ptr<output::TableWriter> writer = output::make_writer(format);
    writer->begin(columns);

    auto drain = [&]() -> bool {
        std::string& buf = writer->buffer();
        if (buf.empty())
            return true;
        const qint64 n = file.write(buf.data(), qint64(buf.size()));
        buf.clear();
        return n >= 0;
    };
    auto writeError = [&](std::size_t rows) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(tr("Could not write %1: %2").arg(path, why), rows);
    };

    const std::size_t total = source.rowCount();
    const std::size_t every = control.progressEvery ? control.progressEvery : 4096;
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < total; ++i) {
        if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
            file.cancelWriting();
            ExportOutcome o;
            o.status = ExportOutcome::Status::Cancelled;
            o.rows = i;
            o.message = tr("Export cancelled after %1 of %2 rows; %3 was not written.").arg(i).arg(total).arg(path);
            return o;
        }
        cells.resize(header.size());
        source.row(i, cells);
        if (cells.size() != header.size())
            return failed(tr("Export of %1 stopped: row %2 has %3 cells for %4 columns.")
                              .arg(source.title()).arg(i).arg(cells.size()).arg(header.size()),
                          i);
        writer->row(std::span<const std::string>(cells));
        if (writer->buffer().size() >= kFlushBytes && !drain())
            return writeError(i);
        if (control.progress && (i + 1) % every == 0)
            control.progress(i + 1, total);
    }
    if (!drain())
        return writeError(total);
    // commit() flushes, syncs and renames; disk-full often only shows here.
    if (!file.commit())
        return failed(tr("Could not write %1: %2").arg(path, file.errorString()), total);
    if (control.progress)
        control.progress(total, total);

    ExportOutcome o;
    o.status = ExportOutcome::Status::Written;
    o.rows = total;
    o.bytes = std::uint64_t(QFileInfo(path).size());
    return o;
}

}  // namespace proclens::gui
