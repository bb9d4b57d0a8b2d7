// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "activity/ActivityView.h"
#include "app/Prompts.h"
#include "app/ReviewLoader.h"
#include "boundary/BoundaryComposer.h"
#include "boundary/DiffView.h"
#include "dashboard/DashboardView.h"
#include "document/ReviewDocument.h"
#include "editor/PolicyEditorPanel.h"
#include "graph/AccessGraphView.h"
#include "graph/GraphPanel.h"
#include "models/DiagnosticsModel.h"
#include "models/PackageTreeModel.h"
#include "models/PolicySummaryModel.h"
#include "views/ExplainPanel.h"
#include "views/FindingsView.h"
#include "views/InventoryView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <climits>

namespace grantscope::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new ReviewDocument(this))
    , m_prompts(std::make_unique<DialogPrompts>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GrantScope"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_loader = new ReviewLoader(this);
    connect(m_loader, &ReviewLoader::finished, this, &MainWindow::loadingDone);
    connect(m_loader, &ReviewLoader::progress, this, &MainWindow::loadingProgress);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::writeAutosave);
    createViews();
    createActions();
    restoreSettings();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_loader->waitForFinished();
}

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);

    m_dashboard = new DashboardView(m_document, m_tabs);
    m_graph = new GraphPanel(m_document, m_tabs);
    m_findings = new FindingsView(m_document, m_tabs);
    m_summaryModel = new PolicySummaryModel(m_document, this);
    m_summaryTree = new QTreeView(m_tabs);
    m_summaryTree->setObjectName(QStringLiteral("summaryTree"));
    m_summaryTree->setModel(m_summaryModel);
    m_summaryTree->setAlternatingRowColors(true);
    m_summaryTree->setUniformRowHeights(true);
    // Sized to the services' rows once per package (not at every layout, which measured every row each
    // time), each column at most a third of the view; the reviewer can widen any of them.
    m_summaryTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Measured from the model's text, so that it works while the tab is hidden.
    connect(m_summaryModel, &QAbstractItemModel::modelReset, m_summaryTree, [this] {
        const QFontMetrics metrics = m_summaryTree->fontMetrics();
        const int cap = std::max(160, m_tabs->width() / 3);
        for (int c = 0; c < PolicySummaryModel::ColumnCount - 1; ++c) {
            int wanted = metrics.horizontalAdvance(m_summaryModel->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < m_summaryModel->rowCount(); ++r)
                wanted = std::max(wanted, metrics.horizontalAdvance(m_summaryModel->index(r, c).data().toString()));
            const int margin = metrics.averageCharWidth() * 2 + (c == 0 ? m_summaryTree->indentation() : 0);
            m_summaryTree->setColumnWidth(c, std::min(wanted + margin, cap));
        }
    });
    m_summaryTree->setAccessibleName(tr("Policy summary"));

    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_graph, tr("Access &graph"));
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(m_summaryTree, tr("Policy &summary"));
    m_composer = new BoundaryComposer(m_document, m_tabs);
    m_diffView = new DiffView(m_document, m_tabs);
    m_tabs->addTab(m_composer, tr("&Boundary"));
    m_tabs->addTab(m_diffView, tr("Boundary d&iff"));
    m_activity = new ActivityView(m_document, m_tabs);
    m_tabs->addTab(m_activity, tr("Acti&vity"));
    m_explain = new ExplainPanel(m_document, m_tabs);
    m_tabs->addTab(m_explain, tr("Can the Vendor &Do This?"));
    connect(m_explain, &ExplainPanel::locationActivated, this, &MainWindow::openLocation);
    m_inventory = new InventoryView(m_document, m_tabs);
    m_tabs->addTab(m_inventory, tr("&Third parties"));
    // Without an account export there is nothing to list: the tab says how to get one and is disabled.
    auto inventoryState = [this](bool available) {
        const int tab = m_tabs->indexOf(m_inventory);
        m_tabs->setTabEnabled(tab, available);
        m_tabs->setTabToolTip(tab, available ? QString() : m_inventory->headerText());
    };
    connect(m_inventory, &InventoryView::availabilityChanged, this, inventoryState);
    inventoryState(m_inventory->hasInventory());
    connect(m_dashboard, &DashboardView::inventoryRequested, this, [this] { showView(View::Inventory); });
    connect(m_inventory, &InventoryView::roleActivated, this, [this](const QString& role, int finding) {
        // The findings of that role: the search names the role, and its first finding is selected.
        showView(View::Findings);
        if (auto* search = m_findings->findChild<QLineEdit*>(QStringLiteral("findingsSearch")))
            search->setText(role);
        if (finding >= 0) {
            m_findings->selectFinding(finding);
            onFindingActivated(finding);
        }
    });
    connect(m_activity, &ActivityView::openTrailsRequested, this, &MainWindow::openTrails);
    connect(m_activity, &ActivityView::exportRightsizedRequested, this, &MainWindow::exportRightsized);
    connect(m_activity, &ActivityView::compareRightsizedRequested, this, [this](const QString& role) {
        m_diffView->showRightsized(role, m_activity->rightsized());
        m_tabs->setCurrentWidget(m_diffView);
    });
    connect(m_activity, &ActivityView::readingFinished, this, [this] {
        m_graph->setActivity(m_activity->actionUse());
        m_diffView->showRightsized({}, nullptr); // measured again: an earlier comparison is stale
    });
    setCentralWidget(m_tabs);

    createDocks();

    connect(m_findings, &FindingsView::findingActivated, this, &MainWindow::onFindingActivated);
    connect(m_findings, &FindingsView::explainRequested, this, [this](int finding) {
        m_explain->explainFinding(finding);
        showView(View::Explain);
    });
    connect(m_graph, &GraphPanel::exportRequested, this, [this](bool svg) { exportGraph(svg); });
    connect(m_document, &ReviewDocument::reviewChanged, this, &MainWindow::updateStatus);
    // Nothing open, nothing to compose: the boundary tools wait for a package.
    auto composerState = [this] { m_composer->setEnabled(m_document->review() != nullptr); };
    connect(m_document, &ReviewDocument::reviewChanged, this, composerState);
    composerState();
    connect(m_document, &ReviewDocument::verdictChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReviewDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReviewDocument::verdictChanged, this, &MainWindow::scheduleAutosave);
    connect(m_document, &ReviewDocument::boundaryChanged, this, &MainWindow::scheduleAutosave);
    connect(m_document, &ReviewDocument::notesChanged, this, &MainWindow::scheduleAutosave);

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Files..."));
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QStringList paths = m_prompts->openFiles(this, tr("Open vendor package"),
            tr("Vendor packages and reviews (*.json *.yaml *.yml *.template *.zip *.grantscope);;All files (*)"));
        if (!paths.isEmpty())
            openPaths(paths);
    });
    QAction* openFolder = file->addAction(tr("Open &Folder..."));
    openFolder->setObjectName(QStringLiteral("actionOpenFolder"));
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString path = m_prompts->openFolder(this, tr("Open a folder holding a vendor package"));
        if (!path.isEmpty())
            openPaths({ path });
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction* reload = file->addAction(tr("&Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        if (!m_paths.isEmpty())
            openPaths(m_paths);
    });
    QAction* settings = file->addAction(tr("Package Se&ttings..."));
    settings->setObjectName(QStringLiteral("actionPackageSettings"));
    connect(settings, &QAction::triggered, this, &MainWindow::editPackageSettings);
    QAction* compareFiles = file->addAction(tr("&Compare With Earlier Release..."));
    compareFiles->setObjectName(QStringLiteral("actionCompareRelease"));
    connect(compareFiles, &QAction::triggered, this, [this] { chooseReleaseToCompare(false); });
    QAction* compareFolder = file->addAction(tr("Compare With Earlier Release Fol&der..."));
    compareFolder->setObjectName(QStringLiteral("actionCompareReleaseFolder"));
    connect(compareFolder, &QAction::triggered, this, [this] { chooseReleaseToCompare(true); });
    const auto compareState = [this, compareFiles, compareFolder] {
        compareFiles->setEnabled(m_document->review() != nullptr);
        compareFolder->setEnabled(m_document->review() != nullptr);
    };
    compareState();
    connect(m_document, &ReviewDocument::reviewChanged, this, compareState);
    file->addSeparator();
    QAction* openSessionAction = file->addAction(tr("Open Re&view..."));
    openSessionAction->setObjectName(QStringLiteral("actionOpenSession"));
    connect(openSessionAction, &QAction::triggered, this, [this] {
        const QStringList paths
            = m_prompts->openFiles(this, tr("Open a saved review"), tr("GrantScope reviews (*.grantscope)"));
        if (!paths.isEmpty())
            openSession(paths.front());
    });
    QAction* save = file->addAction(tr("&Save Review"));
    save->setObjectName(QStringLiteral("actionSaveSession"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::saveSession);
    QAction* saveAs = file->addAction(tr("Save Review &As..."));
    saveAs->setObjectName(QStringLiteral("actionSaveSessionAs"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveSessionAs);
    file->addSeparator();
    QAction* exportBoundaryAction = file->addAction(tr("Export &Boundary..."));
    exportBoundaryAction->setObjectName(QStringLiteral("actionExportBoundary"));
    connect(exportBoundaryAction, &QAction::triggered, this, &MainWindow::exportBoundary);
    QAction* exportReportAction = file->addAction(tr("Export Review &Report..."));
    exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    exportReportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<View, QString> views[] = { { View::Dashboard, tr("&Dashboard") },
        { View::Graph, tr("Access &Graph") }, { View::Findings, tr("&Findings") },
        { View::Summary, tr("Policy &Summary") }, { View::Boundary, tr("&Boundary") },
        { View::Diff, tr("Boundary D&iff") }, { View::Activity, tr("&Activity") },
        { View::Explain, tr("Can the &Vendor Do This?") }, { View::Inventory, tr("&Third Parties") } };
    int key = Qt::Key_1;
    for (const auto& [v, name] : views) {
        QAction* a = view->addAction(name);
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
        connect(a, &QAction::triggered, this, [this, target = v] { showView(target); });
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    QAction* explain = reviewMenu->addAction(tr("Can the &Vendor Do This..."));
    explain->setObjectName(QStringLiteral("actionExplain"));
    explain->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(explain, &QAction::triggered, this, [this] { showView(View::Explain); });

    createHelpMenu();
    updateRecentMenu();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize());
    m_savedLayout = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->stop();
    discardAutosave();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        openPaths(paths);
        event->acceptProposedAction();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    // Follow the system palette (dark mode) when it changes while the window is open.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        update();
    QMainWindow::changeEvent(event);
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Dashboard:
        m_tabs->setCurrentWidget(m_dashboard);
        break;
    case View::Graph:
        m_tabs->setCurrentWidget(m_graph);
        m_graph->view()->fitToView();
        break;
    case View::Findings:
        m_tabs->setCurrentWidget(m_findings);
        break;
    case View::Summary:
        m_tabs->setCurrentWidget(m_summaryTree);
        break;
    case View::Boundary:
        m_tabs->setCurrentWidget(m_composer);
        break;
    case View::Diff:
        m_tabs->setCurrentWidget(m_diffView);
        break;
    case View::Activity:
        m_tabs->setCurrentWidget(m_activity);
        break;
    case View::Explain:
        m_tabs->setCurrentWidget(m_explain);
        break;
    case View::Inventory:
        m_tabs->setCurrentWidget(m_inventory);
        break;
    }
}

