// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTableView;

namespace grantscope::ui {

class BoundaryComposer;
class DashboardView;
class DiffView;
class DiagnosticsModel;
class FindingsView;
class GraphPanel;
class PackageTreeModel;
class PolicyEditorPanel;
class PolicySummaryModel;
class Prompts;
class ReviewDocument;
struct LoadedReview;

/**
 * The reviewer's main window: opens vendor packages (files, folders, zips; menu, recent files, drag
 * and drop, command line), loads them off the GUI thread with progress and cancel, and hosts the
 * views: package tree, access graph, findings, policy summary, dashboard, editor, problems.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Dashboard, Graph, Findings, Summary };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Replaces the dialogs (for tests). The window takes ownership. */
    void setPrompts(std::unique_ptr<Prompts> prompts);

    /** Opens files, folders or zips in the background; `loadFinished` follows. */
    void openPaths(const QStringList& paths);
    /** Opens and analyses on the calling thread (screenshots, tests). */
    void openPathsNow(const QStringList& paths);
    bool isLoading() const;
    QStringList openedPaths() const { return m_paths; }
    void showView(View view);
    ReviewDocument* document() const { return m_document; }
    LoadOptions& loadOptions() { return m_options; }

Q_SIGNALS:
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createViews();
    void createActions();
    void restoreSettings();
    void saveSettings();
    void updateRecentMenu();
    void addRecent(const QStringList& paths);
    void cancelLoading();
    void loadingDone();
    void applyReview(std::shared_ptr<LoadedReview> review);
    void updateStatus();
    void openLocation(const QString& file, int line, int column);
    void onFindingActivated(int finding);
    void exportGraph(bool svg);
    void exportBoundary();
    void exportReport();
    void showAbout();

    ReviewDocument* m_document = nullptr;
    std::unique_ptr<Prompts> m_prompts;
    LoadOptions m_options;
    QStringList m_paths;
    QStringList m_loadingPaths;
    QFutureWatcher<std::shared_ptr<LoadedReview>>* m_watcher = nullptr;
    bool m_cancelled = false;

    QTabWidget* m_tabs = nullptr;
    QTreeView* m_packageTree = nullptr;
    QTreeView* m_summaryTree = nullptr;
    QTableView* m_problems = nullptr;
    FindingsView* m_findings = nullptr;
    GraphPanel* m_graph = nullptr;
    DashboardView* m_dashboard = nullptr;
    BoundaryComposer* m_composer = nullptr;
    DiffView* m_diffView = nullptr;
    PolicyEditorPanel* m_editor = nullptr;
    PackageTreeModel* m_packageModel = nullptr;
    PolicySummaryModel* m_summaryModel = nullptr;
    DiagnosticsModel* m_diagnosticsModel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusCounts = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace grantscope::ui
