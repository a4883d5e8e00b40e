// SPDX-License-Identifier: MIT
#include "activity_view.h"

#include "activity_export_source.h"
#include "activity_filter.h"
#include "event_details.h"

#include "proclens/columns.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace proclens::gui {

ActivityView::ActivityView(EventStore* store, QWidget* parent) : QWidget(parent), store_(store)
{
    model_ = new ActivityModel(store_, this);
    model_->setRealtimeOffset(output::current_realtime_offset_ns());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The view filter bar: local and instant, unlike the capture filter sent to the helper.
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&View filter:"), this);
    label->setToolTip(tr("Narrows what this view shows; everything captured is kept. "
                         "The capture filter (what the helper records) is set separately."));
    filterEdit_ = new QLineEdit(this);
    filterEdit_->setObjectName(QStringLiteral("activityViewFilter"));
    filterEdit_->setPlaceholderText(tr("e.g. path ~ \"/etc\" and result != 0 — press Enter to apply"));
    filterEdit_->setClearButtonEnabled(true);
    label->setBuddy(filterEdit_);
    connect(filterEdit_, &QLineEdit::returnPressed, this, [this] { applyFilterText(filterEdit_->text()); });
    connect(filterEdit_, &QLineEdit::textEdited, this, [this] { filterEdit_->setStyleSheet(QString()); });
    bar->addWidget(label);
    bar->addWidget(filterEdit_, 1);
    auto tool = [&](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    pause_ = tool(tr("&Pause"), tr("Pause or resume the capture"));
    pause_->setCheckable(true);
    connect(pause_, &QToolButton::clicked, this, [this](bool on) {
        pause_->setChecked(paused_);  // the owner confirms with setPaused
        Q_EMIT pauseRequested(on);
    });
    QToolButton* clear = tool(tr("C&lear"), tr("Remove every event from the log"));
    connect(clear, &QToolButton::clicked, this, [this] {
        store_->clear();
        details_->clear();
        updateStatus();
    });
    follow_ = tool(tr("&Follow"), tr("Keep the newest event in view (stops when you scroll up)"));
    follow_->setCheckable(true);
    follow_->setChecked(true);
    connect(follow_, &QToolButton::clicked, this, &ActivityView::setAutoScroll);
    QToolButton* jump = tool(tr("&Jump to process"), tr("Show the selected event's process in the Processes tab"));
    connect(jump, &QToolButton::clicked, this, [this] {
        if (const std::uint32_t pid = currentPid())
            Q_EMIT jumpToProcess(pid);
    });
    QToolButton* rules = tool(tr("&Highlight…"), tr("Colour rows matching filter expressions"));
    connect(rules, &QToolButton::clicked, this, &ActivityView::editHighlightRules);
    layout->addLayout(bar);
    filterErrorLabel_ = new QLabel(this);
    filterErrorLabel_->setObjectName(QStringLiteral("activityFilterError"));
    filterErrorLabel_->setStyleSheet(QStringLiteral("color: #c0392b"));
    filterErrorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    filterErrorLabel_->hide();
    layout->addWidget(filterErrorLabel_);

    splitter_ = new QSplitter(Qt::Vertical, this);
    table_ = new QTableView(splitter_);
    table_->setObjectName(QStringLiteral("activityTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->setShowGrid(false);
    table_->setAlternatingRowColors(true);
    // Uniform rows: fixed height, no per-row measuring over a million rows.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->verticalHeader()->hide();
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    table_->horizontalHeader()->setSectionsMovable(true);
    table_->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {120, 120, 70, 70, 110, 520, 110, 90};
    for (int c = 0; c < ActivityModel::ColumnCount; ++c)
        table_->horizontalHeader()->resizeSection(c, widths[c]);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_, &QTableView::customContextMenuRequested, this, [this, jump](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(jump->text(), jump, &QToolButton::click);
        menu.exec(table_->viewport()->mapToGlobal(pos));
    });
    connect(table_, &QTableView::doubleClicked, this, [this] {
        if (const std::uint32_t pid = currentPid())
            Q_EMIT jumpToProcess(pid);
    });
    details_ = new QPlainTextEdit(splitter_);
    details_->setObjectName(QStringLiteral("activityDetails"));
    details_->setReadOnly(true);
    details_->setPlaceholderText(tr("Select an event to see every field."));
    splitter_->addWidget(table_);
    splitter_->addWidget(details_);
    splitter_->setStretchFactor(0, 4);
    splitter_->setStretchFactor(1, 1);
    layout->addWidget(splitter_, 1);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("activityStatus"));
    layout->addWidget(status_);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityView::showDetails);
    connect(model_, &ActivityModel::rowsInserted, this, &ActivityView::onRowsInserted);
    connect(model_, &ActivityModel::rowsChanged, this, &ActivityView::updateStatus);
    connect(model_, &ActivityModel::modelReset, this, [this] {
        updateStatus();
        if (autoScroll_)
            onRowsInserted();
    });
    // Rows leaving at the top shift what the user reads; keep it in place while not following.
    connect(model_, &ActivityModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        if (autoScroll_ || first != 0)
            return;
        QScrollBar* bar = table_->verticalScrollBar();
        scrolling_ = true;
        bar->setValue(std::max(0, bar->value() - (last - first + 1)));
        scrolling_ = false;
    });
    connect(table_->verticalScrollBar(), &QScrollBar::valueChanged, this, &ActivityView::onScrolled);
    connect(model_, &ActivityModel::filterApplied, this, [this](int rows, qint64 ms) {
        status_->setToolTip(tr("View filter applied in %1 ms (%2 rows)").arg(ms).arg(rows));
    });

    QSettings settings;
    setHighlightRules(loadHighlightRules(settings));
    updateStatus();
}