MainWindow::View MainWindow::currentView() const
{
    const QWidget* w = m_tabs->currentWidget();
    if (w == m_graph)
        return View::Graph;
    if (w == m_findings)
        return View::Findings;
    if (w == m_summaryTree)
        return View::Summary;
    if (w == m_composer)
        return View::Boundary;
    if (w == m_diffView)
        return View::Diff;
    if (w == m_activity)
        return View::Activity;
    if (w == m_explain)
        return View::Explain;
    if (w == m_inventory)
        return View::Inventory;
    return View::Dashboard;
}

QString MainWindow::viewKey(View view)
{
    switch (view) {
    case View::Dashboard:
        return QStringLiteral("dashboard");
    case View::Graph:
        return QStringLiteral("graph");
    case View::Findings:
        return QStringLiteral("findings");
    case View::Summary:
        return QStringLiteral("summary");
    case View::Boundary:
        return QStringLiteral("boundary");
    case View::Diff:
        return QStringLiteral("diff");
    case View::Activity:
        return QStringLiteral("activity");
    case View::Explain:
        return QStringLiteral("explain");
    case View::Inventory:
        return QStringLiteral("inventory");
    }
    return QStringLiteral("dashboard");
}

std::optional<MainWindow::View> MainWindow::viewFromKey(const QString& key)
{
    for (View v : { View::Dashboard, View::Graph, View::Findings, View::Summary, View::Boundary, View::Diff,
             View::Activity, View::Explain, View::Inventory })
        if (viewKey(v) == key)
            return v;
    return std::nullopt;
}

void MainWindow::openLocation(const QString& file, int line, int column)
{
    if (file.isEmpty())
        return;
    m_editor->showFile(file);
    if (line > 0)
        m_editor->goToLine(line, column);
    if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("editorDock"))) {
        dock->show();
        dock->raise(); // in front of the package when they share a side
    }
}

void MainWindow::onFindingActivated(int finding)
{
    const Review* r = m_document->review();
    if (!r || finding < 0 || finding >= static_cast<int>(r->analysis.findings.size()))
        return;
    // The editor panel and the graph follow the document's current finding themselves.
    m_document->setCurrentFinding(finding);
    if (QDockWidget* dock = findChild<QDockWidget*>(QStringLiteral("editorDock"))) {
        dock->show();
        dock->raise(); // in front of the package when they share a side
    }
}

} // namespace grantscope::ui
