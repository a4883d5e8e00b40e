// SPDX-License-Identifier: MIT
#include "process_view.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace proclens::gui {

ProcessView::ProcessView(ProcessTreeModel* model, QWidget* parent) : QWidget(parent), model_(model)
{
    // Sorting only; filtering is the model's own row filter.
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSortRole(RawRole);
    proxy_->setDynamicSortFilter(true);
    proxy_->setSourceModel(model_);

    view_ = new QTreeView(this);
    view_->setObjectName(QStringLiteral("processTree"));
    view_->setModel(proxy_);
    view_->setUniformRowHeights(true);
    view_->setSortingEnabled(true);
    view_->sortByColumn(int(ProcessColumn::Pid), Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setAllColumnsShowFocus(true);
    view_->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->header()->setSectionsMovable(true);
    for (int c = int(ProcessColumn::NsPid); c < kProcessColumnCount; ++c)
        view_->setColumnHidden(c, true);
    view_->setColumnWidth(int(ProcessColumn::Name), 280);
    view_->setColumnWidth(int(ProcessColumn::Command), 320);

    auto* bar = new QToolBar(this);
    flatAction_ = bar->addAction(tr("Flat list"));
    flatAction_->setCheckable(true);
    flatAction_->setShortcut(QKeySequence(tr("Ctrl+L")));
    flatAction_->setToolTip(tr("Show processes as a flat list instead of a tree (Ctrl+L)"));
    connect(flatAction_, &QAction::toggled, this, &ProcessView::setFlat);
    QAction* expand = bar->addAction(tr("Expand all"));
    expand->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(expand, &QAction::triggered, view_, &QTreeView::expandAll);
    QAction* collapse = bar->addAction(tr("Collapse all"));
    collapse->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(collapse, &QAction::triggered, view_, &QTreeView::collapseAll);
    QAction* columns = bar->addAction(tr("Columns…"));
    connect(columns, &QAction::triggered, this, [this] { showHeaderMenu(view_->header()->mapFromGlobal(QCursor::pos())); });
    bar->addSeparator();
    filterLabel_ = new QLabel(bar);
    bar->addWidget(filterLabel_);
    clearFilter_ = new QToolButton(bar);
    clearFilter_->setText(tr("Clear filter"));
    clearFilter_->setObjectName(QStringLiteral("clearFilter"));
    clearFilterAction_ = bar->addWidget(clearFilter_);
    clearFilterAction_->setVisible(false);
    connect(clearFilter_, &QToolButton::clicked, this, [this] { setFilter({}, {}); });

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(bar);
    box->addWidget(view_);

    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { Q_EMIT currentPidChanged(current.data(PidRole).toUInt()); });
    connect(view_, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex i = view_->indexAt(pos);
        if (i.isValid())
            Q_EMIT contextMenuRequested(i.data(PidRole).toUInt(), view_->viewport()->mapToGlobal(pos));
    });
    connect(view_->header(), &QHeaderView::customContextMenuRequested, this, &ProcessView::showHeaderMenu);
    // New top-level branches open, so a fresh tree shows more than pid 1 and kthreadd.
    view_->expandToDepth(1);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] { view_->expandToDepth(1); });
}

void ProcessView::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = 0; c < kProcessColumnCount; ++c) {
        QAction* a = menu.addAction(ProcessTreeModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!view_->isColumnHidden(c));
        a->setEnabled(c != int(ProcessColumn::Name));
        connect(a, &QAction::toggled, this, [this, c](bool on) { view_->setColumnHidden(c, !on); });
    }
    menu.exec(view_->header()->mapToGlobal(pos));
}

std::uint32_t ProcessView::currentPid() const
{
    return view_->currentIndex().data(PidRole).toUInt();
}

bool ProcessView::selectPid(std::uint32_t pid)
{
    const QModelIndex i = proxy_->mapFromSource(model_->indexOfPid(pid));
    if (!i.isValid())
        return false;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        view_->expand(p);
    view_->setCurrentIndex(i);
    view_->scrollTo(i);
    return true;
}

void ProcessView::setFlat(bool flat)
{
    const std::uint32_t pid = currentPid();
    if (flatAction_->isChecked() != flat)
        flatAction_->setChecked(flat);
    model_->setFlat(flat);
    view_->setRootIsDecorated(!model_->isListPresentation());
    if (!model_->isListPresentation())
        view_->expandToDepth(1);
    if (pid)
        selectPid(pid);
}

void ProcessView::setFilter(RowFilter filter, const QString& description)
{
    const std::uint32_t pid = currentPid();
    model_->setFilter(std::move(filter), description);
    view_->setRootIsDecorated(!model_->isListPresentation());
    if (!model_->isListPresentation())
        view_->expandToDepth(1);
    filterLabel_->setText(description.isEmpty() ? QString() : tr("Filter: %1").arg(description));
    clearFilterAction_->setVisible(!description.isEmpty());
    if (pid)
        selectPid(pid);
}

void ProcessView::saveState(const QString& group) const
{
    QSettings s;
    s.setValue(group + QStringLiteral("/header"), view_->header()->saveState());
    s.setValue(group + QStringLiteral("/flat"), model_->isFlat());
}

void ProcessView::restoreState(const QString& group)
{
    QSettings s;
    const QByteArray header = s.value(group + QStringLiteral("/header")).toByteArray();
    if (!header.isEmpty())
        view_->header()->restoreState(header);
    setFlat(s.value(group + QStringLiteral("/flat"), false).toBool());
}

}  // namespace proclens::gui
