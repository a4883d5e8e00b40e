// SPDX-License-Identifier: MIT
#pragma once

#include "export_source.h"

#include <QString>

#include <memory>

class QTreeView;

namespace proclens::gui {

/// The Summary tree as File → Export… writes it: every process row followed by
/// its syscall rows (collapsed ones too), in the view's sort order, and the
/// visible columns in their on-screen order. Counters and latencies are raw
/// numbers (latencies in nanoseconds, named "… (ns)") and marked numeric, so
/// JSON Lines writes them unquoted. GUI thread; the result is an immutable snapshot.
std::unique_ptr<ExportSource> makeSummaryExportSource(const QTreeView* view, const QString& title);

}  // namespace proclens::gui
