// SPDX-License-Identifier: MIT
#include "summary_view.h"

#include "summary_export_source.h"

#include "proclens/names.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace proclens::gui {

namespace {
// Seconds of history the rate chart spans (the table keeps this much at one tick a second).
constexpr double kRateWindowSeconds = double(SummaryTable::kHistoryPoints);
}  // namespace

SummaryView::SummaryView(SummaryTable* table, SummaryModel* model, QWidget* parent)
    : QWidget(parent), table_(table), model_(model)
{
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(SummaryModel::kSortRole);
    proxy_->setDynamicSortFilter(true);

    tree_ = new QTreeView(this);
    tree_->setObjectName(QStringLiteral("summaryTree"));
    tree_->setModel(proxy_);
    tree_->setSortingEnabled(true);
    tree_->sortByColumn(SummaryModel::Calls, Qt::DescendingOrder);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(SummaryModel::Name, QHeaderView::Stretch);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &SummaryView::onSelection);

    scope_ = new QLabel(this);
    auto* all = new QPushButton(tr("&All processes"), this);
    connect(all, &QPushButton::clicked, this, [this] { showProcess(0); });

    barChart_ = new QChart;
    barChart_->legend()->hide();
    barView_ = new QChartView(barChart_, this);
    barView_->setRenderHint(QPainter::Antialiasing);
    barView_->setMinimumHeight(180);

    lineChart_ = new QChart;
    lineChart_->legend()->hide();
    lineView_ = new QChartView(lineChart_, this);
    lineView_->setRenderHint(QPainter::Antialiasing);
    lineView_->setMinimumHeight(180);

    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scope_, 1);
    scopeRow->addWidget(all);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(barView_);
    chartRow->addWidget(lineView_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tree_);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scopeRow);
    layout->addWidget(splitter);
    refreshCharts();
}

SummaryView::~SummaryView() = default;

void SummaryView::onSelection()
{
    const QModelIndex current = tree_->currentIndex();
    chartPid_ = current.isValid() ? current.data(SummaryModel::kPidRole).toUInt() : 0;
    refreshCharts();
}

void SummaryView::showProcess(std::uint32_t pid)
{
    const int row = pid ? table_->rowOfPid(pid) : -1;
    if (row < 0) {
        tree_->selectionModel()->clearCurrentIndex();
        tree_->clearSelection();
        chartPid_ = 0;
    } else {
        const QModelIndex at = proxy_->mapFromSource(model_->index(row, 0));
        tree_->setCurrentIndex(at);
        tree_->scrollTo(at);
        chartPid_ = pid;
    }
    refreshCharts();
}

void SummaryView::refreshCharts()
{
    const QString who = chartPid_ ? model_->index(table_->rowOfPid(chartPid_), SummaryModel::Name).data().toString()
                                  : tr("all processes");
    scope_->setText(tr("Charts for %1 — %2 calls, %3 errors")
                        .arg(who)
                        .arg(chartPid_ && table_->rowOfPid(chartPid_) >= 0
                                 ? table_->process(table_->rowOfPid(chartPid_)).totals.count
                                 : table_->totals().count)
                        .arg(chartPid_ && table_->rowOfPid(chartPid_) >= 0
                                 ? table_->process(table_->rowOfPid(chartPid_)).totals.errors
                                 : table_->totals().errors));

    // Top-N syscalls by calls. Rebuilt at most once a tick: a few bars, cheap.
    barChart_->removeAllSeries();
    for (QAbstractAxis* axis : barChart_->axes()) {
        barChart_->removeAxis(axis);
        delete axis;  // removeAxis() hands ownership back to us
    }
    barChart_->setTitle(tr("Top %1 syscalls by calls").arg(kTopN));
    const auto top = table_->topSyscalls(chartPid_, kTopN);
    auto* set = new QBarSet(tr("Calls"));
    QStringList labels;
    double most = 0;
    for (const auto& [nr, calls] : top) {
        *set << double(calls);
        labels << QString::fromLatin1(names::syscall_name(nr));
        most = std::max(most, double(calls));
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    barChart_->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    barChart_->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1.0, most * 1.1));
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    barChart_->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    // Calls per second over the last minutes, x in seconds before the newest tick.
    lineChart_->removeAllSeries();
    for (QAbstractAxis* axis : lineChart_->axes()) {
        lineChart_->removeAxis(axis);
        delete axis;  // removeAxis() hands ownership back to us
    }
    lineChart_->setTitle(tr("Syscalls per second"));
    const auto rates = table_->rates(chartPid_);
    auto* line = new QLineSeries;
    double peak = 0;
    if (!rates.empty()) {
        const std::uint64_t newest = rates.back().first;
        for (const auto& [ts, rate] : rates) {
            const double ago = -double(newest - ts) / 1e9;
            if (ago >= -kRateWindowSeconds)
                line->append(ago, rate);
            peak = std::max(peak, rate);
        }
    }
    lineChart_->addSeries(line);
    auto* timeAxis = new QValueAxis;
    timeAxis->setRange(-kRateWindowSeconds, 0);
    timeAxis->setTitleText(tr("seconds"));
    timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    lineChart_->addAxis(timeAxis, Qt::AlignBottom);
    line->attachAxis(timeAxis);
    auto* rateAxis = new QValueAxis;
    rateAxis->setRange(0, std::max(1.0, peak * 1.1));
    rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    lineChart_->addAxis(rateAxis, Qt::AlignLeft);
    line->attachAxis(rateAxis);
}

std::unique_ptr<ExportSource> SummaryView::exportSource() const
{
    return makeSummaryExportSource(tree_, tr("Summary"));
}

}  // namespace proclens::gui
