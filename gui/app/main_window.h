// SPDX-License-Identifier: MIT
//
// The ProcLens main window: a start-up page until the helper is connected
// (or why it is not), then the Processes and Namespaces tabs with the details
// pane, the status bar (helper mode, kernel, events/s, drops, capture state,
// reconnect) and the process actions.
#pragma once

#include "export_source.h"
#include "live_session.h"
#include "namespace_model.h"
#include "process_tree_model.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QSplitter;
class QPushButton;

namespace proclens::gui {

class ActivityView;
class DesktopIcons;
class DetailsPane;
class FilterMenu;
class ProcessView;
class StartPage;
class SummaryModel;
class SummaryView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LiveSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Connects (after the start page has painted).
    void startSession();
    /// Writes a PNG of each view (start page excluded) into dir; returns the files.
    QStringList writeScreenshots(const QString& dir);

    ProcessView* processView() const { return processView_; }
    ActivityView* activityView() const { return activityView_; }
    DetailsPane* detailsPane() const { return details_; }
    StartPage* startPage() const { return startPage_; }
    QTreeView* namespaceView() const { return nsView_; }
    ProcessTreeModel* processModel() const { return processModel_; }
    NamespaceModel* namespaceModel() const { return nsModel_; }
    SummaryView* summaryView() const { return summaryView_; }
    FilterMenu* filterMenu() const { return filterMenu_; }
    /// File → Export…: asks for a file and exports the current tab in the background.
    void exportCurrentView();
    /// A snapshot of the current tab for export (nullptr when it has none).
    std::unique_ptr<ExportSource> currentExportSource() const;
    bool showsStartPage() const;
    QString statusSummary() const;

Q_SIGNALS:
    /// The view filter the activity view should apply (Filter menu; empty = none).
    void viewFilterChosen(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onPhase(LiveSession::Phase phase, const QString& text);
    void updateStatus();
    void buildActions();
    void showContextMenu(std::uint32_t pid, const QPoint& pos);
    void sendSignal(int signal, const QString& what, bool confirm);
    void changePriority();
    void copyRow();
    void copyPid();
    void filterToProcess();
    void filterToNamespace(int kind, std::uint32_t inode);
    // A namespace row selected: the Processes and Activity views show only it (or its container).
    void selectNamespaceRow(const QModelIndex& index);
    // Drops the Activity view filter a namespace selection set (not one the user typed since).
    void clearNamespaceFilter();
    void filterToContainer();
    void setLinger();
    void setSampleInterval();
    void setActivityCapacity();

    LiveSession* session_;
    std::unique_ptr<DesktopIcons> icons_;
    ProcessTreeModel* processModel_;
    NamespaceModel* nsModel_;
    QStackedWidget* stack_;
    StartPage* startPage_;
    QSplitter* splitter_;
    QTabWidget* tabs_;
    ProcessView* processView_;
    ActivityView* activityView_;
    QTreeView* nsView_;
    QString nsActivityFilter_;  // the Activity view filter text the namespace selection set
    SummaryModel* summaryModel_;
    SummaryView* summaryView_;
    DetailsPane* details_;
    QLabel* modeLabel_;
    QLabel* kernelLabel_;
    QLabel* rateLabel_;
    QLabel* dropsLabel_;
    QLabel* stateLabel_;
    QPushButton* reconnect_;
    QList<QAction*> processActions_;
    FilterMenu* filterMenu_ = nullptr;
};

}  // namespace proclens::gui
