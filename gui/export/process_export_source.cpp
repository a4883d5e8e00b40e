// SPDX-License-Identifier: MIT
#include "process_export_source.h"

#include "item_view_export.h"
#include "process_tree_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTreeView>

namespace proclens::gui {

std::unique_ptr<TableSnapshot> makeProcessExportSource(const QTreeView* view)
{
    std::vector<ItemViewColumn> columns = visibleColumns(view ? view->header() : nullptr);
    for (ItemViewColumn& c : columns) {
        switch (ProcessColumn(c.logical)) {
        case ProcessColumn::Pid:
        case ProcessColumn::Ppid:
        case ProcessColumn::Cpu:
        case ProcessColumn::Threads:
            c.numeric = true;
            break;
        case ProcessColumn::Rss:
            c.numeric = true;
            c.name = QCoreApplication::translate("proclens::gui::ProcessExport", "Memory (RSS, bytes)").toStdString();
            // Display is "12.3 MiB"; the file gets exact bytes (empty when not sampled).
            c.text = [](const QModelIndex& i) {
                const qulonglong b = i.data(RawRole).toULongLong();
                return b ? std::to_string(b) : std::string();
            };
            break;
        case ProcessColumn::Start:
            // Display is "HH:mm:ss"; the file gets the date and milliseconds too.
            c.text = [](const QModelIndex& i) {
                const qulonglong ns = i.data(RawRole).toULongLong();
                return ns ? bootNsToDateTime(ns).toString(Qt::ISODateWithMs).toStdString() : std::string();
            };
            break;
        default:
            if (c.logical >= int(ProcessColumn::NsPid) && c.logical < kProcessColumnCount)
                c.numeric = true;
            break;
        }
    }
    const bool list = view && view->model() && [&] {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->hasChildren(view->model()->index(r, 0)))
                return false;
        return true;
    }();
    const QString title = list ? QCoreApplication::translate("proclens::gui::ProcessExport", "Processes (list)")
                               : QCoreApplication::translate("proclens::gui::ProcessExport", "Processes (tree)");
    return snapshotItemView(view, title, columns);
}

}  // namespace proclens::gui
