// SPDX-License-Identifier: MIT
#include "main_window.h"

#include "activity_view.h"
#include "desktop_icons.h"
#include "details_pane.h"
#include "export_action.h"
#include "filter_menu.h"
#include "item_view_export.h"
#include "process_export_source.h"
#include "process_view.h"
#include "start_page.h"
#include "summary_view.h"

#include "proclens/language_menu.h"
#include "proclens/procfs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <csignal>

// Resources linked from a static library need an explicit init (outside any namespace).
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace proclens::gui {

MainWindow::MainWindow(LiveSession* session, QWidget* parent)
    : QMainWindow(parent), session_(session), icons_((initIconResources(), std::make_unique<DesktopIcons>()))
{
    setWindowTitle(tr("ProcLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/proclens.svg")));
    QSettings settings;
    session_->table()->setLinger(std::chrono::milliseconds(settings.value(QStringLiteral("lingerMs"), 3000).toInt()));
    session_->sampler()->setInterval(settings.value(QStringLiteral("sampleIntervalMs"), 1000).toInt());

    processModel_ = new ProcessTreeModel(session_->table(), this);
    processModel_->setIconProvider([this](const ProcessNode& n) { return icons_->iconFor(n); });
    nsModel_ = new NamespaceModel(session_->table(), this);

    stack_ = new QStackedWidget(this);
    startPage_ = new StartPage(stack_);
    stack_->addWidget(startPage_);
    splitter_ = new QSplitter(Qt::Horizontal, stack_);
    tabs_ = new QTabWidget(splitter_);
    processView_ = new ProcessView(processModel_, tabs_);
    tabs_->addTab(processView_, tr("&Processes"));
    session_->events()->setCapacity(
        settings.value(QStringLiteral("activity/capacity"), qulonglong(EventStore::kDefaultCapacity)).toULongLong());
    session_->setActivityLog(settings.value(QStringLiteral("activity/log"), true).toBool());
    activityView_ = new ActivityView(session_->events(), tabs_);
    tabs_->addTab(activityView_, tr("&Activity"));
    connect(activityView_, &ActivityView::pauseRequested, this, [this](bool pause) {
        const QDBusError e = pause ? session_->client()->pause() : session_->client()->resume();
        if (e.isValid())
            QMessageBox::warning(this, pause ? tr("Could not pause") : tr("Could not resume"), e.message());
        else
            activityView_->setPaused(pause);
    });
    connect(activityView_, &ActivityView::jumpToProcess, this, [this](std::uint32_t pid) {
        tabs_->setCurrentWidget(processView_);
        if (!processView_->selectPid(pid))
            statusBar()->showMessage(tr("Process %1 is no longer in the process list").arg(pid), 4000);
    });
    nsView_ = new QTreeView(tabs_);
    nsView_->setObjectName(QStringLiteral("namespaceTree"));
    nsView_->setModel(nsModel_);
    nsView_->setUniformRowHeights(true);
    nsView_->header()->resizeSection(0, 320);
    tabs_->addTab(nsView_, tr("&Namespaces"));
    summaryModel_ = new SummaryModel(session_->summary(), this);
    summaryModel_->setProcessNames([this](std::uint32_t pid) {
        const ProcessNode* n = session_->table()->find(pid);
        return n ? QString::fromStdString(n->comm) : QString();
    });
    summaryView_ = new SummaryView(session_->summary(), summaryModel_, tabs_);
    tabs_->addTab(summaryView_, tr("S&ummary"));
    // Charts are redrawn only while the Summary tab is visible, and when it is shown.
    connect(session_, &LiveSession::summaryApplied, this, [this] {
        if (tabs_->currentWidget() == summaryView_)
            summaryView_->refreshCharts();
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == summaryView_)
            summaryView_->refreshCharts();
    });
    details_ = new DetailsPane(session_->table(), splitter_);
    splitter_->addWidget(tabs_);
    splitter_->addWidget(details_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 1);
    stack_->addWidget(splitter_);
    setCentralWidget(stack_);

    modeLabel_ = new QLabel(this);
    kernelLabel_ = new QLabel(this);
    rateLabel_ = new QLabel(this);
    dropsLabel_ = new QLabel(this);
    stateLabel_ = new QLabel(this);
    reconnect_ = new QPushButton(tr("Reconnect"), this);
    reconnect_->hide();
    for (QWidget* w : {static_cast<QWidget*>(stateLabel_), static_cast<QWidget*>(modeLabel_),
                       static_cast<QWidget*>(kernelLabel_), static_cast<QWidget*>(rateLabel_),
                       static_cast<QWidget*>(dropsLabel_)})
        statusBar()->addWidget(w);
    statusBar()->addPermanentWidget(reconnect_);
    connect(reconnect_, &QPushButton::clicked, this, &MainWindow::startSession);
    connect(startPage_, &StartPage::retryRequested, this, &MainWindow::startSession);

    connect(session_, &LiveSession::phaseChanged, this, &MainWindow::onPhase);
    connect(session_, &LiveSession::applied, this, &MainWindow::updateStatus);
    connect(processView_, &ProcessView::currentPidChanged, details_, &DetailsPane::showPid);
    connect(processView_, &ProcessView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(nsView_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        if (i.data(NamespaceModel::LevelRole).toInt() == 2)
            details_->showPid(i.data(NamespaceModel::ProcessPidRole).toUInt());
        else
            selectNamespaceRow(i);
    });
    connect(nsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!nsView_->selectionModel()->hasSelection())
            clearNamespaceFilter();
    });
    // The Processes view's own "Clear filter" also ends the namespace selection's filter.
    if (auto* clearButton = processView_->findChild<QToolButton*>(QStringLiteral("clearFilter")))
        connect(clearButton, &QToolButton::clicked, this, [this] {
            clearNamespaceFilter();
            nsView_->selectionModel()->clear();
        });
    connect(nsView_, &QTreeView::activated, this, [this](const QModelIndex& i) {
        if (i.data(NamespaceModel::LevelRole).toInt() == 1) {
            filterToNamespace(i.data(NamespaceModel::KindRole).toInt(), i.data(NamespaceModel::InodeRole).toUInt());
            tabs_->setCurrentWidget(processView_);
        }
    });
    // The details pane follows the live row (state, exit code) a few times a second.
    auto* detailsTimer = new QTimer(this);
    connect(detailsTimer, &QTimer::timeout, details_, &DetailsPane::refresh);
    detailsTimer->start(500);

    buildActions();
    connect(this, &MainWindow::viewFilterChosen, activityView_, &ActivityView::applyFilterText, Qt::UniqueConnection);
    processView_->restoreState(QStringLiteral("processView"));
    activityView_->restoreState(QStringLiteral("activityView"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (!splitter_->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        splitter_->setSizes({880, 400});
    if (!settings.contains(QStringLiteral("geometry")))
        resize(1280, 760);
    updateStatus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::showsStartPage() const
{
    return stack_->currentWidget() == startPage_;
}

void MainWindow::startSession()
{
    startPage_->showWaiting(tr("Connecting"), tr("Connecting to the ProcLens helper. "
                                                 "Your system may ask you to authenticate."));
    stack_->setCurrentWidget(startPage_);
    // Let the page paint before the (blocking) connect and polkit prompt.
    QTimer::singleShot(50, this, [this] { session_->start(); });
}

void MainWindow::onPhase(LiveSession::Phase phase, const QString& text)
{
    reconnect_->setVisible(phase == LiveSession::Phase::Lost);
    switch (phase) {
    case LiveSession::Phase::Idle:
    case LiveSession::Phase::Connecting:
        startPage_->showWaiting(tr("Connecting"), text);
        stack_->setCurrentWidget(startPage_);
        break;
    case LiveSession::Phase::Loading:
        startPage_->showWaiting(tr("Loading"), text);
        break;
    case LiveSession::Phase::Live:
        stack_->setCurrentWidget(splitter_);
        processView_->view()->expandToDepth(1);
        filterMenu_->reapplyCaptureFilter();  // a new session starts unfiltered
        break;
    case LiveSession::Phase::Refused:
        startPage_->showProblem(tr("Permission refused"),
                                tr("The helper refused access: %1").arg(text),
                                tr("Monitoring processes needs the org.proclens.monitor permission. "
                                   "Authenticate as an administrator when asked, ask your administrator "
                                   "to grant it, or run ProcLens as root. Then retry."));
        stack_->setCurrentWidget(startPage_);
        break;
    case LiveSession::Phase::NoHelper:
        startPage_->showProblem(tr("No helper"),
                                tr("ProcLens could not start its helper: %1").arg(text),
                                tr("Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), "
                                   "make sure pkexec is available, or run ProcLens as root. Then retry."));
        stack_->setCurrentWidget(startPage_);
        break;
    case LiveSession::Phase::Lost:
        // Keep the last table visible; the status bar says it is no longer live.
        break;
    }
    updateStatus();
}

QString MainWindow::statusSummary() const
{
    return QStringList{stateLabel_->text(), modeLabel_->text(), kernelLabel_->text(), rateLabel_->text(),
                       dropsLabel_->text()}.join(QStringLiteral(" | "));
}

void MainWindow::updateStatus()
{
    HelperClient* c = session_->client();
    switch (session_->phase()) {
    case LiveSession::Phase::Live:
        stateLabel_->setText(c->isPeerMode() ? tr("Capturing (private helper)") : tr("Capturing"));
        break;
    case LiveSession::Phase::Lost:
        stateLabel_->setText(tr("Disconnected: %1").arg(session_->phaseText()));
        break;
    default:
        stateLabel_->setText(tr("Not capturing"));
        break;
    }
    const QString mode = c->helperMode();
    modeLabel_->setText(tr("Mode: %1").arg(mode.isEmpty() ? tr("unknown") : mode));
    const QString kernel = c->kernelRelease();
    kernelLabel_->setText(tr("Kernel: %1").arg(kernel.isEmpty() ? tr("unknown") : kernel));
    rateLabel_->setText(tr("%1 events/s").arg(session_->eventsPerSecond(), 0, 'f', 0));
    dropsLabel_->setText(tr("Drops: %1").arg(session_->drops()));
    processView_->view()->viewport()->update();
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportCurrentView);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* proc = menuBar()->addMenu(tr("&Process"));
    auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = proc->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        processActions_ << a;
        return a;
    };
    add(tr("&Terminate"), QKeySequence(Qt::Key_Delete), [this] { sendSignal(SIGTERM, tr("terminate"), false); });
    add(tr("&Kill…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete), [this] { sendSignal(SIGKILL, tr("kill"), true); });
    add(tr("&Stop"), QKeySequence(tr("Ctrl+Shift+S")), [this] { sendSignal(SIGSTOP, tr("stop"), false); });
    add(tr("C&ontinue"), QKeySequence(tr("Ctrl+Shift+C")), [this] { sendSignal(SIGCONT, tr("continue"), false); });
    add(tr("Change &priority…"), QKeySequence(tr("Ctrl+P")), [this] { changePriority(); });
    proc->addSeparator();
    add(tr("&Copy row"), QKeySequence::Copy, [this] { copyRow(); });
    add(tr("Copy P&ID"), QKeySequence(tr("Ctrl+Alt+C")), [this] { copyPid(); });
    proc->addSeparator();
    add(tr("&Filter to this process"), QKeySequence(tr("Ctrl+F")), [this] { filterToProcess(); });
    add(tr("Filter to its &namespace (pid)"), QKeySequence(tr("Ctrl+Shift+N")), [this] {
        if (const ProcessNode* n = session_->table()->find(processView_->currentPid()))
            filterToNamespace(PL_NS_PID, n->ns[PL_NS_PID]);
    });
    add(tr("Filter to its c&ontainer"), QKeySequence(tr("Ctrl+Shift+O")), [this] { filterToContainer(); });
    QAction* clear = proc->addAction(tr("C&lear filter"), this, [this] {
        processView_->setFilter({}, {});
        clearNamespaceFilter();
        nsView_->selectionModel()->clear();
    });
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));

    filterMenu_ = new FilterMenu(session_->client(), this);
    menuBar()->addMenu(filterMenu_->menu());
    connect(filterMenu_, &FilterMenu::viewFilterChosen, this, &MainWindow::viewFilterChosen);
    connect(filterMenu_, &FilterMenu::message, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Exited rows &linger…"), this, &MainWindow::setLinger);
    view->addAction(tr("&Sample interval…"), this, &MainWindow::setSampleInterval);
    view->addMenu(i18n::createLanguageMenu(this));
    view->addAction(tr("Activity log si&ze…"), this, &MainWindow::setActivityCapacity);
    QAction* log = view->addAction(tr("&Activity log (every system call)"));
    log->setCheckable(true);
    log->setChecked(session_->activityLog());
    connect(log, &QAction::toggled, this, [this](bool on) {
        session_->setActivityLog(on);
        QSettings().setValue(QStringLiteral("activity/log"), on);
        if (session_->phase() != LiveSession::Phase::Live)
            return;
        // Live: switch the subscription's level now (summary only costs close to nothing).
        const QDBusError e = session_->client()->setLevel(on ? QStringLiteral("both") : QStringLiteral("summary"));
        if (e.isValid())
            QMessageBox::warning(this, tr("Could not switch the activity log"), e.message());
    });
}

void MainWindow::showContextMenu(std::uint32_t, const QPoint& pos)
{
    QMenu menu(this);
    menu.addActions(processActions_);
    menu.exec(pos);
}

void MainWindow::sendSignal(int signal, const QString& what, bool confirm)
{
    const ProcessNode* n = session_->table()->find(processView_->currentPid());
    if (!n || n->life == RowLife::Exited)
        return;
    const QString name = QString::fromStdString(n->comm);
    const std::uint32_t pid = n->pid;
    if (confirm && QMessageBox::question(this, tr("Kill process"),
                                         tr("Kill %1 (PID %2)? It cannot clean up.").arg(name).arg(pid))
                       != QMessageBox::Yes)
        return;
    const QDBusError e = session_->client()->signalProcess(pid, signal);
    if (e.isValid())
        QMessageBox::warning(this, tr("Could not %1 the process").arg(what), e.message());
    else
        statusBar()->showMessage(tr("Sent %1 to %2 (PID %3)").arg(what, name).arg(pid), 4000);
}

void MainWindow::changePriority()
{
    const ProcessNode* n = session_->table()->find(processView_->currentPid());
    if (!n || n->life == RowLife::Exited)
        return;
    const std::uint32_t pid = n->pid;
    bool ok = false;
    const int nice = QInputDialog::getInt(this, tr("Change priority"),
                                          tr("Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):")
                                              .arg(QString::fromStdString(n->comm)).arg(pid),
                                          n->nice, -20, 19, 1, &ok);
    if (!ok)
        return;
    const QDBusError e = session_->client()->setPriority(pid, nice);
    if (e.isValid())
        QMessageBox::warning(this, tr("Could not change the priority"), e.message());
}

void MainWindow::copyRow()
{
    const QModelIndex cur = processView_->view()->currentIndex();
    if (!cur.isValid())
        return;
    QStringList cells;
    for (int c = 0; c < kProcessColumnCount; ++c)
        if (!processView_->view()->isColumnHidden(c))
            cells << cur.siblingAtColumn(c).data().toString();
    QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
}

void MainWindow::copyPid()
{
    if (const std::uint32_t pid = processView_->currentPid())
        QApplication::clipboard()->setText(QString::number(pid));
}

void MainWindow::filterToProcess()
{
    const std::uint32_t pid = processView_->currentPid();
    if (!pid)
        return;
    const ProcessTable* table = session_->table();
    // The process and its descendants.
    processView_->setFilter([table, pid](const ProcessNode& n) {
        for (const ProcessNode* a = &n; a; a = a->parent)
            if (a->pid == pid)
                return true;
        return false;
    }, tr("process %1 and its children").arg(pid));
}

void MainWindow::filterToNamespace(int kind, std::uint32_t inode)
{
    if (!inode)
        return;
    processView_->setFilter([kind, inode](const ProcessNode& n) { return n.ns[std::size_t(kind)] == inode; },
                            tr("%1 namespace %2").arg(QString::fromLatin1(ns_kind_name(kind))).arg(inode));
}

void MainWindow::selectNamespaceRow(const QModelIndex& index)
{
    if (index.data(NamespaceModel::LevelRole).toInt() != 1) {
        clearNamespaceFilter();
        return;
    }
    const int kind = index.data(NamespaceModel::KindRole).toInt();
    const std::uint32_t inode = index.data(NamespaceModel::InodeRole).toUInt();
    // The container cell names a container: filter to it (its full id, from one of its processes).
    std::string container;
    if (index.column() == NamespaceModel::ContainerColumn)
        for (int r = 0; r < nsModel_->rowCount(index.siblingAtColumn(0)) && container.empty(); ++r) {
            const QModelIndex child = nsModel_->index(r, 0, index.siblingAtColumn(0));
            if (const ProcessNode* n = session_->table()->find(child.data(NamespaceModel::ProcessPidRole).toUInt()))
                container = n->containerId;
        }
    QString text;
    if (!container.empty()) {
        processView_->setFilter([container](const ProcessNode& r) { return r.containerId == container; },
                                tr("container %1").arg(QString::fromStdString(container.substr(0, 12))));
        text = QStringLiteral("container = \"%1\"").arg(QString::fromStdString(container));
    } else {
        if (!inode)
            return;
        filterToNamespace(kind, inode);
        text = QStringLiteral("ns.%1 = %2").arg(QString::fromLatin1(ns_kind_name(kind))).arg(inode);
    }
    // Shown in the Activity view's filter bar, where the user sees it and can clear it.
    nsActivityFilter_ = text;
    activityView_->applyFilterText(text);
}

void MainWindow::clearNamespaceFilter()
{
    if (nsActivityFilter_.isEmpty())
        return;
    processView_->setFilter({}, {});
    if (activityView_->filterText() == nsActivityFilter_)
        activityView_->applyFilterText(QString());
    nsActivityFilter_.clear();
}

void MainWindow::filterToContainer()
{
    const ProcessNode* n = session_->table()->find(processView_->currentPid());
    if (!n)
        return;
    if (!n->containerId.empty()) {
        const std::string id = n->containerId;
        processView_->setFilter([id](const ProcessNode& r) { return r.containerId == id; },
                                tr("container %1").arg(QString::fromStdString(id.substr(0, 12))));
    } else {
        const std::string cg = n->cgroupPath;
        processView_->setFilter([cg](const ProcessNode& r) { return r.cgroupPath == cg; },
                                tr("cgroup %1").arg(QString::fromStdString(cg)));
    }
}

void MainWindow::setLinger()
{
    bool ok = false;
    const int s = QInputDialog::getInt(this, tr("Exited processes"), tr("Keep exited processes for (seconds):"),
                                       int(session_->table()->lingerMs() / 1000), 0, 600, 1, &ok);
    if (!ok)
        return;
    session_->table()->setLinger(std::chrono::seconds(s));
    QSettings().setValue(QStringLiteral("lingerMs"), s * 1000);
}

void MainWindow::setSampleInterval()
{
    bool ok = false;
    const double s = QInputDialog::getDouble(this, tr("Sampling"), tr("Read CPU and memory every (seconds):"),
                                             session_->sampler()->interval() / 1000.0, 0.1, 60, 1, &ok);
    if (!ok)
        return;
    session_->sampler()->setInterval(int(s * 1000));
    QSettings().setValue(QStringLiteral("sampleIntervalMs"), int(s * 1000));
}

std::unique_ptr<ExportSource> MainWindow::currentExportSource() const
{
    QWidget* w = tabs_->currentWidget();
    if (w == processView_)
        return makeProcessExportSource(processView_->view());
    if (w == nsView_)
        return snapshotItemView(nsView_, tr("Namespaces"));
    if (w == activityView_)
        return activityView_->exportSource();
    if (w == summaryView_)
        return summaryView_->exportSource();
    return nullptr;
}

void MainWindow::exportCurrentView()
{
    if (ExportProgress* p = exportWithFileDialog(this, currentExportSource()))
        connect(p, &ExportProgress::done, this, [this](bool, const QString& m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::setActivityCapacity()
{
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Activity log"), tr("Keep at most this many events (the oldest go first):"),
                                       int(session_->events()->capacity()), 50'000, 20'000'000, 100'000, &ok);
    if (!ok)
        return;
    session_->events()->setCapacity(std::size_t(n));
    QSettings().setValue(QStringLiteral("activity/capacity"), qulonglong(session_->events()->capacity()));
}

QStringList MainWindow::writeScreenshots(const QString& dir)
{
    QDir().mkpath(dir);
    QStringList files;
    auto save = [&](const QString& name) {
        const QString path = dir + QLatin1Char('/') + name;
        if (grab().save(path))
            files << path;
    };
    tabs_->setCurrentWidget(processView_);
    save(QStringLiteral("processes.png"));
    tabs_->setCurrentWidget(nsView_);
    nsView_->expandToDepth(0);
    save(QStringLiteral("namespaces.png"));
    tabs_->setCurrentWidget(activityView_);
    save(QStringLiteral("activity.png"));
    tabs_->setCurrentWidget(processView_);
    return files;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings s;
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("splitter"), splitter_->saveState());
    processView_->saveState(QStringLiteral("processView"));
    activityView_->saveState(QStringLiteral("activityView"));
    event->accept();
}

}  // namespace proclens::gui
