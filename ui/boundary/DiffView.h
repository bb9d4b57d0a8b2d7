// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace grantscope {
struct AllowedAction;
struct BoundaryEvaluation;
struct CompactedBoundary;
struct SemanticDiff;
} // namespace grantscope

namespace grantscope::ui {

class DiffSummaryModel;
class DiffTextEdit;
class ReviewDocument;

/**
 * What the boundary changes, for the reviewer to check before saving it: per service, the actions
 * requested, kept and removed and the findings mitigated; below, side by side, the vendor's effective
 * access as it stands and under the boundary, one line per action with the resources it reaches, so
 * that every removed action and every narrowed resource scope is one highlighted line.
 *
 * It can also compare a role's own policies with the rightsized policy CloudTrail suggests for it
 * (showRightsized()); a "Compare" choice switches between the two.
 *
 * The side-by-side text (tens of thousands of lines for a large package) is written and compared on a
 * worker while a busy bar ("diffProgress") shows; a newer boundary or choice cancels the running
 * comparison and its result is dropped, so the window answers during every edit.
 */
class DiffView : public QWidget {
    Q_OBJECT

public:
    explicit DiffView(ReviewDocument* document, QWidget* parent = nullptr);
    ~DiffView() override;

    /** The text shown on one side: "service:Action  resources" per action, sorted. */
    static QString accessText(const ReviewDocument& document, bool underBoundary);
    /**
     * How conditions were decided (the same choice the report and `grantscope-cli diff` make), then each
     * conditional deny of the boundary and whether that choice counts it.
     */
    static QString conditionsText(const BoundaryEvaluation& evaluation);
    /** "service:Action  resources" per action, as accessText() writes them, of allowedActions(). */
    static QString allowedText(const std::vector<AllowedAction>& actions, qsizetype width);

    /**
     * Compares the policies of `role` (a role of the review) with `rightsized`, its policy from observed use,
     * and shows that comparison; a null `rightsized` forgets it and shows the boundary again.
     */
    void showRightsized(const QString& role, std::shared_ptr<const CompactedBoundary> rightsized);
    bool showsRightsized() const;
    /** A comparison is running on a worker: the texts show the previous one until it ends. */
    bool isComparing() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Side {
        QString text;
        std::vector<int> numbers;
        std::vector<QColor> backgrounds;
    };
    struct Comparison {
        Side left;
        Side right;
        int firstChange = -1;
        int added = 0;
        int removed = 0;
        int changed = 0;
        bool identical = true;
        bool rightsized = false;
    };
    struct Job;
    /** Writes both sides and compares them (pure, on a worker); null when `job` was cancelled. */
    static std::shared_ptr<const Comparison> compare(const Job& job);
    static QString accessText(const SemanticDiff& baseline, const SemanticDiff& diff);

    void boundaryChanged();
    void updateText();
    void comparisonDone();
    void modeChanged();

    ReviewDocument* m_document;
    DiffSummaryModel* m_model;
    QLabel* m_findings = nullptr;
    QLabel* m_conditions = nullptr;
    QLabel* m_counts = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_leftTitle = nullptr;
    QLabel* m_rightTitle = nullptr;
    QWidget* m_boundaryPart = nullptr; // findings, conditions and the per-service table: the boundary's only
    QString m_rightsizedRole;
    std::shared_ptr<const CompactedBoundary> m_rightsized;
    QTableView* m_summary = nullptr;
    DiffTextEdit* m_left = nullptr;
    DiffTextEdit* m_right = nullptr;
    QProgressBar* m_progress = nullptr;
    QFutureWatcher<std::shared_ptr<const Comparison>>* m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the comparison running
    quint64 m_generation = 0; // of the comparison last asked for
    quint64 m_running = 0; // generation of the comparison the watcher runs
    bool m_textDirty = true;
};

} // namespace grantscope::ui
