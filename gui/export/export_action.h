// SPDX-License-Identifier: MIT
//
// File → Export…: asks for a file (CSV or JSON Lines, chosen by the file
// dialog's filter or the name's suffix), then runs the export in the
// background with ExportProgress. The last directory is remembered.
#pragma once

#include "export_progress.h"

#include <memory>

class QWidget;

namespace proclens::gui {

/// Asks for a file and starts the export; nullptr when the user cancelled or
/// there is nothing to export (then a message box says so).
ExportProgress* exportWithFileDialog(QWidget* parent, std::unique_ptr<ExportSource> source);

/// Starts exporting to `path` without asking (format from the suffix, CSV when
/// it has none of ours).
ExportProgress* startExport(QWidget* parent, std::unique_ptr<ExportSource> source, const QString& path);

}  // namespace proclens::gui
