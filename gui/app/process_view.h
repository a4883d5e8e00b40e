// SPDX-License-Identifier: MIT
//
// The Processes tab: a QTreeView over ProcessTreeModel (sorted through a
// sort-only proxy), a toolbar (tree/flat, expand/collapse all, active filter
// with a clear button), a header menu to choose columns, type-ahead find
// (QTreeView's keyboard search on the name column).
#pragma once

#include "process_tree_model.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;
class QAction;

namespace proclens::gui {

class ProcessView : public QWidget {
    Q_OBJECT
public:
    ProcessView(ProcessTreeModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return view_; }
    ProcessTreeModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    /// pid of the current row, 0 when none.
    std::uint32_t currentPid() const;
    /// Makes pid current and visible (expands its ancestors).
    bool selectPid(std::uint32_t pid);
    void setFlat(bool flat);
    void setFilter(RowFilter filter, const QString& description);
    void saveState(const QString& group) const;
    void restoreState(const QString& group);

Q_SIGNALS:
    void currentPidChanged(std::uint32_t pid);
    void contextMenuRequested(std::uint32_t pid, const QPoint& globalPos);

private:
    void showHeaderMenu(const QPoint& pos);

    ProcessTreeModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* view_;
    QAction* flatAction_;
    QLabel* filterLabel_;
    QToolButton* clearFilter_;
    QAction* clearFilterAction_;
};

}  // namespace proclens::gui
