// SPDX-License-Identifier: MIT
//
// SummaryView: the Summary tab. A sortable tree of processes and their
// syscalls (calls, errors, total/avg/max latency) from the helper's summary
// level, a top-N syscalls bar chart and a calls-per-second line chart over
// the last few minutes, both for the selected process or for all processes.
// Works from summary records alone (the activity log may be off).
#pragma once

#include "summary_model.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace proclens::gui {

class ExportSource;

class SummaryView : public QWidget {
    Q_OBJECT
public:
    /// Bars in the top-N chart.
    static constexpr int kTopN = 10;

    SummaryView(SummaryTable* table, SummaryModel* model, QWidget* parent = nullptr);
    ~SummaryView() override;

    /// Redraws the charts; call after the table applied a tick.
    void refreshCharts();
    /// The pid the charts show, 0 for all processes.
    std::uint32_t chartPid() const { return chartPid_; }
    /// Shows `pid` (0 = all) in the charts and selects its row.
    void showProcess(std::uint32_t pid);

    QTreeView* tree() const { return tree_; }
    /// What File → Export… writes: the rows as shown (processes with their syscalls,
    /// in the view's sort order) and the visible columns in their on-screen order.
    std::unique_ptr<ExportSource> exportSource() const;

private:
    void onSelection();

    SummaryTable* table_;
    SummaryModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* tree_;
    QLabel* scope_;
    QChart* barChart_;
    QChart* lineChart_;
    QChartView* barView_;
    QChartView* lineView_;
    std::uint32_t chartPid_ = 0;
};

}  // namespace proclens::gui
