// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"
#include "review/ReviewSession.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTableView;
class QTimer;

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ActivityView;
class BoundaryComposer;
class DashboardView;
class DiffView;
class DiagnosticsModel;
class ExplainPanel;
class InventoryView;
class FindingsView;
class GraphPanel;
class HelpBrowser;
class PackageTreeModel;
class PolicyEditorPanel;
class PolicySummaryModel;
class Prompts;
class ReviewDocument;
class ReviewLoader;

/**
 * The reviewer's main window: opens vendor packages (files, folders, zips; menu, recent files, drag
 * and drop, command line), loads them off the GUI thread with progress and cancel, and hosts the
 * views: package tree, access graph, findings, policy summary, dashboard, editor, problems.
 *
 * The reviewer's work (verdicts, notes, boundary, where they were) is a review session: saved as a
 * `.grantscope` file, autosaved a few seconds after every change (next to the session file, or in the
 * application's data folder before the first save) and offered back after a crash.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Dashboard, Graph, Findings, Summary, Boundary, Diff, Activity, Explain, Inventory };
    /**
     * "dashboard", "graph", "findings", "summary", "boundary", "diff", "activity", "explain", "inventory" (as the
     * session file writes them).
     */
    static QString viewKey(View view);
    static std::optional<View> viewFromKey(const QString& key);

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
    View currentView() const;

    /** Opens a saved review session: its package in the background, then its verdicts, boundary and view. */
    bool openSession(const QString& path);
    /** The same on the calling thread (tests). */
    bool openSessionNow(const QString& path);
    /** Saves the review as a session at `path` (atomically); false after telling the reviewer why. */
    bool saveSessionTo(const QString& path);
    /** The session file the review was opened from or last saved to; empty before the first save. */
    QString sessionPath() const { return m_sessionPath; }
    /**
     * When the last run ended without saving its changes, asks whether to recover them from the autosave
     * and, if so, starts loading them; true when recovery started.
     */
    bool offerRecovery();
    /** Milliseconds between a change and its autosave (default 3000). */
    void setAutosaveDelay(int milliseconds);
    /** Where an unsaved review is autosaved (its ".autosave" file, beside this name). */
    static QString untitledSessionPath();
    ReviewDocument* document() const { return m_document; }
    LoadOptions& loadOptions() { return m_options; }
    ActivityView* activityView() const { return m_activity; }
    ExplainPanel* explainPanel() const { return m_explain; }
    InventoryView* inventoryView() const { return m_inventory; }
    /** Help > About: the version, licence, Qt's version and the bundled AWS data's. */
    static QString aboutText();
    /** Help > GrantScope Help (F1): the user guide in a window of its own. */
    void showHelp();
    /**
     * Reads the open package again with other settings (account, organization accounts, region, partition,
     * parameter values), keeping the reviewer's decisions, notes and boundary; the review becomes modified.
     * `now`: on the calling thread (tests).
     */
    void applyPackageSettings(const LoadOptions& options, bool now = false);
    /**
     * Reads `oldPaths` (the release reviewed before) on a worker with the open package's settings and shows what
     * changed since, as the review report's section; `releaseCompared` follows.
     */
    void compareWithRelease(const QStringList& oldPaths);

    /**
     * Where the samples are (the installed share/grantscope/samples, else this source tree's), or empty.
     * Help > Open Sample Vendor Package and Open Sample Account Export open them.
     */
    static QString sampleDirectory();
    /** Opens a sample of sampleDirectory() by file name, as File > Open would. */
    void openSample(const QString& name);

Q_SIGNALS:
    void loadFinished(bool ok);
    void releaseCompared(QDialog* dialog);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createViews();
    void createDocks();
    QSize defaultSize() const;
    void createActions();
    void createHelpMenu();
    void restoreSettings();
    void saveSettings();
    void updateRecentMenu();
    void addRecent(const QStringList& paths);
    void cancelLoading();
    void loadingDone(std::shared_ptr<Review> review, bool cancelled);
    void loadingProgress(WorkStage stage, qsizetype done, qsizetype total);
    void applyReview(std::shared_ptr<Review> review);
    void updateStatus();
    void openLocation(const QString& file, int line, int column);
    void onFindingActivated(int finding);
    void exportGraph(bool svg);
    void exportBoundary();
    void exportReport();
    void showAbout();
    bool saveSession();
    bool saveSessionAs();
    /** Asks to save a modified review; false when the reviewer cancels. */
    bool maybeSave();
    static bool isReviewFile(const QStringList& paths);
    /** The file to read for the review at `path`: its autosave when newer and the reviewer wants it back. */
    QString fileToReopen(const QString& path, bool* recovered);
    std::optional<ReviewSession> readReviewFile(const QString& file, const QString& errorTitle);
    bool openReviewFile(const QString& path, bool now);
    /** Loads the session's package (`now`: on this thread); applySession() follows once it is loaded. */
    void startSession(ReviewSession session, const QString& owner, bool recovered, bool now);
    void applySession();
    void editPackageSettings();
    void chooseReleaseToCompare(bool folder);
    void openTrails();
    void exportRightsized(const QString& role);
    ReviewSession currentSession() const;
    void scheduleAutosave();
    void writeAutosave();
    void discardAutosave();
    void updateTitle();

    ReviewDocument* m_document = nullptr;
    ActivityView* m_activity = nullptr;
    std::unique_ptr<Prompts> m_prompts;
    LoadOptions m_options;
    QStringList m_paths;
    QStringList m_loadingPaths;
    ReviewLoader* m_loader = nullptr;
    QString m_sessionPath;
    std::optional<ReviewSession> m_pendingSession; // applied when its package has loaded
    QString m_pendingSessionPath;
    bool m_pendingRecovered = false;
    bool m_savedLayout = false; // the reviewer's own dock layout was restored
    bool m_docksFitted = false; // the first layout has been fitted to the window's width
    QTimer* m_autosave = nullptr;
    QPlainTextEdit* m_notes = nullptr;

    QTabWidget* m_tabs = nullptr;
    QTreeView* m_packageTree = nullptr;
    QTreeView* m_summaryTree = nullptr;
    QTableView* m_problems = nullptr;
    FindingsView* m_findings = nullptr;
    GraphPanel* m_graph = nullptr;
    HelpBrowser* m_help = nullptr;
    DashboardView* m_dashboard = nullptr;
    BoundaryComposer* m_composer = nullptr;
    DiffView* m_diffView = nullptr;
    ExplainPanel* m_explain = nullptr;
    InventoryView* m_inventory = nullptr;
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
