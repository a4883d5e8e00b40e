// SPDX-License-Identifier: MIT
#include "item_view_export.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace proclens::gui {

namespace {

const QHeaderView* horizontalHeaderOf(const QAbstractItemView* view)
{
    if (auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->header();
    if (auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    return nullptr;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

}  // namespace

std::vector<ItemViewColumn> visibleColumns(const QHeaderView* header)
{
    std::vector<ItemViewColumn> out;
    if (!header || !header->model())
        return out;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        ItemViewColumn c;
        c.logical = logical;
        c.name = utf8(header->model()->headerData(logical, Qt::Horizontal).toString());
        out.push_back(std::move(c));
    }
    return out;
}

std::unique_ptr<TableSnapshot> snapshotItemView(const QAbstractItemView* view, const QString& title,
                                                const std::vector<ItemViewColumn>& columns)
{
    std::vector<std::string> header;
    std::vector<bool> numeric;
    for (const ItemViewColumn& c : columns) {
        header.push_back(c.name);
        numeric.push_back(c.numeric);
    }
    auto snap = std::make_unique<TableSnapshot>(title, std::move(header), std::move(numeric));
    const QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model || columns.empty())
        return snap;

    // Depth-first, parents before children, with an explicit stack (deep trees).
    std::vector<QModelIndex> stack;
    const QModelIndex root = view->rootIndex();
    for (int r = model->rowCount(root) - 1; r >= 0; --r)
        stack.push_back(model->index(r, 0, root));
    std::vector<std::string> cells;
    while (!stack.empty()) {
        const QModelIndex idx = stack.back();
        stack.pop_back();
        cells.clear();
        for (const ItemViewColumn& c : columns) {
            const QModelIndex cell = idx.siblingAtColumn(c.logical);
            cells.push_back(c.text ? c.text(cell) : utf8(cell.data(Qt::DisplayRole).toString()));
        }
        snap->addRow(std::move(cells));
        cells = {};
        for (int r = model->rowCount(idx) - 1; r >= 0; --r)
            stack.push_back(model->index(r, 0, idx));
    }
    return snap;
}

std::unique_ptr<TableSnapshot> snapshotItemView(const QAbstractItemView* view, const QString& title)
{
    return snapshotItemView(view, title, visibleColumns(horizontalHeaderOf(view)));
}

}  // namespace proclens::gui
