// SPDX-License-Identifier: MIT
//
// The Activity tab: the live event log (ActivityModel in a table), the view
// filter bar, pause/resume/clear, auto-scroll that stops when the user scrolls
// up and resumes at the bottom, highlight rules, "jump to process" and a
// details pane with every field of the selected event. The view does not talk
// to the helper: it emits pauseRequested and the owner answers setPaused.
#pragma once

#include "activity_model.h"
#include "highlight_rules.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace proclens::gui {

class ExportSource;

class ActivityView : public QWidget {
    Q_OBJECT
public:
    explicit ActivityView(EventStore* store, QWidget* parent = nullptr);
    ~ActivityView() override;

    ActivityModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QLineEdit* filterEdit() const { return filterEdit_; }
    QPlainTextEdit* detailsPane() const { return details_; }

    /// Parses and applies a view filter text (empty = none), as Enter in the
    /// filter bar does. False (and the error shown, position marked) when invalid.
    bool applyFilterText(const QString& text);
    /// The view filter text last applied (trimmed; empty = none).
    QString filterText() const { return filterText_; }
    /// The error of the last filter text, empty when it was valid.
    QString filterError() const { return filterError_; }

    bool autoScroll() const { return autoScroll_; }
    void setAutoScroll(bool on);

    /// Reflects the capture state (after the owner paused/resumed the helper).
    void setPaused(bool paused);
    bool isPaused() const { return paused_; }

    void setHighlightRules(const QList<HighlightRuleText>& rules);
    QList<HighlightRuleText> highlightRules() const { return highlightTexts_; }
    /// Opens the highlight rule editor; saves to QSettings on OK.
    void editHighlightRules();

    /// Selects the row of sequence number seq (if shown) and shows its details.
    bool selectSequence(std::uint64_t seq);
    /// pid of the current row, 0 when none.
    std::uint32_t currentPid() const;

    /// An immutable snapshot of the visible rows and columns for File → Export….
    std::unique_ptr<ExportSource> exportSource() const;

    void saveState(const QString& key) const;
    void restoreState(const QString& key);

Q_SIGNALS:
    /// The user asked to pause (true) or resume (false) the capture.
    void pauseRequested(bool pause);
    /// The user asked to show this process in the Processes tab.
    void jumpToProcess(std::uint32_t pid);

private:
    void onRowsInserted();
    void onScrolled(int value);
    void showDetails();
    void updateStatus();
    void markFilterError(int position);

    EventStore* store_;
    ActivityModel* model_;
    QLineEdit* filterEdit_;
    QLabel* filterErrorLabel_;
    QLabel* status_;
    QTableView* table_;
    QPlainTextEdit* details_;
    QSplitter* splitter_;
    QToolButton* pause_;
    QToolButton* follow_;
    QString filterError_;
    QString filterText_;
    QList<HighlightRuleText> highlightTexts_;
    bool autoScroll_ = true;
    bool paused_ = false;
    bool scrolling_ = false;  // our own scroll: not the user leaving the bottom
};

}  // namespace proclens::gui
