// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/AccessGraph.h"
#include "report/ReviewReport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTextBrowser;

namespace grantscope {
class Catalog;
struct ReleaseComparison;
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class GraphPanel;

/**
 * What to mark on one side of two releases' graphs shown side by side: on the newer release's (`newer`) the
 * actions some subject is granted only now and the subjects added or changed; on the older one's the actions some
 * subject is no longer granted and the subjects removed or changed (matched by their name in that release).
 */
ReleaseMarks releaseGraphMarks(const ReleaseComparison& comparison, const Catalog& catalog, bool newer);

/**
 * File ▸ Compare With Earlier Release: what the open package asks for that the release reviewed before did not.
 * Above, the review report's "What changed since the reviewed version" (the same HTML, from the same comparison
 * as `grantscope-cli compare` and `report --since`): the subjects whose access changed, those that can now do
 * more first, then the findings the open release raises and those it resolves. Below, the two releases' access
 * graphs side by side, each marking what the other does not have (releaseGraphMarks()); their searches are
 * linked, so "kms" shows the kms grants of both.
 */
class ReleaseComparisonDialog : public QDialog {
    Q_OBJECT

public:
    ReleaseComparisonDialog(const ReportReleaseChanges& changes, QWidget* parent = nullptr);
    /** With the two releases' graphs: `older` is the release reviewed before, `newer` the one open. */
    ReleaseComparisonDialog(const ReportReleaseChanges& changes, const ReleaseComparison& comparison,
        std::shared_ptr<const Review> older, std::shared_ptr<const Review> newer, QWidget* parent = nullptr);

    const ReportReleaseChanges& changes() const { return m_changes; }
    /** The text shown, for tests. */
    QString shownText() const;
    /** The graphs of the older and the newer release (nullptr without them). */
    GraphPanel* olderGraph() const { return m_older; }
    GraphPanel* newerGraph() const { return m_newer; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    ReportReleaseChanges m_changes;
    QTextBrowser* m_text;
    GraphPanel* m_older = nullptr;
    GraphPanel* m_newer = nullptr;
};

} // namespace grantscope::ui
