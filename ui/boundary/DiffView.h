// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace grantscope {
struct BoundaryEvaluation;
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
 */
class DiffView : public QWidget {
    Q_OBJECT

public:
    explicit DiffView(ReviewDocument* document, QWidget* parent = nullptr);

    /** The text shown on one side: "service:Action  resources" per action, sorted. */
    static QString accessText(const ReviewDocument& document, bool underBoundary);
    /**
     * How conditions were decided (the same choice the report and `grantscope-cli diff` make), then each
     * conditional deny of the boundary and whether that choice counts it.
     */
    static QString conditionsText(const BoundaryEvaluation& evaluation);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void boundaryChanged();
    void updateText();

    ReviewDocument* m_document;
    DiffSummaryModel* m_model;
    QLabel* m_findings = nullptr;
    QLabel* m_conditions = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_summary = nullptr;
    DiffTextEdit* m_left = nullptr;
    DiffTextEdit* m_right = nullptr;
    bool m_textDirty = true;
};

} // namespace grantscope::ui
