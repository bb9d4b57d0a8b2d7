// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/PolicyEditor.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QLabel;

namespace grantscope {
struct PackageAnalysis;
}

namespace grantscope::ui {

class FindBar;
class ReviewDocument;

/**
 * The policy editor with its header (file name, read-only badge, cursor position) and find bar.
 * Shows package files read-only: plain files, members of zip archives ("pkg.zip!dir/a.json") and
 * the bundled AWS managed policies ("aws-managed:SecurityAudit"). Given a ReviewDocument, it follows
 * the reviewer's current finding: opens its file, marks that file's findings and jumps to the line.
 */
class PolicyEditorPanel : public QWidget {
    Q_OBJECT

public:
    explicit PolicyEditorPanel(QWidget* parent = nullptr);

    PolicyEditor* editor() const { return m_editor; }
    FindBar* findBar() const { return m_findBar; }

    /** Shows a file; false (and the reason in errorString()) when it cannot be read. Never writes. */
    bool showFile(const QString& path);
    QString currentFile() const { return m_file; }
    QString errorString() const { return m_error; }

    void setMarkers(std::vector<PolicyEditor::Marker> markers);
    void goToLine(int line, int column = 1);

    /** Follows `document` (nullptr: stop following). */
    void setReviewDocument(ReviewDocument* document);
    /** Shows the file of finding `index` of the current review with its markers, at the finding's line. */
    void showFinding(int index);

    /**
     * Markers for the findings located in `file` (and their evidence there), skipping those for which
     * `excluded(index)` is true.
     */
    static std::vector<PolicyEditor::Marker> markersForFile(
        const PackageAnalysis& analysis, const QString& file, const std::function<bool(int)>& excluded = {});

Q_SIGNALS:
    void fileShown(const QString& path);

private:
    std::optional<std::string> readBytes(const QString& path, QString* shownName, QString* detail);
    void refreshMarkers();
    void updatePosition();
    void showError(const QString& path, const QString& message);

    PolicyEditor* m_editor;
    FindBar* m_findBar;
    QLabel* m_fileLabel;
    QLabel* m_detailLabel;
    QLabel* m_positionLabel;
    QPointer<ReviewDocument> m_document;
    QString m_file;
    QString m_error;
};

} // namespace grantscope::ui
