// SPDX-License-Identifier: MIT
//
// Snapshots of what a QTreeView / QTableView shows: the visible columns in
// their on-screen (visual) order and the rows in the view's order — the
// model as the view sees it, so its sort (a proxy) and filter are respected.
// Trees are walked depth first, collapsed subtrees included (an export of a
// tree should not depend on what happens to be expanded). GUI thread only.
#pragma once

#include "table_snapshot.h"

#include <QModelIndex>

#include <functional>
#include <memory>

class QAbstractItemView;
class QHeaderView;

namespace proclens::gui {

/// A column of an item-view export: which model column, its header name and
/// how a cell's text is made (default: the display text).
struct ItemViewColumn {
    int logical = 0;
    std::string name;
    bool numeric = false;
    std::function<std::string(const QModelIndex&)> text;  ///< empty: Qt::DisplayRole as text
};

/// The visible columns of `header` in visual order, named by the model's
/// horizontal header data.
std::vector<ItemViewColumn> visibleColumns(const QHeaderView* header);

/// Copies the rows of `view`'s model under the root index for `columns`.
std::unique_ptr<TableSnapshot> snapshotItemView(const QAbstractItemView* view, const QString& title,
                                                const std::vector<ItemViewColumn>& columns);

/// Convenience: a QTreeView/QTableView with its visible columns, display text.
std::unique_ptr<TableSnapshot> snapshotItemView(const QAbstractItemView* view, const QString& title);

}  // namespace proclens::gui
