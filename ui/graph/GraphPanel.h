// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/GraphNode.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace grantscope {
struct ActionUse;
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class AccessGraphView;
class ReviewDocument;
struct ReleaseMarks;

/**
 * The access graph with its toolbar: search ("graphSearch"), minimum severity
 * ("graphSeverityFilter"), access levels ("graphAccessLevels"), fit ("graphFit") and export
 * ("graphExportSvg", "graphExportPng"). Export buttons only ask (exportRequested): the window
 * picks the path and calls exportSvg() or exportPng(), so no file dialog lives here.
 */
class GraphPanel : public QWidget {
    Q_OBJECT

public:
    explicit GraphPanel(QWidget* parent = nullptr);
    /** A panel that follows `document` (see setDocument()). */
    explicit GraphPanel(ReviewDocument* document, QWidget* parent = nullptr);

    AccessGraphView* view() const { return m_view; }
    void setReview(std::shared_ptr<const Review> review);
    /** What the roles did according to CloudTrail (see AccessGraphView::setActivity); nullptr: nothing read. */
    void setActivity(std::shared_ptr<const ActionUse> use);
    /** How the review shown compares with another release (see AccessGraphView::setReleaseMarks). */
    void setReleaseMarks(std::shared_ptr<const ReleaseMarks> marks);
    /** Shows or hides the export buttons (a panel whose owner does not handle exportRequested hides them). */
    void setExportable(bool exportable);
    /** Sets the search text as if typed (two graphs side by side search together). */
    void setSearchText(const QString& text);
    QString searchText() const;
    /** Follows a document: shows its review and highlights its current finding. */
    void setDocument(ReviewDocument* document);

    /** Shortcuts to the view, for the window. */
    void highlightFinding(int findingIndex);
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);

Q_SIGNALS:
    /** An export button was pressed: the window asks for a path and calls exportSvg() or exportPng(). */
    void exportRequested(bool svg);
    /** The reviewer changed the search text. */
    void searchEdited(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyAccessLevels();
    void updateStatus(int visibleNodes);
    void updateLegend();

    AccessGraphView* m_view;
    QLineEdit* m_search;
    QComboBox* m_severity;
    QToolButton* m_levels;
    QToolButton* m_exportSvg = nullptr;
    QToolButton* m_exportPng = nullptr;
    QLabel* m_legend;
    QLabel* m_status;
    QProgressBar* m_progress = nullptr;
    QTimer* m_searchDelay;
    QPointer<ReviewDocument> m_document;
    bool m_hasActivity = false;
    ReleaseMark m_releaseMark = ReleaseMark::None; // what the actions marked against another release are
};

} // namespace grantscope::ui
