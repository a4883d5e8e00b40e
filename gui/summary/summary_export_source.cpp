// SPDX-License-Identifier: MIT
#include "summary_export_source.h"

#include "item_view_export.h"
#include "summary_model.h"

#include <QHeaderView>
#include <QTreeView>

namespace proclens::gui {

std::unique_ptr<ExportSource> makeSummaryExportSource(const QTreeView* view, const QString& title)
{
    std::vector<ItemViewColumn> columns = visibleColumns(view->header());
    for (ItemViewColumn& c : columns) {
        if (c.logical == SummaryModel::Name)
            continue;
        const bool latency = c.logical == SummaryModel::TotalLatency || c.logical == SummaryModel::AvgLatency ||
                             c.logical == SummaryModel::MaxLatency;
        if (latency)
            c.name += " (ns)";
        c.numeric = true;
        // Raw numbers, not "12.3 µs": exports are read by programs.
        c.text = [](const QModelIndex& i) {
            return i.data(SummaryModel::kSortRole).toString().toStdString();
        };
    }
    return snapshotItemView(view, title, columns);
}

}  // namespace proclens::gui