ActivityView::~ActivityView() = default;

bool ActivityView::applyFilterText(const QString& text)
{
    filterText_ = text.trimmed();
    if (filterEdit_->text() != text)
        filterEdit_->setText(text);
    if (filterText_.isEmpty()) {
        filterError_.clear();
        filterErrorLabel_->hide();
        filterEdit_->setStyleSheet(QString());
        model_->setFilter({});
        return true;
    }
    const ActivityFilter f = compileActivityFilter(text);
    if (!f.ok()) {
        filterError_ = f.error;
        filterErrorLabel_->setText(tr("View filter error at position %1: %2").arg(f.position + 1).arg(f.error));
        filterErrorLabel_->show();
        markFilterError(f.position);
        return false;
    }
    filterError_.clear();
    filterErrorLabel_->hide();
    filterEdit_->setStyleSheet(QString());
    status_->setText(tr("Applying the view filter…"));
    model_->setFilter(f.factory);
    return true;
}

void ActivityView::markFilterError(int position)
{
    filterEdit_->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    filterEdit_->setFocus();
    // Select from the error to the end of its word so the position is visible.
    const QString t = filterEdit_->text();
    int end = std::clamp(position, 0, int(t.size()));
    while (end < t.size() && !t.at(end).isSpace())
        ++end;
    filterEdit_->setSelection(std::clamp(position, 0, int(t.size())), std::max(0, end - position));
    if (end == position)
        filterEdit_->setCursorPosition(std::clamp(position, 0, int(t.size())));
}

void ActivityView::setAutoScroll(bool on)
{
    autoScroll_ = on;
    follow_->setChecked(on);
    if (on)
        onRowsInserted();
}

void ActivityView::onRowsInserted()
{
    if (!autoScroll_)
        return;
    scrolling_ = true;
    table_->scrollToBottom();
    scrolling_ = false;
}

void ActivityView::onScrolled(int value)
{
    if (scrolling_)
        return;
    const bool atBottom = value >= table_->verticalScrollBar()->maximum();
    if (atBottom != autoScroll_) {
        autoScroll_ = atBottom;
        follow_->setChecked(atBottom);
    }
}

void ActivityView::setPaused(bool paused)
{
    paused_ = paused;
    pause_->setChecked(paused);
    pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateStatus();
}

void ActivityView::setHighlightRules(const QList<HighlightRuleText>& rules)
{
    highlightTexts_ = rules;
    model_->setHighlightRules(compileHighlightRules(rules));
}

void ActivityView::editHighlightRules()
{
    HighlightRulesDialog dialog(highlightTexts_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setHighlightRules(dialog.rules());
    QSettings settings;
    saveHighlightRules(settings, highlightTexts_);
}

bool ActivityView::selectSequence(std::uint64_t seq)
{
    const int row = model_->rowOfSequence(seq);
    if (row < 0)
        return false;
    table_->setCurrentIndex(model_->index(row, 0));
    return true;
}

std::uint32_t ActivityView::currentPid() const
{
    const StoredEvent* e = model_->eventAt(table_->currentIndex().row());
    return e ? e->pid : 0;
}

void ActivityView::showDetails()
{
    const int row = table_->currentIndex().row();
    const StoredEvent* e = model_->eventAt(row);
    if (!e) {
        details_->clear();
        return;
    }
    details_->setPlainText(describeEvent(*e, model_->sequenceAt(row), model_->realtimeOffset()));
}

void ActivityView::updateStatus()
{
    const QLocale l;
    QString text = tr("%1 events kept (at most %2)").arg(l.toString(qulonglong(store_->size())),
                                                        l.toString(qulonglong(store_->capacity())));
    if (store_->dropped())
        text += tr("; %1 oldest events dropped to stay within the limit").arg(l.toString(qulonglong(store_->dropped())));
    if (model_->isFiltered())
        text += tr("; %1 shown by the view filter").arg(l.toString(model_->rowCount()));
    if (paused_)
        text += tr("; capture paused");
    status_->setText(text);
}

std::unique_ptr<ExportSource> ActivityView::exportSource() const
{
    std::vector<int> columns;
    const QHeaderView* h = table_->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            columns.push_back(logical);
    }
    return std::make_unique<ActivityExportSource>(store_->snapshot(), model_->rowSequences(), std::move(columns),
                                                  model_->realtimeOffset());
}

void ActivityView::saveState(const QString& key) const
{
    QSettings s;
    s.setValue(key + QStringLiteral("/header"), table_->horizontalHeader()->saveState());
    s.setValue(key + QStringLiteral("/splitter"), splitter_->saveState());
}

void ActivityView::restoreState(const QString& key)
{
    QSettings s;
    table_->horizontalHeader()->restoreState(s.value(key + QStringLiteral("/header")).toByteArray());
    splitter_->restoreState(s.value(key + QStringLiteral("/splitter")).toByteArray());
}

}  // namespace proclens::gui
