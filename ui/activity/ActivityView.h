// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity/ActivityReview.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace grantscope {
struct ActionUse;
struct CompactedBoundary;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * What the vendor's roles really did: CloudTrail files read in the background (with progress and a
 * Cancel that stops the reading), then for the chosen role the activity findings (never used, idle,
 * dangerous grants never used, keys), its events per day by service as a chart, and a table of every
 * granted action as used, denied, unused or not observable, with when it was last used. The numbers
 * come from reviewActivity(), the function `grantscope-cli activity` prints. The rightsized policy built
 * from the observed use can be exported like a boundary.
 */
class ActivityView : public QWidget {
    Q_OBJECT
public:
    explicit ActivityView(ReviewDocument* document, QWidget* parent = nullptr);
    ~ActivityView() override;

    /** Reads the trails under `paths` in the background and shows the result; replaces any earlier one. */
    void readTrails(const QStringList& paths);
    /** The same on the calling thread (tests, screenshots). */
    void readTrailsNow(const QStringList& paths);
    bool isReading() const;
    void cancel();

    const ActivityReview* activity() const { return m_activity.get(); }
    QStringList trailPaths() const { return m_paths; }
    /** The rightsized policy of the role shown, or nullptr when there is none (no use seen). */
    std::shared_ptr<const CompactedBoundary> rightsized() const { return m_rightsized; }
    QString roleShown() const;
    /** What every role of the package did, as catalogue actions (for the access graph), or nullptr. */
    std::shared_ptr<const ActionUse> actionUse() const;

Q_SIGNALS:
    /** The reviewer asked to pick CloudTrail files or a folder. */
    void openTrailsRequested();
    /** The reviewer asked to export the rightsized policy of `role`. */
    void exportRightsizedRequested(const QString& role);
    /** The reviewer asked to see the rightsized policy of `role` beside the role's own policies. */
    void compareRightsizedRequested(const QString& role);
    /** A reading finished, or the activity was cleared (ok false, nothing to show). */
    void readingFinished(bool ok);

private:
    struct Result;
    void start(const QStringList& paths, bool now);
    void finished(std::shared_ptr<Result> result);
    void showRole(int index);
    void fillFindings(const std::string& role);
    void fillChart(size_t role);
    void fillTable(const RoleUsage& usage);
    void clear(const QString& message);

    ReviewDocument* m_document;
    QStringList m_paths;
    std::shared_ptr<const ActivityReview> m_activity;
    std::shared_ptr<const Result> m_result; // m_activity with what is drawn from it, computed with it
    std::shared_ptr<const CompactedBoundary> m_rightsized;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QFutureWatcher<std::shared_ptr<Result>>* m_watcher = nullptr;

    QPushButton* m_open = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_compare = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_roles = nullptr;
    QTreeWidget* m_findings = nullptr;
    QChartView* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace grantscope::ui
