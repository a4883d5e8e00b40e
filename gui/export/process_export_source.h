// SPDX-License-Identifier: MIT
//
// The Processes view as an ExportSource: the rows in the view's current
// presentation (tree depth first, or the flat/filtered list) and sort, the
// visible columns in their on-screen order. Cells are the displayed text,
// except where the display loses data: memory is exported in bytes and the
// start time as a full ISO 8601 timestamp. Made on the GUI thread.
#pragma once

#include "table_snapshot.h"

#include <memory>

class QTreeView;

namespace proclens::gui {

/// `view` shows a ProcessTreeModel, directly or through a sort-only proxy.
std::unique_ptr<TableSnapshot> makeProcessExportSource(const QTreeView* view);

}  // namespace proclens::gui
