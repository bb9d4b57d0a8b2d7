// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReviewReport.h"

#include <QDialog>

class QTextBrowser;

namespace grantscope::ui {

/**
 * File ▸ Compare With Earlier Release: what the open package asks for that the release reviewed before did not,
 * shown as the review report's "What changed since the reviewed version" (the same HTML, from the same
 * comparison as `grantscope-cli compare` and `report --since`): the subjects whose access changed, those that
 * can now do more first, then the findings the open release raises and those it resolves.
 */
class ReleaseComparisonDialog : public QDialog {
    Q_OBJECT

public:
    ReleaseComparisonDialog(const ReportReleaseChanges& changes, QWidget* parent = nullptr);

    const ReportReleaseChanges& changes() const { return m_changes; }
    /** The text shown, for tests. */
    QString shownText() const;

private:
    ReportReleaseChanges m_changes;
    QTextBrowser* m_text;
};

} // namespace grantscope::ui
